"""Whatever bytes arrive, the loader answers with a Session or a SessionError -- nothing else."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.session.loader import load_session_text
from facilitator.core.session.problems import SessionError

from loader_helpers import FIXTURES

SEED = (FIXTURES / "minimal.yaml").read_text(encoding="utf-8")
YAMLISH = st.text(alphabet=st.sampled_from(list(":-[]{},&*!|>'\"#?%@` \n\tabcdeinorstu019.") + ["\x00", "é", "\ufeff"]))
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _answer(data):
    try:
        load_session_text(data, "fuzz.yaml")
    except SessionError as e:
        assert e.problems, "a SessionError always says why"
        for p in e.problems:
            assert p.file == "fuzz.yaml" and p.line >= 1 and p.col >= 1 and p.message
            assert "\n" not in str(p)  # one problem, one line


@FUZZ
@given(st.text())
def test_random_text(text):
    _answer(text)


@FUZZ
@given(st.binary())
def test_random_bytes(data):
    _answer(data)


@FUZZ
@given(YAMLISH)
def test_random_yaml_punctuation(text):
    _answer(text)


@FUZZ
@given(st.integers(0, len(SEED)), st.integers(0, 40), YAMLISH)
def test_edits_of_a_valid_session(at, cut, insert):
    _answer(SEED[:at] + insert + SEED[at + cut:])

"""libyaml's parser (the fast path) gives the same nodes, marks and problems as PyYAML's own."""
import pytest
from hypothesis import given, settings, strategies as st

from facilitator.bundled import default_session_path
from facilitator.core.session import yaml_source
from facilitator.core.session.loader import SessionError, load_session

from cli_helpers import FIXTURES, REPO

SUITE = REPO.parent / "shared" / "testdata" / "yaml-test-suite"
FILES = sorted(SUITE.glob("*.yaml")) if SUITE.is_dir() else []
needs_libyaml = pytest.mark.skipif(yaml_source.CParser is None, reason="PyYAML built without libyaml")


def shape(node, seen=None):
    """Everything a reader of the tree can see: kinds, tags, values, styles and marks."""
    seen = {} if seen is None else seen
    if id(node) in seen:
        return ("alias of", seen[id(node)])
    seen[id(node)] = len(seen)
    value = node.value
    if isinstance(value, list):
        value = [tuple(shape(n, seen) for n in item) if isinstance(item, tuple) else shape(item, seen)
                 for item in value]
    marks = (node.start_mark.line, node.start_mark.column, node.end_mark.line, node.end_mark.column)
    return type(node).__name__, node.tag, value, getattr(node, "style", None), marks


def pure_python(text):
    problems = []
    return yaml_source._compose(yaml_source._GuardedLoader, text, "f.yaml", problems), problems


@needs_libyaml
@pytest.mark.parametrize("path", [default_session_path(), *FIXTURES.glob("*.yaml"), *FILES],
                         ids=lambda p: p.name)
def test_same_tree_and_problems_with_or_without_libyaml(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    problems = []
    node = yaml_source.compose(text, "f.yaml", problems)
    slow_node, slow_problems = pure_python(text)
    assert problems == slow_problems
    assert (node is None) == (slow_node is None)
    if node is not None:
        assert shape(node) == shape(slow_node)


TOKENS = ["a", "b: ", ": ", "- ", "\n", "  ", " ", "{", "}", "[", "]", ", ", '"x"', "'y'", "&a ", "*a",
          "#c", "|\n", ">-\n", "k:", "1", "09:30", "\n  ", "---\n", '"', "\\", "ø", ":", "?", "!", "\t"]


@needs_libyaml
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=14).map(lambda ts: "".join(ts) + "\n"))
def test_same_tree_and_problems_on_yaml_like_text(text):
    problems = []
    node = yaml_source.compose(text, "f.yaml", problems)
    slow_node, slow_problems = pure_python(text)
    assert problems == slow_problems
    assert (node is None) == (slow_node is None) and (node is None or shape(node) == shape(slow_node))


@needs_libyaml
@pytest.mark.parametrize("text", ["x: {title: Hvorfor?}\n", "x: [Hvad?, Nej!]\n", "x: {a: }\n"])
def test_where_libyaml_is_lenient_pyyaml_answers(text):
    problems = []
    node = yaml_source.compose(text, "f.yaml", problems)
    slow_node, slow_problems = pure_python(text)
    assert problems == slow_problems
    assert (node is None) == (slow_node is None) and (node is None or shape(node) == shape(slow_node))


@needs_libyaml
def test_the_seed_session_is_read_by_libyaml(monkeypatch):
    def refuse(*args):
        raise AssertionError("the pure-Python parser was used")

    monkeypatch.setattr(yaml_source, "_GuardedLoader", refuse)
    assert load_session(default_session_path()).title == "Workshop om sociale medier"


@needs_libyaml
def test_a_syntax_error_is_worded_by_pyyaml_not_libyaml(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("format: 1\ntitle: a: b\n", encoding="utf-8")
    with pytest.raises(SessionError) as caught:
        load_session(path)
    assert str(caught.value).startswith(f"{path}:2:9: YAML syntax error: mapping values are not allowed here")


def test_without_libyaml_the_session_loads_the_same(monkeypatch):
    with_it = load_session(default_session_path())
    monkeypatch.setattr(yaml_source, "CParser", None)
    assert load_session(default_session_path()) == with_it


@pytest.mark.parametrize("anchor", ["", "&a "])
def test_nesting_too_deep_is_refused_on_either_path(anchor):
    text = "x: " + anchor + "[" * 150 + "]" * 150 + "\n"
    problems = []
    assert yaml_source.compose(text, "f.yaml", problems) is None
    assert problems == pure_python(text)[1]
    assert "nested more than 100 levels deep" in problems[0].message


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS + ["#", ">", "|-", "|2#", "%", "\n%", "? ", "!x"]), max_size=20)
       .map("".join))
def test_the_split_search_finds_what_the_one_pattern_finds(text):
    assert yaml_source._odd_for_libyaml(text) == bool(yaml_source.ODD_FOR_LIBYAML.search(text))

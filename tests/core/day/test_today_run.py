"""Today's run of a session as the planner sees it: the blocks run so far and the current one."""
import datetime as dt
import json
import shutil
from pathlib import Path

from facilitator.core import workshop
from facilitator.core.day.events import Event, NEXT_BLOCK, START_DAY
from facilitator.core.day.journal import Journal
from facilitator.core.day.today_run import today_run

SEED = Path(__file__).resolve().parents[3] / "sessions" / "sociale-medier-090310.yaml"


def _run(tmp_path, events_at):
    session = tmp_path / "seed.yaml"
    shutil.copy(SEED, session)
    folder = workshop.prepare_workshop_dir(session, tmp_path / "ws")
    from facilitator.core.session.loader import load_session

    workshop.record_agenda(folder, [b.id for b in load_session(session).blocks])
    with Journal(workshop.journal_path(folder)) as j:
        for t, kind in events_at:
            j.append(Event(t, kind))
    return session, folder


def test_the_blocks_run_today_and_the_current_one(tmp_path):
    t0 = dt.datetime.now().timestamp() - 180  # the run began three minutes ago
    session, folder = _run(tmp_path, [(t0, START_DAY), (t0 + 60, NEXT_BLOCK), (t0 + 120, NEXT_BLOCK)])
    run = today_run(session, folder)
    assert run.ran == [0, 1, 2] and run.current_id == "hvorfor"
    assert run.locked == ["hvem-bruger", "fremtidsfortaelling", "hvorfor"]


def test_a_journal_begun_another_day_is_not_todays_run(tmp_path):
    yesterday = (dt.datetime.now() - dt.timedelta(days=1)).timestamp()
    session, folder = _run(tmp_path, [(yesterday, START_DAY)])
    assert today_run(session, folder) is None


def test_no_journal_no_run(tmp_path):
    session = tmp_path / "seed.yaml"
    shutil.copy(SEED, session)
    assert today_run(session, tmp_path / "nothing-here") is None


def test_a_journal_for_another_session_file_is_not_this_ones(tmp_path):
    t0 = dt.datetime.now().timestamp() - 180  # the run began three minutes ago
    session, folder = _run(tmp_path, [(t0, START_DAY)])
    info = json.loads((folder / "workshop.json").read_text())
    info["session"] = str(tmp_path / "other.yaml")
    (folder / "workshop.json").write_text(json.dumps(info))
    assert today_run(session, folder) is None

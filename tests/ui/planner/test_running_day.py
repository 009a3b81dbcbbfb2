"""A day that is running is never thrown away by a plan edit: blocks already run stay where they
are, and saving says what happens to today's run (which then goes on with the new plan)."""
import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from facilitator.core import workshop
from facilitator.core.day.events import Event, NEXT_BLOCK, START_DAY
from facilitator.core.day.journal import Journal
from facilitator.core.session.loader import load_session

SEED = Path(__file__).resolve().parents[3] / "sessions" / "sociale-medier-090310.yaml"


def running_seed(tmp_path):
    """The seed, run today up to its third block ('hvorfor')."""
    session = tmp_path / "seed.yaml"
    shutil.copy(SEED, session)
    folder = workshop.prepare_workshop_dir(session, tmp_path / "ws")
    workshop.record_agenda(folder, [b.id for b in load_session(session).blocks])
    t0 = dt.datetime.now().timestamp() - 180  # the run began three minutes ago
    with Journal(workshop.journal_path(folder)) as j:
        for t, kind in ((t0, START_DAY), (t0 + 60, NEXT_BLOCK), (t0 + 120, NEXT_BLOCK)):
            j.append(Event(t, kind))
    return session, folder


def test_blocks_run_today_cannot_be_removed_or_moved_behind(qtbot, tmp_path, open_planner, monkeypatch):
    session, folder = running_seed(tmp_path)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    w = open_planner(session, folder)
    agenda = w.agenda_tab
    before = w.doc.text
    agenda.table.selectRow(0)
    agenda.act_delete.trigger()  # run this morning
    agenda.table.selectRow(5)
    agenda.act_move_up.trigger()
    agenda.act_move_up.trigger()
    agenda.act_move_up.trigger()  # the third press would put 'frokost' in front of the running block
    assert w.doc.block_ids()[:4] == ["hvem-bruger", "fremtidsfortaelling", "hvorfor", "frokost"]
    assert len(told) == 2 and "now in 'hvorfor'" in told[0] and "cannot be removed" in told[0]
    agenda.table.selectRow(3)
    agenda.act_move_up.trigger()  # still refused
    assert w.doc.block_ids()[3] == "frokost"
    agenda.table.selectRow(10)
    agenda.act_delete.trigger()  # a later block may go
    assert "opsamling" not in w.doc.block_ids() and w.doc.text != before


def test_saving_says_what_happens_to_todays_run_and_the_run_goes_on(qtbot, tmp_path, open_planner, monkeypatch):
    session, folder = running_seed(tmp_path)
    w = open_planner(session, folder)
    agenda = w.agenda_tab
    agenda.table.selectRow(10)
    agenda.act_delete.trigger()
    asked = []

    def question(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    assert w.save() is False  # said No: nothing written
    assert "opsamling" in session.read_text(encoding="utf-8")
    assert "running today (in 'hvorfor'" in asked[0] and "Removed blocks: opsamling" in asked[0]
    assert "The 3 blocks run so far stay as they are" in asked[0]
    assert w.save() is True
    ids = [b.id for b in load_session(session).blocks]
    assert "opsamling" not in ids
    assert not workshop.agenda_changed(folder, ids)  # the journal is resumed, not set aside
    opened = workshop.open_journal(folder, ids, resume=True)
    assert opened.choice == workshop.JournalChoice.REPLAY and len(opened.events) == 3

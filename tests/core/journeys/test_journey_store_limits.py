"""The journeys folder as the editor finds it: killed autosaves' temporary files are cleaned up,
keys of a newer version are kept, and every hostile file is a JourneyFileError."""
import os

import pytest
from samples import filled

from facilitator.core.journeys import store

HEAD = "format: 1\nid: gruppe-1\ngroup: Gruppe 1\nphases: [{id: foer, title: Før}]\n"


def test_opening_the_folder_removes_stale_autosave_temp_files(tmp_path):
    path = store.save_journey(tmp_path, filled("Gruppe 1"))
    stale = [path.with_name(".gruppe-1.yaml.k3j2h1.tmp"), path.with_name(".gruppe-2.yaml.a8b7c6.tmp")]
    for tmp in stale:
        tmp.write_text("half a journ", encoding="utf-8")
    other = path.with_name("notes.tmp")  # not an autosave of ours
    other.write_text("mine")
    journeys, problems = store.load_all(tmp_path)
    assert [j.group for j in journeys] == ["Gruppe 1"] and problems == []
    assert not any(t.exists() for t in stale) and other.exists()


def test_unknown_top_level_keys_survive_an_autosave(tmp_path):
    path = tmp_path / "journeys" / "gruppe-1.yaml"
    path.parent.mkdir()
    path.write_text(HEAD + "made_by: Facilitator 3.0\nvotes: {foer: [3, 1]}\nreviewed: 2026-11-29\n",
                    encoding="utf-8")
    (journey,), _ = store.load_all(tmp_path)
    journey.title = "Ny titel"
    store.save_journey(tmp_path, journey)
    again = store.load_journey(path)
    assert again.title == "Ny titel"
    assert again.extra == {"made_by": "Facilitator 3.0", "votes": {"foer": [3, 1]},
                           "reviewed": __import__("datetime").date(2026, 11, 29)}


@pytest.mark.parametrize("text,where,message", [
    (HEAD + "title: \x01\n", (5, 8), "character U+0001 is not allowed in a YAML file"),
    (HEAD + "? [a, b]\n: c\n", (5, 3), "a key in a journey file must be a name, not a list or mapping"),
    (HEAD + "touchpoints:\n  - {title: A, phase: foer, feeling: " + "1" * 5000 + "}\n", (6, 38),
     "feeling must be a whole number from -2 to 2"),
    (HEAD + "touchpoints: " + "[" * 50_000, (5, 113), "YAML syntax error: nested more than 100 levels deep"),
    (HEAD + "language: fr\n", (5, 11), "language must be da or en"),
])
def test_hostile_files_are_journey_file_errors(tmp_path, text, where, message):
    path = tmp_path / "j.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(store.JourneyFileError) as info:
        store.load_journey(path)
    assert ((info.value.line, info.value.column), info.value.message) == (where, message)


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "gruppe-1.yaml"
    os.mkfifo(fifo)
    with pytest.raises(store.JourneyFileError) as info:
        store.load_journey(fifo)
    assert "a pipe, not a file" in info.value.message


@pytest.mark.parametrize("text,where,message", [
    (HEAD + "touchpoints:\n  - {title: A, phase: foer}\ntouchpoints:\n  - {title: B, phase: foer}\n",
     (7, 1), "duplicate key 'touchpoints' in a journey file (first at line 5)"),
    (HEAD + "touchpoints:\n  - {title: A, phase: foer, title: B}\n",
     (6, 29), "duplicate key 'title' in a touchpoint (first at line 6)"),
])
def test_a_key_written_twice_is_refused_and_the_file_kept_whole(tmp_path, text, where, message):
    """A hand-merged file with a key twice: reading only the last would drop the first's
    touchpoints at the next autosave; the file is refused (set aside whole) instead."""
    path = tmp_path / "journeys" / "gruppe-1.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    with pytest.raises(store.JourneyFileError) as info:
        store.load_journey(path)
    assert ((info.value.line, info.value.column), info.value.message) == (where, message)
    journeys, problems = store.load_all(tmp_path)
    assert journeys == [] and "duplicate key" in problems[0]
    (kept,) = path.parent.glob("gruppe-1.yaml.broken-*")
    assert kept.read_text(encoding="utf-8") == text

"""Where unsaved journeys go when the workshop folder refuses them at quit: every group's
file as the journeys folder holds it, never over a file already there."""
import time

from samples import filled

from facilitator.core.journeys import rescue
from facilitator.core.journeys import store


def test_copies_are_journey_files_and_never_overwrite(tmp_path):
    other = tmp_path / "gruppe-1.yaml"
    other.write_text("another workshop's group", encoding="utf-8")
    a, b = filled("Gruppe 1"), filled("Gruppe 2")
    a.title = "Rejse til Rom"
    written = rescue.write_copies(tmp_path, [a, b])
    assert [p.name for p in written] == ["gruppe-1 (2).yaml", "gruppe-2.yaml"]
    assert store.load_journey(written[0]).title == "Rejse til Rom"
    assert other.read_text(encoding="utf-8") == "another workshop's group"


def test_only_the_unsaved_groups_in_the_editors_order():
    groups = [filled(f"Gruppe {n}") for n in (1, 2, 3)]
    assert [j.group for j in rescue.unsaved_groups(groups, {"gruppe-3", "gruppe-1", "gone"})] == [
        "Gruppe 1", "Gruppe 3"]


def test_a_new_recovery_folder_for_every_quit(tmp_path):
    now = time.mktime((2026, 11, 30, 14, 5, 9, 0, 0, -1))
    first = rescue.recovery_folder(tmp_path, now)
    assert first == tmp_path / "recovered-journeys" / "20261130-140509"
    first.mkdir(parents=True)
    assert rescue.recovery_folder(tmp_path, now).name == "20261130-140509-2"

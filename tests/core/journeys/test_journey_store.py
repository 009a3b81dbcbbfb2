import os

from samples import DANISH, NASTY, filled

from facilitator.core.journeys import store


def test_round_trip_keeps_every_field(tmp_path):
    j = filled()
    j.touchpoints[0].title = NASTY
    j.touchpoints[1].notes = DANISH + "\nanden linje"
    j.touchpoints[2].owner_name = "no"  # a YAML 1.1 boolean word stays text
    store.save_journey(tmp_path, j)
    back = store.load_journey(tmp_path / "journeys" / "gruppe-1.yaml")
    assert back == j


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path, monkeypatch):
    j = filled()
    path = store.save_journey(tmp_path, j)
    old = path.read_text(encoding="utf-8")

    def crash(*a):
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", crash)
    j.title = "ny titel"
    try:
        store.save_journey(tmp_path, j)
    except OSError:
        pass
    assert path.read_text(encoding="utf-8") == old
    assert [p.name for p in path.parent.iterdir()] == ["gruppe-1.yaml"]


def test_broken_file_is_reported_with_position_and_kept_aside(tmp_path):
    store.save_journey(tmp_path, filled("Gruppe 1"))
    folder = tmp_path / "journeys"
    bad = folder / "gruppe-2.yaml"
    bad.write_text("id: gruppe-2\ngroup: Gruppe 2\ntouchpoints:\n  - {title: x, feeling: 7}\n", encoding="utf-8")
    torn = folder / "gruppe-3.yaml"
    torn.write_text("id: gruppe-3\ngroup: [Gruppe 3\n", encoding="utf-8")
    journeys, problems = store.load_all(tmp_path)
    assert [j.group for j in journeys] == ["Gruppe 1"]
    assert len(problems) == 2
    assert "gruppe-2.yaml:4:" in problems[0] and "feeling" in problems[0]
    assert "gruppe-3.yaml:" in problems[1]
    kept = sorted(p.name for p in folder.iterdir() if ".broken-" in p.name)
    assert len(kept) == 2 and kept[0].startswith("gruppe-2.yaml.broken-")
    assert list(folder.glob("*.yaml")) == [folder / "gruppe-1.yaml"]  # exports of *.yaml pass them by
    assert (folder / kept[0]).read_text(encoding="utf-8").endswith("feeling: 7}\n")
    assert not bad.exists()  # the editor's next save cannot overwrite the kept copy


def test_load_all_orders_groups_naturally(tmp_path):
    for n in (10, 2, 1):
        store.save_journey(tmp_path, filled(f"Gruppe {n}"))
    journeys, _ = store.load_all(tmp_path)
    assert [j.group for j in journeys] == ["Gruppe 1", "Gruppe 2", "Gruppe 10"]


def test_unreadable_entries_and_a_read_only_folder_are_reported_not_raised(tmp_path, monkeypatch):
    """A folder named gruppe-3.yaml, and a broken file that cannot be moved aside (read-only
    workshop folder): both are listed as problems; the good journey still loads."""
    import os

    store.save_journey(tmp_path, filled("Gruppe 1"))
    folder = tmp_path / "journeys"
    (folder / "gruppe-2.yaml").write_text("id: g\ngroup: [\n", encoding="utf-8")
    (folder / "gruppe-3.yaml").mkdir()

    def read_only(src, dst):
        raise PermissionError(13, "Permission denied", str(src))

    monkeypatch.setattr(os, "replace", read_only)
    journeys, problems = store.load_all(tmp_path)
    assert [j.group for j in journeys] == ["Gruppe 1"]
    assert len(problems) == 2
    assert "gruppe-2.yaml:" in problems[0] and "left in place" in problems[0]
    assert "gruppe-3.yaml:1:1:" in problems[1]
    assert (folder / "gruppe-2.yaml").exists()

"""The journeys a worker process sends back in parcels come out as they went in."""
from samples import DANISH, NASTY, filled

from facilitator.core.journeys import parcel, store
from facilitator.core.journeys.model import Touchpoint


def test_the_folder_read_in_parcels_is_the_folder(tmp_path):
    big = filled("Gruppe 2")
    big.extra = {"later_field": {"kept": [1, 2, "no"]}}
    phase = big.phases[0].id
    big.touchpoints = [Touchpoint(f"{NASTY} {n}", phase, platforms=["Facebook", DANISH], feeling=(n % 5) - 2)
                       for n in range(parcel.ROWS * 2 + 7)]
    for journey in (filled("Gruppe 1"), big):
        store.save_journey(tmp_path, journey)
    (store.journeys_dir(tmp_path) / "gruppe-3.yaml").write_text("id: [\n", encoding="utf-8")
    parcels, problems = parcel.load_all_packed(tmp_path)
    journeys, same_problems = store.load_all(tmp_path)  # the broken one is aside now: both saw it once
    assert len(parcels) == 2 + 4  # a head and the touchpoints per journey; the big one's in three parcels
    assert parcel.unpack(parcels) == journeys and [j.id for j in journeys] == ["gruppe-1", "gruppe-2"]
    assert len(problems) == 1 and "gruppe-3.yaml:" in problems[0] and same_problems == []


def test_one_parcel_per_step():
    parcels = parcel.pack([filled("Gruppe 1"), filled("Gruppe 2")])
    unpacker = parcel.Unpacker(parcels)
    unpacker.step()
    assert [j.group for j in unpacker.journeys] == ["Gruppe 1"] and not unpacker.done
    while not unpacker.done:
        unpacker.step()
    assert [j.group for j in unpacker.journeys] == ["Gruppe 1", "Gruppe 2"]

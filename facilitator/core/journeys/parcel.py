"""The groups' journeys as a worker process sends them back: small pickled parcels that the
GUI thread unpacks one per event-loop turn.

A worker's result is unpickled in one C call that holds the GIL. For a 2 MB journey (8,000
touchpoints) as dataclasses that call takes ~110 ms, and the countdown on the wall misses
its second. Plain tuples of strings unpickle about six times faster, and cut into parcels
of ROWS touchpoints no single step takes more than a millisecond or two. The parcels come
from our own worker process, never from a file, so unpickling them is safe.
"""
from __future__ import annotations

import pickle

from facilitator.core.journeys import store
from facilitator.core.journeys.model import TOUCHPOINT_FIELDS, Journey, Touchpoint
from facilitator.core.session.model import JourneyPhase

ROWS = 500  # touchpoints per parcel: about 1 ms to unpack


def load_all_packed(workshop_dir) -> tuple[list[bytes], list[str]]:
    """In the worker: store.load_all, its journeys packed into parcels."""
    journeys, problems = store.load_all(workshop_dir)
    return pack(journeys), problems


def pack(journeys: list[Journey]) -> list[bytes]:
    return list(parcels_of(journeys))


def parcels_of(journeys: list[Journey]):
    """The parcels one by one: the GUI thread packs a journey to save one parcel per event-loop
    turn (a few ms each) instead of 100 ms in one go for a 2 MB journey."""
    for j in journeys:
        head = (j.id, j.group, j.title, j.persona, j.scenario, [(p.id, p.title) for p in j.phases],
                j.template, j.language, j.extra)
        yield pickle.dumps(("journey", head))
        for start in range(0, len(j.touchpoints), ROWS):
            rows = [tuple(getattr(t, name) for name in TOUCHPOINT_FIELDS) for t in j.touchpoints[start:start + ROWS]]
            yield pickle.dumps(("rows", rows))


def save_packed(workshop_dir, parcels: list[bytes]) -> list[str]:
    """In the worker: write the packed journeys with store.save_journey (the same YAML, written
    atomically); the ids written. An OSError reaches the GUI as the worker's exception."""
    journeys = unpack(parcels)
    for journey in journeys:
        store.save_journey(workshop_dir, journey)
    return [j.id for j in journeys]


class Unpacker:
    """Turns parcels back into journeys, one parcel per step()."""

    def __init__(self, parcels: list[bytes]):
        self.parcels = list(parcels)
        self.index = 0
        self.journeys: list[Journey] = []

    @property
    def done(self) -> bool:
        return self.index >= len(self.parcels)

    def step(self) -> None:
        kind, body = pickle.loads(self.parcels[self.index])
        self.parcels[self.index] = b""  # a 2 MB journey need not be held twice
        self.index += 1
        if kind == "journey":
            jid, group, title, persona, scenario, phases, template, language, extra = body
            self.journeys.append(Journey(
                id=jid, group=group, title=title, persona=persona, scenario=scenario,
                phases=[JourneyPhase(pid, ptitle) for pid, ptitle in phases], template=template,
                language=language, extra=extra))
        else:  # the touchpoints come in order, already grouped by phase (store.normalized)
            self.journeys[-1].touchpoints.extend(Touchpoint(*row) for row in body)


def unpack(parcels: list[bytes]) -> list[Journey]:
    unpacker = Unpacker(parcels)
    while not unpacker.done:
        unpacker.step()
    return unpacker.journeys

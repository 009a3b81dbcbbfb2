"""The planned agenda as rows: each block, with its exercises and their phases under it.

Shared by ``facilitator agenda`` (a text table) and any printed agenda. Exercises in
a block run one after another from the block's start; phases likewise within
their exercise.
"""
from __future__ import annotations

from facilitator.core.record import record

from facilitator.core.session.schedule import planned_schedule
from facilitator.core.session.model import Session


@record(frozen=True)
class AgendaRow:
    start: int  # seconds after midnight
    end: int
    kind: str  # a block kind ("talk", "exercise", "break"), or "exercise" / "phase" below a block
    title: str
    level: int  # 0 = block, 1 = exercise in it, 2 = phase of that exercise (1 if the exercise is the block)
    fixed: bool = False  # the block starts at a fixed clock time

    @property
    def duration(self) -> int:
        return self.end - self.start


def agenda_rows(session: Session) -> list[AgendaRow]:
    rows: list[AgendaRow] = []
    for planned in planned_schedule(session):
        block = planned.block
        rows.append(AgendaRow(planned.start, planned.end, block.kind.value, block.title, 0,
                              block.fixed_start is not None))
        # One exercise named like its block would repeat the block's line; show its phases only.
        same = len(block.exercises) == 1 and block.exercises[0].title == block.title
        t = planned.start
        for exercise in block.exercises:
            if not same:
                rows.append(AgendaRow(t, t + exercise.duration, "exercise", exercise.title, 1))
            p = t
            for phase in exercise.phases:
                rows.append(AgendaRow(p, p + phase.duration, "phase", phase.title, 1 if same else 2))
                p += phase.duration
            t += exercise.duration
    return rows

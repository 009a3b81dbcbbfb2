"""The report-back round's commands, as the replay applies them (a mixin of replay.DayFold).

Groups: the round's groups, given on the day (the workshop's journeys, or more groups
than planned); before the round they replace the list, during it new ones join the end
(a journey renamed in the editor keeps its place).
Shuffle: before the round only, with the seed the journal holds, so a replay gives the
same order. Next: the first press starts the first group, each further press the next
one, past the last the round is over. Adjust: time added to or taken from the presenting
group. Skip: the presenting group stops (the next one begins), or before the round the
first one is taken out of it. Commands for a block that is no round are ignored.
"""
from __future__ import annotations

import random

from facilitator.core.day.exercise_timer import int_field
from facilitator.core.day.round_facts import RoundRun, counted_round, new_round

MOST_ADJUST = 24 * 3600  # seconds one +/- may add or take


def initial_rounds(session) -> dict[int, RoundRun]:
    """Rounds that count their groups exist from the start, so the plan follows them."""
    return {i: run for i, b in enumerate(session.blocks) if (run := counted_round(b)) is not None}


def _groups(data: dict) -> list[tuple[str, str]] | None:
    raw = data.get("groups")
    if not isinstance(raw, list):
        return None
    out = []
    for g in raw:
        if not isinstance(g, dict):
            return None
        jid, name = g.get("id", ""), g.get("name", "")
        if not isinstance(jid, str) or not isinstance(name, str):
            return None
        out.append((jid, name))
    return out


class RoundCommands:
    def _round_block(self, data: dict | None = None) -> int | None:
        """The block a command is for: data's "block", else the current one; a round block only."""
        idx = int_field(data or {}, "block")
        if idx is None:
            idx = self.facts.current if self.in_day() else None
        if idx is None or not 0 <= idx < self.n or self.session.blocks[idx].report_back is None:
            return None
        return idx

    def _current_round(self) -> RoundRun | None:
        if self.facts.current not in self.facts.rounds:  # most blocks have no round (each +/- asks)
            return None
        idx = self._round_block()
        return None if idx is None else self.facts.rounds.get(idx)

    def on_round_groups(self, t, data):
        idx, groups = self._round_block(data), _groups(data)
        if idx is None or groups is None:
            return
        run = self.facts.rounds.get(idx)
        if run is None or not run.started:
            self.facts.rounds[idx] = new_round(groups)
            return
        ids = {jid: g for g, (jid, _name) in enumerate(run.groups) if jid}
        for jid, name in groups:  # during the round: a renamed journey keeps its place, late groups join the end
            if jid and jid in ids:
                run.groups[ids[jid]] = (jid, name)
            elif (jid, name) not in run.groups:
                run.groups.append((jid, name))
                run.order.append(len(run.groups) - 1)

    def on_round_shuffle(self, t, data):
        idx, seed = self._round_block(data), int_field(data, "seed")
        run = None if idx is None else self.facts.rounds.get(idx)
        if run is not None and seed is not None and not run.started:
            order = sorted(run.order)
            random.Random(seed).shuffle(order)
            run.order = order

    def on_round_next(self, t, data):
        run = self._current_round()
        if run is None or run.finished_at is not None:
            return
        self._end_group(run, t)
        self._begin_next(run, t)

    def on_round_skip(self, t, data):
        run = self._current_round()
        if run is None or run.finished_at is not None:
            return
        if run.running:
            run.skipped.add(run.current())
            self._end_group(run, t)
            self._begin_next(run, t)
        else:
            waiting = run.waiting_after()
            if waiting:
                run.skipped.add(waiting[0])

    def round_adjust(self, t, seconds: int) -> bool:
        """+/- time while a group presents goes to that group; True when it did."""
        run = self._current_round()
        if run is None or not run.running:
            return False
        group = run.current()
        per_group = self.session.blocks[self.facts.current].report_back.per_group
        run.extra[group] = max(run.extra.get(group, 0) + seconds, -per_group)  # never below no time
        return True

    def on_round_adjust(self, t, data):
        seconds = int_field(data, "seconds")
        if seconds is not None:  # a day's worth at most, as for the block's +/- (replay.MOST_ADJUST)
            self.round_adjust(t, max(-MOST_ADJUST, min(seconds, MOST_ADJUST)))

    # -- helpers -------------------------------------------------------------------
    def _block_elapsed(self, t: float) -> float:
        return self.facts.blocks[self.facts.current].clock.elapsed(t)

    def _end_group(self, run: RoundRun, t: float) -> None:
        group = run.current()
        if group is not None and group in run.spans:
            run.spans[group][1] = t

    def _begin_next(self, run: RoundRun, t: float) -> None:
        waiting = run.waiting_after()
        if not waiting:
            run.finished_at = self._block_elapsed(t)
            return
        run.position = run.order.index(waiting[0])
        run.at = self._block_elapsed(t)
        run.spans[waiting[0]] = [t, None]

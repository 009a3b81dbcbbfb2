"""The exercise timer's commands, as the replay applies them (a mixin of replay.DayFold).

Start: the block's next ready exercise (or the given one, from zero); starting another
ends the one that ran. Pause/resume: the exercise's own clock (the day's pause stops it
too). Reset: back to ready, full time. Skip: marked skipped. Phases flow into each
other by time; next phase (N) ends the current phase now, previous phase restarts the
phase before, and next on the last phase ends the exercise. An N within PHASE_GRACE of a
phase that began by itself is taken for the phase that just ran out: it does not skip
the new phase unseen. The exercise's remaining time is facts.exercise_remaining.
"""
from __future__ import annotations

from facilitator.core.day.state import FINISHED, PAUSED, READY, RUNNING, SKIPPED
from facilitator.core.day.facts import PHASE_GRACE, ExerciseRun, current_phase, phase_length, phase_position


def int_field(data: dict, key: str) -> int | None:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class ExerciseCommands:
    def on_exercise_start(self, t, data):
        run = self.block()
        if not self.in_day() or not run.exercises:
            return
        idx = int_field(data, "index")
        active = run.active_exercise()
        if idx is None:
            if active is not None:
                idx = active
            else:
                idx = next((i for i, x in enumerate(run.exercises) if x.status == READY), None)
        if idx is None or not 0 <= idx < len(run.exercises):
            return
        if idx == active:  # starting the exercise that is on: carry on
            if run.exercises[idx].status == PAUSED:
                self.on_exercise_resume(t, data)
            return
        if active is not None:
            run.exercises[active].clock.close(t)
            run.exercises[active].status = FINISHED
        fresh = ExerciseRun(status=RUNNING)
        if not self.facts.paused:
            fresh.clock.open(t)
        run.exercises[idx], run.shown = fresh, idx

    def adjust_exercise(self, t, seconds: int) -> None:
        """+/- time while an exercise runs goes to it as well (to its current phase): the room
        watches the exercise's countdown on the wall, not the block's."""
        run = self.block()
        active = run.active_exercise()
        if active is None:
            return
        exercise, xrun = self.session.blocks[self.facts.current].exercises[active], run.exercises[active]
        phase = current_phase(exercise, xrun, xrun.clock.elapsed(t))
        idx = 0 if phase is None else phase[0]
        own = exercise.duration if phase is None else phase_length(exercise, xrun, idx) - xrun.extra.get(idx, 0)
        xrun.extra[idx] = max(xrun.extra.get(idx, 0) + seconds, -own)  # never less than no time at all

    def cut_exercise(self, t, seconds: int) -> None:
        """An accepted catch-up cut of the running block shortens its running exercise: the
        later phases give first (the room has not begun them), then the current one, never
        below what it has left."""
        run = self.block()
        active = run.active_exercise()
        if active is None or seconds <= 0:
            return
        exercise, xrun = self.session.blocks[self.facts.current].exercises[active], run.exercises[active]
        phase = current_phase(exercise, xrun, xrun.clock.elapsed(t))
        if phase is None:
            left = exercise.duration + xrun.added - xrun.clock.elapsed(t)
            xrun.extra[0] = xrun.extra.get(0, 0) - int(min(seconds, max(left, 0)))
            return
        now_idx, now_left = phase
        for idx in range(len(exercise.phases) - 1, now_idx - 1, -1):
            length = phase_length(exercise, xrun, idx)
            give = int(min(seconds, max(now_left if idx == now_idx else length, 0)))
            xrun.extra[idx] = xrun.extra.get(idx, 0) - give
            seconds -= give
            if seconds <= 0:
                return

    def on_exercise_pause(self, t, data):
        run = self.block()
        active = run.active_exercise() if self.in_day() else None
        if active is not None and run.exercises[active].status == RUNNING:
            run.exercises[active].status = PAUSED
            run.exercises[active].clock.close(t)

    def on_exercise_resume(self, t, data):
        run = self.block()
        active = run.active_exercise() if self.in_day() else None
        if active is not None and run.exercises[active].status == PAUSED:
            run.exercises[active].status = RUNNING
            if not self.facts.paused:
                run.exercises[active].clock.open(t)

    def on_exercise_reset(self, t, data):
        run = self.block()
        if self.in_day() and run.shown is not None:
            run.exercises[run.shown] = ExerciseRun()

    def on_exercise_skip(self, t, data):
        run = self.block()
        if not self.in_day() or not run.exercises:
            return
        idx = run.active_exercise()
        if idx is None:
            idx = next((i for i, x in enumerate(run.exercises) if x.status == READY), None)
        if idx is not None:
            run.exercises[idx].clock.close(t)
            run.exercises[idx].status = SKIPPED
            run.shown = idx

    def _phase_step(self, t, step: int) -> None:
        run = self.block()
        active = run.active_exercise() if self.in_day() else None
        if active is None:
            return
        exercise, xrun = self.session.blocks[self.facts.current].exercises[active], run.exercises[active]
        elapsed = xrun.clock.elapsed(t)
        pos = phase_position(exercise, xrun, elapsed)
        if pos is None:
            return
        idx, began, by_itself = pos
        if step > 0 and by_itself and elapsed - began < PHASE_GRACE:
            return  # N just after a phase ran out meant that phase: it has ended, the new one stays
        target = idx + step
        if target >= len(exercise.phases):  # next on the last phase: the exercise is done
            xrun.clock.close(t)
            xrun.status = FINISHED
            return
        xrun.phase_index, xrun.phase_at = max(target, 0), elapsed

    def on_phase_next(self, t, data):
        self._phase_step(t, +1)

    def on_phase_previous(self, t, data):
        self._phase_step(t, -1)

"""A block's report_back option: the round plans its own time from its groups."""
from __future__ import annotations

import pytest

from facilitator.core.session.loader import load_session_text
from facilitator.core.session.problems import SessionError

HEAD = 'format: 1\ntitle: T\nstart: "09:00"\nblocks:\n'


def test_a_counted_round_plans_groups_times_per_group_plus_changeovers():
    s = load_session_text(HEAD + "  - id: runde\n    title: Fremlæggelser\n    kind: exercise\n"
                          "    report_back: {per_group: 4m, changeover: 1m, groups: 6}\n")
    block = s.blocks[0]
    assert block.duration == 29 * 60
    assert (block.report_back.per_group, block.report_back.changeover, block.report_back.groups) == (240, 60, 6)


def test_a_round_of_the_journeys_keeps_its_planned_duration():
    s = load_session_text(HEAD + "  - id: runde\n    title: R\n    kind: exercise\n    duration: 20m\n"
                          "    report_back: {per_group: 4m, groups: journeys}\n")
    assert (s.blocks[0].duration, s.blocks[0].report_back.groups, s.blocks[0].report_back.changeover) == (1200, None, 0)


@pytest.mark.parametrize("body, where, message", [
    ("    duration: 20m\n    report_back: {per_group: 4m, changeover: 1m, groups: 6}\n", (8, 15),
     "duration 20 min does not match the report-back round: 6 groups x 4 min + 5 changeovers of 1 min "
     "= 29 min; leave duration out"),
    ("    report_back: {per_group: 4m, groups: journeys}\n", (5, 5),
     "block 'runde' is missing the required field 'duration'"),
    ("    duration: 5m\n    report_back: {per_group: 4m, groups: seks}\n", (9, 42),
     "groups 'seks' is neither a number of groups (like 6) nor 'journeys'"),
    ("    duration: 5m\n    report_back: {groups: 2}\n", (9, 18),
     "report_back is missing the required field 'per_group'"),
])
def test_bad_rounds_are_refused_at_their_place(body, where, message):
    with pytest.raises(SessionError) as info:
        load_session_text(HEAD + "  - id: runde\n    title: R\n    kind: exercise\n" + body, "s.yaml")
    [p] = info.value.problems
    assert ((p.line, p.col), p.message) == (where, message)

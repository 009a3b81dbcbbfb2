"""`run --rehearse --at` says what is wrong in command-line words (it gave the session file's
hint, "write it in quotes as \"09:30\"")."""
from __future__ import annotations

import pytest

from facilitator.cli import main


@pytest.mark.parametrize("at, words", [
    ("9.5", "argument --at: '9.5' is not a clock time like 13:15 or 9.30"),
    ("25:00", "argument --at: '25:00' is not a clock time of the day (00:00 to 23:59)"),
])
def test_a_bad_at_is_a_usage_error_in_command_line_words(capsys, at, words):
    with pytest.raises(SystemExit) as stop:
        main(["run", "--rehearse", "--at", at])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.strip().endswith(words) and "quotes" not in err

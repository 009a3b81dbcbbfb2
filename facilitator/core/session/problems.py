"""What is wrong with a session file, said with where: ``FILE:LINE:COL: message``."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Line breaks and other control characters from the file would split or garble a message line.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a file. Line and column are 1-based (0 = unknown)."""

    file: str
    line: int
    col: int
    message: str
    warning: bool = False  # the file loads; the writer may still want to look (a night-time start ...)

    def __post_init__(self):
        clean = _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), self.message)
        object.__setattr__(self, "message", clean)

    def __str__(self) -> str:
        kind = "warning: " if self.warning else ""
        return f"{self.file}:{self.line}:{self.col}: {kind}{self.message}"


class SessionError(Exception):
    """A session file could not be loaded; ``problems`` lists every reason, in file order."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.line, p.col, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))

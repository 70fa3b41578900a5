"""Problems found in input: stages return them, only the entry hook reports them.

Input: a path, a line and a message. Output: `Problem` records and `BriefError`,
the one exception raised for unusable input, formatted `path:line: message`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["warning", "error"]


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in one input file; `line` is 1-based, 0 when it is the whole file."""

    path: str
    line: int
    message: str
    severity: Severity = "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class BriefError(Exception):
    """Unusable input: carries every problem found, so one run reports them all."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

"""Problems found in input: stages return them, only the entry hook reports them.

Input: a path, a line and a message. Output: `Problem` records and `BriefError`,
the one exception raised for unusable input, formatted `path:line: message`.

Severities, as the editor meets them (README, "Adding briefs"):
- "error": the file cannot be used; the build stops after listing every problem.
- "warning": the file was used, but something was guessed or ignored that the editor
  must check; `mkdocs build --strict` (scripts/build) fails after listing them all.
- "note": legitimate input handled in full (e.g. markup shown as text, a language told
  from the script); printed for the editor's information, never fails a build.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["note", "warning", "error"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "note": 2}


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


def sort_key(problem: Problem) -> tuple[str, int, int, str]:
    """Report order: by file, then line, errors before warnings before notes."""
    return (problem.path, problem.line, SEVERITY_ORDER[problem.severity], problem.message)


class BriefError(Exception):
    """Unusable input: carries every problem found (errors, and the warnings and notes
    about the other files), so one run reports them all."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

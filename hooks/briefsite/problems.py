"""Problems found in input: stages return them, only the entry hook reports them.

Input: a path, a line and a message. Output: `Problem` records and `BriefError`,
the one exception raised for unusable input, formatted `path:line: message`.

Severities, as the editor meets them (README, "When a brief is not right"):
- "error": the file cannot be used; the build stops after listing every problem.
- "warning": the site would be wrong or misleading until the editor fixes it (a value
  the editor wrote was ignored, an empty brief); `--strict` (scripts/build) fails after
  listing them all.
- "guess": the engine decided something the file did not state (a title from the file
  name, an encoding, a language from the script, a file or folder skipped, an actor
  discovered) and the site is still right; listed in the build report, once per file,
  with the front matter key or step that would settle it. Never fails a build.
- "note": legitimate input handled in full (markup shown as text, an editor's note
  waiting for its page); printed for the editor's information, never fails a build.

A stage that guesses says so itself: `guessed(...)` gives the "guess" Problem with its
`Guess` (what the report says, the value, the fix), so no message is ever parsed back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["guess", "note", "warning", "error"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "note": 2, "guess": 3}


@dataclass(frozen=True, slots=True)
class Guess:
    """A guess as the build report shows it: `what` (with `{v}` for `value`) and the fix."""

    what: str
    fix: str
    value: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in one input file; `line` is 1-based, 0 when it is the whole file."""

    path: str
    line: int
    message: str
    severity: Severity = "warning"
    guess: Guess | None = None  # set on a "guess": its line in the build report

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


def guessed(path: str, line: int, message: str, what: str, fix: str, value: str = "") -> Problem:
    """Return the "guess" Problem a stage reports: the full message for the log, and what
    the build report lists (`what`, `{v}` standing for `value`) with the step that settles it."""
    return Problem(path, line, message, "guess", Guess(what, fix, value))


def build_report(problems: tuple[Problem, ...] | list[Problem]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return the build report: per file (sorted), its guesses in order, each `what (fix)`.
    Guesses of one kind are one item (`discovered actors 'A', 'B' (fix)`), a repeated one once."""
    per_file: dict[str, dict[tuple[str, str], list[str]]] = {}
    for problem in sorted((p for p in problems if p.guess is not None), key=sort_key):
        assert problem.guess is not None
        what, value, fix = problem.guess.what, problem.guess.value, problem.guess.fix
        values = per_file.setdefault(problem.path, {}).setdefault((what, fix), [])
        if value not in values:
            values.append(value)
    return tuple((path, tuple(_item(what, values, fix) for (what, fix), values in kinds.items()))
                 for path, kinds in sorted(per_file.items()))


def _item(what: str, values: list[str], fix: str) -> str:
    noun, quoted, rest = what.partition(" '{v}'")
    if len(values) > 1 and quoted:  # `discovered actor '{v}'`, `author '{v}' read from ...`: one noun, many values
        names = ", ".join(f"'{v}'" for v in values)
        return f"{noun}s {names}{rest} ({fix})"
    return f"{what.format(v=values[0])} ({fix})"


REPORT_TITLE = "Build report"


def report_text(report: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """Return the build report as printed: a heading, then one line per file."""
    if not report:
        return f"{REPORT_TITLE}: nothing was guessed; every brief states what the site shows.\n"
    head = (f"{REPORT_TITLE}: what the engine guessed, in {len(report)} file(s); none of it fails the "
            f"build. To settle a guess, do what follows it (a key goes into the file's front matter).")
    return "\n".join([head, *(f"  {path}: {'; '.join(items)}" for path, items in report)]) + "\n"

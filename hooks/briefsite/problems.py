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

Stages say what they found at the level they always have; `relevel` (run once, by the
pipeline) turns the messages that are guesses into "guess" by the table `GUESSES`, so
the decision is made, and reviewed, in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from typing import Literal

Severity = Literal["guess", "note", "warning", "error"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "note": 2, "guess": 3}


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


# What the engine guessed, told by the stage's message: (pattern on the message, the
# severity the stage gave it, what the report says, what would settle it). `{v}` is the
# pattern's group `v`. A message no row matches keeps its stage's severity.
_GUESS_ROWS: tuple[tuple[str, Severity, str, str], ...] = (
    (r"so the title '(?P<v>.*)' was made from the file name", "warning",
     "title '{v}' made from the file name", "title:"),
    (r"^is not UTF-8; it was read as (?P<v>[^.]+)\.", "warning", "read as {v}", "save as UTF-8"),
    (r"^had mis-decoded characters", "warning", "mis-decoded characters repaired", "save as UTF-8"),
    (r"so its language was taken as '(?P<v>[^']+)'", "note", "language '{v}' told from the script",
     "language:"),
    (r"its language is recorded as 'und'", "note", "language undetermined ('und')", "language:"),
    (r"^has the same title as (?P<v>.+?) \(", "note", "same title as {v}", "title:"),
    (r"^is not a brief \(only \.txt, \.md and \.pdf", "warning", "skipped: not a .txt, .md or .pdf file",
     "export as .txt, or move it out"),
    (r"^is a folder; briefs in sub-folders are not read", "warning", "skipped: a sub-folder",
     "move its briefs up"),
    (r"^has a name that is not valid UTF-8", "warning", "skipped: a sub-folder whose name is not UTF-8",
     "rename it"),
    (r"^discovered actor '(?P<v>[^']+)'", "guess", "discovered actor '{v}'", "add to the actor registry"),
)
GUESSES: tuple[tuple[re.Pattern[str], Severity, str, str], ...] = tuple(
    (re.compile(pattern), severity, what, fix) for pattern, severity, what, fix in _GUESS_ROWS)


def relevel(problem: Problem) -> Problem:
    """Return `problem` as a "guess" when `GUESSES` says it is one, else unchanged."""
    for pattern, severity, _, _ in GUESSES:
        if problem.severity == severity and pattern.search(problem.message):
            return Problem(problem.path, problem.line, problem.message, "guess")
    return problem


def guessed(problem: Problem) -> tuple[str, str, str]:
    """Return the build report's parts for a guess: what it is, the value (or ""), the fix."""
    for pattern, _, what, fix in GUESSES:
        if (found := pattern.search(problem.message)) is not None:
            return what, found.groupdict().get("v") or "", fix
    return problem.message, "", ""  # pragma: no cover  (every guess comes from a row of GUESSES)


def build_report(problems: tuple[Problem, ...] | list[Problem]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return the build report: per file (sorted), its guesses in order, each `what (fix)`.
    Guesses of one kind are one item (`discovered actors 'A', 'B' (fix)`), a repeated one once."""
    per_file: dict[str, dict[tuple[str, str], list[str]]] = {}
    for problem in sorted((p for p in problems if p.severity == "guess"), key=sort_key):
        what, value, fix = guessed(problem)
        values = per_file.setdefault(problem.path, {}).setdefault((what, fix), [])
        if value not in values:
            values.append(value)
    return tuple((path, tuple(_item(what, values, fix) for (what, fix), values in kinds.items()))
                 for path, kinds in sorted(per_file.items()))


def _item(what: str, values: list[str], fix: str) -> str:
    if len(values) > 1 and what.endswith("'{v}'"):  # `discovered actor '{v}'`: one noun, many names
        noun = what.removesuffix(" '{v}'")
        names = ", ".join(f"'{v}'" for v in values)
        return f"{noun}s {names} ({fix})"
    return f"{what.format(v=values[0])} ({fix})"


REPORT_TITLE = "Build report"


def report_text(report: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """Return the build report as printed: a heading, then one line per file."""
    if not report:
        return f"{REPORT_TITLE}: nothing was guessed; every brief states what the site shows.\n"
    head = (f"{REPORT_TITLE}: what the engine guessed, in {len(report)} file(s); none of it fails the "
            f"build. To settle a guess, do what follows it (a key goes into the file's front matter).")
    return "\n".join([head, *(f"  {path}: {'; '.join(items)}" for path, items in report)]) + "\n"

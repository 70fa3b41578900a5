"""The engine run in process on a folder of briefs, as the MkDocs hook runs it, without MkDocs.

Input: a folder of briefs. Output: every `Problem` the engine reports for it (errors,
warnings, notes and guesses, in report order), whether or not the build would go on;
the level name MkDocs prints for each severity (REPORT: not logged, listed in the
build report instead); and the lines the build report prints for them.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefsite import pipeline
from briefsite.problems import BriefError, Problem, Severity, build_report, report_text
from briefsite.settings import ENV_BRIEFS, load_settings

ROOT = Path(__file__).resolve().parents[2]
# The hook logs errors, warnings and notes at these levels (hooks/briefs.py, report());
# guesses go to the build report.
LEVELS: dict[Severity, str] = {"error": "ERROR", "warning": "WARNING", "note": "INFO", "guess": "REPORT"}


def problems_of(briefs: Path) -> tuple[Problem, ...]:
    """Run settings and pipeline on `briefs` with the project's registries."""
    old = os.environ.pop(ENV_BRIEFS, None)  # scripts/build --briefs would override the folder
    try:
        return pipeline.run(load_settings({"briefs": str(briefs)}, ROOT)).problems
    except BriefError as error:
        return error.problems
    finally:
        if old is not None:
            os.environ[ENV_BRIEFS] = old


def logged(problem: Problem) -> str:
    """The line MkDocs prints for `problem`: `LEVEL   -  path[:line]: message`."""
    return f"{LEVELS[problem.severity]:<8}-  {problem}"


def report_lines(problems: tuple[Problem, ...]) -> list[str]:
    """The lines of the build report scripts/build prints for `problems`."""
    return report_text(build_report(problems)).splitlines()

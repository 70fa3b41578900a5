"""Builds for the reliability tests, made once per session with the real scripts/build.

Input: the corpora of corpora.py and the bundled briefs. Output, for the tests: the
`Run`s of buildrun.py, and the same corpora's problems from the engine in process
(`engine`, engine.py). Each scripts/build run costs two MkDocs builds (5-17 s), so every
test reads one of these few runs instead of building its own.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefsite.problems import Problem
from tests.reliability import corpora
from tests.reliability.buildrun import REVERSED_LISTINGS, Run, scripts_build
from tests.reliability.engine import problems_of


@pytest.fixture(scope="session")
def accepted(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The ACCEPTED corpus: must build under --strict, both sites and the zip."""
    tmp = tmp_path_factory.mktemp("accepted")
    run = scripts_build(corpora.write(tmp / "briefs", corpora.accepted()), tmp / "out")
    assert run.returncode == 0, run.output
    return run


@pytest.fixture(scope="session")
def accepted_again(tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Path]:
    """The ACCEPTED corpus again, from another folder whose files were created in reverse
    order, with every directory listing of the build reversed; and the file naming the
    folders the build listed."""
    tmp = tmp_path_factory.mktemp("accepted-again")
    (tmp / "python").mkdir()
    (tmp / "python" / "sitecustomize.py").write_text(REVERSED_LISTINGS, encoding="utf-8")
    listed = tmp / "listed.txt"
    pythonpath = os.pathsep.join(filter(None, [str(tmp / "python"), os.environ.get("PYTHONPATH")]))
    briefs = corpora.write(tmp / "briefs", corpora.accepted(), reverse=True)
    run = scripts_build(briefs, tmp / "out", {"PYTHONPATH": pythonpath, "BRIEFSITE_TEST_LISTED": str(listed)})
    assert run.returncode == 0, run.output
    return run, listed


@pytest.fixture(scope="session")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The bundled briefs (scripts/build without --briefs)."""
    run = scripts_build(None, tmp_path_factory.mktemp("bundled") / "out")
    assert run.returncode == 0, run.output
    return run


@pytest.fixture(scope="session")
def warned(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The WARNED corpus: the strict build writes the site, then fails."""
    tmp = tmp_path_factory.mktemp("warned")
    return scripts_build(corpora.write(tmp / "briefs", corpora.warned()), tmp / "out")


@pytest.fixture(scope="session")
def rejected(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The REJECTED corpus, with a broken link and some WARNED files beside them."""
    tmp = tmp_path_factory.mktemp("rejected")
    return scripts_build(corpora.write(tmp / "briefs", corpora.rejected(), broken_link=True), tmp / "out")


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Problem, ...]]:
    """Corpus name -> the problems the engine reports for it, in process (no MkDocs):
    the same folders as the `accepted`, `warned` and `rejected` builds."""
    tmp = tmp_path_factory.mktemp("engine")
    return {
        "accepted": problems_of(corpora.write(tmp / "accepted", corpora.accepted())),
        "warned": problems_of(corpora.write(tmp / "warned", corpora.warned())),
        "rejected": problems_of(corpora.write(tmp / "rejected", corpora.rejected(), broken_link=True)),
    }

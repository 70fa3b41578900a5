"""Builds for the reliability tests, made once per session with the real scripts/build.

Input: the corpora of corpora.py and the bundled briefs. Output, for the tests: `Run`s
of `scripts/build --briefs DIR --out DIR` (hosted site, offline folder and zip, the
merged output in order, the exit code), never touching the repository's site/ or
dist/. Each scripts/build run costs two MkDocs builds (5-17 s), so every test reads
one of these few runs instead of building its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "scripts"))

import corpora  # noqa: E402

EPOCH = 1_700_000_000  # 2023-11-14 22:13:20 UTC

# Loaded by Python at start-up when its folder is on PYTHONPATH: every directory listing
# of the process comes out in descending name order, the reverse of what most file
# systems give, and each listed path is recorded so the test can see it took effect.
REVERSED_LISTINGS = '''
import os
_scandir, _listdir = os.scandir, os.listdir
_MARK = os.environ.get("BRIEFSITE_TEST_LISTED")


def _mark(path):
    if _MARK:
        with open(_MARK, "a", encoding="utf-8") as out:
            out.write(os.fsdecode(path) if not isinstance(path, int) else "<fd>")
            out.write("\\n")


class _Listing:
    def __init__(self, entries):
        self._it = iter(entries)
    def __iter__(self):
        return self
    def __next__(self):
        return next(self._it)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
    def close(self):
        pass


def scandir(path="."):
    with _scandir(path) as it:
        entries = sorted(it, key=lambda e: e.name, reverse=True)
    _mark(path)
    return _Listing(entries)


def listdir(path="."):
    names = sorted(_listdir(path), reverse=True)
    _mark(path)
    return names


os.scandir, os.listdir = scandir, listdir
'''


@dataclass(frozen=True)
class Run:
    """One run of scripts/build."""

    briefs: Path | None
    out: Path
    returncode: int
    output: str  # stdout and stderr merged, in the order printed

    @property
    def site(self) -> Path:
        return self.out / "site"

    @property
    def offline(self) -> Path:
        return self.out / "offline"

    @property
    def bundle(self) -> Path:
        return self.out / "briefsite-offline.zip"

    @property
    def lines(self) -> list[str]:
        return self.output.rstrip("\n").splitlines()

    def knowledge(self, site: Path | None = None) -> dict:
        return json.loads(((site or self.site) / "knowledge.json").read_text(encoding="utf-8"))


def scripts_build(briefs: Path | None, out: Path, env: dict[str, str] | None = None) -> Run:
    """Run scripts/build as an editor would, into `out`."""
    full_env = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH), **(env or {})}
    full_env.pop("BRIEFSITE_BRIEFS", None)
    command = [str(ROOT / "scripts" / "build"), "--out", str(out)]
    if briefs is not None:
        command += ["--briefs", str(briefs)]
    proc = subprocess.run(command, cwd=ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, timeout=1200)
    return Run(briefs, out, proc.returncode, proc.stdout)


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

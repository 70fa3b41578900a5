"""One run of the real scripts/build, as an editor makes it.

Input: a folder of briefs (or None for the bundled ones) and an output folder.
Output: a `Run` (hosted site, offline folder and zip, the merged output in order, the
exit code), never touching the repository's site/ or dist/. Imported by name
(`from tests.reliability.buildrun import Run, scripts_build`); the session fixtures
that make the shared runs are in conftest.py.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

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


@dataclass(frozen=True, slots=True)
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
    def failed(self) -> Path:
        """Where a failed build leaves what it made, for a look (never published)."""
        return self.out / "failed-build"

    @property
    def offline(self) -> Path:
        return self.out / "offline"

    @property
    def bundle(self) -> Path:
        return self.out / "briefsite-offline.zip"

    @property
    def lines(self) -> list[str]:
        return self.output.rstrip("\n").splitlines()

    def knowledge(self, site: Path | None = None) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(((site or self.site) / "knowledge.json").read_text(encoding="utf-8"))
        return data


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

"""Child processes timed with their own peak memory, and the sizes of what they built.

Input: a command, its folder and environment; a built site folder or zip. Output: `Step`
(wall and CPU seconds, peak resident memory of that child, exit status, its output kept in
a log file) and `Sizes` (total bytes, the search index, the largest and the median page).
CPU seconds are given beside wall seconds because other work on the machine stretches the
wall clock, not the CPU time a step needs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    wall_s: float
    cpu_s: float      # user + system time of the child and its own children
    peak_mb: float    # the child's peak resident set size
    status: int
    log: str          # the file its output went to


def run(name: str, command: list[str], cwd: Path, env: dict[str, str], log_dir: Path) -> Step:
    """Run `command`; return its figures (never raises on a failing exit status)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"{name.replace(' ', '-')}.log"
    with log.open("wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        # wait4 gives this child's own rusage; RUSAGE_CHILDREN would mix all of them.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Step(name, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode, str(log))


def tail(step: Step, lines: int = 40) -> str:
    """The last lines of a step's output, for the message of a broken build."""
    text = Path(step.log).read_text(encoding="utf-8", errors="replace")
    return "\n".join(text.splitlines()[-lines:])


@dataclass(frozen=True, slots=True)
class Sizes:
    total_bytes: int
    files: int
    pages: int                # .html files
    search_index_bytes: int   # search/search_index.json, or search_index.js offline
    largest_page_bytes: int
    largest_page: str
    median_page_bytes: float


def folder_sizes(site: Path) -> Sizes:
    """Sizes of a built site (or an unzipped bundle)."""
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = sorted(((p.stat().st_size, p.relative_to(site).as_posix()) for p in files if p.suffix == ".html"),
                   key=lambda x: (-x[0], x[1]))
    index = 0
    for name in ("search/search_index.json", "search/search_index.js"):
        if (site / name).is_file():
            index = max(index, (site / name).stat().st_size)
    return Sizes(
        total_bytes=sum(p.stat().st_size for p in files),
        files=len(files),
        pages=len(pages),
        search_index_bytes=index,
        largest_page_bytes=pages[0][0] if pages else 0,
        largest_page=pages[0][1] if pages else "",
        median_page_bytes=statistics.median(s for s, _ in pages) if pages else 0.0,
    )


def unzip(bundle: Path, into: Path) -> Path:
    """Unzip the bundle as a reader does; return the folder holding index.html."""
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(into)
    found = sorted(p.parent for p in into.glob("*/index.html"))
    return found[0] if found else into

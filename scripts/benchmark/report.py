"""The machine a run came from, and its figures as one table.

Input: the results of `measure.measure`, one per N. Output: `machine()` (cores, CPU model,
RAM, load) and `table()`: one row per figure, and per N three columns: the engine's site,
the plain MkDocs + Material site, and engine / plain.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Callable
from pathlib import Path
from typing import Any

Getter = Callable[[dict[str, Any]], Any]


def machine() -> dict[str, Any]:
    """nproc, the CPU model (/proc/cpuinfo), total RAM (/proc/meminfo), Python, the load average."""
    cpu = ""
    info = Path("/proc/cpuinfo")
    if info.is_file():
        for line in info.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = 0.0
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        for line in meminfo.read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                ram = int(line.split()[1]) / 1024 / 1024
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(ram, 1), "python": platform.python_version(),
            "load_average": os.getloadavg()}


def _get(*keys: str) -> Getter:
    def get(d: dict[str, Any]) -> Any:
        value: Any = d
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        return value
    return get


_MB = 1e6
_KB = 1e3
# (label, unit divisor, getter on a site's figures); a getter of None is a heading.
SITE_ROWS: tuple[tuple[str, float, Getter | None], ...] = (
    ("hosted build s (wall)", 1, _get("hosted build", "wall_s")),
    ("hosted build s (CPU)", 1, _get("hosted build", "cpu_s")),
    ("hosted check s (CPU)", 1, _get("hosted check", "cpu_s")),
    ("offline build s (wall)", 1, _get("offline build", "wall_s")),
    ("offline build s (CPU)", 1, _get("offline build", "cpu_s")),
    ("offline check s (CPU)", 1, _get("offline check", "cpu_s")),
    ("package s (CPU)", 1, _get("package", "cpu_s")),
    ("whole build s (wall)", 1, _get("whole build", "wall_s")),
    ("whole build s (CPU)", 1, _get("whole build", "cpu_s")),
    ("peak memory MB (a build)", 1, _get("whole build", "peak_mb")),
    ("hosted site MB", _MB, _get("hosted", "total_bytes")),
    ("offline unzipped MB", _MB, _get("offline", "total_bytes")),
    ("offline zip MB", _MB, _get("zip_bytes")),
    ("search index MB (hosted)", _MB, _get("hosted", "search_index_bytes")),
    ("search index MB (offline .js)", _MB, _get("offline", "search_index_bytes")),
    ("HTML pages (hosted)", 1, _get("hosted", "pages")),
    ("largest page KB (hosted)", _KB, _get("hosted", "largest_page_bytes")),
    ("median page KB (hosted)", _KB, _get("hosted", "median_page_bytes")),
    ("first search s (from disk)", 1, _get("search", "first_result_s")),
    ("longest frozen task s", 1, _get("search", "longest_task_s")),
    ("longest frame gap s", 1, _get("search", "longest_frame_gap_s")),
    ("page load s (from disk)", 1, _get("search", "load_s")),
)
STAGE_ROWS = ("ingest", "repair", "actors", "themes", "conclusions", "events", "render pages", "knowledge.json")


def _cell(value: Any, divisor: float) -> str:
    if value is None:
        return "-"
    number = float(value) / divisor
    return f"{number:.0f}" if abs(number) >= 100 else f"{number:.2f}" if abs(number) < 10 else f"{number:.1f}"


def _searched(site: dict[str, Any], value: Any, divisor: float) -> str:
    """A cell; a search that showed nothing before the probe gave up reads `none`, not `-`."""
    if value is None and site.get("search", {}).get("error"):
        return "none"
    return _cell(value, divisor)


def table(results: list[dict[str, Any]]) -> str:
    """The figures of every N, side by side, as fixed-width text."""
    head = ["figure"] + [f"{label} N={r['n']}" for r in results for label in ("engine", "plain", "ratio")]
    rows: list[list[str]] = []
    for stage in STAGE_ROWS:
        rows.append([f"stage {stage} s (CPU)"] + [c for r in results
                                                  for c in (_cell(r["stages"]["cpu_seconds"].get(stage), 1), "", "")])
    rows.append(["stages (all) s (CPU)"] + [c for r in results
                                           for c in (_cell(r["stages"]["process"]["cpu_s"], 1), "", "")])
    rows.append(["stages peak memory MB"] + [c for r in results
                                             for c in (_cell(r["stages"]["process"]["peak_mb"], 1), "", "")])
    for label, divisor, get in SITE_ROWS:
        assert get is not None
        row = [label]
        for r in results:
            a, b = get(r["engine"]), get(r["plain"])
            ratio = float(a) / float(b) if a is not None and b else None
            row += [_searched(r["engine"], a, divisor), _searched(r["plain"], b, divisor),
                    f"{ratio:.1f}x" if ratio is not None else "-"]
        rows.append(row)
    rows.append(["largest page (engine)"] + [c for r in results for c in (r["engine"]["hosted"]["largest_page"], "", "")])
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
             for row in [head, *rows]]
    return "\n".join([lines[0], "-" * len(lines[0]), *lines[1:]])

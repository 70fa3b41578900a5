"""The engine's stages, timed one by one, as a child process of scripts/bench.

Usage: python scripts/benchmark/engine.py BRIEFS_DIR OUT.json [TEXTS.json]
Runs `pipeline.run` (the very function the MkDocs hook runs) with each stage wrapped in a
timer, then renders the pages and knowledge.json as the hook does. Writes
{stage: seconds} plus counts to OUT.json, and to TEXTS.json each repaired brief's
title and paragraphs (what the plain MkDocs site of the same briefs shows). Wrapping the pipeline's own names, instead of
copying its steps, keeps the figures true when the pipeline changes; a stage the
pipeline no longer calls under that name reads as missing, not as zero.
Also `pdf_reads()`: the slowest read of a PDF of at most 3 pages (budget 0.5 s).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "hooks") not in sys.path:
    sys.path.insert(0, str(ROOT / "hooks"))

from briefsite import pipeline  # noqa: E402
from briefsite.extract.actors import recognise as actor_stage  # noqa: E402
from briefsite.extract.conclusions import extract as conclusion_stage  # noqa: E402
from briefsite.extract.events import find as event_stage  # noqa: E402
from briefsite.extract.themes import discover as theme_stage  # noqa: E402
from briefsite.ingest.pdf.reader import read_pdf  # noqa: E402
from briefsite.settings import load_settings  # noqa: E402
from briefsite.site.export import dumps, knowledge  # noqa: E402
from briefsite.site.pages import render_pages  # noqa: E402

# (stage, module, attribute): the names pipeline.run calls each stage by.
STAGES: tuple[tuple[str, Any, str], ...] = (
    ("ingest", pipeline, "read_briefs"),
    ("repair", pipeline, "repair"),
    ("repair", pipeline, "assign_ids"),
    ("actors", actor_stage, "recognise"),
    ("themes", theme_stage, "themes_and_mentions"),
    ("conclusions", conclusion_stage, "extract_conclusions"),
    ("events", event_stage, "extract_events"),
)


def _timer(spent: dict[str, float], cpu: dict[str, float], stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[stage] = spent.get(stage, 0.0) + time.perf_counter() - start
            cpu[stage] = cpu.get(stage, 0.0) + time.process_time() - start_cpu
    return timed


def run(briefs: Path, texts: Path | None = None) -> dict[str, Any]:
    """Time every stage on the briefs in `briefs`; return the figures."""
    spent: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for stage, module, name in STAGES:
        if hasattr(module, name):
            setattr(module, name, _timer(spent, cpu, stage, getattr(module, name)))
    settings = load_settings({"briefs": str(briefs)}, ROOT, "mkdocs.yml")
    result = _timer(spent, cpu, "pipeline (all of the above)", pipeline.run)(settings)
    pages = _timer(spent, cpu, "render pages", render_pages)(result.corpus)
    data = _timer(spent, cpu, "knowledge.json", lambda: dumps(knowledge(result.corpus)))()
    k = result.corpus.knowledge
    if texts is not None:
        plain = [{"id": b.id, "title": b.title, "paragraphs": [p.text for p in b.paragraphs]} for b in k.briefs]
        texts.write_text(json.dumps(plain), encoding="utf-8")
    return {
        "seconds": spent,
        "cpu_seconds": cpu,
        "briefs": len(k.briefs),
        "paragraphs": sum(len(b.paragraphs) for b in k.briefs),
        "words": sum(len(p.text.split()) for b in k.briefs for p in b.paragraphs),
        "actors": len(k.actors),
        "themes": len(k.themes),
        "conclusions": len(k.conclusions),
        "generated_pages": len(pages),
        "generated_markdown_bytes": sum(len(m.encode("utf-8")) for m in pages.values()),
        "knowledge_json_bytes": len(data.encode("utf-8")),
    }


def pdf_reads(files: list[Path]) -> dict[str, Any]:
    """Read each PDF; return the total, the slowest read of one of at most 3 pages, and the budget."""
    small: list[tuple[float, float, str]] = []
    total = 0.0
    for path in files:
        data = path.read_bytes()
        start, start_cpu = time.perf_counter(), time.process_time()
        raw, _ = read_pdf(data, path.name)
        spent, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        total += spent
        if raw is not None and max((line.page for line in raw.lines), default=0) <= 3:
            small.append((spent, cpu, path.name))
    slowest = max(small, default=(0.0, 0.0, ""))
    # CPU seconds too: on a loaded machine the wall clock of one read says little.
    return {"files": len(files), "total_s": total, "small_files": len(small), "slowest_small_s": slowest[0],
            "slowest_small_cpu_s": max((c for _, c, _ in small), default=0.0), "slowest_small_file": slowest[2],
            "budget_s": 0.5}


if __name__ == "__main__":
    figures = run(Path(sys.argv[1]), Path(sys.argv[3]) if len(sys.argv) > 3 else None)
    Path(sys.argv[2]).write_text(json.dumps(figures, indent=1), encoding="utf-8")

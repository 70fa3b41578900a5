"""Measure the engine's site against a plain MkDocs + Material site of the same briefs.

Usage: python scripts/bench.py [N ...] [--json FILE] [--no-browser] [--keep DIR]
For each N (default 100 300) synthetic briefs (benchmark/corpus.py: many real briefs,
shuffled, retitled, some damaged, some PDFs), in one run: the engine's stages, every step
of scripts/build (hosted and offline builds, their checks, packaging) with peak memory,
the sizes (sites, bundle, zip, search index, largest and median page), the first search
of the offline bundle from disk in Chromium; the same for the plain site, and the ratios.
Also the slowest read of a PDF of at most 3 pages (budget 0.5 s). Prints a table and
writes every figure as JSON (default test-artifacts/bench.json). Never fails on a slow
figure; exits 1 only when the engine's site does not build.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmark.corpus import PDF_CORPUS, ROOT  # noqa: E402
from benchmark.engine import pdf_reads  # noqa: E402
from benchmark.measure import BrokenBuild, measure, per_brief  # noqa: E402
from benchmark.report import machine, table  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="*", type=int, default=[100, 300], help="numbers of briefs (default 100 300)")
    parser.add_argument("--json", type=Path, default=ROOT / "test-artifacts" / "bench.json")
    parser.add_argument("--no-browser", action="store_true", help="skip the first-search probe")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    started = time.time()
    document: dict[str, Any] = {"machine": machine(), "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                                "runs": []}
    pdfs = sorted(PDF_CORPUS.glob("*.pdf")) if PDF_CORPUS.is_dir() else []
    if pdfs:
        document["pdf"] = pdf_reads(pdfs)
    results: list[dict[str, Any]] = []
    for n in args.n:
        with tempfile.TemporaryDirectory(prefix=f"bench-{n}-") as tmp:
            scratch = args.keep / str(n) if args.keep else Path(tmp)
            scratch.mkdir(parents=True, exist_ok=True)
            try:
                result = measure(n, scratch, browser=not args.no_browser)
            except BrokenBuild as broken:
                print(f"scripts/bench: the engine's site of {n} synthetic briefs did not build: {broken}",
                      file=sys.stderr)
                return 1
        result["per_brief"] = per_brief(result)
        results.append(result)
        document["runs"] = results
        document["machine"]["load_average_end"] = os.getloadavg()
        document["seconds"] = time.time() - started
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    m = document["machine"]
    print()
    print(f"Machine: {m['nproc']} cores, {m['cpu']}, {m['ram_gb']} GB RAM; load average at start "
          f"{m['load_average'][0]:.1f}, at end {m['load_average_end'][0]:.1f}")
    for r in results:
        c = r["corpus"]
        print(f"N={r['n']}: {c['kinds']}, {c['damaged']} damaged, from {c['sources']} sources; "
              f"{r['stages']['paragraphs']} paragraphs, {r['stages']['words']} words, "
              f"{r['stages']['actors']} actors, {r['stages']['themes']} themes, "
              f"{r['stages']['conclusions']} conclusions")
    print()
    print(table(results))
    if "pdf" in document:
        p = document["pdf"]
        print(f"\nPDF reads: {p['files']} files in {p['total_s']:.2f} s; slowest of {p['small_files']} with <= 3 "
              f"pages {p['slowest_small_s']:.3f} s ({p['slowest_small_file']}; budget {p['budget_s']} s); "
              f"slowest in CPU time {p.get('slowest_small_cpu_s', 0):.3f} s")
    print(f"\nFigures written to {args.json} ({document['seconds']:.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

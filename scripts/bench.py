"""Timings of each pipeline stage and of the MkDocs builds, on N synthetic briefs.

Usage: python scripts/bench.py N. The corpus is the bundled briefs copied N times
with their paragraphs shuffled deterministically, so recognition has real text to
work on. Prints a table of seconds; it never fails on a slow result. When the PDF
corpus (../shared/corpus/crs-pdf, or BRIEFSITE_PDF_CORPUS) is there, a `pdf` stage
reads each of its files and prints the slowest read of a PDF of at most 3 pages
(the budget is 0.5 s).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, TypeVarTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from briefsite.extract.actors import recognise as actors

from briefsite.extract.conclusions import extract as conclusions

from briefsite.extract.themes import taxonomy

from briefsite.extract.themes import find as themes  # noqa: E402
from briefsite.corpus.index import Corpus  # noqa: E402
from briefsite.site.export import dumps, knowledge  # noqa: E402
from briefsite.ingest.files import read_briefs  # noqa: E402
from briefsite.ingest.pdf.reader import read_pdf  # noqa: E402
from briefsite.model import Knowledge  # noqa: E402
from briefsite.site.pages import render_pages  # noqa: E402
from briefsite.repair.briefs import assign_ids, repair  # noqa: E402


def make_corpus(folder: Path, n: int) -> None:
    sources = sorted((ROOT / "briefs").iterdir())
    rng = random.Random(42)
    for i in range(n):
        text = sources[i % len(sources)].read_text(encoding="utf-8")
        blocks = [b for b in text.split("\n\n") if b.strip()]
        body = blocks[2:]
        rng.shuffle(body)
        front = f"---\ntitle: Synthetic brief {i}\nauthors: [Author {i % 17}]\n---\n\n"
        (folder / f"brief-{i:05d}.md").write_text(front + "\n\n".join(body) + "\n", encoding="utf-8")


T = TypeVar("T")
Ts = TypeVarTuple("Ts")


def timed(label: str, rows: list[tuple[str, float]], fn: Callable[[*Ts], T], *args: *Ts) -> T:
    start = time.perf_counter()
    result = fn(*args)
    rows.append((label, time.perf_counter() - start))
    return result


PDF_CORPUS = Path(os.environ.get("BRIEFSITE_PDF_CORPUS", ROOT.parent / "shared" / "corpus" / "crs-pdf"))


def pdf_stage(rows: list[tuple[str, float]]) -> None:
    """Time reading each PDF of the corpus; add the total and the slowest 3-page read."""
    files = sorted(PDF_CORPUS.glob("*.pdf")) if PDF_CORPUS.is_dir() else []
    if not files:
        return
    small: list[float] = []
    total = 0.0
    for path in files:
        data = path.read_bytes()
        start = time.perf_counter()
        raw, _ = read_pdf(data, path.name)
        spent = time.perf_counter() - start
        total += spent
        if raw is not None and max((line.page for line in raw.lines), default=0) <= 3:
            small.append(spent)
    rows.append((f"pdf ({len(files)} files)", total))
    if small:
        rows.append((f"  pdf, slowest of {len(small)} with <= 3 pages", max(small)))


def main(n: int) -> None:
    rows: list[tuple[str, float]] = []
    pdf_stage(rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "briefs"
        folder.mkdir()
        make_corpus(folder, n)
        raws, _ = timed("ingest", rows, read_briefs, folder)
        briefs = timed("repair", rows, lambda: assign_ids([repair(r)[0] for r in raws]))
        registry, _ = actors.load_registry(ROOT / "registry" / "actors.yml")
        theme_list, _ = taxonomy.load_taxonomy(ROOT / "registry" / "themes.yml")
        found = timed("actors", rows, actors.recognise, briefs, registry)
        theme_mentions = timed("themes", rows, themes.find_themes, briefs, theme_list)
        concl = timed("conclusions", rows, conclusions.extract_conclusions, briefs, found.mentions, theme_mentions,
                      found.actors)
        corpus = Corpus(Knowledge(tuple(briefs), found.actors, found.mentions, theme_list, theme_mentions, concl))
        pages = timed("render pages", rows, lambda: render_pages(corpus))
        timed("knowledge.json", rows, lambda: dumps(knowledge(corpus)))
        project = Path(tmp) / "project"
        project.mkdir()
        for name in ("mkdocs.yml", "mkdocs-offline.yml", "briefs", "docs", "hooks", "overrides", "registry"):
            src = ROOT / name
            if src.exists():
                (shutil.copytree if src.is_dir() else shutil.copy2)(src, project / name)
        env = {**os.environ, "BRIEFSITE_BRIEFS": str(folder), "NO_MKDOCS_2_WARNING": "1"}
        mkdocs = str(Path(sys.executable).with_name("mkdocs"))
        for config in ("mkdocs.yml", "mkdocs-offline.yml"):
            start = time.perf_counter()
            proc = subprocess.run([mkdocs, "build", "--strict", "-f", config, "-d", f"out-{config}"],
                                  cwd=project, env=env, capture_output=True, text=True)
            rows.append((f"mkdocs build {config}" + ("" if proc.returncode == 0 else " (FAILED)"),
                         time.perf_counter() - start))
            if proc.returncode != 0:
                print(proc.stdout + proc.stderr, file=sys.stderr)
            size = sum(p.stat().st_size for p in (project / f"out-{config}").rglob("*") if p.is_file())
            rows.append((f"  output size MB ({config})", size / 1e6))
    words = sum(len(p.text.split()) for b in briefs for p in b.paragraphs)
    print(f"{n} briefs, {sum(len(b.paragraphs) for b in briefs)} paragraphs, {words} words, {len(pages)} pages")
    for label, value in rows:
        print(f"{label:40s} {value:8.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)

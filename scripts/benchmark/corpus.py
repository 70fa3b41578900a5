"""A synthetic archive of N briefs, made deterministically from many real ones.

Input: the bundled briefs (briefs/), the annotated sets' pasted briefs
(tests/annotated/*/briefs/*.txt) and a few short PDFs of the CRS corpus
(/work/shared/corpus/crs-pdf, or BRIEFSITE_PDF_CORPUS). Output: N files in a folder and a
manifest of what each one is. Each text brief takes one source in turn, shuffles its
paragraphs, pads it from other sources to a length drawn between 700 and 2,200 words,
and gets a new title, authors, institution and date, either as front matter (.md) or as
head lines a pasted brief would have (.txt); about a third of the .txt ones carry
extraction damage (hard wraps, line-end hyphens, page numbers and running headers). About
one in twenty is a PDF, copied byte for byte. Same seed and N: the same bytes.
"""

from __future__ import annotations

import json
import os
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PDF_CORPUS = Path(os.environ.get("BRIEFSITE_PDF_CORPUS", ROOT.parent / "shared" / "corpus" / "crs-pdf"))
PDF_SHARE = 0.05
MAX_PDFS = 6  # distinct PDFs used; the short CRS "In Focus" / "Insight" ones, 2-4 pages

_TAIL = re.compile(r"^(Author Information|About the Authors?|Disclaimer)\b", re.IGNORECASE)
_GOES_ON = re.compile(r"(?:\b(?:of|and|the|to|in|for|on|with|a|an|from|at|or)|[:,–—-])$", re.IGNORECASE)
_FIRST = ("Anna", "Tomasz", "Maria", "James", "Li", "Sofia", "Ahmed", "Elena", "David", "Hana", "Kofi",
          "Ingrid", "Rahul", "Lucia", "Pierre", "Yuki", "Olga", "Samuel", "Fatima", "Marek")
_LAST = ("Kowalska", "Brennan", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Novak", "Silva",
         "Petrov", "Mensah", "Schneider", "Nakamura", "Rossi", "Walsh", "Dubois", "Chen", "Ferreira")
_INSTITUTIONS = ("Institute for Strategic Affairs", "Centre for Policy Studies", "Council on Regional Security",
                 "Foundation for International Dialogue", "Policy Research Unit", "Atlantic Analysis Group")
_PREFIXES = ("", "", "", "Outlook: ", "Analysis: ", "Briefing: ", "Policy Note: ")
_SUFFIXES = ("", "", " after the Summit", " in Review", ": Options for Policymakers", ": What Comes Next",
             ": Risks and Responses", " Reconsidered", ": A Second Look")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


@dataclass(frozen=True, slots=True)
class Source:
    name: str               # where it came from, relative to the project (or the PDF corpus)
    title: str
    body: tuple[str, ...]   # paragraphs, head and author block left out


@dataclass(frozen=True, slots=True)
class Made:
    file: str     # name in the synthetic folder
    source: str   # the Source it starts from (or the PDF)
    kind: str     # "md" (front matter), "txt" (head lines) or "pdf"
    damaged: bool
    words: int    # words of text written (0 for a PDF)


def _words(text: str) -> int:
    return len(text.split())


def parse_source(name: str, text: str) -> Source | None:
    """Split a pasted brief into its title (first line) and body paragraphs (from the first
    block of 30 words or more, up to an author or disclaimer block); None if it has no body."""
    blocks = [b.strip() for b in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if b.strip()]
    if not blocks:
        return None
    lines = [line.strip().lstrip("# ").strip() for line in blocks[0].splitlines()]
    title = lines[0]
    # A title line ending in `of`, `and`, `:` goes on, as the metadata reader reads it.
    for line in lines[1:3]:
        if not _GOES_ON.search(title):
            break
        title = f"{title} {line}"
    start = next((i for i, b in enumerate(blocks) if _words(b) >= 30), None)
    if start is None:
        return None
    body: list[str] = []
    for block in blocks[max(start, 1):]:
        if _TAIL.match(block):
            break
        body.append(block)
    return Source(name, title, tuple(body)) if body else None


def text_sources(root: Path = ROOT) -> list[Source]:
    """Every usable pasted brief, sorted by name."""
    paths = sorted((root / "briefs").glob("*.txt")) + sorted((root / "tests" / "annotated").glob("*/briefs/*.txt"))
    sources = []
    for path in paths:
        source = parse_source(str(path.relative_to(root)), path.read_text(encoding="utf-8", errors="replace"))
        if source is not None:
            sources.append(source)
    return sources


def pdf_sources(folder: Path = PDF_CORPUS) -> list[Path]:
    """The short PDFs used as briefs: the CRS In Focus and Insight ones, by name."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.pdf") if p.name.startswith(("IF", "IN")))[:MAX_PDFS]


def _date(rng: random.Random) -> tuple[str, str]:
    """A date as front matter (ISO) and as a head line (one of two common spellings)."""
    year, month, day = rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)
    spelled = (f"{day} {_MONTHS[month - 1]} {year}" if rng.random() < 0.5
               else f"{_MONTHS[month - 1]} {day}, {year}")
    return f"{year}-{month:02d}-{day:02d}", spelled


def _wrap(paragraph: str, width: int, rng: random.Random) -> list[str]:
    """Hard-wrap a paragraph at `width`, hyphenating a long word at some line ends."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            room = width - len(line) - 2  # the space before the piece and the hyphen after it
            if len(word) >= 8 and word.isalpha() and room >= 3 and rng.random() < 0.3:
                cut = min(rng.randint(3, len(word) - 3), room)
                lines.append(f"{line} {word[:cut]}-")
                line = word[cut:]
                continue
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def damage(paragraphs: list[str], header: str, rng: random.Random) -> str:
    """The body as a PDF's text extraction leaves it: wrapped lines, hyphens at line ends,
    and every ~45 lines a page break with its page number and a running header."""
    width = rng.randint(62, 84)
    out: list[str] = []
    page, since = 1, 0
    for paragraph in paragraphs:
        for line in _wrap(paragraph, width, rng):
            out.append(line)
            since += 1
            if since >= 45:
                page += 1
                since = 0
                out.extend(["", str(page), header, ""])
        out.append("")
    return "\n".join(out).strip() + "\n"


def _pad(body: list[str], sources: list[Source], rng: random.Random, target: int) -> list[str]:
    """Add paragraphs of other sources until the body reaches `target` words."""
    words = sum(_words(p) for p in body)
    while words < target:
        other = rng.choice(sources)
        extra = list(other.body)
        rng.shuffle(extra)
        for paragraph in extra:
            if words >= target:
                break
            body.append(paragraph)
            words += _words(paragraph)
    return body


def make_text_brief(i: int, sources: list[Source], seed: int) -> tuple[str, str, Made]:
    """Return (file name, content, manifest row) of synthetic text brief number `i`."""
    rng = random.Random(f"{seed}:{i}")
    base = sources[i % len(sources)]
    body = list(base.body)
    rng.shuffle(body)
    body = _pad(body, sources, rng, rng.randint(700, 2200))
    title = f"{rng.choice(_PREFIXES)}{base.title}{rng.choice(_SUFFIXES)}"
    authors = [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(rng.choice((1, 1, 2, 3)))]
    institution = rng.choice(_INSTITUTIONS)
    iso, spelled = _date(rng)
    stem = f"brief-{i:05d}"
    if rng.random() < 0.45:
        front = {"title": title, "authors": authors, "institution": institution, "date": iso}
        head = "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in front.items()) + "---\n\n"
        content = head + "\n\n".join(body) + "\n"
        return f"{stem}.md", content, Made(f"{stem}.md", base.name, "md", False, _words(content))
    byline = "By " + (" and ".join(authors) if len(authors) < 3 else f"{authors[0]}, {authors[1]} and {authors[2]}")
    head = f"{title}\n\n{byline}\n{institution}\n{spelled}\n\n"
    damaged = rng.random() < 0.6  # of the .txt ones: about a third of all briefs
    text = damage(body, title[:60], rng) if damaged else "\n\n".join(body) + "\n"
    content = head + text
    return f"{stem}.txt", content, Made(f"{stem}.txt", base.name, "txt", damaged, _words(content))


def pdf_count(n: int, available: int) -> int:
    """How many of N briefs are PDFs: about one in twenty, at least one from N = 10."""
    if not available or n < 10:
        return 0
    return max(1, round(n * PDF_SHARE))


def make_corpus(folder: Path, n: int, seed: int = 42, root: Path = ROOT,
                pdf_folder: Path = PDF_CORPUS) -> list[Made]:
    """Write N synthetic briefs into `folder` (created); return the manifest, by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = text_sources(root)
    pdfs = pdf_sources(pdf_folder)
    n_pdf = pdf_count(n, len(pdfs))
    made: list[Made] = []
    # The PDFs are spread through the corpus (every brief number k * n // n_pdf).
    pdf_slots = {k * n // n_pdf: pdfs[k % len(pdfs)] for k in range(n_pdf)} if n_pdf else {}
    for i in range(n):
        if i in pdf_slots:
            pdf = pdf_slots[i]
            name = f"brief-{i:05d}-{pdf.stem}.pdf"
            (folder / name).write_bytes(pdf.read_bytes())
            made.append(Made(name, pdf.name, "pdf", False, 0))
            continue
        name, content, row = make_text_brief(i, sources, seed)
        (folder / name).write_text(content, encoding="utf-8")
        made.append(row)
    return sorted(made, key=lambda m: m.file)

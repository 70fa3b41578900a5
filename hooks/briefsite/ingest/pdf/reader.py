"""A PDF file's bytes -> a RawBrief with its blocks, or the one error that says why not.

Input: the bytes of a `.pdf` brief and its name. Output: a `RawBrief` (format "pdf") whose
`lines` are every text line in reading order (numbered, with their page) and whose
`blocks` are the body (headings, paragraphs), notes, tables, captions and asides; the
head (title, date line, byline, a cover page) goes to the shared metadata reader, but
the title is the PDF's own: its largest type on the first page.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pypdfium2 as pdfium

from briefsite.ingest.metadata import read_head
from briefsite.ingest.pdf.assemble import Assembly, assemble
from briefsite.ingest.pdf.authors import end_authors, in_title, publisher_of
from briefsite.ingest.pdf.chars import page_lines
from briefsite.ingest.pdf.classify import Page
from briefsite.ingest.pdf.furniture import furniture_lines
from briefsite.ingest.pdf.layout import Group, groups
from briefsite.model import Meta, RawBrief, SourceLine
from briefsite.problems import Problem

_NO_TEXT = ("has no text layer (a scanned PDF?), so there is nothing to read. Run OCR on it "
            "(e.g. `ocrmypdf in.pdf out.pdf`) or paste its text into a .txt brief.")


def read_pdf(data: bytes, source: str) -> tuple[RawBrief | None, list[Problem]]:
    """Return the brief in the PDF `data` (None if it cannot be read) and its problems."""
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = "is encrypted (password-protected)" if "password" in str(exc).lower() else \
            f"could not be opened as a PDF ({exc})"
        return None, [Problem(source, 0, f"{reason}. Save it again as an ordinary PDF, or paste its "
                              f"text into a .txt brief.", "error")]
    try:
        pages = _pages(doc)
    finally:
        doc.close()
    if not any(page.groups for page in pages):
        return None, [Problem(source, 0, _NO_TEXT, "error")]
    found = assemble(pages)
    meta = _meta(found)
    authors, institution, blocks = end_authors(found.blocks, found.lines)
    furniture = [g.lines[0].text for page in pages for g in page.groups if g.column == "furniture"]
    if institution is not None and in_title(institution, meta.title):
        institution = None  # a running title caught among the author lines
    asides = tuple(b for b in blocks if b.kind == "aside")
    meta = replace(meta, authors=meta.authors or authors,
                   institution=meta.institution or institution or publisher_of(furniture, asides, meta.title))
    problems: list[Problem] = []
    blank = [page.number for page in pages if not page.groups]
    if blank and len(blank) < len(pages):
        problems.append(Problem(source, 0, f"has pages with no text layer ({_pages_named(blank)}): "
                                f"what they show is not on the site. Run OCR on the PDF if they hold text.",
                                "note"))
    return RawBrief(source, meta, found.lines, original=data, format="pdf", blocks=blocks), problems


def _pages(doc: pdfium.PdfDocument) -> list[Page]:
    """Return the pages in reading order, furniture lines as groups of their own at the end."""
    read = [page_lines(doc, index) for index in range(len(doc))]
    furniture = furniture_lines([(lines, size[1]) for lines, _, size in read])
    pages: list[Page] = []
    for number, (lines, shapes, (width, height)) in enumerate(read, start=1):
        text = [line for i, line in enumerate(lines) if (number, i) not in furniture]
        furn = [Group((line,), "furniture") for i, line in enumerate(lines) if (number, i) in furniture]
        found = groups(text, shapes, width, height) + furn
        pages.append(Page(number, tuple(found), tuple(shapes), width, height))
    return pages


def _pages_named(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return f"page{'s' if len(numbers) > 1 else ''} {shown}{', ...' if len(numbers) > 10 else ''}"


def _meta(found: Assembly) -> Meta:
    """Return the metadata of the head lines, the title being the PDF's largest type."""
    lines: list[SourceLine] = list(found.title_lines)
    for block in found.head:
        lines.append(SourceLine(0, ""))
        lines.extend(block)
    title = " ".join(line.text for line in found.title_lines)
    head = read_head(tuple(lines), Meta(title=_clean_title(title)))
    return replace(head.meta, report_number=found.report_number)


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip()

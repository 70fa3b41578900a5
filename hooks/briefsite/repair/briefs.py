"""Undo extraction damage and cut a raw brief into titled, sectioned paragraphs.

Input: a `RawBrief` (decoded lines with file line numbers, front matter Meta).
Output: a `Brief` with its metadata completed from the opening lines, paragraphs of
plain repaired text with their sections and first source lines, and every change in
`Brief.repairs`; plus the `Problem`s (warnings) found. `assign_ids` then makes the ids
of a whole corpus unique. The rules themselves live in damage.py and paragraphs.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import PurePosixPath

from briefsite.repair.damage import (HEADER, HYPHEN, LINK, OCR, PAGE, RULE, STRAY, Evidence, fix_ocr,
                     header_key, is_page_number, is_rule_line, is_stray_character,
                     running_headers, strip_links)
from briefsite.ingest.language import language_of
from briefsite.ingest.metadata import Head, read_head
from briefsite.ingest.titles import opening
from briefsite.text.bidi import without_controls
from briefsite.model import Block, Brief, BriefId, Meta, Paragraph, RawBrief, Repair
from briefsite.repair.pieces import CELLS, Piece, split_captions, split_tables
from briefsite.repair.paragraphs import heading_line, is_broken, join_text, runs_on, split_run_in
from briefsite.problems import Problem, guessed
from briefsite.text.slug import slugify

UNWRAP = "unwrap-lines"
BROKEN = "broken-paragraph"
RUN_IN = "run-in-heading"
DROP_RULES = frozenset({STRAY, PAGE, HEADER, RULE})


def repair(raw: RawBrief) -> tuple[Brief, list[Problem]]:
    """Return the repaired brief and the warnings about it."""
    markdown = raw.source.lower().endswith(".md")
    # A layout-aware reader (PDF) has read the head already, from the page's own type.
    head = Head(raw.meta, frozenset(), bool(raw.meta.title)) if raw.blocks else read_head(raw.lines, raw.meta, markdown)
    meta = head.meta
    problems: list[Problem] = []
    if not meta.title:
        meta = replace(meta, title=title_from_name(raw.source))
        first, text = next(((line.number, line.text) for line in raw.lines if line.text.strip()), (0, ""))
        problems.append(guessed(raw.source, first, f"has no title line (it starts with {opening(text)}), "
                                f"so the title '{meta.title}' was made from the file name. Put the title "
                                f"on the first line, or add 'title:' front matter.",
                                "title '{v}' made from the file name", "title:", meta.title))
    for field, value in head.inferred:
        problems.append(guessed(raw.source, 0, f"names no {field} in a byline; the {field} '{value}' was read from "
                                f"its title or first sentence. Add '{field}s:' front matter if it is wrong."
                                if field == "author" else
                                f"names no {field} in a byline; the {field} '{value}' was read from its title "
                                f"or first sentence. Add '{field}:' front matter if it is wrong.",
                                f"{field} '{{v}}' read from the title or first sentence",
                                "authors:" if field == "author" else f"{field}:", value))
    meta, cleaned = clean_meta(meta)
    if cleaned:
        problems.append(Problem(raw.source, 0, f"has invisible or text-direction control characters in its "
                                f"{' and '.join(cleaned)}; they were removed there, so they cannot reorder "
                                f"what the site writes around them. Retype the value if it looks wrong.",
                                "note"))
    language, said = language_of(meta.language, (line.text for line in raw.lines))
    meta = replace(meta, language=language)
    if said is not None:
        problems.append(Problem(raw.source, 0, said[1], said[0], said[2]))
    repairs: list[Repair] = []
    evidence = Evidence.of(line.text for line in raw.lines)
    tables: list[Block] = []
    if raw.blocks:
        pieces = _keep_headings_with_text(_block_pieces(raw, repairs))
    else:
        pieces, tables = split_tables(_blocks(raw, head.used, repairs))
        pieces, captions = split_captions(pieces)
        tables += captions
        pieces = [_assemble(piece, evidence, repairs, markdown) for piece in pieces]
        pieces = _mark_headings(pieces, markdown)
    pieces = _join_broken(pieces, evidence, repairs)
    paragraphs = _paragraphs(pieces, repairs, run_in=not raw.blocks)
    if not paragraphs:
        problems.append(Problem(raw.source, 0, "has no paragraphs after its title and byline. Add the "
                                "brief's text, or remove the file."))
    brief = Brief(BriefId(slugify(PurePosixPath(raw.source).stem, "brief")), raw.source, meta,
                  tuple(paragraphs), tuple(sorted(repairs, key=lambda r: r.line)),
                  notes=tuple(b for b in (*head.asides, *raw.blocks) if b.kind == "note"),
                  asides=tuple(b for b in (*head.asides, *raw.blocks, *tables) if b.kind in ("table", "caption", "aside")),
                  format=raw.format)
    return brief, problems


def _block_pieces(raw: RawBrief, repairs: list[Repair]) -> list[Piece]:
    """Return the body blocks a layout-aware reader found (its lines are joined and its
    hyphens resolved already) with OCR-confused words restored (recorded)."""
    pieces: list[Piece] = []
    for block in raw.blocks:
        if block.kind not in ("heading", "paragraph"):
            continue
        text = " ".join(block.text.split())
        if block.kind == "paragraph":
            text, changes = fix_ocr(text)
            repairs.extend(Repair(block.line, OCR, before, after) for before, after in changes)
        pieces.append(Piece(text, block.line, block.kind == "heading", [block.line]))
    return pieces


def _keep_headings_with_text(pieces: list[Piece]) -> list[Piece]:
    """Return the pieces with a heading straight over a sub-heading made one section
    (`Program Status — Test Launches`), and a last heading with no text under it kept
    as text (it would vanish with its empty section)."""
    kept: list[Piece] = []
    for piece in pieces:
        if piece.heading and kept and kept[-1].heading:
            kept[-1].text = f"{kept[-1].text} — {piece.text}"
            continue
        kept.append(piece)
    if kept and kept[-1].heading:
        kept[-1].heading = False
    return kept


def title_from_name(source: str) -> str:
    """Return a readable title made from a file name (`sahel_security-2021.txt` ->
    `Sahel security 2021`)."""
    words = re.sub(r"[_\-\s]+", " ", PurePosixPath(source).stem).strip()
    return words[:1].upper() + words[1:] if words else source


def _blocks(raw: RawBrief, used: frozenset[int], repairs: list[Repair]) -> list[Piece]:
    """Return the blocks of body lines between blank lines, after dropping damage lines
    and restoring OCR-confused words (both recorded)."""
    headers = running_headers(line.text for line in raw.lines)
    pieces: list[Piece] = []
    open_block = False
    for line in raw.lines:
        if line.number in used:
            open_block = False
            continue
        text = " ".join(line.text.split())  # stray indentation and tabs are layout
        if not text:
            open_block = False
            continue
        rule = _damage_rule(text, headers)
        if rule is not None:
            repairs.append(Repair(line.number, rule, text, ""))
            continue  # dropped as if never there: the lines around it may join
        text, changes = fix_ocr(text)
        repairs.extend(Repair(line.number, OCR, before, after) for before, after in changes)
        if not open_block:
            pieces.append(Piece("", line.number))
            open_block = True
        pieces[-1].lines.append(line.number)
        pieces[-1].text = f"{pieces[-1].text}\n{text}" if pieces[-1].text else text
        if CELLS.search(line.text) and len(pieces[-1].cells) == len(pieces[-1].lines) - 1:
            pieces[-1].cells.append(" | ".join(c.strip() for c in line.text.strip().split("\t") if c.strip()))
    return pieces


def _damage_rule(text: str, headers: frozenset[str]) -> str | None:
    if is_stray_character(text):
        return STRAY
    if is_page_number(text):
        return PAGE
    if is_rule_line(text):
        return RULE
    if header_key(text) in headers:
        return HEADER
    return None


def _assemble(piece: Piece, evidence: Evidence, repairs: list[Repair], markdown: bool) -> Piece:
    """Return the block as running text: its wrapped lines joined (Markdown headings
    inside a block stay on their own, so they are split out later)."""
    lines = piece.text.split("\n")
    if markdown and any(heading_line(t, markdown=True) for t in lines):
        return piece  # split by _mark_headings
    text = lines[0]
    for number, line in zip(piece.lines[1:], lines[1:]):
        before = f"{text.split()[-1]} / {line.split()[0]}"
        text, dropped = join_text(text, line, evidence)
        if dropped:
            repairs.append(Repair(number, HYPHEN, before, _joined_word(before)))
    if len(lines) > 1:
        repairs.append(Repair(piece.line, UNWRAP, f"{len(lines)} lines", "1 paragraph"))
    return Piece(text, piece.line, False, piece.lines)


def _joined_word(before: str) -> str:
    """Return the word a hyphen join made, from its `left- / right` record."""
    left, right = before.split(" / ")
    return left[:-1] + right


def _mark_headings(pieces: list[Piece], markdown: bool) -> list[Piece]:
    """Return the pieces with standalone heading lines marked (Markdown blocks holding
    `#` lines are split into heading and text pieces)."""
    marked: list[Piece] = []
    for piece in pieces:
        lines = piece.text.split("\n")
        if len(lines) > 1:  # only a Markdown block still has line breaks here
            for number, line in zip(piece.lines, lines):
                heading = heading_line(line, markdown=True)
                if heading or not marked or marked[-1].heading:
                    marked.append(Piece(heading or line, number, bool(heading), [number]))
                else:
                    marked[-1].text = f"{marked[-1].text} {line}"
            continue
        previous = marked[-1] if marked else None
        # A short line after text that obviously goes on is its continuation, not a heading.
        heading = None if previous and not previous.heading and runs_on(previous.text) else \
            heading_line(piece.text, markdown)
        marked.append(Piece(heading or piece.text, piece.line, heading is not None, piece.lines))
    # A heading with no text under it would vanish with its empty section: keep it as text.
    for i, piece in enumerate(marked):
        if piece.heading and (i + 1 == len(marked) or marked[i + 1].heading):
            piece.heading = False
    return marked


def _join_broken(pieces: list[Piece], evidence: Evidence, repairs: list[Repair]) -> list[Piece]:
    """Return the pieces with paragraphs broken mid-sentence joined again."""
    joined: list[Piece] = []
    for piece in pieces:
        previous = joined[-1] if joined else None
        if previous and not previous.heading and not piece.heading and is_broken(previous.text, piece.text):
            tail, head = previous.text[-40:], piece.text[:40]
            previous.text, dropped = join_text(previous.text, piece.text, evidence)
            previous.lines.extend(piece.lines)
            repairs.append(Repair(piece.line, HYPHEN if dropped else BROKEN, f"{tail} ¶ {head}",
                                  join_text(tail, head, evidence)[0]))
            continue
        joined.append(piece)
    return joined


def _paragraphs(pieces: list[Piece], repairs: list[Repair], run_in: bool = True) -> list[Paragraph]:
    """Return numbered paragraphs with their sections, link stubs removed and run-in
    headings moved into the section (unless a layout reader told the headings apart)."""
    context = "\n".join(p.text for p in pieces)
    paragraphs: list[Paragraph] = []
    section: str | None = None
    for piece in pieces:
        if piece.heading:
            section = piece.text
            continue
        text, links = strip_links(piece.text)
        repairs.extend(Repair(piece.line, LINK, before, after) for before, after in links)
        split = split_run_in(text, context) if run_in else None
        if split is not None:
            section, text = split
            written = section if section.endswith(".") else f"{section}."
            repairs.append(Repair(piece.line, RUN_IN, written, f"section '{section}'"))
        text = " ".join(text.split())
        paragraphs.append(Paragraph(len(paragraphs) + 1, text, section, piece.line))
    return paragraphs


def assign_ids(briefs: list[Brief]) -> list[Brief]:
    """Return `briefs` (same order) with unique ids: the slug of the file stem, and
    `-2`, `-3`... for later clashes in order of source name. `index` is taken by the
    briefs index page (`briefs/index.md`): a brief named so would replace it."""
    taken: set[str] = {"index"}
    ids: dict[str, BriefId] = {}
    for brief in sorted(briefs, key=lambda b: b.source):
        base = slugify(PurePosixPath(brief.source).stem, "brief")
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        ids[brief.source] = BriefId(candidate)
    return [replace(brief, id=ids[brief.source]) for brief in briefs]



def clean_meta(meta: Meta) -> tuple[Meta, list[str]]:
    """Return `meta` without bidi and invisible controls in its title, authors, institution
    and report number, and the names of the fields that had some."""
    title, in_title = without_controls(meta.title)
    authors = [without_controls(a) for a in meta.authors]
    institution, in_institution = without_controls(meta.institution or "")
    number, in_number = without_controls(meta.report_number or "")
    fields = [name for name, had in (("title", in_title), ("authors", any(h for _, h in authors)),
                                     ("institution", in_institution), ("report number", in_number)) if had]
    if not fields:
        return meta, []
    return replace(meta, title=title, authors=tuple(a for a, _ in authors),
                   institution=institution if meta.institution is not None else None,
                   report_number=number if meta.report_number is not None else None), fields

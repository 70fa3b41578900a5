"""Classified pages -> numbered source lines and the blocks of a brief.

Input: the `Page`s of a PDF (classify.py). Output: an `Assembly`: every line in reading
order as a `SourceLine` (with its page), the blocks (body, notes, tables, captions,
asides) pointing at their first line, the title's lines, the head's line groups for
the metadata reader, and the product number printed in the head or the furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefsite.ingest.pdf.classify import (Page, Part, body_size, end_matter, is_contents, is_cover,
                                           role, title_group)
from briefsite.ingest.pdf.furniture import PRODUCT
from briefsite.ingest.pdf.chars import Line
from briefsite.ingest.pdf.layout import Group, join_lines
from briefsite.model import Block, BlockKind, SourceLine

_SUPERSCRIPT_LABEL = re.compile(r"^\[(\d{1,3})\]\s*")  # chars.py writes a superscript number as [n]
_PLAIN_LABEL = re.compile(r"^(\d{1,3})\.?\s+")
_MERGING: frozenset[str] = frozenset({"caption", "aside", "table"})
_ENDS = re.compile(r"[.!?:;”\"’)\]]$|[.!?]\[\d+\]$")  # a paragraph that ends a sentence
_FLOAT = re.compile(r"^(?:Figure|Fig\.|Table|Chart|Map|Graph|Exhibit)\s")
_SOURCE_LINE = re.compile(r"^(?:Sources?|Notes?)\s*:")


@dataclass(slots=True)
class Assembly:
    """What a PDF holds, in reading order (built up by `assemble`)."""

    lines: tuple[SourceLine, ...] = ()
    blocks: tuple[Block, ...] = ()
    title_lines: tuple[SourceLine, ...] = ()
    head: list[tuple[SourceLine, ...]] = field(default_factory=list)
    report_number: str | None = None


def assemble(pages: list[Page]) -> Assembly:
    """Return the lines, blocks and head of `pages`."""
    body = body_size(pages)
    where = title_group(pages)
    title = pages[0].groups[where[1]].text if where else ""
    found = Assembly()
    numbered: list[SourceLine] = []
    parts: list[tuple[Part, tuple[SourceLine, ...]]] = []
    kind = ""
    for page in pages:
        kind = _page_kind(page, len(pages), body, kind == "contents")
        end, label = end_matter(page) if page.number == len(pages) else (len(page.groups), "")
        for i, group in enumerate(page.groups):
            lines = tuple(SourceLine(len(numbered) + k + 1, line.text, page.number) for k, line in enumerate(group.lines))
            numbered.extend(lines)
            part = _part(page, i, group, kind, body, where, title)
            if part.role == "furniture" and (m := PRODUCT.match(group.text)):
                found.report_number = found.report_number or m.group(1)
            elif i >= end and part.role not in ("title", "head", "furniture"):
                part = Part("aside", group, label)
            parts.append((part, lines))
    found.lines = tuple(numbered)
    for part, lines in parts:
        if part.role == "title":
            found.title_lines += lines
        elif part.role == "head":
            found.head.append(lines)
    found.blocks = tuple(_join_across(_blocks(parts, body)))
    return found


def _page_kind(page: Page, pages: int, body: float, after_contents: bool) -> str:
    if is_cover(page, pages, body):
        return "cover"
    return "contents" if is_contents(page, after_contents) else "body"


def _part(page: Page, i: int, group: Group, kind: str, body: float, where: tuple[int, int] | None,
          title: str) -> Part:
    """Return the role of one group on a page of `kind`."""
    if (page.number, i) == where:
        return Part("title", group)
    if group.column == "furniture":
        return Part("furniture", group)
    if kind == "cover" or (page.number == 1 and where is not None and _above(group, page.groups[where[1]])):
        return Part("head", group)  # a masthead: date line, series name
    if page.number == 1 and where is not None and i == where[1] + 1 and _dateline_or_byline(group, body):
        return Part("head", group)
    if kind == "contents":
        return Part("contents", group)
    if " ".join(group.text.casefold().split()) == " ".join(title.casefold().split()):
        return Part("head", group)  # the title again, over a summary page
    return Part(role(group, body, page), group)


def _dateline_or_byline(group: Group, body: float) -> bool:
    """Return whether a group under the title is one short line naming a year or an author."""
    text = group.text
    return len(group.lines) == 1 and len(text) < 80 and abs(group.size - body) > 0.6 \
        and bool(re.search(r"\b(?:19|20)\d\d\b|^By\s", text))


def _above(group: Group, title: Group) -> bool:
    return min(line.y0 for line in group.lines) > min(line.y0 for line in title.lines)


def _blocks(parts: list[tuple[Part, tuple[SourceLine, ...]]], body: float) -> list[Block]:
    """Return the blocks: neighbours of one kind (a caption and its source line, the
    groups of one box) merged, the cells under a table caption and the words of a
    figure kept with it, notes split at their numbers and a note's run-over joined."""
    blocks: list[Block] = []
    floating: Float | None = None  # the table or figure whose caption opened, until its `Source:`
    for part, lines in parts:
        kind = part.role
        if kind not in ("heading", "paragraph", "note", "table", "caption", "aside", "foot"):
            continue
        if floating is not None and floating.takes(part, lines[0].page, body):
            floating.add(part.group, blocks)
            if _SOURCE_LINE.match(part.group.text):
                floating = None
            continue
        if not (floating is not None and floating.table and kind in ("note", "foot")):
            floating = None  # a table goes on over the page's notes, onto the next page
        text = part.group.text
        if kind == "foot":
            # Small type at a page's foot: a note running on, once the brief has notes.
            kind = "note" if blocks and (blocks[-1].kind == "note" or _last_label(blocks)) else "paragraph"
        elif kind == "paragraph" and part.group.size < body - 0.6 and blocks and blocks[-1].kind == "note":
            kind = "note"  # smaller type right after a note: the note goes on
        if kind == "note":
            blocks.extend(_notes(part.group, lines, blocks))
            continue
        previous = blocks[-1] if blocks else None
        if previous and kind in _MERGING and previous.kind in _MERGING and previous.page == lines[0].page \
                and (previous.kind == kind or kind == "caption"):
            blocks[-1] = Block(previous.kind, f"{previous.text}\n{text}", previous.line, previous.page, previous.label)
            continue
        blocks.append(Block(_kind(kind), text, lines[0].number, lines[0].page, _label(kind, text, part.label)))
        if kind in ("table", "caption") and _FLOAT.match(text):
            floating = Float(len(blocks) - 1, kind == "table", lines[0].page)
    return blocks


@dataclass(slots=True)
class Float:
    """A table or figure being collected: its block's index, and whether it is a table."""

    index: int
    table: bool
    page: int

    def takes(self, part: Part, page: int, body: float) -> bool:
        """Return whether the group belongs to this table or figure."""
        group = part.group
        if page not in (self.page, self.page + 1 if self.table else self.page) or part.role == "table" \
                or group.column == "box":
            return False  # a table (not a figure) may run on at the top of the next page
        if part.role == "note" and (not self.table or group.lines[0].notes):
            return False  # a table's cells may start with numbers; a superscript starts a note
        if _SOURCE_LINE.match(group.text):
            return True
        if part.role == "heading" and group.size > body + 1:
            return False
        prose = sum(1 for line in group.lines if len(line.text) >= 60) >= 3
        return not prose and (self.table or group.size <= body - 0.2 or part.role == "caption")

    def add(self, group: Group, blocks: list[Block]) -> None:
        block = blocks[self.index]
        text = group.text if _SOURCE_LINE.match(group.text) or not self.table else _rows(group)
        blocks[self.index] = Block(block.kind, f"{block.text}\n{text}", block.line, block.page, block.label)


def _rows(group: Group) -> str:
    """Return a table's lines as rows, cells side by side split by ` | `."""
    rows: list[list[Line]] = []
    for line in sorted(group.lines, key=lambda x: (-x.mid_y, x.x0)):
        if rows and abs(rows[-1][0].mid_y - line.mid_y) < line.size * 0.5:
            rows[-1].append(line)
        else:
            rows.append([line])
    return "\n".join(" | ".join(c.text for c in sorted(row, key=lambda x: x.x0)) for row in rows)


def _join_across(blocks: list[Block]) -> list[Block]:
    """Return the blocks with a paragraph that stops mid-sentence at the foot of a column
    or page joined to the paragraph it goes on in (notes and boxes may stand between)."""
    out: list[Block] = []
    last: int | None = None  # index in `out` of the last body block
    for block in blocks:
        if block.kind == "paragraph" and last is not None and out[last].kind == "heading" and block.text[:1].islower() \
                and not _ENDS.search(out[last].text):
            # `2. General Discharge. Servicemembers whose` in bold, then `performance is ...`: a list
            # item led by a bold phrase, not a heading over a paragraph
            b = out[last]
            out[last] = Block("paragraph", join_lines([b.text, block.text]), b.line, b.page, b.label)
            continue
        if block.kind == "paragraph" and last is not None and out[last].kind == "paragraph" \
                and not _ENDS.search(out[last].text) and (last != len(out) - 1 or block.page != out[last].page):
            b = out[last]
            out[last] = Block("paragraph", join_lines([b.text, block.text]), b.line, b.page, b.label)
            continue
        out.append(block)
        if block.kind in ("heading", "paragraph"):
            last = len(out) - 1
    return out


def _kind(kind: str) -> BlockKind:
    kinds: dict[str, BlockKind] = {"heading": "heading", "paragraph": "paragraph", "table": "table",
                                   "caption": "caption", "aside": "aside", "note": "note"}
    return kinds[kind]


def _label(kind: str, text: str, given: str) -> str:
    m = re.match(r"^((?:Figure|Fig\.|Table|Chart|Map|Box|Exhibit|Graph)\s+[A-Z]?\d[\d.-]*)", text)
    if kind == "aside":
        return given or (m.group(1).rstrip(".") if m else "Box")
    if kind in ("caption", "table"):
        return m.group(1).rstrip(".") if m else ("Source" if kind == "caption" else "Table")
    return ""


def _notes(group: Group, lines: tuple[SourceLine, ...], blocks: list[Block]) -> list[Block]:
    """Return the notes of a group of note lines: a new note at each leading number that
    is a superscript or the next in sequence (a table cell `2016` or a `30 U.S.C.` citation
    inside a note is not one); lines before the first go on the last note (a run-over)."""
    expected = _last_label(blocks) + 1
    notes: list[tuple[str, SourceLine, list[str]]] = []
    runover: list[str] = []
    for line, source in zip(group.lines, lines):
        label, rest = _note_label(line, expected)
        if label:
            notes.append((label, source, [rest]))
            expected = int(label) + 1
        else:
            (notes[-1][2] if notes else runover).append(line.text)
    if runover:
        last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kind == "note"), None)
        if last is not None:  # the page before ended inside this note
            b = blocks[last]
            blocks[last] = Block("note", join_lines([b.text, *runover]), b.line, b.page, b.label)
        else:
            notes.insert(0, ("", lines[0], runover))
    return [Block("note", join_lines(texts), start.number, start.page, label) for label, start, texts in notes]


def _note_label(line: Line, expected: int) -> tuple[str, str]:
    """Return the number a note line starts with and the rest, or ("", text)."""
    if line.notes and (m := _SUPERSCRIPT_LABEL.match(line.text)):
        return m.group(1), line.text[m.end():]
    if (m := _PLAIN_LABEL.match(line.text)) and int(m.group(1)) == expected:
        return m.group(1), line.text[m.end():]
    return "", line.text


def _last_label(blocks: list[Block]) -> int:
    for block in reversed(blocks):
        if block.kind == "note" and block.label.isdigit():
            return int(block.label)
    return 0

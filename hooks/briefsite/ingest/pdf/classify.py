"""Groups of lines in reading order -> what each is: body, head, note, aside or furniture.

Input: each page's `Group`s (layout.py), drawn `Shape`s and size. Output: one `Part` per
group, in reading order, with its role. The rules are about layout, never about one
publisher's strings (furniture is told apart before, in furniture.py): notes are smaller
type at a page's foot that
starts with a number; captions start `Figure N`, `Table N`, `Source:` or `Notes:`; text in
a drawn box is an aside; the title is the largest type on the first page; a cover is a
first page of a few lines; a contents page lists lines ending in page numbers; on the
last page, what follows a `Disclaimer` (or `Copyright`) heading is an aside, not the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefsite.ingest.pdf.chars import Line, Shape
from briefsite.ingest.pdf.furniture import type_size
from briefsite.ingest.pdf.layout import Group

_NOTE_START = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}\.?\s)\s*(?=\S)")
_CAPTION = re.compile(r"^(?:Figure|Fig\.|Table|Chart|Map|Box|Exhibit|Graph)\s+[A-Z]?[\d.-]+\b")
_BULLET = re.compile(r"^[•●▪◦\-–]\s")
_SOURCE = re.compile(r"^(?:Sources?|Notes?|Note)\s*:")
_LEADER = re.compile(r"(?:\.{3,}|\s)\s*\d{1,3}$")
_DOT_LEADER = re.compile(r"\.{4,}\s*[\dA-Z]+(?:-\d+)?$")  # `Appendix A ........ 31`, `... A-1`
_END_PAGES = re.compile(r"^(?:Disclaimer|Copyright|About the authors?|Legal notice)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    """One page as layout read it."""

    number: int
    groups: tuple[Group, ...]
    shapes: tuple[Shape, ...]
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Part:
    """A group with its role: heading, paragraph, note, table, caption, aside (the Block
    kinds), or title, head (metadata lines), contents, furniture (kept out of blocks)."""

    role: str
    group: Group
    label: str = ""


def body_size(pages: list[Page]) -> float:
    """Return the type size most of the running text is set in."""
    return type_size([([line for group in page.groups for line in group.lines], page.height) for page in pages])


def title_group(pages: list[Page]) -> tuple[int, int] | None:
    """Return (page, index) of the group in the largest type on the first page with text
    (the second when the first is a cover that only names the publisher)."""
    for page in pages[:1]:
        text = [i for i, group in enumerate(page.groups) if group.column != "furniture"]
        best = max(text, key=lambda i: page.groups[i].size, default=None)
        if best is not None:
            return page.number, best
    return None


def is_cover(page: Page, pages: int, body: float) -> bool:
    """Return whether the first page is a cover: few lines, none in running text size."""
    lines = [line for group in page.groups for line in group.lines]
    running = sum(len(line.text) for line in lines if abs(line.size - body) < 0.6)
    return page.number == 1 and pages > 3 and len(lines) <= 15 and running < 200


def is_contents(page: Page, after_contents: bool = False) -> bool:
    """Return whether a page is a contents list: headed so, or most lines (not counting the
    running furniture) end in page numbers; a page that goes on with a contents list (lists of
    figures and tables, appendixes) needs fewer, with dot leaders."""
    groups = [group for group in page.groups if group.column != "furniture"]
    lines = [line.text for group in groups for line in group.lines]
    if not lines:
        return False
    heads = [group.text for group in groups[:3]]
    if any(h.strip().casefold() in ("contents", "table of contents") for h in heads):
        return True
    if after_contents and sum(1 for t in lines if _DOT_LEADER.search(t)) >= 0.4 * len(lines):
        return True
    return len(lines) >= 6 and sum(1 for t in lines if _LEADER.search(t)) >= 0.6 * len(lines)


def end_matter(page: Page) -> tuple[int, str]:
    """Return where closing boilerplate starts on a page (the index of its `Disclaimer`
    heading) and that heading, or (len(groups), "")."""
    for i, group in enumerate(page.groups):
        if group.bold and len(group.lines) == 1 and (m := _END_PAGES.match(group.text)):
            return i, m.group(0)
    return len(page.groups), ""


def inside(line: Line, shapes: tuple[Shape, ...], kind: str) -> Shape | None:
    """Return the shape of `kind` that holds the line, if any."""
    cx, cy = (line.x0 + line.x1) / 2, line.mid_y
    for shape in shapes:
        if shape.kind == kind and shape.x0 - 2 <= cx <= shape.x1 + 2 and shape.y0 - 2 <= cy <= shape.y1 + 2:
            return shape
    return None


def role(group: Group, body: float, page: Page) -> str:
    """Return the role of a body page's group by its type and place."""
    text = group.text
    first = group.lines[0]
    if group.column == "box":
        return "aside"
    if _CAPTION.match(text):
        return "table" if text.startswith("Table") else "caption"
    if _SOURCE.match(text):
        return "caption"
    if group.size < body - 0.6 and first.y1 < page.height * 0.6 and (
            _NOTE_START.match(first.text) or any(line.notes and line.text.startswith("[") for line in group.lines)):
        return "note"  # a note, or the run-over of one from the page before with notes under it
    if inside(first, page.shapes, "image") is not None:
        return "caption"  # the words of a chart or map drawn as text
    if group.size < body - 0.6 and first.y1 < page.height * 0.4:
        return "foot"
    short = len(group.lines) <= 3 and len(text) < 160 and not text.endswith((".", ",", ";")) \
        and not _BULLET.match(text)  # a list item led by a bold phrase is not a heading
    if short and (group.bold or group.size > body + 1):
        return "heading"
    return "paragraph"

"""Groups of lines in reading order -> what each is: body, head, note, aside or furniture.

Input: each page's `Group`s (layout.py), drawn `Shape`s and size. Output: one `Part` per
group, in reading order, with its role. The rules are about layout, never about one
publisher's strings: furniture is text repeated at the same place on several pages or a
bare page number or address in a margin; notes are smaller type at a page's foot that
starts with a number; captions start `Figure N`, `Table N`, `Source:` or `Notes:`; text in
a drawn box is an aside; the title is the largest type on the first page; a cover is a
first page of a few lines; a contents page lists lines ending in page numbers; a page
headed `Disclaimer` (or `Copyright`, `About`) at the end is an aside, not the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefsite.ingest.pdf.chars import Line, Shape
from briefsite.ingest.pdf.layout import Group

_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[ivxlc\d]+(?:\s+(?:of|/)\s+\d+)?$", re.IGNORECASE)
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+(?:$|\s+[|·])", re.IGNORECASE)  # alone, or heading a footer
_NOTE_START = re.compile(r"^\[?(\d{1,3})\]?\s*(?=\S)")
_CAPTION = re.compile(r"^(?:Figure|Fig\.|Table|Chart|Map|Box|Exhibit|Graph)\s+[A-Z]?[\d.-]+\b")
_SOURCE = re.compile(r"^(?:Sources?|Notes?|Note)\s*:")
_LEADER = re.compile(r"(?:\.{3,}|\s)\s*\d{1,3}$")
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
    """Return the type size most of the running text is set in: counted in the upper
    half of pages only, where footnotes (often more words than the body) are not."""
    counts: Counter[float] = Counter()
    for page in pages:
        for group in page.groups:
            for line in group.lines:
                if line.y0 > page.height / 2:
                    counts[round(line.size * 2) / 2] += len(line.text)
    return float(counts.most_common(1)[0][0]) if counts else 10.0


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.casefold().split()))


def furniture(pages: list[Page], title: str) -> set[tuple[int, int]]:
    """Return (page, index) of the groups that are page furniture."""
    def margin(line: Line, page: Page) -> bool:
        return line.y0 > page.height * 0.88 or line.y1 < page.height * 0.1

    where: dict[str, set[int]] = {}
    for page in pages:
        for group in page.groups:
            for line in group.lines:
                if margin(line, page):
                    where.setdefault(_key(line.text), set()).add(page.number)
    repeated = {key for key, on in where.items() if len(on) >= 2}
    found: set[tuple[int, int]] = set()
    for page in pages:
        for i, group in enumerate(page.groups):
            if all(margin(line, page) and _furniture_line(line.text, repeated, title) for line in group.lines):
                found.add((page.number, i))
    return found


def _furniture_line(text: str, repeated: set[str], title: str) -> bool:
    key = _key(text)
    if key in repeated or _PAGE_NUMBER.match(text) or _ADDRESS.match(text):
        return True
    # A running head: the title (or its start) above the text of a later page.
    return bool(title) and len(key) > 10 and _key(title).startswith(key.rstrip(". "))


def title_group(pages: list[Page]) -> tuple[int, int] | None:
    """Return (page, index) of the group in the largest type on the first page with text
    (the second when the first is a cover that only names the publisher)."""
    for page in pages[:1]:
        best = max(range(len(page.groups)), key=lambda i: page.groups[i].size, default=None)
        if best is not None:
            return page.number, best
    return None


def is_cover(page: Page, pages: int, body: float) -> bool:
    """Return whether the first page is a cover: few lines, none in running text size."""
    lines = [line for group in page.groups for line in group.lines]
    running = sum(len(line.text) for line in lines if abs(line.size - body) < 0.6)
    return page.number == 1 and pages > 3 and len(lines) <= 15 and running < 200


def is_contents(page: Page) -> bool:
    """Return whether a page is a contents list: headed so, or most lines end in page numbers."""
    lines = [line.text for group in page.groups for line in group.lines]
    if not lines:
        return False
    heads = [group.text for group in page.groups[:3]]
    if any(h.strip().casefold() in ("contents", "table of contents") for h in heads):
        return True
    return len(lines) >= 6 and sum(1 for t in lines if _LEADER.search(t)) >= 0.6 * len(lines)


def end_label(page: Page) -> str:
    """Return the heading of a page of closing boilerplate (`Disclaimer`), or ""."""
    for group in page.groups[:4]:
        if group.bold and (m := _END_PAGES.match(group.text)):
            return m.group(0)
    return ""


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
    if _CAPTION.match(text):
        return "table" if text.startswith("Table") else "caption"
    if _SOURCE.match(text):
        return "caption"
    if group.size < body - 0.6 and _NOTE_START.match(first.text) and first.y1 < page.height * 0.6:
        return "note"
    if inside(first, page.shapes, "image") is not None:
        return "caption"  # the words of a chart or map drawn as text
    if group.column == "box":
        return "aside"
    short = len(group.lines) <= 3 and len(text) < 160 and not text.endswith((".", ",", ";"))
    if short and (group.bold or group.size > body + 1):
        return "heading"
    return "paragraph"

"""The lines of every page -> which are page furniture, kept out of the brief.

Input: each page's `Line`s and height. Output: the (page, index) of the furniture lines.
General rules, no publisher's strings: text repeated at the same height in the top or
bottom band of two or more pages (digits count as one, so `Page 3` and `Page 4` repeat); a bare page number,
a web address leading a footer line, or a product number (`IF12135`) in those
bands; a running head that repeats the title; and on the first page, small type in
its bottom band (a masthead: `Prepared for Members and Committees`).
"""

from __future__ import annotations

import re
from collections import Counter

from briefsite.ingest.pdf.chars import Line

_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[ivxlc\d]+(?:\s+(?:of|/)\s+\d+)?$", re.IGNORECASE)
# An address leading a footer (`https://... | IF12135 · VERSION 30`). An address alone is
# furniture only when repeated: a note's last line is often one.
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+\s+[|·]", re.IGNORECASE)
_ADDRESS_ALONE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
PRODUCT = re.compile(r"^([A-Z]{1,4}\d{3,6})(?:\s*[·|]|$)")
_NOTE_OR_SOURCE = re.compile(r"^(?:\[?\d|Sources?:|Notes?:)")
BAND = 0.15  # the top and bottom share of a page where furniture stands


def type_size(pages: list[tuple[list[Line], float]]) -> float:
    """Return the type size most running text is set in: counted in the upper half of
    pages only, where footnotes (often more words than the body) are not."""
    counts: Counter[float] = Counter()
    for lines, height in pages:
        for line in lines:
            if line.y0 > height / 2:
                counts[round(line.size * 2) / 2] += len(line.text)
    return float(counts.most_common(1)[0][0]) if counts else 10.0


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.casefold().split()))


def _band(line: Line, height: float) -> bool:
    return line.y0 > height * (1 - BAND) or line.y1 < height * BAND


def furniture_lines(pages: list[tuple[list[Line], float]]) -> set[tuple[int, int]]:
    """Return (page, index) of the furniture lines; pages are 1-based, indexes 0-based."""
    # Repeated: the same words at about the same height (a footnote that cites the same
    # law on two pages is in the band too, but not at the same place, and it is numbered).
    where: dict[tuple[str, int], set[int]] = {}
    for number, (lines, height) in enumerate(pages, start=1):
        for line in lines:
            if _band(line, height) and not line.notes:
                where.setdefault((_key(line.text), round(line.y0 / 12)), set()).add(number)
    repeated = {spot for spot, on in where.items() if len(on) >= 2}
    later = Counter(key for (key, _), on in where.items() for page in on if page > 1)
    title = _title_key(pages[0][0]) if pages else ""
    body = type_size(pages)
    found: set[tuple[int, int]] = set()
    for number, (lines, height) in enumerate(pages, start=1):
        for i, line in enumerate(lines):
            if not _band(line, height) or (line.notes and line.text.startswith("[")):
                continue
            spot = round(line.y0 / 12)
            again = any((_key(line.text), near) in repeated for near in (spot - 1, spot, spot + 1))
            masthead = number == 1 and len(pages) > 1 and _masthead(line, height, body, later, title)
            if masthead or again or _furniture_text(line.text, title):
                found.add((number, i))
    return found


def _masthead(line: Line, height: float, body: float, later: Counter[str], title: str) -> bool:
    """Return whether a line at the foot of the first page is the publisher's: small type,
    words the later pages' bands repeat (`Congressional Research Service`), or an address
    in running-text type (a note's address is smaller)."""
    key = _key(line.text)
    if line.y1 > height * BAND or key == title or _NOTE_OR_SOURCE.match(line.text):
        return False
    small = line.y1 < height * 0.1 and line.size < body - 1
    alone = bool(_ADDRESS_ALONE.match(line.text)) and line.size >= body - 0.5
    return small or later[key] >= 2 or alone


def _title_key(lines: list[Line]) -> str:
    biggest = max((line.size for line in lines), default=0.0)
    return _key(" ".join(line.text for line in lines if line.size >= biggest - 0.5))


def _furniture_text(text: str, title: str) -> bool:
    key = _key(text)
    if _PAGE_NUMBER.match(text) or _ADDRESS.match(text) or PRODUCT.match(text):
        return True
    # A running head: the title (or its start) over the text of a later page.
    return bool(title) and len(key) > 10 and title.startswith(key.rstrip(". ")) and key != title

"""Titles: which opening lines of a brief are its title.

Input: the non-blank lines of a brief as rows (each knows whether a blank line stands before
it). Output: where the title ends, and whether those lines are a title rather than the first
paragraph, a section heading or a figure caption. metadata.py reads the rest of the head.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefsite.ingest.byline import byline_kind
from briefsite.ingest.headlines import is_generic_heading, is_label, never_a_title, split_segments, stated
from briefsite.model import SourceLine
from briefsite.text.spacing import unspace_letters

MD_TITLE = re.compile(r"^#\s+(.+?)\s*#*$")
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$|^(?:Inc|Ltd|Co|Corp|Jr|Sr|etc)\.$")
_SENTENCE_BREAK = re.compile(r"[a-z]{2,}\.[”\"’']?\s+[A-Z“\"]")
# A title line that ends like this goes on in the next line, whatever that line looks like.
CONTINUES = re.compile(r"(?:\b(?:of|and|the|for|in|to|on|with|a|an|from|after|before|between|at|by|or|versus|"
                       r"its|their|our|his|her|this|that|new)"
                       r"|[:–—,-])$", re.IGNORECASE)


ONE_WORD = re.compile(r"^[A-Z][a-z]+$")


@dataclass(frozen=True, slots=True)
class Row:
    """A non-blank line of a brief, its spaces collapsed."""

    line: SourceLine
    text: str
    gap: bool  # a blank line stands before it


def rows_of(lines: tuple[SourceLine, ...]) -> list[Row]:
    """Return the non-blank lines of `lines` as rows (letter-spaced type joined into words)."""
    rows: list[Row] = []
    gap = True
    for line in lines:
        text = " ".join(unspace_letters(line.text).split())
        if text:
            rows.append(Row(line, text, gap))
        gap = not text
    return rows


def same(a: str, b: str) -> bool:
    return " ".join(a.lstrip("# ").split()).casefold() == " ".join(b.split()).casefold()


def is_meta(text: str) -> bool:
    """Return whether a line is a byline, date, report number or label line (which ends a title)."""
    if byline_kind(text) in ("name", "institution") or stated(text) is not None or is_label(text):
        return True
    parts = split_segments(text)  # `Statements | Spokesperson for the Secretary-General`
    return len(parts) > 1 and all(byline_kind(p) or stated(p) or is_label(p) for p in parts)


def title_end(rows: list[Row], start: int, markdown: bool) -> int:
    """Return the index after the title's lines from `start`: up to three lines, ended by a
    blank line or by a byline, date or report-number line."""
    if start < len(rows) and markdown and MD_TITLE.match(rows[start].text):
        return start + 1
    end = start
    while end < len(rows) and end - start < 3:
        if end > start and (rows[end].gap or is_meta(rows[end].text) and not CONTINUES.search(rows[end - 1].text)
                            or same(rows[end].text, rows[start].text)):  # the title printed again
            break
        if end > start and ONE_WORD.match(rows[end].text) and not CONTINUES.search(rows[end - 1].text):
            break  # `Other`, `Commentary` under a whole title: the page's category, not its last word
        end += 1
    return end


def under_title(rows: list[Row], k: int, start: int) -> bool:
    """Return whether head line `k`, straight under the title that ends before `start`, is one
    capitalised word (`Other`, `Commentary`): the page's category, kept as a label."""
    return k == start > 0 and not rows[k].gap and bool(ONE_WORD.match(rows[k].text)) \
        and not CONTINUES.search(rows[k - 1].text)


def is_title(rows: list[Row], start: int, end: int) -> bool:
    after = end
    while after < len(rows) and (after == end or not rows[after].gap):
        after += 1
    following = [row.line for row in rows[end:after]]
    if end < len(rows) and not rows[end].gap and not is_meta(rows[end].text):
        return False  # the lines run on into more text: a paragraph, not a title
    return looks_like_title([row.line for row in rows[start:end]], [following] if following else [])


def lone_title(rows: list[Row], start: int) -> bool:
    """Return whether the first line alone is a title set directly above the first paragraph:
    written in title case or capitals, which the first line of a paragraph is not."""
    text = rows[start].text
    if start + 1 >= len(rows) or rows[start + 1].gap or len(text) > 120 or text[-1] in ".,;:" or CONTINUES.search(text):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= 2 and capitalised >= 0.75 * len(words) and looks_like_title([rows[start].line], [])


def looks_like_title(block: list[SourceLine], following: list[list[SourceLine]]) -> bool:
    """Return whether an opening block is a title rather than the first paragraph:
    short, one phrase (not sentences), not ending in a full stop or comma, not a section
    heading (`Summary`) or a figure caption."""
    text = " ".join(" ".join(line.text.split()) for line in block)
    words = text.split()
    if not words or len(block) > 3 or len(text) > 250 or len(words) > 36 or text[0].islower():
        return False
    if text[-1] in ",;" or _SENTENCE_BREAK.search(text) or is_generic_heading(text) or never_a_title(text):
        return False
    if text.endswith(".") and not _ABBREVIATION.match(words[-1]):
        return False
    if len(block) == 1:
        return len(text) <= 200
    # A wrapped title must be followed by a byline or date, so a first paragraph that
    # was cut short is not mistaken for one.
    nxt = following[0] if following else []
    return bool(nxt) and is_meta(nxt[0].text)


def opening(text: str) -> str:
    """Return what a first line that is no title is, for the build's message."""
    if is_generic_heading(text):
        return "a section heading"
    if never_a_title(text):
        return "a figure caption or source note"
    return "running text"


def title_again(rows: list[Row], k: int, title: str) -> int | None:
    """Return the row after the title printed again from row `k` (on up to three lines), if it is."""
    for stop in range(k + 1, min(len(rows), k + 3) + 1):
        if stop > k + 1 and rows[stop - 1].gap:
            break
        if title and same(" ".join(row.text for row in rows[k:stop]), title):
            return stop
    return None


# A document's number in its series before its title (`113 Joint Statement by ...`, `1 Nareen
# Statement`), not a count (`10 Questions ...`, `1 Year On`, `100 Days ...`) nor a year (`2024 Budget`).
_LEADING_NUMBER = re.compile(r"^(?P<number>\d{1,4})\s+(?P<rest>[A-Z][a-z’'-]+\s+\S.*)$")
_COUNTED = frozenset("year month week day hour minute decade century step way thing reason question lesson "
                     "rule idea point fact myth takeaway chart".split())
# A release's number after its title: `Minister Pursues Reform in UN Refugee Arrangements MPS 100/2000`.
# Two groups of digits or a slash, so a title's own `COP 28` or `UK 2025` stays.
_TRAILING_NUMBER = re.compile(r"^(?P<rest>\S.*?\S)\s+(?P<number>[A-Z]{2,4}(?:[ -]\d+/\d+|(?:[ -]\d+){2,3}))$")


def numbered(title: str) -> tuple[str, str | None]:
    """Return (the title, the document or release number printed with it, or None)."""
    if (trailing := _TRAILING_NUMBER.match(title)) and len(trailing.group("rest").split()) >= 3:
        return trailing.group("rest"), trailing.group("number")
    leading = _LEADING_NUMBER.match(title)
    if leading is None or 1800 <= int(leading.group("number")) <= 2199:
        return title, None
    count = int(leading.group("number"))
    words = [w.lower().strip("’'") for w in leading.group("rest").split()[:2]]  # `3 Key Takeaways`, `1 Big Thing`
    if any(w.rstrip("s") in _COUNTED or (count > 1 and w.endswith("s")) for w in words):
        return title, None
    return leading.group("rest"), leading.group("number")

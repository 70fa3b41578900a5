"""The closing furniture of a web page pasted as a brief: a `Related documents` (`See also`)
list, a press release's end mark and press contacts (`###`, `Media contacts: ...`), or a list
of links above the page's `Last updated: ...` stamp.

Input: the rows of a brief (titles.Row) and the numbers of the lines already read as metadata.
Output: the rows of that closing block, or none. The block is kept on the site as an aside
(no word is lost) and out of the reading text, where its link titles would read as headings.

Only what the page itself marks as furniture is taken: a heading that names a related-links
list, or a last-review stamp on the last line; then only the run of one-line blocks without
sentence punctuation that goes with it (titles of linked pages), never a paragraph. Above a
stamp, only lines naming a dated or numbered document are taken: a short heading over a short
list (`Next Steps`) is the brief's own.
"""

from __future__ import annotations

import re

from briefsite.ingest.titles import Row
from briefsite.text.dates import parse_date
from briefsite.model import Block

__all__ = ["closing_date", "closing_links", "closing_notes", "about_publisher", "head_blocks", "inline_links"]

_NOTE_NUMBER = re.compile(r"^(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s+")

# A closing list of numbered notes under its heading: `Notes`, `Endnotes`, `Notes to editors`,
# a press release's `Background`.
_NOTES_HEADING = re.compile(r"^(?:notes?|end\s*notes?|foot\s*notes?|references|(?:data\s+)?sources|bibliography"
                            r"|works\s+cited|notes?\s+(?:to|for)\s+editors?"
                            r"|editors?[’']?s?\s+notes?|background(?:\s+(?:notes?|information))?)\s*:?$", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}[.)])\s+\S")
# An unnumbered reference: authors or a body, the year set off by full stops or brackets, more after it.
_REFERENCE = re.compile(r"^[A-Z].{1,200}?[.,]\s*\(?(?:19|20)\d\d[a-z]?\)?[.,:]\s+\S")


def closing_notes(rows: list[Row], used: set[int] | frozenset[int]) -> list[list[Row]]:
    """Return the numbered notes (each its rows) under the last notes heading of `rows`, when
    every line after that heading belongs to a numbered note; else []."""
    for k in range(len(rows) - 2, 0, -1):
        if not (rows[k].gap and _NOTES_HEADING.match(rows[k].text)):
            continue
        after = [row for row in rows[k + 1:] if row.line.number not in used]
        if after and all(row.gap and _REFERENCE.search(row.text) for row in after):
            return [[rows[k]], *([row] for row in after)]  # `Jones, P. 2008. “Title.” Publisher.`: one a line
        if not after or not _NUMBERED.match(after[0].text):
            return []
        notes: list[list[Row]] = []
        for row in after:
            if _NUMBERED.match(row.text):
                notes.append([row])
            elif not row.gap:
                notes[-1].append(row)  # a note's next line
            else:
                return []  # a paragraph after the notes: not a notes list
        return [[rows[k]], *notes]
    return []


def about_publisher(rows: list[Row], used: set[int] | frozenset[int], names: list[str]) -> list[Row]:
    """Return the closing `About SIPRI` block: a heading that is the publisher's name (or
    `About` it), then at most two paragraphs, at the end of the text."""
    wanted = {" ".join(n.split()).casefold() for n in names if n}
    for k in range(max(1, len(rows) - 4), len(rows) - 1):
        text = re.sub(r"^about\s+(?:the\s+)?", "", rows[k].text, flags=re.IGNORECASE).rstrip(": ")
        short = re.sub(r"\s*\([^()]*\)$", "", text).casefold()
        acronym = re.search(r"\(([^()]*)\)$", text)
        if rows[k].gap and rows[k].line.number not in used and not _SENTENCE_END.search(rows[k].text) and (
                short in wanted or text.casefold() in wanted or acronym and acronym.group(1).casefold() in wanted):
            block = rows[k:]
            if sum(row.gap for row in block) <= 3:
                return block
    return []

_LINKS_HEADING = re.compile(r"^(?:related(?:\s+(?:documents?|links?|content|pages?|publications?|products?"
                            r"|reading|resources|information))?|see\s+also|further\s+reading|read\s+more"
                            r"|more\s+(?:on\s+this\s+(?:topic|subject)|information)|useful\s+links"
                            r"|see\s+also\s+[^.]{1,150}:"
                            # a web page's closing taxonomy: `People`, `Tags`, `Locations`, `Funders & Partners`
                            r"|people|experts|tags|topics|keywords|locations?|regions|countries|research\s+teams?"
                            r"|funders?(?:\s*(?:&|and)\s*partners)?|partners"
                            r"|popular\s+posts(?:\s+from\s+this\s+blog)?|recent\s+posts|most\s+read)\s*:?$",
                            re.IGNORECASE)
_STAMP = re.compile(r"^(?:page\s+)?last\s+(?:review(?:ed)?|updated?|modified|revised)(?:\s+on)?\s*:?\s+\S",
                    re.IGNORECASE)
# A press release's end: `###`, `- ENDS -`, then (or alone) its contacts for the press.
_END_MARK = re.compile(r"^(?:#{3,}|\*{3,}|[-–—\s]*ends?[-–—\s]*|-30-|[-–—\s]*ends?[-–—:,\s]+\d{1,2}\s+[A-Za-z]+\s+\d{4})$",
                       re.IGNORECASE)
# The end mark with the release's date: `Ends 19 February 2003`, `ENDS - 3 March 2025`.
_DATED_END = re.compile(r"^[-–—\s]*ends?[-–—:,\s]+(?P<date>\S.*?)[-–—\s]*$", re.IGNORECASE)
_CONTACTS = re.compile(r"^(?:(?:[A-Z][\w&]*\s+){0,3}(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|office)"
                       r"|contacts?\s+for\s+(?:the\s+)?(?:media|press)|(?:for\s+)?further\s+(?:information|details)\s*:"
                       r"|for\s+(?:media|press)(?:\s+and\s+\w+)?\s+(?:requests|enquiries|inquiries|contacts?)"
                       r"|for\s+(?:interviews|further\s+information|more\s+information)(?:\s+or\s+[^,:]{1,40})?,?\s+"
                       r"(?:please\s+)?contact)\b\s*:?", re.IGNORECASE)
# The release's date run into its contacts line: `30 September 2000 Media Contact: Steve Ingram ...`.
_DATED_CONTACTS = re.compile(r"^(?P<date>\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})[,.;:]?\s+"
                             r"(?P<rest>\S.*)$")


def _contacts(text: str) -> bool:
    """Whether a line opens a release's press contacts, after the release's date or not."""
    dated = _DATED_CONTACTS.match(text)
    return bool(_CONTACTS.match(text) or dated and _CONTACTS.match(dated.group("rest")))


# A web page's way back, as its last line: `Back to Press Releases`, `Return to top`, `Back to the list`.
_WAY_BACK = re.compile(r"^(?:[Bb]ack|[Rr]eturn|[Gg]o\s+back)\s+to\s+(?:the\s+)?(?:[Tt]op(?:\s+of\s+(?:the\s+)?page)?|list|index"
                       r"|overview|[A-Z][\w’'&-]*(?:\s+(?:and|&|of|[A-Z][\w’'&-]*)){0,4})$")
_SENTENCE_END = re.compile(r"(?:(?<!\b[A-Z])\.|[!?:;…])[\"'”’)\]]*$")  # `Dilli Bahadur K.C.`: an initial, no sentence
_LONGEST_LINK = 300  # characters: a linked page's title, not a paragraph


def closing_links(rows: list[Row], used: set[int] | frozenset[int]) -> tuple[str, list[Row]]:
    """Return (the block's heading, its rows) for a closing links block, or ("", [])."""
    if len(rows) < 2 or rows[-1].line.number in used:
        return "", []
    heading = next((k for k in range(1, len(rows)) if rows[k].gap and _LINKS_HEADING.match(rows[k].text)
                    and all(_link(rows, i, used) for i in range(k + 1, len(rows)))), None)
    if heading is not None and heading + 1 < len(rows):
        return rows[heading].text.rstrip(": "), rows[heading:]
    closing = next((k for k in range(1, len(rows)) if rows[k].gap and rows[k].line.number not in used
                    and (_END_MARK.match(rows[k].text) or _contacts(rows[k].text))
                    and all(len(row.text) <= _LONGEST_LINK for row in rows[k:])), None)
    if closing is not None:
        return "Press contacts", rows[closing:]
    if rows[-1].gap and rows[-1].line.number not in used and _WAY_BACK.match(rows[-1].text):
        return "From the source page", rows[-1:]
    if len(rows) < 3 or not _STAMP.match(rows[-1].text):
        return "", []
    last = len(rows) - 1  # the stamp's block: the stamp, and link lines set straight above it
    while last > 1 and not rows[last].gap and _short(rows[last - 1], used):
        last -= 1
    if not rows[last].gap:
        return "", []
    k = last  # above it, one-line blocks that name dated or numbered documents (`Council Decision 2025/931`)
    while k - 1 > 0 and _link(rows, k - 1, used) and any(c.isdigit() for c in rows[k - 1].text):
        k -= 1
    before = rows[k - 1]
    # A list introduced by `...as follows:` is the brief's own; the links follow a finished paragraph.
    if k < last and not _SENTENCE_END.search(before.text) or before.text.endswith(":"):
        k = last
    return "From the source page", rows[k:]


# A web page's list of links set inside its text (`Related Content`, then titles, names and dates).
_INLINE_HEADING = re.compile(r"^(?:related(?:\s+(?:content|articles?|posts?|stories|reading|research|publications?))?"
                             r"|read\s+more|more\s+on\s+this\s+(?:topic|subject)|you\s+may\s+also\s+like"
                             r"|recommended(?:\s+reading)?)\s*:?$", re.IGNORECASE)


def inline_links(rows: list[Row], used: set[int] | frozenset[int]) -> tuple[list[Block], set[int]]:
    """Return the lists of links set inside the text (a heading such as `Related Content`, then
    at least two one-line blocks that read as link titles, then the text again), as asides."""
    blocks: list[Block] = []
    taken: set[int] = set()
    k = 0
    while k < len(rows) - 1:
        row = rows[k]
        end = k + 1
        if row.gap and row.line.number not in used and _INLINE_HEADING.match(row.text):
            while end < len(rows) and _link(rows, end, used):
                end += 1
        if end - k >= 3 and end < len(rows):  # two links at least, and the text goes on after them
            blocks.append(Block("aside", "\n".join(r.text for r in rows[k + 1:end]), row.line.number, row.line.page,
                                row.text.rstrip(": ")))
            taken.update(r.line.number for r in rows[k:end])
        k = end
    return blocks, taken


def _link(rows: list[Row], k: int, used: set[int] | frozenset[int]) -> bool:
    """Return whether row `k` is a one-line block that reads as a linked page's title."""
    row = rows[k]
    return row.gap and (k + 1 == len(rows) or rows[k + 1].gap) and _short(row, used)


def _short(row: Row, used: set[int] | frozenset[int]) -> bool:
    return row.line.number not in used and len(row.text) <= _LONGEST_LINK and not _SENTENCE_END.search(row.text)


def head_blocks(kept_rows: list[Row], information: tuple[Block, ...], links: tuple[str, list[Row]], about: list[Row],
            notes: list[list[Row]]) -> tuple[Block, ...]:
    """Return the metadata, closing and notes blocks kept out of the body, in reading order."""
    asides = list(information)
    if kept_rows:
        kept = sorted(kept_rows, key=lambda row: row.line.number)
        text = "\n".join(row.text for row in kept)
        asides.insert(0, Block("aside", text, kept[0].line.number, kept[0].line.page, "Publication details"))
    for label, block in (links, (about[0].text if about else "", about[1:])):
        if block:
            asides.append(Block("aside", "\n".join(row.text for row in block), block[0].line.number, block[0].line.page,
                                label))
    for note in notes[1:]:  # notes[0] is the heading
        text = "\n".join(row.text for row in note)
        number = _NOTE_NUMBER.match(text)
        asides.append(Block("note", text[number.end():] if number else text, note[0].line.number, note[0].line.page,
                            (number.group(1) or number.group(2)) if number else ""))
    return tuple(asides)


def closing_date(rows: list[Row]) -> tuple[str, Row] | None:
    """The date after a press release's end mark (`Ends 19 February 2003`), or before its
    contacts on their line (`30 September 2000 Media Contact: ...`), on one of its last three
    lines (press contacts may follow it)."""
    for row in rows[-3:]:
        m = _DATED_END.match(row.text)
        if not m and (dated := _DATED_CONTACTS.match(row.text)) and _CONTACTS.match(dated.group("rest")):
            m = dated
        if m and (when := parse_date(m.group("date"))):
            return when, row
    return None

"""Metadata stated in a brief's text: title, byline, date and report number in its opening
lines, and an `Author Information` block at its end.

Input: the body lines of a RawBrief (or the head lines of a PDF) and the Meta of its front
matter. Output: the Meta with its gaps filled (front matter values win), the numbers of the
lines that were metadata, so they do not become paragraphs, and the metadata blocks kept out
of the body (`Head.asides`), so no word is lost. Nothing is guessed: no byline means no
authors, and a date comes only from a line that states it.

The head is read line by line, so a blank line between title and byline is not needed: an
optional dateline or report number, a title of one to three lines, then bylines (names, job
titles, institutions, on one line or several), dates and report numbers, in any order, until
the first line that is none of these. The rules for a single line are in byline.py and
headlines.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefsite.ingest.byline import (byline_kind, completed, has_by, job_institution, looks_like_institution, looks_like_name,
                                     parse_byline)
from briefsite.ingest.headlines import Stated, dateline, is_label, is_url, parse_date_line, stated
from briefsite.ingest.headrows import by_office, compound, decked, from_line, standfirst, subtitled
from briefsite.ingest.authorinfo import author_information, closing_bio, closing_credit
from briefsite.ingest.issuer import issuer, without_archive_mark
from briefsite.ingest.masthead import Found, masthead
from briefsite.ingest.columns import unfold_columns
from briefsite.ingest.tail import closing_date, about_publisher, closing_links, closing_notes, head_blocks, inline_links
from briefsite.ingest.titles import (MD_TITLE, Row, is_title, lone_title, looks_like_title, numbered, rows_of, same,
                                     title_again, title_end, under_title)
from briefsite.model import Block, Meta, SourceLine
from briefsite.text.givennames import is_place

__all__ = ["Head", "read_head", "looks_like_title", "parse_byline", "looks_like_name", "looks_like_institution",
           "parse_date_line"]

_TITLE_DATE = re.compile(r"\s*\(([^()]{6,30})\)\s*$")
_HEAD_ROWS = 16  # title, bylines and dates come within the first lines


@dataclass(frozen=True, slots=True)
class Head:
    """What the opening lines said: the filled Meta and the lines that were metadata."""

    meta: Meta
    used: frozenset[int]
    titled: bool  # a title was found (front matter or text)
    asides: tuple[Block, ...] = ()  # metadata blocks kept out of the body (`Author Information`)
    inferred: tuple[tuple[str, str], ...] = ()  # (field, value) read from the title or first lines, not a byline


def read_head(lines: tuple[SourceLine, ...], meta: Meta, markdown: bool = False) -> Head:
    """Return the metadata of the opening lines (and an author block at the end) of `lines`
    merged under `meta`."""
    rows = unfold_columns(rows_of(lines))
    found = Found()
    start = masthead(rows, found)
    titled, end = bool(meta.title), title_end(rows, start, markdown)
    if meta.title:  # a title already known (front matter, a PDF's largest type) spans its own lines
        end = next((k for k in range(start + 1, min(len(rows), start + 4) + 1)
                    if same(" ".join(row.text for row in rows[start:k]), meta.title)), end)
    decks = rows[start + 1:end] if end - start >= 2 and not meta.title and subtitled(rows, start) else []
    end = start + 1 if decks else end  # `Pakistan Should Address Pashtun Grievances` / `Conduct Transparent ...`
    if end > start:
        text = " ".join(row.text for row in rows[start:end])
        md = MD_TITLE.match(text) if markdown and end - start == 1 else None
        if md or (meta.title and same(text, meta.title)) or (not meta.title and (decks or is_title(rows, start, end))):
            found.title = md.group(1) if md else text
            found.used.update(row.line.number for row in rows[start:end])
            for row in decks:
                found.keep(row)  # the subtitle and deck lines: details of the head
            titled, start = True, end + len(decks)
        elif not meta.title and (lone_title(rows, start) or decked(rows, start)):
            found.title = rows[start].text
            found.used.add(rows[start].line.number)
            titled, start = True, start + 1
    body = _read_bylines(rows, start, found) if titled else start
    links_heading, links = closing_links(rows[body:], found.used)
    found.used.update(row.line.number for row in links)
    inline, inline_rows = inline_links(rows[body:], found.used)
    found.used.update(inline_rows)
    notes = closing_notes(rows[body:], found.used)
    found.used.update(row.line.number for note in notes for row in note)
    for k, row in enumerate(rows):  # an explicit `Date: ...` line anywhere, alone
        alone = row.gap and (k + 1 == len(rows) or rows[k + 1].gap)
        if alone and row.line.number not in found.used and (what := stated(row.text, bare=False)) and what.date:
            found.note(what, row)
    if not found.dates and (ended := closing_date(rows[body:])):
        found.dates.append(Stated(ended[0]))  # `Ends 19 February 2003`: out of the text, with the press contacts
        if ended[1].line.number not in found.used:
            found.keep(ended[1])
    if not found.dates and body < len(rows) and (date := dateline(rows[body].text)):
        found.dates.append(Stated(date))  # `WASHINGTON, March 3, 2025 — The ...`: the text stays
    information = author_information(rows)
    if information.authors and not found.authors:
        found.byline(information.authors, information.institution)
    found.used.update(information.used)
    if not information.authors and (bio := closing_bio(rows[body:], found.used, tuple(found.authors))).authors:
        found.byline(bio.authors, None if found.publisher else bio.institution)
        found.used.update(bio.used)
        information = bio
    elif not information.authors and not found.authors and (credit := closing_credit(rows[body:], found.used)).authors:
        found.byline(credit.authors, None if found.publisher else credit.institution)
        found.used.update(credit.used)
        information = credit
    merged, inferred = _merge(meta, found, rows, body)
    about = about_publisher(rows[body:], found.used, [merged.institution or ""])
    found.used.update(row.line.number for row in about)
    asides = head_blocks(found.kept, (*information.asides, *inline), (links_heading, links), about, notes)
    return Head(merged, frozenset(found.used), titled, asides, tuple(inferred))


def _merge(meta: Meta, found: Found, rows: list[Row], body: int) -> tuple[Meta, list[tuple[str, str]]]:
    """Return `found` merged under `meta` (front matter wins), with an author and institution
    the title or first lines state when no byline did, and those (field, value) inferred."""
    title = meta.title or without_archive_mark(found.title)
    dated = _TITLE_DATE.search(title) if not meta.title else None
    title_date = parse_date_line(dated.group(1), bare=True) if dated else None
    title = title[: dated.start()] if dated and title_date else title  # `... government (January 12, 2015)`
    title, number = (title, None) if meta.title else numbered(title)
    authors = meta.authors or completed(tuple(found.by_authors or found.authors),
                                           "\n".join(row.text for row in rows))  # `By ...` is the byline
    institution = meta.institution if meta.institution is not None else found.institution or found.publisher
    inferred: list[tuple[str, str]] = []
    if not authors or institution is None:
        who = issuer(title, [row.text for row in rows[body:body + 5]], found.by_office,
                     " ".join(row.text for row in rows))
        if not authors and who.authors:
            authors = who.authors
            inferred += [("author", name) for name in who.authors]
        if institution is None and who.institution:
            institution = who.institution
            inferred.append(("institution", who.institution))
    return Meta(
        title=title,
        authors=authors,
        institution=institution,
        date=meta.date or found.date() or title_date,
        source_url=meta.source_url or found.url,
        language=meta.language,
        report_number=meta.report_number or found.report_number or number,
    ), inferred


def _read_bylines(rows: list[Row], start: int, found: Found) -> int:
    """Read the byline, date and report-number lines from `start`; return the first body row.

    A block of such lines that runs straight on into body text (a running header above the
    first paragraph, `Header Line X`) is body, unless the title stands in the same block."""
    taken: list[tuple[Row, str | None, Stated | None]] = []
    last: str | None = "title"
    skipped: list[tuple[int, int]] = []
    stood = False  # a standfirst was taken (one a head)
    k = start
    while k < min(len(rows), start + _HEAD_ROWS):
        row = rows[k]
        if (again := title_again(rows, k, found.title)) and (row.gap or k > start):
            found.used.update(rows[i].line.number for i in range(k, again))  # a summary page's own title
            skipped.append((k, again))
            k = again
            continue
        kind: str | None = "url" if is_url(row.text) else "label" if is_label(row.text) or under_title(rows, k, start) \
            or not row.gap and is_place(row.text) else byline_kind(row.text)  # a place alone is a dateline's
        what = stated(row.text)
        if by_office(row.text):
            kind = "office"
            found.by_office = by_office(row.text)
        elif from_line(row.text):
            kind = "from"  # `From: Department for Education and Nick Gibb MP`
        elif not (kind or what) and compound(row.text):
            kind = "name"  # `Jane Doe and John Smith | May 23, 2024`: names and a date on one line
        # A job or institution line belongs to the line above it, or (`Congressional Research
        # Service` over its web address or report number) to the metadata line below it.
        below = k + 1 < len(rows) and not rows[k + 1].gap and _is_detail(rows[k + 1].text)
        attached = (not row.gap and last in ("title", "name", "job", "institution", "label")) or below
        named = any(taken_kind == "name" for _, taken_kind, _ in taken)
        if kind == "name" and row.gap and named:
            break  # a second block of names after a byline is a heading (`South Korea`), not more authors
        if not (what or kind in ("name", "url", "label", "from", "office") or kind in ("job", "institution") and attached):
            if not stood and found.title and standfirst(rows, k, found.title):
                stood = True
                taken.append((row, "label", None))  # kept as a detail, like a label
                last, k = "label", k + 1
                continue
            break
        taken.append((row, kind, what))
        last, k = kind, k + 1
    if k < len(rows) and not rows[k].gap:
        opened = [i for i, (row, _, _) in enumerate(taken) if row.gap]
        taken = taken[: opened[-1]] if opened else taken
    _note_taken(taken, found)
    end = rows.index(taken[-1][0]) + 1 if taken else start
    for first, after in skipped:  # a title printed again, straight after the last head line
        end = after if first <= end else end
    return end


def _note_taken(taken: list[tuple[Row, str | None, Stated | None]], found: Found) -> None:
    """Note what each head line taken by _read_bylines states."""
    for row, kind, what in taken:
        if what:
            found.note(what, row)
        elif kind in ("url", "label", "office"):
            found.keep(row)  # `Fact Sheet`, `Media Note`: the kind of publication, kept as a detail
        elif kind == "from" and (parsed_from := from_line(row.text)):
            found.byline(*parsed_from)
        elif kind == "name" and (parts := compound(row.text)):
            for part, part_kind, part_what in parts:
                if part_what:
                    found.note(part_what, row)
                elif part_kind == "name" and (parsed := parse_byline(part)):
                    found.byline(*parsed)
                elif part_kind == "institution":
                    found.byline((), part)
            if any(part_kind == "label" for _, part_kind, _ in parts):
                found.keep(row)
        elif kind == "name" and (parsed := parse_byline(row.text)):
            found.byline(*parsed)
            if has_by(row.text):
                found.by_authors += [a for a in parsed[0] if a not in found.by_authors]
        else:
            found.byline((), job_institution(row.text) if kind == "job" else row.text)
        found.used.add(row.line.number)


def _is_detail(text: str) -> bool:
    return is_url(text) or stated(text) is not None or byline_kind(text) in ("name", "job")

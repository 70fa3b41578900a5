"""Head lines that hold more than one kind of metadata, or none but belong to the head.

Input: the rows of a brief's opening (titles.Row) or one line. Output: a line's parts when it
sets names, an institution, labels and dates apart (`Jane Doe and John Smith | May 23, 2024`),
the authors and body of a `From:` line, the office of a `by NATO Secretary General` line, and
whether a line under the title is its standfirst. metadata.py reads the head with them.
"""

from __future__ import annotations

import re

from briefsite.ingest.byline import (byline_kind, clean_name, has_plain_word, looks_like_institution, looks_like_job,
                                     parse_byline)
from briefsite.ingest.headlines import Stated, is_label, is_url, split_segments, stated
from briefsite.ingest.titles import CONTINUES, Row, looks_like_title, same


_BY_OFFICE = re.compile(r"^by\s+(?:the\s+)?(?P<office>[A-Z].{2,80})$", re.IGNORECASE)


def by_office(text: str) -> str:
    """Return the office of a byline that names only an office (`by NATO Secretary General`), else ""."""
    match = _BY_OFFICE.match(" ".join(text.split()))
    office = match.group("office").rstrip(". ") if match else ""
    return office if office and looks_like_job(office) and not parse_byline(text) else ""


_FROM = re.compile(r"^from\s*:\s*(?P<who>\S.*)$", re.IGNORECASE)


def from_line(text: str) -> tuple[tuple[str, ...], str | None] | None:
    """Return (authors, institution) of a `From:` line, which lists the bodies a page comes from,
    then the people (`From: Prime Minister's Office, 10 Downing Street and The Rt Hon David
    Cameron MP`): the people are the authors, the first body the institution."""
    match = _FROM.match(" ".join(text.split()))
    if not match:
        return None
    authors: list[str] = []
    bodies: list[str] = []
    for part in re.split(r"\s+and\s+", match.group("who").rstrip(". ")):
        person = parse_byline(part)
        if person and person[0] and not looks_like_institution(part) and not has_plain_word(clean_name(part)):
            authors += person[0]
            continue
        for segment in (s.strip() for s in part.split(",")):
            if bodies and segment[:1].isdigit():
                bodies[-1] += ", " + segment  # an address goes with its body: `..., 10 Downing Street`
            elif segment:
                bodies.append(segment)
    return tuple(authors), bodies[0] if bodies else None


def standfirst(rows: list[Row], k: int, title: str = "") -> bool:
    """Return whether row `k`, straight under the title, is its standfirst (`The EU must rethink
    its approach to a region in turmoil.`): one line, then more head lines (a label, a date, a
    byline), which no first paragraph has under it; or a deck that says the title again
    (`Statement given yesterday by <the title>.`), which no first paragraph does."""
    if len(rows[k].text) > 300 or k + 1 >= len(rows):
        return False
    if title and not rows[k].gap and rows[k + 1].gap and echoes(rows[k].text, title):
        return True
    if k + 2 < len(rows) and not rows[k + 2].gap and not is_head_line(rows[k + 2].text):
        return False
    return is_head_line(rows[k + 1].text) or any(same(rows[k + 1].text, rows[i].text) for i in range(k))


def echoes(text: str, title: str) -> bool:
    """Return whether `text` holds nearly all the words of a title of five words or more, and little else."""
    words, wanted = re.findall(r"\w+", text.casefold()), set(re.findall(r"\w+", title.casefold()))
    return len(wanted) >= 5 and len(words) <= 2 * len(wanted) and len(wanted & set(words)) >= 0.8 * len(wanted)


def is_head_line(text: str) -> bool:
    return stated(text) is not None or is_label(text) or byline_kind(text) == "name" or from_line(text) is not None


def compound(text: str) -> list[tuple[str, str | None, Stated | None]] | None:
    """Return the parts of a head line that sets names, an institution, labels and dates apart
    with `|`, `·` or wide spaces, if every part is one of them and one is a name."""
    parts = split_segments(text)
    if len(parts) < 2:
        return None
    read: list[tuple[str, str | None, Stated | None]] = []
    for part in parts:
        what = stated(part)
        kind = "label" if what is None and (is_label(part) or is_url(part)) else None if what else byline_kind(part)
        if what is None and kind is None:
            return None
        read.append((part, kind, what))
    # one is a name, or a date beside a byline's other parts (`September 24th, 2017 • Author: Foreign Ministers of ...`)
    return read if any(kind == "name" for _, kind, _ in read) or (
        any(what and what.date for _, _, what in read) and any(kind in ("job", "institution") for _, kind, _ in read)) \
        else None


def decked(rows: list[Row], start: int) -> bool:
    """Return whether the first line alone is a title with its deck under it, then head lines
    (`Title` / `This crisis is unlike any of the past.` / `Author : Jane Doe`)."""
    return (start + 2 < len(rows) and not rows[start + 1].gap and not rows[start + 2].gap
            and rows[start + 1].text[:1].isupper() and not CONTINUES.search(rows[start].text)
            and looks_like_title([rows[start].line], []) and standfirst(rows, start + 1))


# The words a wrapped title's next line may open with: it goes on with a preposition or conjunction.
_GOES_ON = frozenset("of and or for in on to with from after before between at by versus vs the a an as into over "
                     "under against amid beyond toward towards".split())


# A capitalised article opening the next line starts a new phrase: a title wrapped mid-phrase
# prints it in lower case (`The European Union and` / `the Western Balkans`).
_ARTICLES = frozenset(("The", "A", "An"))


def subtitled(rows: list[Row], start: int) -> bool:
    """Return whether a two-line title block is a title and its subtitle (`Kazakhstan: Education
    Barriers` / `End Segregation; Ensure Inclusive Education`): the first line ends a phrase,
    the second opens a new one with a capitalised word or a number (`12 Guiding Principles ...`)
    that does not carry the first on."""
    first, second = rows[start].text, rows[start + 1].text
    opener = second.split()[0] if second.split() else ""
    return (not CONTINUES.search(first) and len(first.split()) >= 3 and len(second.split()) >= 3
            and (opener[:1].isupper() or opener[:1].isdigit())
            and (opener.casefold() not in _GOES_ON or opener in _ARTICLES) and not first.endswith(":")
            and looks_like_title([rows[start].line], []) and looks_like_title([rows[start + 1].line], []))

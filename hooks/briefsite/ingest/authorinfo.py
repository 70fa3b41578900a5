"""Who wrote a brief, as its end says: an `Author Information` block, or a closing bio line.

Input: the rows of a brief (titles.Row). Output: the block (a heading, then `Name` and `Job
title` lines, or `Name, Job title` lines; or a last paragraph `Jane Doe is a senior fellow at
Chatham House.`) as an aside that stays on the site, the authors and institution it names, and
its line numbers, which are no body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefsite.ingest.byline import (byline_kind, clean_name, job_institution, looks_like_institution, looks_like_job,
                                     looks_like_name, parse_byline)
from briefsite.ingest.titles import Row
from briefsite.model import Block

_AUTHOR_HEADING = re.compile(r"^(?:authors?'?s?\s+(?:contact\s+)?information|about\s+the\s+authors?|the\s+authors?"
                             r"|authors?|contributors?)\s*:?$", re.IGNORECASE)
_CONTACT = re.compile(r"^\S+@\S+\.\w+$|^\+?[\d][\d\s().-]{4,}$")


@dataclass(frozen=True, slots=True)
class AuthorInformation:
    asides: tuple[Block, ...] = ()
    authors: tuple[str, ...] = ()
    institution: str | None = None
    used: frozenset[int] = frozenset()


def is_author_heading(text: str) -> bool:
    """Return whether a line heads the authors' block (`Author Information`, `About the Authors`)."""
    return bool(_AUTHOR_HEADING.match(" ".join(text.split())))


def author_information(rows: list[Row]) -> AuthorInformation:
    """Return the first `Author Information` block of `rows` that names an author, if any."""
    for k, heading in enumerate(rows):
        if k == 0 or not heading.gap or not _AUTHOR_HEADING.match(heading.text):
            continue
        authors: list[str] = []
        institution: str | None = None
        taken = [heading]
        for row in rows[k + 1 :]:
            kind = byline_kind(row.text)
            if kind == "name" and (parsed := parse_byline(row.text)):
                authors += parsed[0]
                institution = institution or parsed[1]
            elif authors and kind == "job":
                institution = institution or job_institution(row.text)
            elif not (authors and (kind == "institution" or _CONTACT.match(row.text))):
                break
            taken.append(row)
        if authors:
            text = "\n".join(row.text for row in taken)
            block = Block("aside", text, heading.line.number, heading.line.page, heading.text)
            return AuthorInformation((block,), tuple(authors), institution, frozenset(r.line.number for r in taken))
    return AuthorInformation()


# `Jane Doe is a senior fellow at Chatham House.`: a name, then what the person is.
_BIO = re.compile(r"^(?P<name>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){1,4}?)\s+(?:is|was|serves\s+as|has\s+been)\s+"
                  r"(?:(?:a|an|the)\s+)?(?P<job>[^;]{3,160}?)\.?$")
_WITH = re.compile(r"\b(?:with|at)\s+(?:the\s+)?(?P<body>[A-Z][^,;]{1,100}?)(?:[’']s\s+.*)?$")
_LEADING_ACRONYM = re.compile(r"^[A-Z]{2,8}(?=\s)")


def closing_bio(rows: list[Row], used: frozenset[int] | set[int], authors: tuple[str, ...]) -> AuthorInformation:
    """Return the bio line that ends `rows` (its last paragraph, one sentence): the author it
    names (one of `authors`, or any person when they are none) and the body the job is with."""
    last = next((row for row in reversed(rows) if row.line.number not in used), None)
    bio = _BIO.match(last.text) if last and last.gap and len(last.text) <= 240 else None
    name = clean_name(bio.group("name")) if bio else ""
    if not (bio and last) or not looks_like_name(name) or (authors and name.casefold() not in {a.casefold() for a in authors}):
        return AuthorInformation()
    job = bio.group("job")
    if not looks_like_job(" ".join(w.capitalize() for w in job.split()[:4])):
        return AuthorInformation()
    body = _WITH.search(job)
    institution = body.group("body").strip() if body else None
    acronym = _LEADING_ACRONYM.match(institution or "")
    if institution and acronym and not looks_like_institution(institution[acronym.end():].strip()):
        institution = acronym.group()  # `IFPRI South Asia`: the institute, not its regional office
    institution = institution if institution and looks_like_institution(institution) else None
    k = rows.index(last)
    heading = rows[k - 1] if k > 0 and rows[k - 1].gap and _AUTHOR_HEADING.match(rows[k - 1].text) else None
    first = heading or last
    block = Block("aside", last.text, first.line.number, first.line.page, heading.text if heading else "About the author")
    taken = [first, last]
    return AuthorInformation((block,), (name,), institution, frozenset(row.line.number for row in taken))

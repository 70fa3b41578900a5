"""An `Author Information` block at a brief's end: who wrote it, when the head did not say.

Input: the rows of a brief (titles.Row). Output: the block (a heading, then `Name` and `Job
title` lines, or `Name, Job title` lines) as an aside that stays on the site, the authors and
institution it names, and its line numbers, which are no body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefsite.ingest.byline import byline_kind, job_institution, parse_byline
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

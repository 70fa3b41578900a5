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


# `Jane Doe is a senior fellow at Chatham House.`: a name, then what the person is (the first sentence).
_BIO = re.compile(r"^(?P<name>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){1,4}?)\s+(?:is|was|serves\s+as|has\s+been)\s+"
                  r"(?:(?:a|an|the)\s+)?(?P<job>[^;]{3,200}?)(?:\.\s+(?=[A-Z])|\.?$)")
_WITH = re.compile(r"\b(?:with|at)\s+(?:the\s+)?(?P<body>[A-Z][^,;]{1,100}?)(?=[’']s\s|,|;|\s+(?:and|in|on|where|at|with)\s|$)")
_LEADING_ACRONYM = re.compile(r"^[A-Z]{2,8}(?=\s)")


def closing_bio(rows: list[Row], used: frozenset[int] | set[int], authors: tuple[str, ...]) -> AuthorInformation:
    """Return the bios that end `rows` (one paragraph a person, a trailing line after them
    aside), when they name one of `authors` (or any person when they are none): the authors
    they name and the body the first author's job is with."""
    free = [row for row in rows if row.line.number not in used]
    alone = [k for k, row in enumerate(free) if row.gap and (k + 1 == len(free) or free[k + 1].gap)]
    bios: list[tuple[Row, str, str]] = []
    for n, k in enumerate(reversed(alone)):
        if k + 1 != (alone[len(alone) - n] if n else len(free)):
            break  # the paragraphs from the end, one line each, one after the other
        person = _bio(free[k].text)
        if person:
            bios.append((free[k], *person))
        elif bios or n > 0 or len(free[k].text) > 200:
            break  # one short line after the bios (`For more, watch the launch here.`) may stand
    wanted = {a.casefold() for a in authors}
    if not bios or (wanted and not any(name.casefold() in wanted for _, name, _ in bios)):
        return AuthorInformation()
    bios.reverse()
    named = tuple(name for _, name, _ in bios if not wanted or name.casefold() in wanted)
    institution = next((body for _, name, job in bios if name in named and (body := _body_of(job))), None)
    first = bios[0][0]
    k = rows.index(first)
    heading = rows[k - 1] if k > 0 and rows[k - 1].gap and _AUTHOR_HEADING.match(rows[k - 1].text) else None
    if not wanted and not (heading or institution):
        return AuthorInformation()  # `Vladimir Putin is the president of Russia.` ending a brief with no byline
    label = heading.text if heading else "About the author" if len(bios) == 1 else "About the authors"
    top = heading or first
    block = Block("aside", "\n".join(row.text for row, _, _ in bios), top.line.number, top.line.page, label)
    return AuthorInformation((block,), named, institution, frozenset([top.line.number, *(r.line.number for r, _, _ in bios)]))


def _bio(text: str) -> tuple[str, str] | None:
    """Return (name, job) of a bio paragraph (`Jane Doe is a senior fellow at ...`), else None."""
    bio = _BIO.match(text) if len(text) <= 1200 else None
    name = clean_name(bio.group("name")) if bio else ""
    if not bio or not looks_like_name(name):
        return None
    job = bio.group("job")
    return (name, job) if looks_like_job(" ".join(w.capitalize() for w in job.split()[:4])) else None


def _body_of(job: str) -> str | None:
    """The institution a bio's job is with or at: the last one it names (`Research Analyst with
    the Asia program at the Stimson Center`); an acronym before a region stands alone (`IFPRI South Asia`)."""
    for found in reversed(list(_WITH.finditer(job))):
        body = found.group("body").strip()
        acronym = _LEADING_ACRONYM.match(body)
        if acronym and not looks_like_institution(body[acronym.end():].strip()):
            body = acronym.group()
        if looks_like_institution(body):
            return body
    return None


# `Lead Contributor: Jane Doe`, `Written by: ...`: a credit line at the foot of a web page.
_CREDIT = re.compile(r"^(?:lead\s+|principal\s+|main\s+)?(?:authors?|contributors?|written\s+by|prepared\s+by)\s*:\s*"
                     r"(?P<names>\S.{2,200})$", re.IGNORECASE)


def closing_credit(rows: list[Row], used: frozenset[int] | set[int]) -> AuthorInformation:
    """Return the authors a credit line among the last lines of `rows` names (`Lead Contributor: Jane Doe`)."""
    for row in [row for row in rows if row.line.number not in used][-25:]:
        credit = _CREDIT.match(row.text)
        parsed = parse_byline(credit.group("names")) if credit else None
        if parsed and parsed[0]:
            block = Block("aside", row.text, row.line.number, row.line.page, "Credits")
            return AuthorInformation((block,), parsed[0], parsed[1], frozenset({row.line.number}))
    return AuthorInformation()

"""Authors given at the end of a PDF brief, and its publisher named in its running furniture.

Input: the assembled blocks and lines of a PDF, and the furniture lines. Output: the authors
(and an institution) from an `Author Information` block or from closing `Name, Job title`
lines, with those blocks turned into one aside (kept on the site, out of the reading text);
and the publisher, when an institution's name repeats in the furniture of several pages.
The same byline rules as text briefs (ingest.byline, ingest.metadata) decide what a name is.
"""

from __future__ import annotations

import re
from collections import Counter

from briefsite.ingest.byline import byline_kind, job_institution, looks_like_institution
from briefsite.ingest.authorinfo import is_author_heading
from briefsite.ingest.metadata import parse_byline
from briefsite.model import Block, SourceLine

_BODY = ("heading", "paragraph")
_OPEN_END = re.compile(r"(?:\b(?:and|of|for|in|on|the|&)|[,&/-])$", re.IGNORECASE)  # a line cut mid-title


def end_authors(blocks: tuple[Block, ...], lines: tuple[SourceLine, ...]
                ) -> tuple[tuple[str, ...], str | None, tuple[Block, ...]]:
    """Return (authors, institution, blocks with the author blocks made one aside)."""
    body = [i for i, b in enumerate(blocks) if b.kind in _BODY]
    if not body:
        return (), None, blocks
    heading, last, end_line = _author_section(blocks, body)
    if heading is not None:
        first = heading
    else:  # no heading: only closing paragraphs made wholly of `Name, Job title` lines count
        first = last = body[-1]
        end_line = blocks[last + 1].line if last + 1 < len(blocks) else lines[-1].number + 1
        for k in range(len(body) - 2, -1, -1):  # two columns of author lines: two closing blocks
            block, after = blocks[body[k]], blocks[body[k] + 1]
            own = [line for line in lines if block.line <= line.number < after.line and line.text.strip()]
            if block.kind != "paragraph" or not _read(own, strict=True)[0]:
                break
            first = body[k]
    # The lines of the author blocks, not the furniture lines between them (a page's footer);
    # under a heading, also the name and job lines a grid of authors sent elsewhere.
    said = " ".join(blocks[i].text for i in range(first, last + 1))
    span = [line for line in lines if blocks[first].line <= line.number < end_line and line.text.strip()
            and (" ".join(line.text.split()) in said
                 or heading is not None and byline_kind(line.text) in ("name", "job"))]
    authors, institution = _read(span[1:] if first == heading else span, strict=first != heading)
    if not authors:
        return (), None, blocks
    text = "\n".join(line.text for line in span)
    aside = Block("aside", text, blocks[first].line, blocks[first].page, "Author Information")
    between = (b for b in blocks[first + 1:last + 1] if b.kind not in _BODY)  # a footnote set among them
    return authors, institution, (*blocks[:first], aside, *between, *blocks[last + 1:])


def _author_section(blocks: tuple[Block, ...], body: list[int]) -> tuple[int | None, int, int]:
    """Return (the `Author Information` heading, the last block of its section, the line that
    ends it): the last such heading whose section holds only paragraphs (an `Acknowledgments`
    section may follow it); (None, 0, 0) when there is none."""
    for n in range(len(body) - 1, -1, -1):
        h = body[n]
        if blocks[h].kind != "heading" or not is_author_heading(blocks[h].text):
            continue
        section: list[int] = []
        for i in body[n + 1:]:
            if blocks[i].kind == "heading":
                return (h, section[-1], blocks[i].line) if section else (None, 0, 0)
            section.append(i)
        if section:
            after = section[-1] + 1
            return h, section[-1], blocks[after].line if after < len(blocks) else blocks[section[-1]].line + 10**6
        return None, 0, 0
    return None, 0, 0


def _read(span: list[SourceLine], strict: bool) -> tuple[tuple[str, ...], str | None]:
    """Names and an institution from author lines; with `strict`, every line must be one
    (`Name, Job title` or a job title under a name), else nothing is taken."""
    authors: list[str] = []
    institution: str | None = None
    for text in _unwrapped([line.text for line in span]):
        kind = byline_kind(text)
        parsed = parse_byline(text) if kind == "name" else None
        if parsed:
            authors += [a for a in parsed[0] if a not in authors]
            institution = institution or parsed[1]
        elif kind == "job" and authors:
            institution = institution or job_institution(text)
        elif strict:
            return (), None
    return tuple(authors), institution


def _unwrapped(texts: list[str]) -> list[str]:
    """Join a job title's wrapped end (`and Finance`, `Policy`) to the line it continues."""
    out: list[str] = []
    for text in texts:
        words = len(text.split())
        # `Analyst in Emergency Management and` goes on in the next line, unless that names a person
        wrapped = bool(out) and _OPEN_END.search(out[-1]) is not None and byline_kind(text) != "name"
        if out and (wrapped or byline_kind(text) is None and words <= 4 or ", " in out[-1] and words <= 2):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def publisher(furniture: list[str], title: str) -> str | None:
    """The institution whose name stands alone in the page furniture (a publisher's running
    footer or masthead such as `Congressional Research Service`), the most repeated first; a
    running title (all its words in the title) is not one."""
    counts = Counter(" ".join(text.split()) for text in furniture)
    named = [(n, text) for text, n in counts.items() if looks_like_institution(text)
             and byline_kind(text) == "institution" and not in_title(text, title)]
    return max(named)[1] if named else None


# `This document was prepared by the Congressional Research Service (CRS).`: a disclaimer or
# colophon naming who made the brief.
_PREPARED_BY = re.compile(r"\b(?:prepared|published|produced|issued|written)\s+by\s+(?:the\s+)?"
                          r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w&.'’-]*)){0,8})")


def publisher_of(furniture: list[str], asides: tuple[Block, ...], title: str) -> str | None:
    """The publisher named in the furniture, else the one a disclaimer says prepared the brief."""
    found = publisher(furniture, title)
    if found is not None:
        return found
    for aside in asides:
        for match in _PREPARED_BY.finditer(" ".join(aside.text.split())):
            name = match.group("name").rstrip(".")
            name = re.sub(r"\s+(?:the|of|for|and|on)$", "", name)
            if looks_like_institution(name) and not in_title(name, title):
                return name
    return None


def in_title(text: str, title: str) -> bool:
    """Whether every word of `text` is a word of `title` (a running title, not a publisher)."""
    return set(text.casefold().split()) <= set(title.casefold().split())

"""Metadata stated in a brief's opening lines: title, byline and an explicit date.

Input: the body lines of a RawBrief and the Meta of its front matter. Output: the Meta
with its gaps filled (front matter values win) and the numbers of the lines that were
metadata, so they do not become paragraphs. Nothing is guessed: no byline means no
authors, and a date comes only from a line that states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefsite.model import Meta, SourceLine
from briefsite.text.dates import parse_date
from briefsite.text.words import is_common, is_proper

_MD_TITLE = re.compile(r"^#\s+(.+?)\s*#*$")
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$|^(?:Inc|Ltd|Co|Corp|Jr|Sr|etc)\.$")
_SENTENCE_BREAK = re.compile(r"[a-z]{2,}[.!?][”\"’']?\s+[A-Z“\"]")
_PARTICLES = frozenset("de van von der den da di du del della la le al el bin ibn y dos das ter".split())
_INSTITUTION_WORDS = frozenset(
    """institute institut institution centre center council university foundation academy
    office ministry agency school college programme program forum association society
    observatory commission fund bank trust group network initiative""".split()
)
# Korean, Chinese and Japanese words for institute, centre, university, foundation.
_CASELESS_INSTITUTIONS = ("연구원", "연구소", "대학교", "재단", "센터", "研究所", "研究院", "大学", "中心", "財団")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]*[A-Z]$")
_NAME_TOKEN = re.compile(r"^(?:[A-Z]\.)+$|^[^\W\d_][\w'’.-]*$")
_DATE_LINE = re.compile(
    r"^(?:date|dated|published(?:\s+on)?|publication\s+date|released)\s*[:\-–—]?\s*(.+?)\.?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Head:
    """What the opening lines said: the filled Meta and the lines that were metadata."""

    meta: Meta
    used: frozenset[int]
    titled: bool  # a title was found (front matter or text)


def read_head(lines: tuple[SourceLine, ...], meta: Meta, markdown: bool = False) -> Head:
    """Return the metadata of the opening blocks of `lines` merged under `meta`."""
    blocks = _blocks(lines)
    used: set[int] = set()
    found = Meta()
    index = 0
    titled = bool(meta.title)
    if blocks:
        first = blocks[0]
        text = " ".join(line.text.strip() for line in first)
        md = _MD_TITLE.match(text) if markdown and len(first) == 1 else None
        if md or (meta.title and _same(text, meta.title)) or (not meta.title and looks_like_title(first, blocks[1:2])):
            found = replace(found, title=md.group(1) if md else text)
            used.update(line.number for line in first)
            titled, index = True, 1
    # A byline or date follows the title; without a title the text starts at once.
    for block in blocks[index : index + 2] if titled else ():
        parsed = [(line, parse_byline(line.text), parse_date_line(line.text, bare=True)) for line in block]
        if not all(byline or date for _, byline, date in parsed):
            break
        for line, byline, date in parsed:
            used.add(line.number)
            if byline and not found.authors and found.institution is None:
                found = replace(found, authors=byline[0], institution=byline[1])
            elif date and found.date is None:
                found = replace(found, date=date)
    for block in blocks:  # an explicit `Date: ...` line anywhere, once
        if found.date is None and len(block) == 1 and (date := parse_date_line(block[0].text)):
            found = replace(found, date=date)
            used.add(block[0].number)
    merged = Meta(
        title=meta.title or found.title,
        authors=meta.authors or found.authors,
        institution=meta.institution if meta.institution is not None else found.institution,
        date=meta.date or found.date,
        source_url=meta.source_url,
        language=meta.language,
        report_number=meta.report_number,
    )
    return Head(merged, frozenset(used), titled)


def _blocks(lines: tuple[SourceLine, ...]) -> list[list[SourceLine]]:
    blocks: list[list[SourceLine]] = [[]]
    for line in lines:
        if line.text.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _same(a: str, b: str) -> bool:
    return " ".join(a.lstrip("# ").split()).casefold() == " ".join(b.split()).casefold()


def looks_like_title(block: list[SourceLine], following: list[list[SourceLine]]) -> bool:
    """Return whether an opening block is a title rather than the first paragraph:
    short, one phrase (not sentences), not ending in a full stop or comma."""
    text = " ".join(" ".join(line.text.split()) for line in block)
    words = text.split()
    if not words or len(block) > 3 or len(text) > 200 or len(words) > 30 or text[0].islower():
        return False
    if text[-1] in ",;" or _SENTENCE_BREAK.search(text):
        return False
    if text.endswith(".") and not _ABBREVIATION.match(words[-1]):
        return False
    if len(block) == 1:
        return len(text) <= 150
    # A wrapped title must be followed by a byline or date, so a first paragraph that
    # was cut short is not mistaken for one.
    nxt = following[0] if following else []
    return bool(nxt) and all(parse_byline(l.text) or parse_date_line(l.text, bare=True) for l in nxt)


def parse_byline(text: str) -> tuple[tuple[str, ...], str | None] | None:
    """Return (authors, institution) if `text` is a byline such as `Soo-Ho Lim (Senior
    Research Fellow, INSS)` or `By Ana Costa and Li Wei, CSIS`, else None."""
    text = " ".join(text.split())
    text = re.sub(r"^by\s+", "", text, flags=re.IGNORECASE)
    if not text or len(text) > 150 or any(c.isdigit() for c in text):
        return None
    parens = re.findall(r"\(([^()]*)\)", text)
    names_text = re.sub(r"\s*\([^()]*\)\s*", " ", text).strip(" ,")
    if "(" in names_text or ")" in names_text:
        return None
    parts = [p.strip() for p in re.split(r"\s*(?:,|;|&|\band\b)\s*", names_text) if p.strip()]
    institution = None
    if len(parts) > 1 and looks_like_institution(parts[-1]):
        institution = parts.pop()
    if parens:
        last = parens[-1].split(",")[-1].strip()
        institution = last if looks_like_institution(last) else institution
    if not parts or not all(looks_like_name(p) for p in parts):
        return None
    return tuple(parts), institution


def looks_like_name(text: str) -> bool:
    """Return whether `text` is a person's name: 2-5 capitalised words, not all of them
    common English words (`Internal Context` is a heading, `Rose Brown` a person)."""
    tokens = text.split()
    if tokens and all(t.isalpha() and not any(c.isupper() or c.islower() for c in t) for t in tokens):
        # Scripts without capitals (Hangul, Han, Kana): a name is a few short words.
        return len(tokens) <= 3 and all(len(t) <= 6 for t in tokens)
    if not 2 <= len(tokens) <= 5:
        return False
    content = [t for t in tokens if t.lower() not in _PARTICLES]
    if not content or not all(_NAME_TOKEN.match(t) and t[0].isupper() for t in content):
        return False
    if any(t.lower() in _INSTITUTION_WORDS for t in content):
        return False
    parts = [p for t in content for p in re.split(r"[-'’]", t) if p and not p.endswith(".")]
    return not parts or not all(is_common(p) and not is_proper(p) for p in parts)


def looks_like_institution(text: str) -> bool:
    """Return whether `text` names an institution: an acronym (`INSS`, `IISS`) or a name
    with an institution word (`Korea Institute for National Unification`)."""
    text = text.strip()
    if _ACRONYM.match(text) and sum(c.isupper() for c in text) >= 2 and len(text) <= 12:
        return True
    if text.endswith(_CASELESS_INSTITUTIONS):
        return True
    words = text.split()
    return bool(words) and words[0][0].isupper() and any(w.lower() in _INSTITUTION_WORDS for w in words)


def parse_date_line(text: str, bare: bool = False) -> str | None:
    """Return the ISO date stated by a line such as `Date: 12 October 2021` or
    `Published 2021-10-12` (or, with `bare`, a line that is only a date), else None."""
    text = " ".join(text.split())
    match = _DATE_LINE.match(text)
    if match:
        return parse_date(match.group(1))
    return parse_date(text.rstrip(".")) if bare else None

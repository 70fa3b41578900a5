"""Abbreviations the briefs define: `submarine-launched ballistic missile (SLBM)`.

Input: repaired briefs. Output: each abbreviation with its long form and where it is first
defined, for tooltips on the pages and a glossary. The method is Schwartz and Hearst's
(2003, "A simple algorithm for identifying abbreviation definitions in biomedical text"):
a short form in parentheses after a candidate long form of at most min(|S| + 5, 2|S|)
words; the long form is the shortest run of words ending before the parenthesis whose
characters match the short form's letters from right to left, the first letter at the start
of a word. A short form defined two ways keeps its first definition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefsite.model import Brief, BriefId

_SHORT = re.compile(r"\((?P<short>[A-Z][A-Za-z0-9&.-]{1,9})\)")
_WORD = re.compile(r"[^\s()]+")


@dataclass(frozen=True, slots=True)
class Abbreviation:
    short: str
    long: str
    brief: BriefId
    paragraph: int


def _long_form(short: str, before: str) -> str | None:
    """Return the long form `short` abbreviates at the end of `before`, or None."""
    letters = [c.lower() for c in short if c.isalnum()]
    if len(letters) < 2 or not any(c.isupper() for c in short[1:] + short[0]):
        return None
    words = _WORD.findall(before)[-min(len(letters) + 5, 2 * len(letters)):]
    if not words:
        return None
    text = " ".join(words)
    s, l = len(letters) - 1, len(text) - 1
    while s >= 0:
        c = letters[s]
        while l >= 0 and (text[l].lower() != c or (s == 0 and l > 0 and text[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        s -= 1
        l -= 1
    start = text.rfind(" ", 0, l + 1) + 1
    long = text[start:].strip(" ,;:“”\"'")
    if len(long.split()) < 2 or long.lower() == short.lower() or long[:1].isdigit():
        return None
    return long


def find_abbreviations(briefs: Sequence[Brief]) -> tuple[Abbreviation, ...]:
    """Return every abbreviation the briefs define, by short form (first definition wins)."""
    found: dict[str, Abbreviation] = {}
    for brief in sorted(briefs, key=lambda b: b.id):
        for p in brief.paragraphs:
            for m in _SHORT.finditer(p.text):
                short = m.group("short").rstrip(".")
                if short in found:
                    continue
                long = _long_form(short, p.text[: m.start()])
                if long:
                    found[short] = Abbreviation(short, long, brief.id, p.number)
    return tuple(sorted(found.values(), key=lambda a: a.short.casefold()))

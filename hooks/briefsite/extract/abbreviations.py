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
from briefsite.text.shortforms import long_form as _long_form

_SHORT = re.compile(r"\((?P<short>[A-Z][A-Za-z0-9&.-]{1,9})\)")


@dataclass(frozen=True, slots=True)
class Abbreviation:
    short: str
    long: str
    brief: BriefId
    paragraph: int


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

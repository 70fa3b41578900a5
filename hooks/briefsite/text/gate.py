"""Patterns run only on a sentence that holds the words they need.

Input: a sentence (or any short text). Output: its words (`words_of`: the runs of a-z of its
lowercase form, computed once for every cue asked of the same text) and `Gated` patterns,
which answer a search like the pattern itself but skip the regex engine when the text lacks
a word the pattern cannot match without. Python's engine tries a long case-insensitive
alternation at every offset of every sentence; most sentences hold none of its words.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache

_WORD = re.compile(r"[a-z]+")
# Letters that IGNORECASE matches to a-z though lower() does not make them a-z: no shortcut then.
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


@lru_cache(maxsize=1024)
def words_of(text: str) -> frozenset[str]:
    """Return the runs of a-z in `text.lower()`. Cached: each cue of a sentence asks again."""
    return frozenset(_WORD.findall(text.lower()))


class Gated:
    """A case-insensitive pattern and the words it needs, as groups: a match holds, as a whole
    run of a-z (in lowercase), a word of every group. Where the text lacks one, no match is
    possible and none is searched for; the answers are the pattern's own."""

    __slots__ = ("pattern", "groups")

    def __init__(self, pattern: re.Pattern[str], *groups: str) -> None:
        self.pattern = pattern
        self.groups = tuple(frozenset(g.split()) for g in groups)

    def may_match(self, text: str) -> bool:
        """Return False when `text` lacks a word of some group (so the pattern cannot match)."""
        if not FOLDS_TO_ASCII.isdisjoint(text):
            return True
        words = words_of(text)
        return all(not g.isdisjoint(words) for g in self.groups)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())

"""Text folding for actor matching.

Input: a paragraph's text or an alias. Output: `Folded` text in which spelling
variants that do not change a name look alike (curly and straight apostrophes,
hyphens and spaces, runs of white space, line-break hyphenation), with a map from
every folded character back to its offset in the original, so a match in folded
text becomes a `Span` of the paragraph. Matching runs on the lowercased copy;
case rules look at the case-kept copy.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

APOSTROPHES = frozenset("'\u2019\u2018\u02bc\u2032`\u00b4")
HYPHENS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
SOFT_HYPHEN = "\u00ad"


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text: `text` keeps case, `low` is lowercased, `origin[i]` is where char i came from."""

    text: str
    low: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original [start, end) offsets of folded [start, end)."""
        return self.origin[start], self.origin[end - 1] + 1


def _line_break_hyphen(text: str, i: int) -> int:
    """Return the index after `word-\\n` + lowercase continuation, or -1.

    A hyphen at a line end between letters, followed by a lowercase letter, is
    extraction damage (`Ko-\\nrea`), so the word is joined; anything else is kept.
    """
    if i == 0 or not text[i - 1].isalpha():
        return -1
    j = i + 1
    saw_newline = False
    while j < len(text) and text[j].isspace():
        saw_newline = saw_newline or text[j] == "\n"
        j += 1
    if saw_newline and j < len(text) and text[j].islower():
        return j
    return -1


def fold(text: str) -> Folded:
    """Return `text` folded for matching (see the module docstring).

    No Unicode normalisation here: offsets must stay those of the paragraph text.
    """
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == SOFT_HYPHEN:
            i += 1
            continue
        if ch in HYPHENS:
            joined = _line_break_hyphen(text, i)
            if joined >= 0:
                i = joined
                continue
            ch = " "
        elif ch in APOSTROPHES:
            ch = "'"
        elif ch.isspace():
            ch = " "
        if ch == " " and (not out or out[-1] == " "):
            i += 1
            continue
        out.append(ch)
        origin.append(i)
        i += 1
    folded = "".join(out)
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    return Folded(folded, low, tuple(origin))


def fold_key(text: str) -> str:
    """Return the lowercased folded form of an alias, trimmed: the matcher's key."""
    return fold(unicodedata.normalize("NFC", text.strip())).low.strip()


def is_cjk(text: str) -> bool:
    """Return True if `text` has Hangul, kana or CJK ideographs (no word spaces or case)."""
    for ch in text:
        name = unicodedata.name(ch, "")
        if name.startswith(("HANGUL", "CJK", "HIRAGANA", "KATAKANA")):
            return True
    return False

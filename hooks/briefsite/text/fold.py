"""Text folding for matching: the one fold of actors, themes and every phrase lookup.

Input: a paragraph's text, or a name or phrase to look for. Output: `Folded` text in which
spellings that do not change a word look alike, with a map from every folded character back
to the source, so a match in folded text becomes a span of the paragraph (`Folded.span`).
Folding happens only for matching: what pages quote is always the paragraph text itself.

The rules, the whole of them:
- case: `text` keeps it (actor rules need `President`, acronyms, capitals), `low` is the
  lowercased copy of the same length, on which phrases are matched;
- accents and compatibility forms go (NFKD, combining marks dropped: `Bogotá` = `Bogota`,
  `ﬁ` = `fi`). One policy for all, because a brief and a registry rarely agree on accents
  (`Élysée`, `Elysee`; `Türkiye`, `Turkiye`) and folding them only ever joins spellings of
  one word; the actor registry listed both spellings by hand before, the taxonomy relied on
  stripping. Hangul is decomposed into its letters alike in text and phrase, so it still
  matches;
- a word hyphenated across a line end (`Ko-⏎rea`, `insur-⏎gencies`: a hyphen or soft
  hyphen between a letter and a line break, then a lowercase letter) is joined, as text
  the repair stage has not seen has it; a dash (`–`, `—`) at a line end is punctuation and
  stays a space;
- any run of white space, hyphens and dashes becomes one space, leading space goes;
- curly and other apostrophes become `'`;
- the dots of an initialism go (`U.S.` = `US`, `U.N.` = `UN`); each dot is counted into the
  span of the letter before it, so a match of `US` in `U.S.` spans all of `U.S.`;
- soft hyphens and zero-width characters vanish.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass

APOSTROPHES = frozenset("'\u2019\u2018\u02bc\u2032`\u00b4")
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d")
SOFT_HYPHEN = "\u00ad"
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
# A hyphen that may break a word at a line end; a dash there is punctuation.
_BREAK_HYPHENS = "-\u2010\u2011\u00ad"
_LINE_BREAK_HYPHEN = re.compile(rf"(?<=[^\W\d_])[{_BREAK_HYPHENS}][ \t]*\r?\n\s*(?=[^\W\d_])")
_INITIALISM = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}")
# What the character loop makes of ASCII: apostrophes, dashes and white space.
_ASCII = str.maketrans({c: ("'" if c in APOSTROPHES else " ") for c in map(chr, range(128))
                        if c in APOSTROPHES or c in DASHES or c.isspace()})


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text: `text` keeps case, `low` is lowercased; folded char i came from
    source [origin[i], ends[i])."""

    text: str
    low: str
    origin: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the source [start, end) offsets of folded [start, end) (end > start)."""
        return self.origin[start], self.ends[end - 1]


def _dropped(text: str) -> tuple[set[int], set[int]]:
    """Return (offsets dropped as a line-break hyphen run, offsets of initialism dots)."""
    joins = {
        i
        for m in (_LINE_BREAK_HYPHEN.finditer(text) if "\n" in text else ())  # a line break or none
        if text[m.end()].islower()
        for i in range(m.start(), m.end())
    }
    dots = {m.start() + i for m in _INITIALISM.finditer(text) for i in range(1, m.end() - m.start(), 2)}
    return joins, dots


def _pieces(ch: str) -> str:
    """Return what one source character folds to, before spaces are collapsed."""
    if ch in APOSTROPHES:
        return "'"
    if ch in DASHES or ch.isspace():
        return " "
    if ch.isascii():
        return ch
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def fold(text: str) -> Folded:
    """Return `text` folded for matching (the rules are in the module docstring)."""
    joins, dots = _dropped(text)
    return _fold_by_slices(text, joins, dots) or _fold_by_chars(text, joins, dots)


def _fold_by_chars(text: str, joins: set[int], dots: set[int]) -> Folded:
    """Fold character by character: the definition of the rules, for any text."""
    out: list[str] = []
    origin: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        if i in dots:
            if ends:
                ends[-1] = i + 1  # the dot belongs to its letter's span
            continue
        if ch in _INVISIBLE or i in joins:
            continue
        for c in _pieces(ch):
            if c.isspace():
                if not out or out[-1] == " ":
                    continue
                c = " "
            out.append(c)
            origin.append(i)
            ends.append(i + 1)
    folded = "".join(out)
    return Folded(folded, _lower(folded), tuple(origin), tuple(ends))


def _lower(folded: str) -> str:
    """Lowercase char by char, keeping a char whose lowercase is longer (so offsets hold);
    `str.lower` gives the same but for two characters, and is much faster."""
    if folded.isascii() or ("\u0130" not in folded and "\u03a3" not in folded):
        # only "İ" lowercases to two characters, and only "Σ" by its context (final sigma)
        return folded.lower()
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


@functools.lru_cache(maxsize=4096)
def _single(ch: str) -> str | None:
    """Return the one character `ch` folds to (" " for any white space), or None when it
    folds to none or several (NFKD): then the character loop decides."""
    piece = _pieces(ch)
    if len(piece) != 1:
        return None
    return " " if piece.isspace() else piece


# The spaces a run of them drops: all but its first, and a leading run whole.
_EXTRA_SPACES = re.compile("^ +|(?<= ) +")
_NEXT = (1).__add__
_INVISIBLES = re.compile("[" + "".join(sorted(_INVISIBLE)) + "]")


def _fold_by_slices(text: str, joins: set[int], dots: set[int]) -> Folded | None:
    """The same fold as the character loop, by whole slices, for text whose every character
    folds to exactly one (the common case); None otherwise. Dropped characters (line-break
    hyphens, initialism dots) are cut first, then runs of spaces kept to their first."""
    dropped = joins | dots
    if text.isascii():
        mapped = text.translate(_ASCII)
    else:
        table: dict[int, str] = {}
        for ch in set(text):
            if not ch.isascii() and ch not in _INVISIBLE:
                single = _single(ch)
                if single is None:
                    return None
                table[ord(ch)] = single
        mapped = text.translate(_ASCII).translate(table)
        dropped |= {m.start() for m in _INVISIBLES.finditer(text)}
    cut = sorted(dropped)
    keep: list[int] = []
    pieces: list[str] = []
    start = 0
    for i in cut:  # few: the dots of initialisms and line-break hyphens
        if i > start:
            keep.extend(range(start, i))
            pieces.append(mapped[start:i])
        start = i + 1
    keep.extend(range(start, len(text)))
    pieces.append(mapped[start:])
    joined = "".join(pieces)
    origin: list[int] = []
    parts: list[str] = []
    start = 0
    for m in _EXTRA_SPACES.finditer(joined):  # few: prose has single spaces
        origin.extend(keep[start : m.start()])
        parts.append(joined[start : m.start()])
        start = m.end()
    origin.extend(keep[start:])
    parts.append(joined[start:])
    folded = "".join(parts)
    ends = list(map(_NEXT, origin))
    for d in sorted(dots):  # a dot belongs to the span of the character kept before it
        k = bisect.bisect_left(origin, d) - 1
        if k >= 0:
            ends[k] = d + 1
    return Folded(folded, _lower(folded), tuple(origin), tuple(ends))


@functools.lru_cache(maxsize=1 << 15)
def fold_key(text: str) -> str:
    """Return the lowercased folded form of a name or phrase, trimmed: a lookup key.

    Cached: registry names and candidate names are keyed again by each stage."""
    return fold(text.strip()).low.strip()


def is_cjk(text: str) -> bool:
    """Return True if `text` has Hangul, kana or CJK ideographs (no word spaces or case)."""
    if text.isascii():
        return False  # asked of every phrase find: most keys are ASCII
    for ch in text:
        name = unicodedata.name(ch, "")
        if name.startswith(("HANGUL", "CJK", "HIRAGANA", "KATAKANA")):
            return True
    return False

"""The one phrase index: many phrases found in one pass, with one boundary and one overlap rule.

Input: (key, value) pairs, each key a phrase folded by `text.fold` (`fold_key`), and the
`Folded` text of a paragraph. Output: `PhraseHit`s, each a [start, end) in the folded text
(map it back with `Folded.span`) with the values filed under that key; and, from
`longest_leftmost`, the non-overlapping choice among overlapping finds.

The rules, the whole of them, for actors, themes and conclusion cues alike:
- matching runs on `Folded.low`, so case, accents, dashes and the like are already equal;
- boundary: a find must not have a letter or digit just before or just after it (`aid` is
  never found in `said`, `US` never in `USB`); a key written in Hangul, kana or CJK
  ideographs is exempt, as those scripts do not separate words with spaces;
- overlap: of finds that overlap, the longest wins, then the leftmost, then the caller's
  rank (`longest_leftmost`); a caller that lets different kinds of find overlap (themes:
  one theme's signal and another's) applies the rule within each kind.
Built on pyahocorasick: one automaton, one pass over the text, however many phrases.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from briefsite.text.fold import Folded, is_cjk

T = TypeVar("T")
H = TypeVar("H")


@dataclass(frozen=True, slots=True)
class PhraseHit(Generic[T]):
    """One find: folded [start, end), the key found and every value filed under it."""

    start: int
    end: int
    key: str
    values: tuple[T, ...]


def bounded(low: str, start: int, end: int, key: str) -> bool:
    """Return True if folded [start, end) stands at word boundaries (the module's rule)."""
    if is_cjk(key):
        return True
    return (start == 0 or not low[start - 1].isalnum()) and (end == len(low) or not low[end].isalnum())


class PhraseIndex(Generic[T]):
    """Phrases compiled into one automaton; built once, read-only after."""

    __slots__ = ("_automaton", "_size")

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        table: dict[str, list[T]] = {}
        for key, value in entries:
            if key and value not in table.setdefault(key, []):
                table[key].append(value)
        self._automaton = ahocorasick.Automaton()
        for key in sorted(table):
            self._automaton.add_word(key, (key, tuple(table[key])))
        self._size = len(table)
        if table:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self._size

    def find(self, folded: Folded) -> tuple[PhraseHit[T], ...]:
        """Return every find of a key in `folded.low` at word boundaries, by end, then start."""
        if not self._size:
            return ()
        low = folded.low
        hits: list[PhraseHit[T]] = []
        for last, (key, values) in self._automaton.iter(low):
            start, end = last - len(key) + 1, last + 1
            if bounded(low, start, end, key):
                hits.append(PhraseHit(start, end, key, values))
        return tuple(hits)


def longest_leftmost(
    finds: Iterable[H], span: Callable[[H], tuple[int, int]], rank: Callable[[H], int] = lambda _: 0
) -> tuple[H, ...]:
    """Return the finds that do not overlap: longest first, then leftmost, then lowest rank;
    in text order. A find that overlaps one already taken is dropped, never shortened."""
    taken: list[tuple[int, int, H]] = []
    for find in sorted(finds, key=lambda f: (span(f)[0] - span(f)[1], span(f)[0], rank(f))):
        start, end = span(find)
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, find))
    return tuple(f for _, _, f in sorted(taken, key=lambda t: (t[0], t[1])))

"""Names in a paragraph, where a theme's words do not signal the theme.

Input: a paragraph's text (and, from the actor stage, the spans of the actors it names).
Output: [start, end) spans of names: runs of two or more capitalised words, with the
lowercase joining words that names hold inside (`Department of Homeland Security`,
`Inflation Reduction Act`, `Black Sea Grain Initiative`). A theme phrase found inside a name
that is longer than it is part of the name of a law, a ship, a company or a body, not a
statement about the theme: `homeland security` in `Department of Homeland Security`,
`inflation` in `Inflation Reduction Act`, `peace` in a ship's name. `find.py` drops those
matches; a phrase written with capitals in the taxonomy is itself a name and is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# Joining words a name may hold between two capitalised words, never at its ends.
_JOINERS = frozenset("of the for and on in to de du des la le al el von van da".split())
# Capitalised only because they open a sentence: they never start a name.
_OPENERS = _JOINERS | frozenset("a an at as by from with but or if when while this that these those it its "
                                "we they he she our their after before since".split())
_WORD = re.compile(r"[^\W_](?:[\w'’.\-]*[^\W_])?")


_BREAKS = frozenset(",;:()[]\"“”!?\n")  # punctuation between two words that ends a name


def _initialism(text: str, word: tuple[int, int]) -> bool:
    return "." in text[word[0]:word[1]] or word[1] - word[0] <= 2


def _capitalised(word: str) -> bool:
    return word[0].isupper() or (word[0].isdigit() and any(c.isupper() for c in word))


def name_spans(text: str) -> list[tuple[int, int]]:
    """Return the [start, end) spans of capitalised multiword names in `text`, in order."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []  # capitalised words of the current run
    pending = 0  # joining words seen since the last capitalised one
    last_end = -1

    def close() -> None:
        if len(run) >= 2:
            spans.append((run[0][0], run[-1][1]))
        run.clear()

    for found in _WORD.finditer(text):
        word, start, end = found.group(), found.start(), found.end()
        gap = text[last_end:start] if last_end >= 0 else ""
        if run and gap != " " and (not _BREAKS.isdisjoint(gap) or (gap.startswith(".") and not _initialism(text, run[-1]))):
            close()
            pending = 0
        if _capitalised(word) and not (not run and word.casefold() in _OPENERS):
            run.append((start, end))
            pending = 0
        elif run and word.casefold() in _JOINERS and pending < 2:
            pending += 1
        else:
            close()
            pending = 0
        last_end = end
    close()
    return spans


def inside_longer(span: tuple[int, int], names: Iterable[tuple[int, int]]) -> bool:
    """Return True if `span` lies within one of `names` that is longer than it."""
    start, end = span
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in names)


def named_kind(text: str, span: tuple[int, int], names: Iterable[tuple[int, int]]) -> bool:
    """Return True if `span` is the head a longer name ends on, with no joining word before it
    in the name: the name is an instance of what the phrase says (`Multilateral Trade
    Negotiations`, `US-Korea Free Trade Agreement`), unlike a body's or a law's name that only
    holds the words (`Department of Homeland Security`, `Inflation Reduction Act`)."""
    start, end = span
    return any(s < start and end == e and not any(w.casefold() in _JOINERS for w in _WORD.findall(text[s:start]))
               for s, e in names)


def all_capitalised(text: str) -> bool:
    """Return True if every word of `text` that is not a joining word is capitalised."""
    words = [w for w in _WORD.findall(text) if w.casefold() not in _JOINERS]
    return bool(words) and all(_capitalised(w) for w in words)


def written_as_name(phrase: str) -> bool:
    """Return True if a taxonomy phrase is written with a capital (`Nord Stream`, `JCPOA`)."""
    return any(c.isupper() for c in phrase)


def merged(*groups: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the spans of all `groups`, sorted."""
    return sorted({s for g in groups for s in g})

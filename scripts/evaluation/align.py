"""Find gold text in the site's own paragraphs and sentences.

Input: gold texts (paragraphs or sentences of the source) and the site's paragraph texts.
Output: for each gold text, the site paragraph holding most of its words (or None when
less than half of its words reach any paragraph). Words are compared folded (case,
accents kept, curly quotes, soft hyphens, line breaks and punctuation ignored), and the
two word streams are aligned in order, so a paragraph the site cut or joined differently
still finds its gold.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

_WORD = re.compile(r"\w+")
HALF = 0.5


def words(text: str) -> list[str]:
    """Return the folded words of `text`."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "").casefold()
    return _WORD.findall(text)


def assign(units: Sequence[str], paragraphs: Sequence[str]) -> list[int | None]:
    """Return, per unit, the index of the paragraph that holds most of its words, or None."""
    unit_words: list[str] = []
    unit_of: list[int] = []
    for i, u in enumerate(units):
        w = words(u)
        unit_words += w
        unit_of += [i] * len(w)
    para_words: list[str] = []
    para_of: list[int] = []
    for i, p in enumerate(paragraphs):
        w = words(p)
        para_words += w
        para_of += [i] * len(w)
    votes = [Counter[int]() for _ in units]
    matcher = SequenceMatcher(None, unit_words, para_words, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            votes[unit_of[a + k]][para_of[b + k]] += 1
    out: list[int | None] = []
    for i, u in enumerate(units):
        total = len(words(u))
        best = votes[i].most_common(1)
        out.append(best[0][0] if best and total and sum(votes[i].values()) >= HALF * total else None)
    return out


def similarity(a: str, b: str) -> float:
    """Return how much of the shorter text's words the longer one holds, in order (0..1)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    matched = sum(size for _, _, size in SequenceMatcher(None, wa, wb, autojunk=False).get_matching_blocks())
    return matched / min(len(wa), len(wb)) if min(len(wa), len(wb)) * 2 >= max(len(wa), len(wb)) else \
        matched / max(len(wa), len(wb))


def kept(source_words: Sequence[str], site_words: Sequence[str]) -> tuple[int, int]:
    """Return (source words found on the site, site words not in the source), as multisets."""
    src, site = Counter(source_words), Counter(site_words)
    return sum((src & site).values()), sum((site - src).values())

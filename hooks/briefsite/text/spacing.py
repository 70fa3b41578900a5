"""Letter-spaced type: `M I N I S T E R FOR FOREIGN AFFAIRS` as a PDF or a scan gives it.

Input: one line of text. Output: the line with each run of single letters set apart by single
spaces joined into words. A run that spells several words (`A L E X A N D E R D O W N E R`,
where the wider gap between the words was lost) is cut where the words are most probable in
English (wordfreq's frequencies, a sum of log probabilities maximised by dynamic programming);
a run no reading makes English of is left as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

_RUN = re.compile(r"(?<![\w.])(?:[^\W\d_] ){3,}[^\W\d_](?![\w.])")
_LONGEST_WORD = 18
_UNKNOWN = -20.0  # log10 probability of a piece wordfreq does not know: never chosen over words


def unspace_letters(text: str) -> str:
    """Return `text` with its letter-spaced runs written as words."""
    if not _RUN.search(text):
        return text
    return _RUN.sub(lambda m: _words(m.group(0).replace(" ", "")) or m.group(0), text)


def _words(letters: str) -> str | None:
    """Return `letters` cut into its most probable words, or None when no cut is English."""
    n = len(letters)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("-inf"), 0)] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - _LONGEST_WORD), end):
            score = best[start][0] + _log_probability(letters[start:end].lower())
            if score > best[end][0]:
                best[end] = (score, start)
    pieces: list[str] = []
    end = n
    while end > 0:
        start = best[end][1]
        pieces.append(letters[start:end])
        end = start
    pieces.reverse()
    if best[n][0] <= _UNKNOWN or any(_log_probability(p.lower()) <= _UNKNOWN for p in pieces):
        return None
    return " ".join(pieces)


@lru_cache(maxsize=4096)
def _log_probability(word: str) -> float:
    from wordfreq import zipf_frequency  # imported here: its word lists load in ~0.2 s, and runs are rare

    if len(word) == 1 and word not in ("a", "i"):
        return _UNKNOWN
    zipf = zipf_frequency(word, "en")
    return zipf - 9.0 if zipf > 0 else _UNKNOWN

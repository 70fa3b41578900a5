"""English vocabulary for the repairs: a word list and small closed word classes.

Input: the packaged `data/words.txt.gz` (see `data/README.md`). Output: a frozen
`Lexicon` and predicates such as `is_word` and `is_proper`, used to decide whether a
line-end hyphen or an OCR confusion is damage, and whether a phrase is a name.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Words that join others: a paragraph ending in one of them cannot be complete, and a
# heading may contain them in lowercase ("Relations with the U.S.").
ARTICLES = frozenset({"a", "an", "the"})
PREPOSITIONS = frozenset(
    """about above across after against along amid among amongst around as at before behind
    below beneath beside besides between beyond by despite during except for from in inside
    into like near of off on onto over per since than through throughout to toward towards
    under underneath unlike until upon versus via with within without""".split()
)
CONJUNCTIONS = frozenset(
    """and but or nor yet so because although though whereas while whilst if unless that
    which who whom whose where when whether than once""".split()
)
# Words after which a sentence obviously goes on (determiners and auxiliaries included).
CONTINUATIONS = ARTICLES | PREPOSITIONS | CONJUNCTIONS | frozenset(
    """its their his her our my your this these those such is are was were be been being
    has have had will would can could may might must should shall do does did not very
    more most less least also both either neither each every no any some""".split()
)
# Lowercase words allowed inside a Title Case heading.
MINOR_WORDS = ARTICLES | PREPOSITIONS | frozenset({"and", "or", "nor", "but", "vs", "vs."})
# Shapes that make a short phrase a sentence rather than a heading.
SENTENCE_WORDS = frozenset(
    """is are was were be been am has have had do does did will would can could may might
    must shall should it this that these those he she they we i you there here yes no not
    however moreover indeed thus hence therefore still yet also perhaps again then now so
    meanwhile nevertheless finally first second third mr mrs ms dr prof gen st""".split()
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A word list split by case: common words (lowercase) and proper nouns (capitalised)."""

    common: frozenset[str]
    proper: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Return the packaged word list (read once; it is immutable)."""
    raw = resources.files("briefsite").joinpath("data/words.txt.gz").read_bytes()
    words = gzip.decompress(raw).decode("utf-8").split()
    common = frozenset(w for w in words if w[:1].islower())
    proper = frozenset(w for w in words if not w[:1].islower())
    return Lexicon(common, proper)


def is_common(word: str) -> bool:
    """Return whether `word`, in any case, is a common English word."""
    return word.lower() in lexicon().common


def is_proper(word: str) -> bool:
    """Return whether `word`, exactly as written, is a proper noun of the list."""
    return word in lexicon().proper


def is_word(word: str) -> bool:
    """Return whether `word` is English as written: a common word (lowercase or
    capitalised at a sentence start or in a title, or all capitals) or a proper noun."""
    if not word:
        return False
    if is_proper(word):
        return True
    if word.islower() or word[:1].isupper() and (word[1:].islower() or not word[1:]):
        return is_common(word)
    return word.isupper() and len(word) > 1 and is_common(word)

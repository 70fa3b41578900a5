"""Given names and place names, from published data: is a capitalised pair a person's name?

Input: a word, or a run of capitalised words. Output: whether the word is a given name in
common use somewhere (Jörg Michael's dictionary of about 48,000 first names with their
frequency in 54 countries, as shipped by the `gender-guesser` package), and whether the
run names a country or one of its subdivisions (ISO 3166-1 and 3166-2, as shipped by
`pycountry`). A name that opens with a common given name (`Dorothy Hodgkin`, `Eugenio
Vagni`) is a person's even when the text gives no title; the places check keeps `Hong Kong`,
`Sri Lanka` and `Addis Ababa`, whose first words are given names too, out of the people.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import pycountry

from briefsite.text.fold import fold_key

# The dictionary rates a name's frequency in each country from 1 (rare) to 13 (written in
# hex, `D`); below 3 everywhere, it is too rare to tell a name from a word (`General`, `Royal`).
_LEAST = 3
_COLUMNS = slice(30, -1)
_FREQUENT = frozenset("".join(f"{n:x}{n:X}" for n in range(_LEAST, 16)))  # the ratings of _LEAST or more


def _frequent(columns: str) -> bool:
    # A set test, not int() on each of 54 columns of 48,000 lines: read once per build.
    return not _FREQUENT.isdisjoint(columns)


@cache
def given_names() -> frozenset[str]:
    """Return the folded given names in common use (`jane`, `adrienne`, `jean pierre`)."""
    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    names: set[str] = set()
    for line in data.splitlines():
        if not line or line[0] in "#=" or not _frequent(line[_COLUMNS]):
            continue
        parts = line.split()
        if len(parts) > 1:
            names.add(_key(parts[1].replace("+", " ")))
    return frozenset(names)


def _key(name: str) -> str:
    # Nine names in ten are plain ASCII letters, whose folded key is their lower case: folding
    # 17,000 names cost 0.3 s, the first time a build asked whether a word is a given name.
    if name.isascii() and name.replace(" ", "").isalpha():
        return name.lower()
    return fold_key(name)


@cache
def _places() -> frozenset[str]:
    forms: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(country, attr, None):
                forms.add(fold_key(value))
    for sub in pycountry.subdivisions:
        forms.add(fold_key(sub.name))
        forms.add(fold_key(sub.name.removesuffix(" SAR")))
    return frozenset(forms)


def is_given_name(word: str) -> bool:
    """Return True if `word` is a given name in common use."""
    return fold_key(word) in given_names()


def is_place(name: str) -> bool:
    """Return True if `name` is a country's or a subdivision's name (`Hong Kong`, `Victoria`)."""
    return fold_key(name) in _places()

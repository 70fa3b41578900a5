"""People found by the shape of their names and the company they keep.

Input: a paragraph's text. Output: name strings for discovery to check against the registry
and the word lists: a name with a middle initial (`Jerome H. Powell`, `Esther L. George`),
which is a person's in any English text, and the names listed or paired with a person's
(`Michelle W. Bowman; Lael Brainard; James Bullard`, `Anne Applebaum and Timothy Snyder`):
a list holds one kind of thing. Also the registry's persons' names, indexed so that discovery
can leave a known person's surname or given names to resolution (`KnownPeople`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from briefsite.model import Actor

_LEADING_AND = re.compile(r"^\s*(?:and\s+)")


def _letters(upper: bool) -> str:
    """Return a character-class body of the Latin letters of one case, accented ones included."""
    extra = (chr(c) for c in range(0xC0, 0x250) if chr(c).isalpha())
    return ("A-Z" if upper else "a-z") + "".join(c for c in extra if c.isupper() == upper and c.islower() != upper)


UP, LOW = _letters(True), _letters(False)
# A name word: capitalised, accents allowed (`Nicolás`, `Vučić`), with an Arabic article
# before it (`el-Sisi`, `al-Burhan`) or a capitalised part after a hyphen or apostrophe.
NAME = (rf"(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[{UP}][{LOW}]+"
        rf"(?:-[{UP}{LOW}]+|['\u2019][{UP}][{LOW}]+)*")
_SUFFIX = r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?"
INITIALLED = re.compile(rf"\b(?P<name>{NAME}\s+(?:[A-Z]\.\s*){{1,2}}\s*{NAME}){_SUFFIX}(?!\w)")
_PLAIN = re.compile(rf"(?:{NAME}\s+(?:[A-Z]\.\s+)?){{1,2}}{NAME}")
_PAIR = re.compile(rf"(?P<a>{NAME}(?:\s+{NAME}){{1,2}})\s+and\s+(?P<b>{NAME}(?:\s+{NAME}){{1,2}})\b")


def initialled(text: str) -> Iterator[str]:
    """Yield each name with a middle initial, as written (`Jerome H. Powell`)."""
    for m in INITIALLED.finditer(text):
        yield " ".join(m.group("name").split())


def companions(text: str, is_person: Callable[[str], bool]) -> Iterator[str]:
    """Yield the names listed or paired with a person's: items of a `;` or `,` list made only
    of a name (and a role after a comma, in a `;` list) when another item is a person, and
    either side of `A and B` when the other side is."""
    for sep in (";", ","):
        parts = [_LEADING_AND.sub("", p).strip() for p in text.split(sep)]
        if len(parts) < 3:
            continue
        heads = [(p.split(",")[0].strip() if sep == ";" else p).rstrip(".") for p in parts]
        names = [h for h in heads if _PLAIN.fullmatch(h)]
        if not names:
            continue
        people = [h for h in heads if any(is_person(n) for n in _tail_names(h))]
        if people:
            yield from (n for n in names if n not in people)
    for m in _PAIR.finditer(text):
        a, b = m.group("a").split(), m.group("b").split()
        # `Senator Anne Applebaum and Timothy Snyder`: the name may be the end of `a`.
        if any(is_person(" ".join(a[-n:])) for n in (2, 3)):
            yield " ".join(b)
        elif any(is_person(" ".join(b[:n])) for n in (2, 3)):
            yield " ".join(a[-2:])


def _tail_names(item: str) -> list[str]:
    """Return the names that end a list item (`... were Jerome H. Powell` gives that name)."""
    found = [" ".join(m.group(0).split()) for m in _PLAIN.finditer(item)]
    return found[-1:] if found else []


class KnownPeople:
    """The registry's persons' names, indexed for `surname_of_known`: the words of each name
    and the given names each name of several words opens with."""

    __slots__ = ("words", "prefixes")

    def __init__(self, known: Sequence[Actor]) -> None:
        names = [a.name.split() for a in known if a.kind == "person"]
        self.words = {w for words in names for w in words}
        self.prefixes = {tuple(words[:n]) for words in names for n in range(1, len(words))}


def surname_of_known(name: str, known: KnownPeople) -> bool:
    """Return True if a one-word name is a known person's surname (`Minister Park`), or a name
    of two words or more is the given names a known person's name opens with (`Mary Jean` of
    `Mary Jean Lacaba`): that person's, left to resolution, not a new one."""
    words = name.split()
    if len(words) > 1:
        return tuple(words) in known.prefixes
    return name in known.words

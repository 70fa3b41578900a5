"""One compiled multi-pattern matcher for every way of naming an actor.

Input: actors (registry and discovered) and names to ignore. Output: a `Matcher`
whose `scan` makes ONE pass of the phrase index (`text.phrases`) over a paragraph's
folded text and returns non-overlapping `Hit`s (its boundary and longest-leftmost
rules), after case and local context checks. Resolving hits that depend on the whole brief (`Kim`,
`the North`) is left to `actors`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from briefsite.extract.actors import context, rules
from briefsite.model import Actor, ActorId
from briefsite.text.fold import Folded, fold, fold_key, is_cjk
from briefsite.text.phrases import PhraseIndex, longest_leftmost

Role = Literal["block", "alias", "capital", "short", "region", "surname"]
_RANK: dict[Role, int] = {"block": 0, "alias": 1, "capital": 2, "short": 3, "region": 4, "surname": 5}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One form to look for: `form` is folded with case kept; `skip` leading chars are left out of the span."""

    form: str
    role: Role
    targets: tuple[str, ...]
    skip: int = 0


@dataclass(frozen=True, slots=True)
class Hit:
    """An accepted match: folded offsets of the span, and what it may name."""

    start: int
    end: int
    pattern: Pattern


def state_of(actor: Actor, by_id: Mapping[ActorId, Actor]) -> str | None:
    """Return the id of the state an actor belongs to, following affiliations."""
    seen: set[ActorId] = set()
    current: Actor | None = actor
    while current is not None and current.id not in seen:
        if current.kind == "state":
            return current.id
        seen.add(current.id)
        current = by_id.get(current.affiliation) if current.affiliation else None
    return None


# A demonym that takes -s in the plural (`-an`, `-i`, `-ino`); `Chinese` does not.
_DEMONYM = re.compile(r"[a-z](?:an|i|ino)$")


def name_variants(actor: Actor, family_first: bool) -> tuple[str, ...]:
    """Return the forms of an actor's names to match, with generated spelling variants.

    Folding already equates `Kim Jong-un`, `Kim Jong Un` and `KIM JONG-UN`; what it
    cannot see is a hyphen dropped altogether (`Kim Jongun`, `Moon Jaein`), or the plural
    of a state's demonym (`Venezuelans`, `South Koreans`, `Pakistanis`, `Filipinos`).
    """
    forms = {actor.name, *actor.aliases}
    for form in list(forms):
        words = form.split()
        if actor.kind == "state" and _DEMONYM.search(form):
            forms.add(form + "s")  # the people for the state, as the singular is: `Venezuelans`
        if any("-" in w for w in words):
            forms.add(" ".join(w.replace("-", "") if w[:1].isalpha() else w for w in words))
        if actor.kind == "person" and family_first and len(words) == 3 and not is_cjk(form):
            forms.add(f"{words[0]} {words[1]}{words[2].lower()}")
    return tuple(sorted(forms))


def surnames(actor: Actor, family_first: bool | None) -> tuple[str, ...]:
    """Return the word(s) a person is called by alone; both ends when the order is unknown."""
    words = [w for w in actor.name.split() if w[:1].isupper()]
    if actor.kind != "person" or len(words) < 2 or is_cjk(actor.name):
        return ()
    if family_first is None:
        return (words[0], words[-1])
    if "-" in words[-1] and words[-1].split("-")[1][:1].islower():
        family_first = True  # a Korean-style given name (`Ban Ki-moon`) follows the family name
    return (words[0],) if family_first else (words[-1],)


def _skip(form: str) -> int:
    """Return how many leading chars of a titled alias (`Chairman Kim`) are the title."""
    words = fold(form).text.split(" ")
    n = 0
    while n < len(words) - 1 and words[n].lower().strip(".") in rules.TITLES:
        n += 1
    return len(" ".join(words[:n])) + 1 if n else 0


@functools.lru_cache(maxsize=65536)
def _folded_form(form: str) -> str:
    """Return a pattern's form folded (forms are few and read for every hit)."""
    return fold(form).text


def _accepts(pattern: Pattern, surface: str) -> bool:
    """Return True if the case of `surface` fits the pattern's form."""
    form = pattern.form
    if is_cjk(form):
        return True
    if pattern.role in ("surname", "capital") or pattern.skip or " " not in form:
        form = _folded_form(form)  # as the surface is: `Gnassingbé` is read `Gnassingbe`
        head, tail = form[: pattern.skip], form[pattern.skip :]
        if surface[: pattern.skip].lower() != head.lower():
            return False
        got = surface[pattern.skip :]
        acronym = not any(c.islower() for c in tail)
        return got == tail or (not acronym and got == tail.upper())
    if not any(c.islower() for c in form):
        return surface == form  # an acronym with dots or spaces: exactly as written
    return any(c.isupper() for c in surface)


class Matcher:
    """Every form of every actor in one phrase index; built once per build, read-only after."""

    __slots__ = ("_index",)

    def __init__(self, patterns: Iterable[tuple[str, Pattern]]) -> None:
        self._index: PhraseIndex[Pattern] = PhraseIndex(patterns)

    def scan(self, text: str) -> tuple[Folded, tuple[Hit, ...]]:
        """Return the folded paragraph and its accepted hits, in text order."""
        folded = fold(text)
        found: list[Hit] = []
        for find in self._index.find(folded):
            surface = folded.text[find.start : find.end]
            for pattern in find.values:
                if _accepts(pattern, surface) and _in_context(folded, pattern, find.start, find.end):
                    found.append(Hit(find.start + pattern.skip, find.end, pattern))
        return folded, longest_leftmost(found, lambda h: (h.start, h.end), lambda h: _RANK[h.pattern.role])


def _in_context(folded: Folded, pattern: Pattern, start: int, end: int) -> bool:
    """Return True if the words around a contextual form let it name an actor."""
    span_start = start + pattern.skip
    if pattern.role == "capital":
        return rules.capital_acts(folded, span_start, end)
    if pattern.role == "region" and len(pattern.targets) == 1:
        return rules.region_applies(folded, span_start, end)
    if pattern.role == "surname":
        return rules.bare_name_applies(folded, span_start, end)
    return True


def build_matcher(actors: Sequence[Actor], ignore: Iterable[str] = ()) -> Matcher:
    """Return the matcher for `actors`; `ignore` names (bylines, events) match as blocks."""
    by_id = {a.id: a for a in actors}
    patterns: list[tuple[str, Pattern]] = []
    for text in (*rules.NOT_ACTORS, *ignore):
        patterns.append((fold_key(text), Pattern(fold(text).text, "block", ())))
    bearers: dict[str, list[str]] = {}
    for actor in actors:
        state = state_of(actor, by_id)
        family_first = None if actor.discovered else state in rules.FAMILY_FIRST
        for form in name_variants(actor, bool(family_first)):
            key = fold_key(form)
            role: Role = "capital" if key in rules.CAPITALS or key in rules.SEATS else "alias"
            patterns.append((key, Pattern(fold(form.strip()).text, role, (actor.id,), _skip(form))))
        for name in surnames(actor, family_first):
            bearers.setdefault(name, []).append(actor.id)
    for name, ids in bearers.items():
        patterns.append((fold_key(name), Pattern(name, "surname", tuple(sorted(set(ids))))))
    states = {a.id: state_of(a, by_id) for a in actors}
    for short, short_ids in context.short_forms(actors, by_id, states).items():
        patterns.append((fold_key(short), Pattern(fold(short).text, "short", short_ids)))
    known = set(by_id)
    for form, target in rules.REGIONS:
        if target in known:
            patterns.append((fold_key(form), Pattern(form, "region", (target,), 4)))
    if all(k in known for k in rules.KOREA_IDS):
        for form in rules.KOREAS:
            skip = 4 if form.startswith("the ") else 0
            patterns.append((fold_key(form), Pattern(form, "region", rules.KOREA_IDS, skip)))
    return Matcher(patterns)

"""Bodies found by the structure of their names, judged against the known actors.

Input: a paragraph, the known actors' folded names, their short forms and the states.
Output: `Candidate`s for discovery: each body `orgs` finds that no known actor names, in full
or in short (`Foreign Ministry` of `Russian Foreign Ministry`), with a leading state's name
taken off as its affiliation (`U.S. Department of Veterans Affairs`), and a name cut before its
complement merged into the one body that starts so (`Board of Governors`), a person's given
names into the person (`Mary Jean` of `Mary Jean Lacaba`); and the body an
acronym defined after a run of words abbreviates (`acronym_body`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefsite.extract.actors.names import head_is_org, is_group, thing_name
from briefsite.extract.actors.orgs import org_names
from briefsite.model import Actor, ActorKind, Brief, Paragraph
from briefsite.text.fold import fold_key


@dataclass(slots=True)
class Candidate:
    """An actor discovery would add, and why."""

    name: str
    kind: ActorKind
    reason: str
    where: str
    aliases: tuple[str, ...] = ()
    affiliation: str | None = None


def where_in(brief: Brief, paragraph: Paragraph) -> str:
    return f"{brief.source}:{paragraph.line} ({brief.id}, paragraph {paragraph.number})"


def _state_prefix(name: str, index: dict[str, str], states: set[str]) -> tuple[str, str | None]:
    """Return an organisation's name without a leading state name (`U.S. Department of
    Veterans Affairs` -> `Department of Veterans Affairs`) and that state's id, when what is
    left is still a body's name; else the name and None."""
    words = name.split()
    if is_group(name):  # `Syrian Democratic Forces`: a group's state word is its own name's, no affiliation
        return name, None
    for n in (3, 2, 1):
        state = index.get(fold_key(" ".join(words[:n]))) if len(words) > n + 1 else None
        rest = words[n:]
        if state in states and any(head_is_org(w) for w in rest) and len([w for w in rest if w[:1].isupper()]) >= 2:
            return " ".join(rest), state
    return name, None


def _light(text: str) -> str:
    """Return a cheap key for comparing names: casefolded, curly apostrophes straightened."""
    return " ".join(text.replace("’", "'").casefold().split())


def short_forms(known: Sequence[Actor]) -> set[str]:
    """Return the keys (`_light`) of the known bodies' short names: the ends of their names
    (`Foreign Ministry` of `Russian Foreign Ministry`) and their heads before `of`
    (`National Assembly` of `National Assembly of South Korea`). A body named so is a
    known one in context, never a new one."""
    out: set[str] = set()
    for actor in known:
        if actor.kind in ("state", "person"):
            continue
        for form in (actor.name, *actor.aliases):
            words = _light(form).split()
            out.update(" ".join(words[i:]) for i in range(1, len(words) - 1))
            if " of " in form:
                out.add(_light(form.split(" of ")[0]))
    return out


def organisations(brief: Brief, p: Paragraph, index: dict[str, str], states: set[str],
                   shorts: set[str], found: dict[str, Candidate], seen: set[str]) -> None:
    """Add the bodies named by the structure of their names in paragraph `p` to `found`;
    `seen` holds the names already judged, which need not be judged again."""
    for org in org_names(p.text):
        if org.text in seen and not org.acronym:
            continue
        seen.add(org.text)
        full = org.text.removeprefix("The ").removeprefix("the ")
        name, state = _state_prefix(full, index, states)
        if _light(name) in shorts or _light(full) in shorts or fold_key(name) in index or fold_key(full) in index:
            continue
        aliases = tuple(a for a in (full if full != name else None, org.acronym)
                        if a and fold_key(a) not in index)
        kind: ActorKind = "group" if is_group(name) else "organisation"
        reason = f"acronym definition '({org.acronym})'" if org.acronym else "an organisation's name"
        cand = found.setdefault(name, Candidate(name, kind, reason, where_in(brief, p), (), state))
        cand.aliases = tuple(sorted({*cand.aliases, *aliases}))


def merge_prefixes(found: dict[str, Candidate]) -> None:
    """Make a body's name cut before its complement (`Board of Governors`) an alias of the one
    body found whose full name it starts (`Board of Governors of the Federal Reserve System`),
    and a body's name in the singular an alias of the same in the plural; drop a surname found
    alone when a person found in full bears it."""
    bodies = [c for c in found.values() if c.kind != "person"]
    for short in bodies:
        longer = [c for c in bodies if c is not short and c.name.startswith(short.name + " ")
                  and c.name[len(short.name):].split()[0] in ("of", "for", "on")]
        if len(longer) == 1:
            longer[0].aliases = tuple(sorted({*longer[0].aliases, short.name, *short.aliases}))
            del found[short.name]
    bodies = [c for c in found.values() if c.kind != "person"]
    names = {c.name: c for c in bodies}
    for one in bodies:  # `Syrian Democratic Force partners`: the body named in the plural elsewhere
        plural = names.get(one.name + "s")
        if plural is not None and one.name in found:
            plural.aliases = tuple(sorted({*plural.aliases, one.name, *one.aliases}))
            del found[one.name]
    full_names = {c.name.split()[-1] for c in found.values() if c.kind == "person" and " " in c.name}
    for one in [c for c in found.values() if c.kind == "person" and " " not in c.name]:
        if one.name in full_names:
            del found[one.name]  # `Governor Hochul` after `Kathy Hochul`: her surname, resolved in reading
    _given_names_of(found)


def _given_names_of(found: dict[str, Candidate]) -> None:
    """Make a person found by two words or more that are the opening words of the one other
    person found in full an alias of that person (`Mary Jean` of `Mary Jean Lacaba`)."""
    people = [c for c in found.values() if c.kind == "person"]
    for one in [c for c in people if " " in c.name]:
        longer = [c for c in people if c.name.startswith(one.name + " ")]
        if len(longer) == 1:
            longer[0].aliases = tuple(sorted({*longer[0].aliases, one.name, *one.aliases}))
            del found[one.name]




_CLIPPED = re.compile(r"\b(?:[A-Z][a-z]{4,11}|[A-Z]{5,12})\b")


def _clips(word: str, parts: list[str]) -> bool:
    """Return True if `word` is made of the starts of `parts`, in order, at least two letters of
    each (`centcom`: `central`, `command`)."""
    if not parts:
        return not word
    head, rest = parts[0], parts[1:]
    return any(_clips(word[n:], rest) for n in range(min(len(head), len(word)), 1, -1)
               if word[:n] == head[:n])


def clipped_names(found: dict[str, Candidate], briefs: Sequence[Brief], english: Callable[[str], bool]) -> None:
    """Add to each body found the clipped compound its briefs call it by (`Centcom` for `U.S.
    Central Command`, `Africom`, `Europol`): one word, not English, made of the starts of the
    name's capitalised words, two to four of them, in order."""
    words = {m.group(0) for b in briefs for p in b.paragraphs for m in _CLIPPED.finditer(p.text)}
    words = {w for w in words if not english(w)}
    if not words:
        return
    for cand in found.values():
        if cand.kind == "person":
            continue
        for form in (cand.name, *cand.aliases):
            parts = [w.casefold() for w in form.split() if w[:1].isupper() and w.isalpha()]
            if 2 <= len(parts) <= 4:
                clipped = sorted(w for w in words if w.casefold()[:2] == parts[0][:2] and _clips(w.casefold(), parts))
                cand.aliases = tuple(sorted({*cand.aliases, *clipped}))


def _initials(words: list[str], letters: str) -> bool:
    """Return True if the acronym's letters are the initials of the capitalised words, in order."""
    if not letters:
        return not words or all(not w[0].isupper() for w in words)
    if not words:
        return False
    head, rest = words[0], words[1:]
    if not head[0].isupper():
        return _initials(rest, letters) or (head[0].upper() == letters[0] and _initials(rest, letters[1:]))
    return head[0] == letters[0] and _initials(rest, letters[1:])


def acronym_body(name: str, acronym: str) -> str | None:
    """Return the organisation name that `acronym` abbreviates, or None."""
    words = name.split()
    letters = "".join(c for c in acronym.upper() if c.isalpha())
    for i in range(len(words)):
        tail = [p for w in words[i:] for p in w.split("-") if p]
        if words[i][0].isupper() and _initials(tail, letters):
            chosen = words[i:] if words[i] != "The" else words[i + 1 :]
            if i >= 2 and words[i - 1] == "of" and head_is_org(words[i - 2]):
                chosen = words[i - 2:]  # `Department of Veterans Affairs (VA)`: the acronym leaves out the head
            complement = any(w in ("of", "for", "on") for w in chosen)
            members = acronym.isupper() and _members(chosen)  # `Federated Farmers of New Zealand (FFNZ)`
            if (members or any(head_is_org(w) for w in chosen)) and (complement or not thing_name(chosen)):
                return " ".join(chosen)
            return None
    return None


# A plural noun of people (`Farmers`, `Physicians`, `Journalists`) heading a name: a body of its members.
_PEOPLE_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ers|ists|ians|(?<!ec)(?<!ac)tors)$")  # not `Sectors`, `Factors`
_COMPLEMENTS = frozenset(("of", "for", "on", "without", "in", "against"))


def _members(words: list[str]) -> bool:
    """Whether a name's head, its last word before a complement, is a plural noun of people."""
    head = next((i for i, w in enumerate(words) if w in _COMPLEMENTS), len(words))
    return head > 0 and bool(_PEOPLE_PLURAL.match(words[head - 1]))

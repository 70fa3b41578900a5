"""Discovery of actors the registry lacks.

Input: briefs, the known actors and names to ignore. Output: `Discovery` records,
each a new `Actor` (discovered=True, kind guessed, id from the name) and one line
saying where and why it was found. Signals, each strong on its own: a body's name by its
structure (`bodies`, `orgs`), an organisation that defines its acronym (`the Institute for
National Security Strategy (INSS)`), a title before or after a person's name (`Foreign
Minister Ann Linde`, `Zhao Lijian, spokesperson for ...`), a state's possessive before a full
name (`Egypt's Abdel Fattah el-Sisi`), a middle initial or a list with a person (`people`), and
a person-like name of two or three capitalised words repeated in two or more paragraphs.
Anything known to the registry, any common capitalised word (`Cold War`, months, headings),
any law, programme, publication or place (`names`) and any byline name is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefsite.extract.actors.names import NOT_ACTOR_HEADS, head_is_org, is_group, not_actor
from briefsite.extract.actors.orgs import LEGAL_FORM
from briefsite.extract.actors.bodies import (Candidate, acronym_body, clipped_names, merge_prefixes, organisations,
                                             short_forms, where_in)
from briefsite.extract.actors.people import LOW, NAME, UP, KnownPeople, companions, initialled, surname_of_known
from briefsite.extract.actors.rules import COMMON, STARTERS
from briefsite.text.fold import fold_key
from briefsite.text.givennames import is_given_name, is_place
from briefsite.extract.actors.matcher import name_variants
from briefsite.model import Actor, ActorId, ActorKind, Brief, Paragraph
from briefsite.text.slug import slugify
from briefsite.text.starts import finditer_at
from briefsite.text.words import is_common

_ISE_END = re.compile(r"is(ation|ations|e|es|ed|ing)$")
_INITIAL = re.compile(r"[A-Z]\.")

_UP, _LOW, _NAME = UP, LOW, NAME
_ROLE = (r"(?:President|Chairman|Chairwoman|Chairperson|Premier|Chancellor|Minister|Secretary|Ambassador|Envoy"
         r"|Spokes(?:person|man|woman)|Senator|Governor|General|Director|Commissioner|Negotiator"
         r"|King|Queen|Prince|Admiral|Speaker|Representative|Judge|Justice|Mayor|Professor|(?:Co-)?Leader)s?\b\.?"
         r"|(?-i:Sir|Dame|Lord|Lady|Baroness)\b"
         r"|(?-i:Mr|Mrs|Ms|Dr|Prof)\b\.?")  # `Dr Houssin`, `Mr Hariri`: a person, by the surname alone
# The title may be lowercase (`his envoy Keith Kellogg`); the name never is.
_TITLE_BEFORE = re.compile(
    rf"\b(?P<title>(?i:(?:(?:Vice|Deputy|Prime|Foreign|Defen[cs]e|First|Former|Chief|Special)\s+)*{_ROLE}))"
    rf"\s+(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})")
_TITLE_AFTER = re.compile(
    rf"(?P<name>{_NAME}(?:\s+{_NAME}){{1,3}}),\s+(?:the\s+|a\s+|an\s+)?(?:[A-Za-z-]+\s+){{0,3}}?"
    r"(?P<title>(?i:spokes(?:person|man|woman)|minister|ambassador|envoy|director|president"
    r"|chairman|chairwoman|chief|head|leader|adviser|advisor|commander|secretary|representative"
    r"|premier|governor|official|negotiator|envoy|historian|author|scholar|journalist|economist"
    r"|analyst|professor|researcher|expert|founder|chair|judge|justice|general|admiral))\b")
# `Minister of Foreign Affairs, Nanaia Mahuta,`: the title and its office, then the name set off by commas.
_TITLE_APPOSED = re.compile(
    rf"\b(?P<title>(?i:(?:(?:Vice|Deputy|Prime|Foreign|First|Chief|Special)\s+)*{_ROLE}))"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:and|of|for|on|the|[A-Z][\w'\u2019-]*)){0,6})?"
    rf",\s+(?P<name>{_NAME}(?:\s+{_NAME}){{1,2}})(?=\s*[,.;)]|\s+(?:said|says|has|had|was|is|will)\b)")
# `Secretary of State Madeleine Albright`, `Minister for Foreign Affairs Penny Wong`: a title, its
# office, then a name that opens with a given name (found by `_office_named`).
_TITLE_OF = re.compile(
    rf"\b(?P<title>(?i:(?:(?:Vice|Deputy|Prime|Foreign|Former|Chief|Special)\s+)*{_ROLE}))\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<rest>[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019.-]*){1,6})")
# Where a title before a name may begin: its first word's first letter, then its first word
# (both in any case): `finditer_at` tries the two title patterns only there.
_TITLE_START = re.compile(r"\b(?=(?i:[abcdefgjklmnpqrsv]))(?=(?i:(?:Vice|Deputy|Prime|Foreign|Defen[cs]e|First|Former"
                          rf"|Chief|Special)\s|{_ROLE}))")
_FUNCTION = r"(?:of|for|and|on|the|in|de|du|des|la|le)"
_ACRONYM = re.compile(
    rf"(?P<name>(?:[A-Z][\w'\u2019-]*|{_FUNCTION})(?:\s+(?:[A-Z][\w'\u2019-]*|{_FUNCTION})){{1,9}})"
    rf"\s+{LEGAL_FORM}\((?P<acr>[A-Z][A-Za-z&-]{{1,11}})\)")
# A thing's head straight after an acronym definition: the name is the thing's.
_THING_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")
# `the Mariel Boatlift`, `The Hague Process`: a name after `the` is an event's or a thing's, not a person's.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?=\w)")
_NOUN_AFTER = re.compile(r"['’]?s?\s+[a-z]")
_RUN = re.compile(rf"{_NAME}(?:(?:[ \t]+|[ \t]*\n[ \t]*){_NAME})+")
# A state's possessive before a full name: `Egypt's Abdel Fattah el-Sisi`, `Somalia's Hassan
# Sheikh Mohamud`, the press's way of introducing a leader without a title.
_STATE_POSSESSIVE = re.compile(rf"(?P<state>[{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+)?)['\u2019]s\s+"
                               rf"(?P<name>{_NAME}(?:\s+{_NAME}){{1,3}})")
_ORG_PHRASE = re.compile(r"\s+(?:of|for|at|to)\s+(?:the\s+)?(?P<org>[A-Z][\w'\u2019-]*"
                         r"(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'\u2019-]*)*)")
_BAD_ENDINGS = ("tion", "sion", "ment", "ism", "ist", "ity", "ness", "ship", "ology", "ics",
                "ance", "ence", "ous", "ive", "ical")


@dataclass(frozen=True, slots=True)
class Discovery:
    """A discovered actor and the log line that says where and why."""

    actor: Actor
    note: str


def _known_index(actors: Sequence[Actor]) -> dict[str, str]:
    """Return {folded form: actor id} for every name and alias of the known actors."""
    index: dict[str, str] = {}
    for actor in actors:
        for form in name_variants(actor, True):
            index.setdefault(fold_key(form), actor.id)
    return index


def _personlike(word: str, index: dict[str, str]) -> bool:
    parts = word.replace("\u2019", "'").lower().split("-")
    if any(p in COMMON for p in parts) or fold_key(word) in index or len(word) < 2:
        return False
    # `Mission`, `Constitution` are words, not names; `Debretsion`, `Florence` are names.
    return not (word.lower().endswith(_BAD_ENDINGS) and _english(word))


def _body_name(name: str) -> bool:
    """Return True if a run of capitalised words names a body, not a person: it ends in an
    organisation noun (`Tata Group`) or an English plural (`Christian Democrats`)."""
    last = name.split()[-1]
    return head_is_org(last) or (last.endswith("s") and _english(last))


def _english(word: str) -> bool:
    """Return True if `word` is a common English word, in British or American spelling, or its plural."""
    low = word.lower()
    forms = {low, low.removesuffix("s"), _ISE_END.sub(r"iz\1", low)}
    return any(is_common(f) for f in forms)


def _trim(words: list[str], titled: bool) -> list[str]:
    """Return `words` without the words around a name that cannot belong to it.

    Next to a title, any common word is trimmed (`President Biden Administration`);
    elsewhere only a sentence opener (`Later Omar Haddad`), because a run with a
    common word inside (`Second Thomas Shoal`) is a phrase, not a name.
    """
    drop = COMMON if titled else STARTERS
    while words and words[0].lower() in drop:
        words = words[1:]
    while titled and words and words[-1].lower() in COMMON:
        words = words[:-1]
    return words


def _person(name: str, index: dict[str, str], least: int, titled: bool = True,
            initials: bool = False) -> str | None:
    """Return the trimmed person name in `name`, or None if it is not one the registry lacks.
    With `initials`, a middle initial (`H.`) counts as a word of the name."""
    words = _trim(name.split(), titled)
    named = [w for w in words if not (initials and _INITIAL.fullmatch(w))]
    if not least <= len(named) <= 3 or not all(_personlike(w, index) for w in named):
        return None
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return None if any(fold_key(s) in index for s in spans) else " ".join(words)


def _office_named(rest: str, index: dict[str, str]) -> str | None:
    """The person named after a title's office: the first given name after the office's first
    word opens a name of two or three words (`State Madeleine Albright` -> `Madeleine Albright`)."""
    words = rest.split()
    for i in range(1, len(words) - 1):
        if is_given_name(words[i].strip(".")) and not is_place(words[i]) and not _english(words[i]):
            return _person(" ".join(words[i:i + 3]), index, 2)
    return None


def _affiliation(text: str, index: dict[str, str]) -> str | None:
    """Return the known actor named by `of/for the X` at the start of `text`, if any."""
    m = _ORG_PHRASE.match(text)
    if not m:
        return None
    words = m.group("org").split()
    for n in range(len(words), 0, -1):
        if (found := index.get(fold_key(" ".join(words[:n])))) is not None:
            return found
    return None


def _add_person(found: dict[str, Candidate], name: str | None, reason: str, where: str,
                known: KnownPeople, people: set[str]) -> None:
    """Add a person named `name` to `found` (and to `people`, the casefolded names of persons)."""
    if name and not not_actor(name) and not surname_of_known(name, known):
        found.setdefault(name, Candidate(name, "person", reason, where))
        people.add(" ".join(name.split()).casefold())


def _people(text: str, where: str, index: dict[str, str], states: set[str], known: KnownPeople,
            people: set[str], found: dict[str, Candidate]) -> None:
    """Add the persons named in `text` by a title, a state's possessive, a middle initial or
    a list with a person in it to `found`."""

    def is_person(name: str) -> bool:
        return " ".join(name.split()).casefold() in people

    for m in (*finditer_at(_TITLE_BEFORE, _TITLE_START, text), *_TITLE_AFTER.finditer(text),
              *finditer_at(_TITLE_APPOSED, _TITLE_START, text)):
        least = 1 if m.re is _TITLE_BEFORE else 2
        name = _person(m.group("name"), index, least)
        if name and (" " not in name or not is_given_name(name.split()[0])) and all(map(_english, name.split())):
            continue  # `General Motors`, `General Principles Agreed`: words after a title, not a name
        if name and not surname_of_known(name, known) and not not_actor(name):
            found.setdefault(name, Candidate(name, "person", f"title '{' '.join(m.group('title').split())}'",
                                              where, (), _affiliation(text[m.end():], index)))
            people.add(" ".join(name.split()).casefold())
    for m in _TITLE_OF.finditer(text) if " of " in text or " for " in text else ():
        if (name := _office_named(m.group("rest"), index)) is not None:
            _add_person(found, name, f"title '{' '.join(m.group('title').split())}'", where, known, people)
    for m in _STATE_POSSESSIVE.finditer(text):
        name = _person(m.group("name"), index, 2)
        if (name and index.get(fold_key(m.group("state"))) in states and not _english(name.split()[-1])
                and not _body_name(name)):
            _add_person(found, name, f"possessive '{m.group('state')}'s'", where, known, people)
    for written in initialled(text):
        _add_person(found, _person(written, index, 2, titled=False, initials=True),
                    "a middle initial", where, known, people)
    for written in companions(text, is_person):
        name = _person(written, index, 2, titled=False, initials=True)
        if name and not _body_name(name) and not all(_english(w) for w in name.split()):
            _add_person(found, name, "a list with a person", where, known, people)


def discover(briefs: Sequence[Brief], known: Sequence[Actor], ignore: Sequence[str] = ()) -> tuple[Discovery, ...]:
    """Return the actors found in the briefs that `known` lacks, sorted by id."""
    index = _known_index(known)
    registry_people = KnownPeople(known)
    states: set[str] = {a.id for a in known if a.kind == "state"}
    people = {" ".join(f.split()).casefold() for a in known if a.kind == "person" for f in (a.name, *a.aliases)}
    ignored = {fold_key(n) for n in ignore}
    shorts = short_forms(known)
    judged: set[str] = set()
    found: dict[str, Candidate] = {}
    runs: dict[str, list[str]] = {}
    bare: set[str] = set()  # the runs named once at least without `the` before them

    for brief in sorted(briefs, key=lambda b: b.id):
        for p in brief.paragraphs:
            text = p.text
            where = where_in(brief, p)
            organisations(brief, p, index, states, shorts, found, judged)
            _people(text, where, index, states, registry_people, people, found)
            for m in _ACRONYM.finditer(text):
                acr = m.group("acr")
                org = acronym_body(m.group("name"), acr)
                after = _THING_AFTER.match(text, m.end())
                if after and after.group(1).lower() in NOT_ACTOR_HEADS:
                    continue  # `the Intermediate-Range Nuclear Forces (INF) Treaty`: the treaty's name
                if org and org in found and acr not in found[org].aliases and fold_key(acr) not in index:
                    found[org].aliases = (*found[org].aliases, acr)  # named in full before it is defined
                elif org and fold_key(org) not in index and fold_key(acr) not in index and org not in found:
                    kind: ActorKind = "group" if is_group(org) else "organisation"
                    found.setdefault(org, Candidate(org, kind, f"acronym definition '({acr})'",
                                                     where, (acr,)))
            for m in _RUN.finditer(text):
                name = _person(" ".join(m.group(0).split()), index, 2, titled=False)
                if name:
                    places = runs.setdefault(name, [])
                    if where not in places:
                        places.append(where)
                    if not _THE_BEFORE.search(text, max(0, m.start() - 4), m.start() + 4) or _NOUN_AFTER.match(
                            text, m.end()):
                        bare.add(name)  # `the Fidel Castro regime`: a person's name before a noun
    for name, places in runs.items():
        given = _given(name)
        if ((len(places) >= 2 or given) and name in bare and not _body_name(name) and not not_actor(name)
                and not surname_of_known(name, registry_people)
                and not all(_english(w) for w in name.split())):
            reason = f"name repeated in {len(places)} paragraphs" if len(places) >= 2 else "a given name"
            found.setdefault(name, Candidate(name, "person", reason, places[0]))
    merge_prefixes(found)
    clipped_names(found, briefs, _english)
    known_ids = {a.id for a in known}
    out: dict[str, Discovery] = {}
    for cand in found.values():
        actor_id = slugify(cand.name, "actor")
        if actor_id in known_ids or actor_id in out or {fold_key(cand.name), *map(fold_key, cand.aliases)} & ignored:
            continue
        actor = Actor(ActorId(actor_id), cand.name, cand.kind, cand.aliases, "",
                      ActorId(cand.affiliation) if cand.affiliation else None, None, True)
        out[actor_id] = Discovery(actor, f"{cand.where}: discovered actor '{cand.name}' "
                                         f"({cand.kind}, id '{actor_id}') from {cand.reason}")
    return tuple(out[k] for k in sorted(out))


def _given(name: str) -> bool:
    """Return True if a run opens with a given name in common use that is no English word and
    the rest of it is no English word
    and names no place (`Dorothy Hodgkin`; not `Hong Kong`, `Will Russia`, `Blake Plateau`)."""
    first, *rest = name.split()
    return (is_given_name(first) and not _english(first) and not is_place(name)
            and not any(_english(w) for w in rest))

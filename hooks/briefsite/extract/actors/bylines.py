"""The briefs' own authors and institutions, as actors of the texts.

Input: the briefs (their metadata) and the actors known so far. Output: a `Discovery` for
each institution and person author the registry lacks (the institution known also by the
acronym its text defines for it, `Public Health England (PHE)`, or by the long form it gives
an acronym, `SIPRI`), and the mentions of a brief's single person author made in the first
person (`I encourage you all`, `my visit`). A publisher that names itself in its text
(`The Library of Parliament is pleased to launch`), a minister who speaks as `I`, are actors
of that text as much as anyone it names; without this, their own statements name nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from briefsite.extract.actors.discovery import Discovery
from briefsite.extract.actors.names import head_is_org
from briefsite.extract.actors.matcher import name_variants
from briefsite.model import Actor, ActorId, Brief, BriefId, Mention, Span
from briefsite.text.fold import fold_key
from briefsite.text.givennames import is_place
from briefsite.text.shortforms import defined_in, long_form
from briefsite.text.slug import slugify

# A person's name: two to four capitalised words, initials allowed (`William J. Burns`).
_PERSON = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|al|bin|el|la|le)){1,3}")
# `I` as a pronoun: before a verb or adverb in lower case, or contracted (`I'm`, `I’ve`).
_I = re.compile(r"(?<![\w’'-])(?:I(?=\s+[a-z])|I(?=['’](?:m|ve|d|ll)\b)|[Mm]y(?=\s+[a-z])|(?<=\s)me(?=[\s,.;:!?]))")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_SAID = re.compile(r"\b(?:said|says|say|added|told|stated|declared|noted)\b")


def _known(actors: Sequence[Actor]) -> set[str]:
    return {fold_key(f) for a in actors for f in name_variants(a, True)}


def _bare(name: str) -> str:
    return re.sub(r"^(?:The|the)\s+", "", " ".join(name.split()))


def _acronyms(name: str, texts: Sequence[str]) -> tuple[str, ...]:
    """Return the other name the texts give `name`: its acronym or its long form."""
    found: list[str] = []
    for text in texts:
        if name.isupper() and (long := defined_in(name, text)):
            found.append(_bare(long))
        for m in re.finditer(re.escape(name) + r"\s*\((?P<acr>[A-Z][A-Za-z&]{1,11})\)", text):
            if long_form(m.group("acr"), name):
                found.append(m.group("acr"))
    return tuple(dict.fromkeys(f for f in found if f != name))


def is_person(name: str) -> bool:
    """Return True if a byline name reads as a person's (`Andrea Leadsom`), not a body's."""
    words = name.split()
    return (bool(_PERSON.fullmatch(name)) and not any(head_is_org(w) for w in words) and not name.isupper()
            and not is_place(name))


def byline_actors(briefs: Sequence[Brief], known: Sequence[Actor]) -> tuple[Discovery, ...]:
    """Return the institutions and person authors of the briefs that `known` lacks, by id."""
    seen = _known(known)
    ids = {a.id for a in known}
    out: dict[str, Discovery] = {}
    # Long names first, so that `SIPRI` in one brief joins `Stockholm International Peace
    # Research Institute` in another as its acronym.
    for brief in sorted(briefs, key=lambda b: ((b.meta.institution or "").isupper(), b.id)):
        texts = [p.text for p in brief.paragraphs]
        named = [(_bare(n), "person", "the brief's byline") for n in brief.meta.authors if is_person(n)]
        if brief.meta.institution and brief.meta.institution not in brief.meta.authors:
            named.append((_bare(brief.meta.institution), "organisation", "the brief's institution"))
        for name, kind, reason in named:
            aliases = _acronyms(name, texts) if kind == "organisation" else ()
            if kind == "organisation" and name.isupper() and (long := _expanded(name, out.values())):
                out[long.actor.id] = _with_alias(long, name)
                continue
            actor_id = slugify(name, "actor")
            if not name or {fold_key(name), *map(fold_key, aliases)} & seen or actor_id in ids or actor_id in out:
                continue
            actor = Actor(ActorId(actor_id), name, "person" if kind == "person" else "organisation",
                          aliases, "", None, None, True)
            out[actor_id] = Discovery(actor, f"{brief.source} ({brief.id}): discovered actor '{name}' "
                                             f"({kind}, id '{actor_id}') from {reason}")
    return tuple(out[k] for k in sorted(out))


def _expanded(acronym: str, found: Iterable[Discovery]) -> Discovery | None:
    """Return the institution found so far whose long name `acronym` abbreviates."""
    return next((d for d in found if d.actor.kind == "organisation" and long_form(acronym, d.actor.name)
                 and acronym not in d.actor.aliases), None) or next(
        (d for d in found if acronym in d.actor.aliases), None)


def _with_alias(found: Discovery, alias: str) -> Discovery:
    actor = found.actor
    if alias in actor.aliases:
        return found
    return Discovery(replace(actor, aliases=(*actor.aliases, alias)), found.note)


def author_ids(briefs: Sequence[Brief], actors: Sequence[Actor]) -> dict[BriefId, ActorId]:
    """Return the actor of each brief that has exactly one author, a person."""
    index = {fold_key(f): a.id for a in actors if a.kind == "person" for f in (a.name, *a.aliases)}
    out: dict[BriefId, ActorId] = {}
    for brief in briefs:
        people = [n for n in brief.meta.authors if is_person(n)]
        if len(people) == 1 and len(brief.meta.authors) == 1 and (found := index.get(fold_key(_bare(people[0])))):
            out[brief.id] = found
    return out


def first_person(brief: Brief, authors: Mapping[BriefId, ActorId]) -> list[Mention]:
    """Return a mention of the brief's single author for each paragraph where the author
    speaks as `I`: outside quotation marks, or in a paragraph that is all quotation with no
    one else said to speak (a statement given as the author's words)."""
    author = authors.get(brief.id)
    if author is None:
        return []
    out: list[Mention] = []
    for p in brief.paragraphs:
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(p.text)]
        own_quote = p.text.lstrip()[:1] in "“\"" and not _SAID.search(p.text)
        for m in _I.finditer(p.text):
            if own_quote or not any(a <= m.start() < b for a, b in quoted):
                out.append(Mention(author, brief.id, p.number, Span(m.start(), m.end()), m.group(0)))
                break
    return out

"""Actor recognition: who each paragraph of each brief talks about.

Input: repaired briefs, the registry's actors, and names that are metadata rather
than actors (bylines). Output: an `ActorResult` with the actors mentioned (registry
and discovered), every `Mention` with its span in `Paragraph.text`, the discovered
actors with one report line each, and the problems found in the registry given.

Each paragraph is scanned once by the compiled matcher (`matcher`); forms whose
meaning depends on the brief are then resolved in reading order: `the North` is
North Korea only in a brief that names a Korea, a bare surname (`Kim`, `Moon`) is
the bearer named most recently in the brief (or the only one named), or, after a
title (`President Xi`), the registry's only bearer of that name.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from briefsite.extract.actors.pairs import paired_states
from briefsite.extract.actors import rules
from briefsite.text.fold import Folded, fold_key
from briefsite.extract.actors.discovery import Discovery, discover
from briefsite.extract.actors import bylines, context
from briefsite.extract.actors.mixedcase import mixed_case
from briefsite.extract.actors.matcher import Hit, build_matcher, state_of
from briefsite.model import Actor, ActorId, Brief, BriefId, Mention, Span
from briefsite.problems import Problem
from briefsite.extract.actors.registry import check_registry, load_registry

__all__ = ["ActorResult", "load_registry", "mentions_by_paragraph", "recognise"]


@dataclass(frozen=True, slots=True)
class ActorResult:
    """What recognition found; every collection sorted, so the same input gives the same output."""

    actors: tuple[Actor, ...]  # mentioned registry actors and discovered ones, by id
    mentions: tuple[Mention, ...]  # by brief, paragraph, span
    discovered: tuple[Actor, ...]  # also in `actors`, with discovered=True
    problems: tuple[Problem, ...] = ()
    discovery_notes: tuple[str, ...] = ()  # one line per discovered actor, for the build log


def _excluded(actor: Actor, ignore_keys: set[str]) -> bool:
    return any(fold_key(form) in ignore_keys for form in (actor.id, actor.name, *actor.aliases))


@dataclass(slots=True)
class _Reader:
    """Reading state of one brief: where each person was last named, which actors were named."""

    named_at: dict[str, tuple[int, int]]
    named: set[str]


def _resolve(hit: Hit, where: tuple[int, int], reader: _Reader, titled: bool,
             korea_brief: bool, home: str | None, states: Mapping[ActorId, str | None]) -> str | None:
    """Return the actor id a contextual hit names in this brief, or None."""
    role, targets = hit.pattern.role, hit.pattern.targets
    if role in ("alias", "capital"):
        return targets[0]
    if role == "short":  # `Congress`: the legislature of the state the brief is about
        return next((t for t in targets if home is not None and states.get(ActorId(t)) == home), None)
    if role == "region":
        return targets[0] if korea_brief else None
    before = [t for t in targets if t in reader.named_at and reader.named_at[t] < where]
    if before:
        return max(before, key=lambda t: reader.named_at[t])
    in_brief = [t for t in targets if t in reader.named]
    if len(in_brief) == 1:
        return in_brief[0]
    if not in_brief and titled and len(targets) == 1:
        return targets[0]
    return None


def _brief_mentions(brief: Brief, scans: list[tuple[int, Folded, tuple[Hit, ...]]],
                    states: Mapping[ActorId, str | None]) -> list[Mention]:
    """Return the mentions of one brief from its paragraph scans, resolving contextual hits."""
    reader = _Reader({}, set())
    plain: list[str] = []
    for number, _, hits in scans:
        for hit in hits:
            if hit.pattern.role in ("alias", "capital"):
                reader.named.add(hit.pattern.targets[0])
                plain.append(hit.pattern.targets[0])
    korea_brief = any(k in reader.named for k in rules.KOREA_IDS)
    home = context.main_state(plain, states)
    mentions: list[Mention] = []
    texts = {p.number: p.text for p in brief.paragraphs}
    for number, folded, hits in scans:
        for hit in hits:
            if hit.pattern.role == "block":
                continue
            where = (number, hit.start)
            if hit.pattern.role == "region" and len(hit.pattern.targets) > 1:
                chosen: list[str] = list(hit.pattern.targets)
            else:
                titled = rules.titled(folded, hit.start)
                one = _resolve(hit, where, reader, titled, korea_brief, home, states)
                chosen = [one] if one else []
            if hit.pattern.role in ("alias", "capital"):
                reader.named_at[hit.pattern.targets[0]] = where
            start, end = folded.span(hit.start, hit.end)
            if _in_address(texts[number], start, end):
                continue  # `GOV.UK`, `un.org`: part of a web address, no mention of the state or body
            for target in chosen:
                mentions.append(Mention(target, brief.id, number, Span(start, end),
                                        texts[number][start:end]))
    return mentions


def _in_address(text: str, start: int, end: int) -> bool:
    """Return whether text[start:end] is a dot-joined part of a web address or domain (`GOV.UK`)."""
    before = text[start - 2:start] if start >= 2 else ""
    after = text[end:end + 2]
    return (len(before) == 2 and before[1] == "." and before[0].isalnum()) or \
        (len(after) == 2 and after[0] == "." and after[1].isalpha() and after[1].islower())


def recognise(
    briefs: Sequence[Brief], registry: Sequence[Actor], exclude: Collection[str] = ()
) -> ActorResult:
    """Return the actors the briefs mention, their mentions, and the actors discovered.

    `exclude` names are never actors; registry actors carrying one are left out. The
    briefs' own authors and institutions are actors of the texts that name them (a publisher
    naming itself, a minister speaking as `I`): see `bylines`.
    """
    actors, problems = check_registry([(a, 0) for a in registry], "actor registry")
    ignore = tuple(sorted(set(exclude)))
    ignore_keys = {fold_key(n) for n in ignore}
    known = tuple(a for a in actors if not _excluded(a, ignore_keys))
    found: tuple[Discovery, ...] = discover(briefs, known, ignore)
    found += bylines.byline_actors(briefs, (*known, *(d.actor for d in found)))
    found += mixed_case(briefs, (*known, *(d.actor for d in found)))
    everyone = (*known, *(d.actor for d in found))
    authors = bylines.author_ids(briefs, everyone)
    matcher = build_matcher(everyone, ignore)
    by_id = {a.id: a for a in everyone}
    states = {a.id: state_of(a, by_id) for a in everyone}
    bodies = {context.light(f): a.id for a in everyone if a.kind in ("organisation", "group")
              for f in (a.name, *a.aliases)}
    heads = context.body_heads(by_id)
    mentions: list[Mention] = []
    for brief in sorted(briefs, key=lambda b: b.id):
        scans: list[tuple[int, Folded, tuple[Hit, ...]]] = []
        for paragraph in brief.paragraphs:
            folded, hits = matcher.scan(paragraph.text)
            scans.append((paragraph.number, folded, hits))
        found_here = _brief_mentions(brief, scans, states)
        mentions.extend(found_here + context.back_references(brief, found_here, heads)
                        + context.shared_heads(brief, bodies) + context.titled_people(brief, found_here, by_id)
                        + bylines.first_person(brief, authors) + context.home_government(brief, found_here, states)
                        + paired_states(brief, found_here, by_id))
    mentions.sort(key=lambda m: (m.brief, m.paragraph, m.span.start, m.span.end, m.target))
    named = {m.target for m in mentions}
    discovered = tuple(sorted((d.actor for d in found if d.actor.id in named), key=lambda a: a.id))
    notes = tuple(d.note for d in sorted(found, key=lambda d: d.actor.id) if d.actor.id in named)
    mentioned = tuple(sorted((a for a in everyone if a.id in named), key=lambda a: a.id))
    return ActorResult(mentioned, tuple(mentions), discovered, tuple(problems), notes)


def mentions_by_paragraph(result: ActorResult) -> dict[tuple[BriefId, int], tuple[str, ...]]:
    """Return the sorted actor ids tagged on each (brief, paragraph) that has any."""
    tags: dict[tuple[BriefId, int], set[str]] = {}
    for m in result.mentions:
        tags.setdefault((m.brief, m.paragraph), set()).add(m.target)
    return {k: tuple(sorted(v)) for k, v in sorted(tags.items())}

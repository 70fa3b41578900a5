"""The linked whole: knowledge plus the indexes pages need, derived once.

Input: `Knowledge` (briefs, actors, themes, their mentions, conclusions, events).
Output: a `Corpus` answering "which paragraphs mention X", "what else is named
with X", "which pages cite this paragraph". Only forward mentions are stored;
co-occurrence and backlinks are derived here, never kept in the stages.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from briefsite.model import Actor, Brief, BriefId, Conclusion, Knowledge, Mention, Paragraph, Theme

ParaKey = tuple[BriefId, int]
# A page that cites paragraphs, by what it shows: ("actors", id), ("themes", id) or
# ("conclusions", ""). The site map turns it into a path; nothing here parses paths.
Citer = tuple[Literal["actors", "themes", "conclusions"], str]


@dataclass(frozen=True)
class Corpus:
    """Knowledge with derived lookups; cheap to build, computed lazily."""

    knowledge: Knowledge

    @cached_property
    def briefs(self) -> dict[BriefId, Brief]:
        return {b.id: b for b in self.knowledge.briefs}

    @cached_property
    def actors(self) -> dict[str, Actor]:
        return {a.id: a for a in self.knowledge.actors}

    @cached_property
    def themes(self) -> dict[str, Theme]:
        return {t.id: t for t in self.knowledge.themes}

    def paragraph(self, key: ParaKey) -> Paragraph:
        return self.briefs[key[0]].paragraphs[key[1] - 1]

    @cached_property
    def mentions_by_target(self) -> dict[str, list[Mention]]:
        """Actor and theme mentions grouped by target id, in reading order."""
        out: dict[str, list[Mention]] = defaultdict(list)
        for m in (*self.knowledge.actor_mentions, *self.knowledge.theme_mentions):
            out[m.target].append(m)
        return {k: sorted(v, key=_reading_order) for k, v in out.items()}

    @cached_property
    def actor_mentions_by_paragraph(self) -> dict[ParaKey, list[Mention]]:
        out: dict[ParaKey, list[Mention]] = defaultdict(list)
        for m in self.knowledge.actor_mentions:
            out[(m.brief, m.paragraph)].append(m)
        return {k: sorted(v, key=lambda m: (m.span.start, m.span.end)) for k, v in out.items()}

    @cached_property
    def theme_mentions_by_paragraph(self) -> dict[ParaKey, list[Mention]]:
        out: dict[ParaKey, list[Mention]] = defaultdict(list)
        for m in self.knowledge.theme_mentions:
            out[(m.brief, m.paragraph)].append(m)
        return dict(out)

    def names_of(self, actor_id: str) -> list[str]:
        """Other names of an actor: registry aliases and the forms the briefs use, sorted."""
        actor = self.actors.get(actor_id)
        names = {m.surface for m in self.mentions_by_target.get(actor_id, [])}
        if actor is not None:
            names |= set(actor.aliases)
            names.discard(actor.name)
        return sorted(names, key=lambda n: (n.casefold(), n))

    @cached_property
    def _paragraphs_by_target(self) -> dict[str, tuple[ParaKey, ...]]:
        # Derived once: pages ask for the same target's paragraphs once per brief they list.
        return {t: tuple(sorted({(m.brief, m.paragraph) for m in ms})) for t, ms in self.mentions_by_target.items()}

    @cached_property
    def _paragraphs_by_target_brief(self) -> dict[tuple[str, BriefId], tuple[ParaKey, ...]]:
        out: dict[tuple[str, BriefId], list[ParaKey]] = defaultdict(list)
        for t, keys in self._paragraphs_by_target.items():
            for key in keys:
                out[(t, key[0])].append(key)
        return {k: tuple(v) for k, v in out.items()}

    def paragraphs_of(self, target: str) -> list[ParaKey]:
        """Distinct paragraphs that mention an actor or theme, in reading order."""
        return list(self._paragraphs_by_target.get(target, ()))

    def paragraphs_in(self, target: str, brief: BriefId) -> list[ParaKey]:
        """Distinct paragraphs of `brief` that mention an actor or theme, in reading order."""
        return list(self._paragraphs_by_target_brief.get((target, brief), ()))

    def briefs_of(self, target: str) -> list[BriefId]:
        return sorted({b for b, _ in self.paragraphs_of(target)}, key=self.brief_order)

    @cached_property
    def _order(self) -> dict[BriefId, int]:
        return {b.id: i for i, b in enumerate(self.knowledge.briefs)}

    def brief_order(self, brief: BriefId) -> int:
        return self._order[brief]

    def co_mentioned(self, target: str, by_paragraph: dict[ParaKey, list[Mention]]) -> list[tuple[str, int]]:
        """Other targets named in the same paragraphs, with counts, most shared first."""
        counts: Counter[str] = Counter()
        for key in self.paragraphs_of(target):
            counts.update({m.target for m in by_paragraph.get(key, []) if m.target != target})
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    @cached_property
    def _themes_by_brief(self) -> dict[BriefId, list[tuple[str, int]]]:
        # One pass over the theme mentions, not one per brief (that grew with briefs x paragraphs).
        counts: dict[BriefId, Counter[str]] = defaultdict(Counter)
        for (b, _), ms in self.theme_mentions_by_paragraph.items():
            counts[b].update({m.target for m in ms})
        return {b: sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) for b, c in counts.items()}

    def themes_of_brief(self, brief: BriefId) -> list[tuple[str, int]]:
        """Themes of a brief with their paragraph counts, most present first."""
        return list(self._themes_by_brief.get(brief, []))

    @cached_property
    def own_conclusions(self) -> tuple[Conclusion, ...]:
        """The authors' own judgements (views attributed to others left out)."""
        return tuple(c for c in self.knowledge.conclusions if c.attributed_to is None)

    @cached_property
    def conclusions_by_brief(self) -> dict[BriefId, list[Conclusion]]:
        """Each brief's conclusions, in the order knowledge lists them."""
        out: dict[BriefId, list[Conclusion]] = defaultdict(list)
        for c in self.knowledge.conclusions:
            out[c.sentence.brief].append(c)
        return dict(out)

    @cached_property
    def involvement(self) -> Counter[str]:
        """How many conclusions involve each actor: name it, address it or are its view."""
        counts: Counter[str] = Counter()
        for c in self.knowledge.conclusions:
            counts.update(set(c.actors) | {a for a in (c.addressee, c.attributed_to) if a is not None})
        return counts

    @cached_property
    def paged_actors(self) -> frozenset[str]:
        """The actors with a page of their own: all but those named in one paragraph only
        without an editor's note, which are a row of the actors index (linking that paragraph):
        their page would repeat the one sentence the brief holds, around a whole page's theme."""
        return frozenset(a.id for a in self.knowledge.actors
                         if len(self._paragraphs_by_target.get(a.id, ())) != 1 or ("actors", a.id) in self.knowledge.notes)

    @cached_property
    def backlinks(self) -> dict[ParaKey, list[Citer]]:
        """The pages that cite each paragraph, as (kind, id), sorted."""
        out: dict[ParaKey, set[Citer]] = defaultdict(set)
        for m in self.knowledge.actor_mentions:
            if m.target in self.paged_actors:
                out[(m.brief, m.paragraph)].add(("actors", m.target))
        for m in self.knowledge.theme_mentions:
            out[(m.brief, m.paragraph)].add(("themes", m.target))
        for c in self.own_conclusions:
            out[(c.sentence.brief, c.sentence.paragraph)].add(("conclusions", ""))
        return {k: sorted(v) for k, v in out.items()}


def _reading_order(m: Mention) -> tuple[str, int, int]:
    return (m.brief, m.paragraph, m.span.start)

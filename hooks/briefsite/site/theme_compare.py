"""What each brief says on a theme, brief beside brief, and where their conclusions meet.

Input: a PageContext, a theme and the page's Citations. Output: per brief, newest first, its
key statements on the theme and its conclusions on it (`Position`s, each quote cited), and the
`Meeting`s of briefs: the same kind of conclusion about the same actor from different briefs.

Rules, stated once:
- A broader theme never repeats a narrower one: a sentence whose every mention of the theme
  is also a mention of a narrower theme (the taxonomy gives a parent each child's matches) is
  left to the narrower theme's page, and so is a conclusion filed under a narrower theme; the
  position names the narrower themes it has such sentences on, with links.
- Conclusions on the theme: the brief's own (no attributed views), in reading order, at most
  CONCLUSIONS_SHOWN, with a link to the rest in the conclusions table.
- Key statements: sentences naming the theme that are not among those conclusions; those that
  stand alone before those that lean on the one before (`This`, `However`), a sentence naming
  an actor not yet covered before one repeating covered actors, then reading order; at most
  KEY_STATEMENTS, shown in reading order.
- Meetings: conclusions of one kind about one actor (named in it, or the addressee of a
  recommendation) from at least two briefs, the most briefs first; at most MEETINGS, each
  showing at most MEETING_BRIEFS briefs, newest first, with each one's first such conclusion.
  A meeting whose statements are not all worded the same way, some negatively (`not`,
  `unlikely`, `no longer` ...) and some not, is marked as diverging: a sign for the reader to
  compare them, not a verdict.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from briefsite.corpus.index import ParaKey
from briefsite.extract.themes.find import lineage
from briefsite.model import BriefId, Conclusion, Mention, Sentence, Theme
from briefsite.site.citations import Citations, choose_varied, excerpt, leans_on_the_one_before
from briefsite.site.context import PageContext
from briefsite.site.markdown import Md
from briefsite.site.metadata import index_order

KEY_STATEMENTS = 2
CONCLUSIONS_SHOWN = 3
MEETINGS = 4
MEETING_BRIEFS = 3
_NEGATIVE = re.compile(r"\b(?:not|no longer|never|unlikely|cannot|can't|won't|neither|nor|fail(?:s|ed)? to|"
                       r"little chance|no sign|without)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Position:
    brief: BriefId
    key: tuple[Md, ...]  # key statements, quoted and cited
    conclusions: tuple[Md, ...]  # `*Forecast:* “…”[^ref]`
    more_conclusions: int  # the brief's further conclusions on the theme, not shown
    narrower: tuple[str, ...]  # narrower themes it has sentences on, left to their pages


@dataclass(frozen=True, slots=True)
class Meeting:
    kind: str
    actor: str
    diverging: bool
    said: tuple[tuple[BriefId, Md], ...]  # (brief, its statement cut short and cited), newest first
    briefs: int  # how many briefs meet here (more than shown, perhaps)


def narrower_of(ctx: PageContext, theme: Theme) -> set[str]:
    """Every theme below `theme` in the taxonomy, at any depth."""
    return {t for t, line in lineage(ctx.corpus.knowledge.themes).items() if theme.id in line[1:]}


def conclusions_on(ctx: PageContext, theme: Theme, below: set[str]) -> list[Conclusion]:
    """The authors' own conclusions filed under the theme and not under a narrower one."""
    return [c for c in ctx.corpus.own_conclusions if theme.id in c.themes and not below & set(c.themes)]


_KIND = {"forecast": "Forecast", "recommendation": "Recommendation", "assessment": "Assessment"}


def positions(ctx: PageContext, theme: Theme, briefs: list[BriefId], below: set[str],
              mine: list[Conclusion], cites: Citations) -> list[Position]:
    """The position of each brief in `briefs` (newest first), as the module's rules choose it."""
    corpus = ctx.corpus
    by_brief: dict[BriefId, list[Conclusion]] = defaultdict(list)
    for c in mine:
        by_brief[c.sentence.brief].append(c)
    out = []
    for brief in briefs:
        judged = sorted(by_brief.get(brief, []), key=lambda c: (c.sentence.paragraph, c.sentence.span.start))
        shown = judged[:CONCLUSIONS_SHOWN]
        taken = {(c.sentence.paragraph, c.sentence.span.start) for c in judged}
        narrower: set[str] = set()
        candidates: list[tuple[tuple[int, int, int], Sentence, list[Mention], frozenset[str]]] = []
        for key in corpus.paragraphs_in(theme.id, brief):
            all_marks = corpus.theme_mentions_by_paragraph.get(key, [])
            lower = {(m.span.start, m.span.end) for m in all_marks if m.target in below}
            narrower |= {m.target for m in all_marks if m.target in below}
            own = [m for m in all_marks if m.target == theme.id and m.placed]  # key statements stand on words
            for s in ctx.sentences(key):
                inside = [m for m in own if s.span.start <= m.span.start < s.span.end]
                if not inside or all((m.span.start, m.span.end) in lower for m in inside):
                    continue
                if (key[1], s.span.start) in taken:
                    continue
                leans = 1 if leans_on_the_one_before(s.text) else 0
                candidates.append(((leans, key[1], s.span.start), s, inside, _actors_in(key, s, ctx)))
        candidates.sort(key=lambda c: c[0])
        chosen = choose_varied(candidates, KEY_STATEMENTS)
        # conclusions first, as the page shows them, so footnotes are numbered in reading order
        judged_md = tuple(Md("*{}:* “{}”{}").format(_KIND[c.kind], ctx.quote(c.sentence, []),
                                                  cites.ref((c.sentence.brief, c.sentence.paragraph), c.sentence))
                          for c in shown)
        key_md = tuple(Md("“{}”{}").format(ctx.quote(s, inside), cites.ref((s.brief, s.paragraph), s))
                       for _, s, inside, _ in sorted(chosen, key=lambda c: (c[1].paragraph, c[1].span.start)))
        out.append(Position(brief, key_md, judged_md, len(judged) - len(shown), tuple(sorted(narrower))))
    return out


def _actors_in(key: ParaKey, s: Sentence, ctx: PageContext) -> frozenset[str]:
    return frozenset(m.target for m in ctx.corpus.actor_mentions_by_paragraph.get(key, [])
                     if s.span.start <= m.span.start < s.span.end)


def meetings(ctx: PageContext, mine: list[Conclusion], cites: Citations) -> list[Meeting]:
    """Where conclusions of different briefs meet: one kind, one actor (see the module's rules)."""
    corpus = ctx.corpus
    groups: dict[tuple[str, str], dict[BriefId, Conclusion]] = defaultdict(dict)
    newest = {b.id: i for i, b in enumerate(index_order(corpus.knowledge.briefs))}
    for c in sorted(mine, key=lambda c: (newest[c.sentence.brief], c.sentence.paragraph, c.sentence.span.start)):
        about = set(c.actors) | ({c.addressee} if c.kind == "recommendation" and c.addressee else set())
        for who in sorted(about):
            if who in corpus.actors:
                groups[(c.kind, who)].setdefault(c.sentence.brief, c)
    met = sorted(((k, v) for k, v in groups.items() if len(v) >= 2),
                 key=lambda kv: (-len(kv[1]), corpus.actors[kv[0][1]].name.casefold(), kv[0]))
    out = []
    for (kind, actor), said in met[:MEETINGS]:
        negative = {bool(_NEGATIVE.search(c.sentence.text)) for c in said.values()}
        shown = sorted(said.items(), key=lambda kv: newest[kv[0]])[:MEETING_BRIEFS]
        out.append(Meeting(kind, actor, len(negative) > 1, tuple(
            (b, Md("“{}”{}").format(excerpt(c.sentence.text, 160),
                                    cites.ref((c.sentence.brief, c.sentence.paragraph), c.sentence)))
            for b, c in shown), len(said)))
    return out

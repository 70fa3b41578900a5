"""The actors index and one page per actor.

Input: a PageContext. Output: Markdown for `actors/index.md` (actors by kind, most
named first) and `actors/<id>.md`: the actor at a glance (kind, description, affiliation,
how many briefs and paragraphs name it, over which dates), the editor's note if there is
one, then for each brief a few key statements about the actor chosen by a stated rule (see
`_what_brief_says`) with its other mentions folded, related actors, and a link to the
conclusions that involve it in the conclusions table. Beyond FULL_BRIEFS briefs, a brief is one
line, folded; beyond those, further pages list the rest (`actors/<id>.more-2.md`).
"""

from __future__ import annotations

import re
from typing import Any

from briefsite.model import Actor, BriefId, Mention, Sentence
from briefsite.site.citations import Citations, choose_varied, credit, leans_on_the_one_before
from briefsite.site.context import PageContext
from briefsite.site.conclusion_pages import table_link
from briefsite.site.markdown import Md, link
from briefsite.site.more_pages import split_more
from briefsite.site.sitemap import NAMED_ONCE, DocsPath, actor_place, page_path
from briefsite.site.templating import render
from briefsite.site.timeline_part import timeline_part
from briefsite.text.dates import human_date

KIND_ORDER = ("state", "person", "organisation", "group")
KIND_TITLES = {"state": "States", "person": "People", "organisation": "Organisations", "group": "Groups"}


def actors_index(ctx: PageContext) -> str:
    page = page_path("actors")
    corpus = ctx.corpus
    groups = []
    for kind in KIND_ORDER:
        actors = [a for a in corpus.knowledge.actors if a.kind == kind]
        rows = [
            {"link": ctx.target_link(page, "actors", a.id), "discovered": a.discovered, "briefs": len(corpus.briefs_of(a.id)), "paragraphs": len(corpus.paragraphs_of(a.id))}
            for a in sorted(actors, key=lambda a: (-len(corpus.paragraphs_of(a.id)), a.name.casefold(), a.id))
        ]
        if rows:
            groups.append({"title": KIND_TITLES[kind], "rows": rows})
    return render("actors_index.md.j2", groups=groups, once=len(corpus.paged_actors) < len(corpus.knowledge.actors))


def named_once_page(ctx: PageContext) -> dict[DocsPath, str]:
    """The actors named in one paragraph, which have no page (Corpus.paged_actors), by kind and
    name: each at its anchor (where links to it land), with its brief and that paragraph."""
    corpus = ctx.corpus
    rows = []
    for a in sorted((a for a in corpus.knowledge.actors if a.id not in corpus.paged_actors),
                    key=lambda a: (KIND_ORDER.index(a.kind) if a.kind in KIND_ORDER else 9, a.name.casefold(), a.id)):
        page, anchor = actor_place(a.id, False)
        (key,) = corpus.paragraphs_of(a.id)
        rows.append({"name": Md('<span id="{}">{}</span>').format(Md(anchor or ""), a.name), "kind": a.kind,
                     "discovered": a.discovered, "brief": ctx.brief_link(page, corpus.briefs[key[0]]),
                     "where": ctx.paragraph_links(page, [key])})
    return {NAMED_ONCE: render("actors_once.md.j2", rows=rows)} if rows else {}


KEY_STATEMENTS = 3  # key statements quoted per brief
FULL_BRIEFS = 12  # briefs shown with their key statements; the others one line each, folded


def actor_pages(ctx: PageContext, actor: Actor) -> dict[DocsPath, str]:
    """The actor's page and, when it is named in more briefs than the page lists, the pages of
    the rest (site/more_pages.py)."""
    page = page_path("actors", actor.id)
    corpus = ctx.corpus
    cites = Citations(corpus, page)
    related: list[dict[str, Any]] = [
        {"link": ctx.target_link(page, "actors", other), "count": n}
        for other, n in corpus.co_mentioned(actor.id, corpus.actor_mentions_by_paragraph)[:15]
    ]
    affiliation = ctx.target_link(page, "actors", actor.affiliation) if actor.affiliation in corpus.actors else (
        actor.affiliation or None)
    briefs = corpus.briefs_of(actor.id)
    said = [_what_brief_says(ctx, page, actor.id, b, cites) for b in briefs[:FULL_BRIEFS]]
    rest = [{"link": ctx.brief_link(page, corpus.briefs[b]), "byline": credit(corpus.briefs[b]),
             "places": ctx.paragraph_links(page, corpus.paragraphs_in(actor.id, b))}
            for b in briefs[FULL_BRIEFS:]]
    rest, more, further = split_more("actors", actor.id, actor.name, len(said), rest)
    dates = sorted(d for d in (corpus.briefs[b].meta.date for b in briefs) if d)
    return {page: render(
        "actor.md.j2", actor=actor, kind=actor.kind, names=corpus.names_of(actor.id), wikidata=_wikidata(actor),
        affiliation=affiliation, note=corpus.knowledge.notes.get(("actors", actor.id)),
        briefs=len(briefs), paragraphs=len(corpus.paragraphs_of(actor.id)),
        first=human_date(dates[0]) if dates else None, last=human_date(dates[-1]) if dates else None,
        said=said, rest=rest, more=more, others=len(briefs) - len(said), related=related, involved=corpus.involvement[actor.id],
        table=table_link(ctx, page, "actor", actor.id), timeline=timeline_part(ctx, page, cites, {actor.id}),
        footnotes=cites.definitions(),
    ), **further}


def _what_brief_says(ctx: PageContext, page: DocsPath, target: str, brief_id: BriefId,
                     cites: Citations) -> dict[str, Any]:
    """One brief's key statements about `target`, each cited, and its other mentions.

    The rule, in order: the authors' own judgements (a forecast, recommendation or assessment)
    before views they report and before narrative; sentences with the actor as their subject
    (named in the opening words) before passing mentions; sentences that stand alone before
    those that lean on the one before (`This`, `However`); a sentence from a paragraph on a
    theme not yet covered before one repeating a covered theme; then reading order. At most
    KEY_STATEMENTS are quoted, in reading order; every other paragraph naming the actor is
    one link, folded."""
    corpus = ctx.corpus
    brief = corpus.briefs[brief_id]
    judged = {(c.sentence.paragraph, c.sentence.span.start): c
              for c in corpus.conclusions_by_brief.get(brief_id, [])}
    candidates: list[tuple[tuple[int, int, int, int, int], Sentence, list[Mention], frozenset[str]]] = []
    keys = corpus.paragraphs_in(target, brief_id)
    for key in keys:
        mentions = [m for m in corpus.actor_mentions_by_paragraph.get(key, []) if m.target == target]
        themes = frozenset(m.target for m in corpus.theme_mentions_by_paragraph.get(key, []))
        for s in ctx.sentences(key):
            inside = [m for m in mentions if s.span.start <= m.span.start < s.span.end]
            if not inside:
                continue
            c = judged.get((key[1], s.span.start))
            judgement = 2 if c is None else (1 if c.attributed_to else 0)
            subject = 0 if inside[0].span.start - s.span.start <= 40 else 1
            leans = 1 if leans_on_the_one_before(s.text) else 0
            candidates.append(((judgement, subject, leans, key[1], s.span.start), s, inside, themes))
    candidates.sort(key=lambda c: c[0])
    chosen = choose_varied(candidates, KEY_STATEMENTS)
    quotes = []
    for _, s, inside, _ in sorted(chosen, key=lambda c: (c[1].paragraph, c[1].span.start)):
        c = judged.get((s.paragraph, s.span.start))
        kind = Md() if c is None else Md("*Reported view:* ") if c.attributed_to else \
            Md("*{}:* ").format(_KIND_LABEL[c.kind])
        quotes.append(Md("{}“{}”{}").format(kind, ctx.quote(s, inside), cites.ref((s.brief, s.paragraph), s)))
    quoted = {(s.brief, s.paragraph) for _, s, _, _ in chosen}
    # The heading's id: the brief's (stable, short), not the slug of its title written three times.
    return {"link": ctx.brief_link(page, brief), "anchor": Md(f"b-{brief_id}"), "byline": credit(brief),
            "quotes": quotes,
            "others": ctx.paragraph_links(page, [k for k in keys if k not in quoted])}


_KIND_LABEL = {"forecast": "Forecast", "recommendation": "Recommendation", "assessment": "Assessment"}


def _wikidata(actor: Actor) -> Md | None:
    """A link to the actor's Wikidata item, when the registry gives a well-formed id."""
    if actor.wikidata and re.fullmatch(r"Q[1-9][0-9]*", actor.wikidata):
        return link(actor.wikidata, f"https://www.wikidata.org/wiki/{actor.wikidata}")
    return None

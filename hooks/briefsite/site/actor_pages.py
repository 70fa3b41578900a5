"""The actors index and one page per actor.

Input: a PageContext. Output: Markdown for `actors/index.md` (actors by kind, most
named first) and `actors/<id>.md`: the editor's note if there is one, then what each
brief says about the actor, related actors and the conclusions involving it.
"""

from __future__ import annotations

import re
from typing import Any

from briefsite.model import Actor
from briefsite.site.citations import Citations
from briefsite.site.conclusion_pages import conclusion_items
from briefsite.site.context import PageContext
from briefsite.site.markdown import Md, link
from briefsite.site.sitemap import page_path
from briefsite.site.templating import render

KIND_ORDER = ("state", "person", "organisation", "group")
KIND_TITLES = {"state": "States", "person": "People", "organisation": "Organisations", "group": "Groups"}


def actors_index(ctx: PageContext) -> str:
    page = page_path("actors")
    corpus = ctx.corpus
    groups = []
    for kind in KIND_ORDER:
        actors = [a for a in corpus.knowledge.actors if a.kind == kind]
        rows = [
            {"link": ctx.target_link(page, "actors", a.id), "discovered": a.discovered,
             "briefs": len(corpus.briefs_of(a.id)), "paragraphs": len(corpus.paragraphs_of(a.id))}
            for a in sorted(actors, key=lambda a: (-len(corpus.paragraphs_of(a.id)), a.name.casefold(), a.id))
        ]
        if rows:
            groups.append({"title": KIND_TITLES[kind], "rows": rows})
    return render("actors_index.md.j2", groups=groups)


def actor_page(ctx: PageContext, actor: Actor) -> str:
    page = page_path("actors", actor.id)
    corpus = ctx.corpus
    cites = Citations(corpus, page)
    related: list[dict[str, Any]] = [
        {"link": ctx.target_link(page, "actors", other), "count": n}
        for other, n in corpus.co_mentioned(actor.id, corpus.actor_mentions_by_paragraph)[:15]
    ]
    affiliation = ctx.target_link(page, "actors", actor.affiliation) if actor.affiliation in corpus.actors else (
        actor.affiliation or None)
    sayings = ctx.sayings(page, actor.id, cites)
    mine = [c for c in corpus.own_conclusions if actor.id in c.actors or c.addressee == actor.id]
    briefs = [ctx.brief_link(page, corpus.briefs[b]) for b in corpus.briefs_of(actor.id)]
    return render(
        "actor.md.j2", actor=actor, kind=actor.kind, names=corpus.names_of(actor.id), wikidata=_wikidata(actor),
        affiliation=affiliation, note=corpus.knowledge.notes.get(("actors", actor.id)),
        briefs=briefs, paragraphs=len(corpus.paragraphs_of(actor.id)), sayings=sayings, related=related,
        conclusions=conclusion_items(ctx, mine, cites), footnotes=cites.definitions(),
    )


def _wikidata(actor: Actor) -> Md | None:
    """A link to the actor's Wikidata item, when the registry gives a well-formed id."""
    if actor.wikidata and re.fullmatch(r"Q[1-9][0-9]*", actor.wikidata):
        return link(actor.wikidata, f"https://www.wikidata.org/wiki/{actor.wikidata}")
    return None

"""The themes index and one page per theme.

Input: a PageContext. Output: Markdown for `themes/index.md` (themes under their
parents) and `themes/<id>.md`: the editor's note if there is one, where the briefs'
conclusions meet, then each brief's position (key statements and conclusions on the
theme, site/theme_compare.py) side by side, newest first, for the FULL_BRIEFS newest
briefs; further briefs one line each, folded, and beyond those on further pages
(`themes/<id>.more-2.md`); then its actors and related themes.
"""

from __future__ import annotations

from typing import Any

from briefsite.extract.themes.find import lineage
from briefsite.model import Theme, ThemeId
from briefsite.site.citations import Citations, credit, short_label
from briefsite.site.conclusion_pages import table_link
from briefsite.site.context import PageContext
from briefsite.site.markdown import Md, join
from briefsite.site.metadata import index_order
from briefsite.site.more_pages import split_more
from briefsite.site.sitemap import DocsPath, page_path
from briefsite.site.templating import render
from briefsite.site.theme_compare import conclusions_on, meetings, narrower_of, positions
from briefsite.site.timeline_part import timeline_part
from briefsite.text.dates import human_date

FULL_BRIEFS = 12  # briefs whose positions are shown; the others one line each


def themes_index(ctx: PageContext) -> str:
    page = page_path("themes")
    corpus = ctx.corpus
    used = {t.id for t in corpus.knowledge.themes}

    def parent(t: Theme) -> ThemeId | None:  # a broader theme without a page of its own is none
        return t.parent if t.parent in used else None

    themes = sorted(corpus.knowledge.themes, key=lambda t: (parent(t) or t.id, parent(t) is not None, t.name))
    rows = [
        {"link": ctx.target_link(page, "themes", t.id), "child": parent(t) is not None,
         "description": t.description, "briefs": len(corpus.briefs_of(t.id)),
         "paragraphs": len(corpus.paragraphs_of(t.id))}
        for t in themes
    ]
    return render("themes_index.md.j2", rows=rows)


def theme_pages(ctx: PageContext, theme: Theme) -> dict[DocsPath, str]:
    """The theme's page and, when more briefs discuss it than the page lists, the pages of the rest."""
    page = page_path("themes", theme.id)
    corpus = ctx.corpus
    cites = Citations(corpus, page)
    below = narrower_of(ctx, theme)
    mine = conclusions_on(ctx, theme, below)
    newest = {b.id: i for i, b in enumerate(index_order(corpus.knowledge.briefs))}
    briefs = sorted(corpus.briefs_of(theme.id), key=newest.__getitem__)  # newest first, undated last
    met = [{"title": Md("**{} {} {}**{}").format(_PLURAL[m.kind], "to" if m.kind == "recommendation" else "about",
                                               ctx.target_link(page, "actors", m.actor),
                                               Md(" · *worded differently*") if m.diverging else Md()),
            "briefs": m.briefs,
            "said": [{"label": short_label(corpus.briefs[b]), "text": t} for b, t in m.said]}
           for m in meetings(ctx, mine, cites)]
    # the table files a row under its most specific themes only, and filters by those
    filed = ctx.filed_under[theme.id]
    said = []
    for p in positions(ctx, theme, briefs[:FULL_BRIEFS], below, mine, cites):
        brief = corpus.briefs[p.brief]
        rest = table_link(ctx, page, "brief", brief.id) if p.more_conclusions else None
        said.append({"link": ctx.brief_link(page, brief), "byline": credit(brief), "key": p.key,
                     "conclusions": p.conclusions, "more": p.more_conclusions, "rest": rest,
                     "narrower": join((ctx.target_link(page, "themes", t) for t in p.narrower), " · ")})
    lines = [{"link": ctx.brief_link(page, corpus.briefs[b]),
              "places": ctx.paragraph_links(page, corpus.paragraphs_in(theme.id, b))}
             for b in briefs[FULL_BRIEFS:]]
    folded, more, further = split_more("themes", theme.id, theme.name, len(said), lines)
    actors: list[dict[str, Any]] = [
        {"link": ctx.target_link(page, "actors", a), "count": n}
        for a, n in corpus.co_mentioned(theme.id, corpus.actor_mentions_by_paragraph)[:15]
    ]
    line = lineage(corpus.knowledge.themes)
    related = [  # a parent or child always co-occurs: it is shown as such, not as related
        {"link": ctx.target_link(page, "themes", t), "count": n}
        for t, n in corpus.co_mentioned(theme.id, corpus.theme_mentions_by_paragraph)
        if t not in line.get(theme.id, ()) and theme.id not in line.get(ThemeId(t), ())
    ][:10]
    parent = ctx.target_link(page, "themes", theme.parent) if theme.parent in corpus.themes else None
    children = [ctx.target_link(page, "themes", t.id) for t in corpus.knowledge.themes if t.parent == theme.id]
    dates = sorted(d for d in (corpus.briefs[b].meta.date for b in briefs) if d)
    return {page: render(
        "theme.md.j2", theme=theme, parent=parent, children=children,
        note=corpus.knowledge.notes.get(("themes", theme.id)),
        briefs=len(briefs), paragraphs=len(corpus.paragraphs_of(theme.id)),
        first=human_date(dates[0]) if dates else None, last=human_date(dates[-1]) if dates else None,
        conclusions=len(mine), table=table_link(ctx, page, "theme", theme.id), filed=filed,
        met=met, said=said, folded=folded, more=more, others=len(briefs) - len(said),
        actors=actors, related=related, timeline=timeline_part(ctx, page, cites, {theme.id, *below}),
        footnotes=cites.definitions(),
    ), **further}


_PLURAL = {"forecast": "Forecasts", "recommendation": "Recommendations", "assessment": "Assessments"}

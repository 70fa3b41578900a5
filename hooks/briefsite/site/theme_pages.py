"""The themes index and one page per theme.

Input: a PageContext. Output: Markdown for `themes/index.md` (themes under their
parents) and `themes/<id>.md`: the editor's note if there is one, then what each brief
says on the theme, its actors, related themes and the conclusions on it.
"""

from __future__ import annotations

from typing import Any

from briefsite.extract.themes.find import lineage
from briefsite.model import Theme, ThemeId
from briefsite.site.citations import Citations
from briefsite.site.conclusion_pages import conclusion_items
from briefsite.site.context import PageContext
from briefsite.site.sitemap import page_path
from briefsite.site.templating import render


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


def theme_page(ctx: PageContext, theme: Theme) -> str:
    page = page_path("themes", theme.id)
    corpus = ctx.corpus
    cites = Citations(corpus, page)
    sayings = ctx.sayings(page, theme.id, cites)
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
    mine = [c for c in corpus.own_conclusions if theme.id in c.themes]
    return render(
        "theme.md.j2", theme=theme, parent=parent, children=children,
        note=corpus.knowledge.notes.get(("themes", theme.id)),
        sayings=sayings, actors=actors, related=related,
        conclusions=conclusion_items(ctx, mine, cites), footnotes=cites.definitions(),
    )

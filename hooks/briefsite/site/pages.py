"""Every generated page of one site, from the corpus, through templates.

Input: a Corpus. Output: `{docs path: Markdown}` for the home page, the brief pages
and index, and (when knowledge holds them) actor, theme and conclusion pages, and the
timeline; index pages exist even when their lists are empty. Every value a template
prints is escaped unless it is `Md` built by the engine, so brief text cannot turn
into markup. Each page kind lives in its own module; they share `PageContext`.
"""

from __future__ import annotations

from briefsite.corpus.index import Corpus
from briefsite.site import actor_pages, brief_pages, conclusion_pages, glossary_page, theme_pages, timeline_page
from briefsite.site.context import PageContext
from briefsite.site.sitemap import DocsPath, page_path


def render_pages(corpus: Corpus, site_url: str | None = None) -> dict[DocsPath, str]:
    """Return every generated page, sorted by path; `site_url`: the hosted site's address,
    when known, for the links in citations."""
    ctx = PageContext(corpus, site_url)
    k = corpus.knowledge
    pages = {
        page_path("home"): brief_pages.home(ctx),
        page_path("actors"): actor_pages.actors_index(ctx),
        **actor_pages.named_once_page(ctx),
        page_path("themes"): theme_pages.themes_index(ctx),
        page_path("glossary"): glossary_page.glossary_page(ctx),
    }
    pages.update(brief_pages.briefs_index_pages(ctx))  # briefs/index.md, and its further pages when long
    pages.update(conclusion_pages.conclusions_pages(ctx))  # conclusions.md, and its further pages when long
    pages.update(timeline_page.timeline_pages(ctx))  # timeline.md, and its pages by year when long
    for brief in k.briefs:
        pages[page_path("briefs", brief.id)] = brief_pages.brief_page(ctx, brief)
    for actor in (a for a in k.actors if a.id in corpus.paged_actors):  # the others: rows of the index
        pages.update(actor_pages.actor_pages(ctx, actor))  # and its further pages when it is named widely
    for theme in k.themes:
        pages.update(theme_pages.theme_pages(ctx, theme))  # and its further pages when it is discussed widely
    return dict(sorted(pages.items()))

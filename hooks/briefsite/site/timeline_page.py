"""The timeline: dated events the briefs state, by year, each sentence cited.

Input: a PageContext. Output: Markdown for `timeline.md`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from briefsite.site.citations import Citations, short_label
from briefsite.site.context import PageContext
from briefsite.site.markdown import Md, escape, link
from briefsite.site.sitemap import page_path, relative
from briefsite.site.templating import render
from briefsite.text.dates import human_date

def timeline_page(ctx: PageContext) -> str:
    page = page_path("timeline")
    cites = Citations(ctx.corpus, page)
    years: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in ctx.corpus.knowledge.events:  # already sorted by date
        brief = ctx.corpus.briefs[e.brief]
        years[e.date[:4]].append({
            "date": human_date(e.date),
            "text": Md("“{}”{}").format(escape(e.text), cites.ref((e.brief, e.paragraph))),
            "brief": link(short_label(brief), relative(page, page_path("briefs", brief.id)), brief.title),
        })
    return render("timeline.md.j2", years=sorted(years.items()), footnotes=cites.definitions())

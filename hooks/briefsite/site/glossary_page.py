"""The glossary: every abbreviation the briefs define, and the short names of their actors.

Input: a PageContext. Output: Markdown for `glossary.md`, a table of short form, long form
and where it is explained (the paragraph that defines it, or the actor's page). The same
abbreviations are explained in tooltips on brief pages (brief_pages.linked_text).
"""

from __future__ import annotations

from briefsite.model import BriefId
from briefsite.site.context import PageContext
from briefsite.site.markdown import Md, escape, link
from briefsite.site.sitemap import page_path, paragraph_anchor, relative
from briefsite.site.templating import render


def glossary_page(ctx: PageContext) -> str:
    page = page_path("glossary")
    rows = []
    for short, (long, where) in ctx.abbreviations.items():
        kind, _, rest = where.partition(":")
        if kind == "briefs":
            brief_id, _, number = rest.rpartition(":")
            brief = ctx.corpus.briefs[BriefId(brief_id)]
            target = relative(page, page_path("briefs", brief.id), paragraph_anchor(int(number)))
            source = Md("{} ({})").format(link(f"¶ {number}", target), escape(brief.title))
        elif kind == "glossary":
            source = Md("the site's glossary")
        else:
            source = ctx.target_link(page, "actors", rest)
        rows.append({"short": escape(short), "long": escape(long), "source": source})
    return render("glossary.md.j2", rows=rows)

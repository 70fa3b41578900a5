"""The conclusions table, in pages, and the conclusion lists of actor and theme pages.

Input: a PageContext. Output: Markdown for `conclusions.md` and, when the table holds more
rows than a page (site/paging.py), `conclusions/page-N.md`: a compact table of conclusions
and attributed views, a row each, that the reader filters and sorts in the browser, with a
pager; and cited conclusion items for other pages.
"""

from __future__ import annotations

import json
from typing import Any

from briefsite.model import Conclusion
from briefsite.site.citations import Citations, byline, sentence_number, short_label
from briefsite.site.conclusion_index import ConclusionIndex, specific_themes
from briefsite.site.context import PageContext
from briefsite.site.markdown import Md, escape, join, link
from briefsite.site.metadata import date_md
from briefsite.site.paging import PAGE_SIZE, pager
from briefsite.site.sitemap import DocsPath, page_path, relative, sentence_anchor
from briefsite.site.templating import render
from briefsite.text.dates import human_date

CONCLUSION_KINDS = (("forecast", "Forecasts"), ("recommendation", "Recommendations"), ("assessment", "Assessments"))
_LABEL = {k: t[:-1] for k, t in CONCLUSION_KINDS}


def conclusion_items(ctx: PageContext, conclusions: list[Conclusion], cites: Citations) -> list[Md]:
    """`**Forecast.** “…”[^ref]`: each conclusion with its kind, quoted and cited."""
    return [Md("**{}.** “{}”{}").format(_LABEL[c.kind], ctx.quote(c.sentence, []),
                                        cites.ref((c.sentence.brief, c.sentence.paragraph), c.sentence))
            for c in conclusions]


def table_link(ctx: PageContext, page: DocsPath, facet: str, ident: str, also: dict[str, str] | None = None) -> Md | None:
    """A link to the first page of the conclusions table with rows naming `ident` (a brief,
    actor or theme), filtered to them (`?actor=china`); None when no row names it."""
    first = ctx.conclusions.first(facet, ident)
    if first is None:
        return None
    query = "&".join(f"{k}={v}" for k, v in {facet: ident, **(also or {})}.items())
    return Md(relative(page, first)) + Md("?" + query)


def conclusions_pages(ctx: PageContext) -> dict[DocsPath, str]:
    """Every page of the table, by path (at least `conclusions.md`)."""
    index = ctx.conclusions
    paths = index.paths()
    labels = [_dates(ctx, rows) for rows in index.pages]
    # The same on every page: counted once, not once per page (that grew with pages x rows).
    totals = {"counts": _counts(ctx), "attributed": sum(1 for c in ctx.corpus.knowledge.conclusions if c.attributed_to),
              "briefs": len({c.sentence.brief for c in ctx.corpus.knowledge.conclusions})}
    return {path: _table_page(ctx, index, n, paths, labels, totals) for n, path in enumerate(paths, start=1)}


def _dates(ctx: PageContext, rows: tuple[Conclusion, ...]) -> str:
    """What a page holds, for its pager link: `briefs of 3 May 2024 to 21 June 2025`."""
    dates = sorted({d for c in rows if (d := ctx.corpus.briefs[c.sentence.brief].meta.date)})
    if not dates:
        return "undated briefs" if rows else "no conclusions"
    first, last = human_date(dates[0]), human_date(dates[-1])
    return f"briefs of {first}" if first == last else f"briefs of {first} to {last}"


def _table_page(ctx: PageContext, index: ConclusionIndex, number: int, paths: list[DocsPath],
                labels: list[str], totals: dict[str, Any]) -> str:
    """One page of the table: newest brief first, in reading order within a brief; each row
    the statement, its kind, brief (linked to the sentence), date, themes and actors.
    docs/assets/briefsite.js adds filters (kind, brief, theme, actor) and sorting, from disk too."""
    page = paths[number - 1]
    rows = []
    for c in index.pages[number - 1]:
        brief = ctx.corpus.briefs[c.sentence.brief]
        if c.attributed_to is not None:
            who = c.attributed_to
            held = ctx.target_link(page, "actors", who) if who in ctx.corpus.actors else escape(who)
            kind = Md('<span data-kind="attributed">View of {}</span>').format(held)
        else:
            kind = Md('<span data-kind="{}">{}</span>').format(Md(c.kind), _LABEL[c.kind])
            if c.kind == "recommendation" and c.addressee:
                to = (ctx.target_link(page, "actors", c.addressee) if c.addressee in ctx.corpus.actors
                      else escape(c.addressee))
                kind = Md("{} to {}").format(kind, to)
        number_in = sentence_number(ctx.corpus.paragraph((brief.id, c.sentence.paragraph)).text, c.sentence)
        where = relative(page, page_path("briefs", brief.id), sentence_anchor(c.sentence.paragraph, number_in))
        rows.append({
            "statement": Md("“{}”").format(ctx.quote(c.sentence, [])),
            "kind": kind,
            "brief": link(f"{short_label(brief)}, ¶ {c.sentence.paragraph}", where, byline(brief)),
            "date": date_md(brief.meta.date),
            "themes": join(ctx.target_link(page, "themes", t) for t in specific_themes(ctx.corpus, c.themes)),
            "actors": join(ctx.target_link(page, "actors", a) for a in c.actors if a in ctx.corpus.actors),
        })
    return render("conclusions.md.j2", rows=rows, number=number, pages=len(paths),
                  pager=pager(page, paths, labels, "the conclusions"), rows_per_page=PAGE_SIZE, data=_page_data(index, number),
                  **totals)


def _counts(ctx: PageContext) -> dict[str, int]:
    return {k: sum(1 for c in ctx.corpus.own_conclusions if c.kind == k) for k, _ in CONCLUSION_KINDS}


def _page_data(index: ConclusionIndex, number: int) -> Md:
    """`{"actor": {"china": [1, 4]}, ...}`: for each brief, actor and theme this page's rows
    name, the pages that name it, as JSON for the filters (ids are slugs, numbers are numbers;
    `<` is escaped all the same, so nothing can close the script element)."""
    if len(index.pages) < 2:
        return Md()
    mine: dict[str, dict[str, list[int]]] = {"brief": {}, "actor": {}, "theme": {}}
    for (facet, ident), numbers in index.where.items():
        if number in numbers:
            mine[facet][ident] = list(numbers)
    text = json.dumps({"page": number, "pages": len(index.pages), **mine}, sort_keys=True, separators=(",", ":"))
    return Md('<script type="application/json" class="conclusions-pages">{}</script>').format(
        Md(text.replace("<", "\\u003c").replace("&", "\\u0026")))

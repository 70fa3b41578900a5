"""The conclusions page, and the conclusion lists of actor and theme pages.

Input: a PageContext. Output: Markdown for `conclusions.md` (one table of every conclusion
and attributed view, a row each, that the reader filters and sorts in the browser) and cited
conclusion items for other pages.
"""

from __future__ import annotations

from briefsite.model import Conclusion
from briefsite.site.citations import Citations, byline, sentence_number, short_label
from briefsite.site.context import PageContext
from briefsite.site.markdown import Md, escape, join, link
from briefsite.site.metadata import date_md
from briefsite.site.sitemap import page_path, relative, sentence_anchor
from briefsite.site.templating import render

CONCLUSION_KINDS = (("forecast", "Forecasts"), ("recommendation", "Recommendations"), ("assessment", "Assessments"))


def conclusion_items(ctx: PageContext, conclusions: list[Conclusion], cites: Citations) -> list[Md]:
    """`**Forecast.** “…”[^ref]`: each conclusion with its kind, quoted and cited."""
    label = {k: t[:-1] for k, t in CONCLUSION_KINDS}
    return [Md("**{}.** “{}”{}").format(label[c.kind], ctx.quote(c.sentence, []),
                                        cites.ref((c.sentence.brief, c.sentence.paragraph), c.sentence))
            for c in conclusions]


SHOWN_THEMES = 3  # a row names its most specific themes; broader ones are a click away


def _specific(ctx: PageContext, themes: tuple[str, ...]) -> list[str]:
    """The conclusion's most specific themes (none whose narrower theme is also there), at most
    SHOWN_THEMES, by name."""
    known = [ctx.corpus.themes[t] for t in themes if t in ctx.corpus.themes]
    parents = {t.parent for t in known}
    narrow = sorted((t for t in known if t.id not in parents), key=lambda t: (t.name.casefold(), t.id))
    return [t.id for t in narrow[:SHOWN_THEMES]]


def conclusions_page(ctx: PageContext) -> str:
    """One compact table of every conclusion: the statement, its kind, brief (linked to the
    sentence), date, themes and actors; newest brief first, in reading order within a brief.
    docs/assets/briefsite.js adds filters (kind, brief, theme, actor) and sorting, from disk too."""
    page = page_path("conclusions")
    label = {k: t[:-1] for k, t in CONCLUSION_KINDS}
    own = list(ctx.corpus.own_conclusions)
    attributed = [c for c in ctx.corpus.knowledge.conclusions if c.attributed_to is not None]
    rows = []
    for c in sorted([*own, *attributed], key=lambda c: (ctx.corpus.brief_order(c.sentence.brief),
                                                      c.sentence.paragraph, c.sentence.span.start)):
        brief = ctx.corpus.briefs[c.sentence.brief]
        if c.attributed_to is not None:
            who = c.attributed_to
            held = ctx.target_link(page, "actors", who) if who in ctx.corpus.actors else escape(who)
            kind = Md('<span data-kind="attributed">View of {}</span>').format(held)
        else:
            kind = Md('<span data-kind="{}">{}</span>').format(Md(c.kind), label[c.kind])
            if c.kind == "recommendation" and c.addressee:
                to = (ctx.target_link(page, "actors", c.addressee) if c.addressee in ctx.corpus.actors
                      else escape(c.addressee))
                kind = Md("{} to {}").format(kind, to)
        number = sentence_number(ctx.corpus.paragraph((brief.id, c.sentence.paragraph)).text, c.sentence)
        where = relative(page, page_path("briefs", brief.id), sentence_anchor(c.sentence.paragraph, number))
        rows.append({
            "statement": Md("“{}”").format(ctx.quote(c.sentence, [])),
            "kind": kind,
            "brief": link(f"{short_label(brief)}, ¶ {c.sentence.paragraph}", where, byline(brief)),
            "date": date_md(brief.meta.date),
            "themes": join(ctx.target_link(page, "themes", t) for t in _specific(ctx, c.themes)),
            "actors": join(ctx.target_link(page, "actors", a) for a in c.actors if a in ctx.corpus.actors),
        })
    counts = {k: sum(1 for c in own if c.kind == k) for k, _ in CONCLUSION_KINDS}
    return render("conclusions.md.j2", rows=rows, counts=counts, attributed=len(attributed),
                  briefs=len({c.sentence.brief for c in [*own, *attributed]}))

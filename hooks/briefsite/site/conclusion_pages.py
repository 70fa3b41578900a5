"""The conclusions page, and the conclusion lists of actor and theme pages.

Input: a PageContext. Output: Markdown for `conclusions.md` (conclusions grouped by
kind, then theme, each brief's statements side by side; then the views the briefs
attribute to others, by who holds them) and cited conclusion items for other pages.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable

from briefsite.model import BriefId, Conclusion
from briefsite.site.citations import Citations, credit
from briefsite.site.context import PageContext, TargetKind
from briefsite.site.markdown import Md
from briefsite.site.sitemap import DocsPath, page_path
from briefsite.site.templating import render

CONCLUSION_KINDS = (("forecast", "Forecasts"), ("recommendation", "Recommendations"), ("assessment", "Assessments"))
Group = tuple[TargetKind, str]  # the theme or actor page a conclusion is listed under


def conclusion_items(ctx: PageContext, conclusions: list[Conclusion], cites: Citations) -> list[Md]:
    """`**Forecast.** “…”[^ref]`: each conclusion with its kind, quoted and cited."""
    label = {k: t[:-1] for k, t in CONCLUSION_KINDS}
    return [Md("**{}.** “{}”{}").format(label[c.kind], ctx.quote(c.sentence, []),
                                        cites.ref((c.sentence.brief, c.sentence.paragraph), c.sentence))
            for c in conclusions]


def conclusions_page(ctx: PageContext) -> str:
    page = page_path("conclusions")
    cites = Citations(ctx.corpus, page)
    sections = []
    for kind, title in CONCLUSION_KINDS:
        mine = [c for c in ctx.corpus.own_conclusions if c.kind == kind]
        sections.append({"kind": kind, "title": title, "count": len(mine),
                         "groups": _groups(ctx, page, mine, cites, lambda c: ("themes", _main_theme(ctx, c)))})
    attributed = [c for c in ctx.corpus.knowledge.conclusions if c.attributed_to is not None]
    sections.append({"kind": "attributed", "title": "Views attributed to others", "count": len(attributed),
                     "groups": _groups(ctx, page, attributed, cites, lambda c: ("actors", c.attributed_to or ""))})
    return render("conclusions.md.j2", sections=sections, footnotes=cites.definitions())


def _groups(ctx: PageContext, page: DocsPath, conclusions: list[Conclusion], cites: Citations,
            group_of: Callable[[Conclusion], Group]) -> list[dict[str, Any]]:
    """Conclusions by group (a theme or an actor page), then by brief, in reading order."""
    by_group: dict[Group, list[Conclusion]] = defaultdict(list)
    for c in conclusions:
        by_group[group_of(c)].append(c)

    def name(key: Group) -> str:
        kind, ident = key
        item = (ctx.corpus.themes if kind == "themes" else ctx.corpus.actors).get(ident)
        return item.name if item else ident

    groups = []
    for key in sorted(by_group, key=lambda k: (k[1] == "", name(k).casefold(), k[1])):
        kind, ident = key
        per_brief: dict[BriefId, list[Conclusion]] = defaultdict(list)
        for c in by_group[key]:
            per_brief[c.sentence.brief].append(c)
        known = ident in (ctx.corpus.themes if kind == "themes" else ctx.corpus.actors)
        groups.append({
            "title": name(key) if ident else ("Other topics" if kind == "themes" else "Others"),
            "link": ctx.target_link(page, kind, ident) if known else None,
            "briefs": [
                {"link": ctx.brief_link(page, ctx.corpus.briefs[b]), "byline": credit(ctx.corpus.briefs[b]),
                 "statements": [_statement(ctx, c, cites) for c in items]}
                for b, items in sorted(per_brief.items(), key=lambda kv: ctx.corpus.brief_order(kv[0]))
            ],
        })
    return groups


def _main_theme(ctx: PageContext, c: Conclusion) -> str:
    """The most specific theme of a conclusion (a child theme before its parent), or ''."""
    themes = [ctx.corpus.themes[t] for t in c.themes if t in ctx.corpus.themes]
    if not themes:
        return ""
    parents = {t.parent for t in themes}
    specific = [t for t in themes if t.id not in parents] or themes
    return sorted(specific, key=lambda t: t.id)[0].id


def _statement(ctx: PageContext, c: Conclusion, cites: Citations) -> Md:
    key = (c.sentence.brief, c.sentence.paragraph)
    text = Md("“{}”{}").format(ctx.quote(c.sentence, []), cites.ref(key, c.sentence))
    if c.kind == "recommendation" and c.addressee:
        page = page_path("conclusions")
        to = ctx.target_link(page, "actors", c.addressee) if c.addressee in ctx.corpus.actors else c.addressee.strip()
        text = Md("{} *(addressed to {})*").format(text, to)
    return text

"""Pages of extracted knowledge: actors, themes and conclusions.

Input: a Renderer (its corpus and shared helpers). Output: `{docs path: Markdown}`
for the actor and theme indexes and pages and the conclusions page; each quoted
statement carries a footnote citation to its paragraph.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any, Callable

from briefsite.site.citations import Citations, credit, short_label
from briefsite.corpus.index import page_path, relative
from briefsite.site.markdown import Md, escape, link
from briefsite.model import Actor, Conclusion, Theme
from briefsite.site.templating import render as _render
from briefsite.extract.themes.find import lineage

if TYPE_CHECKING:
    from briefsite.site.pages import Renderer

KIND_ORDER = ("state", "person", "organisation", "group")
KIND_TITLES = {"state": "States", "person": "People", "organisation": "Organisations", "group": "Groups"}
CONCLUSION_KINDS = (("forecast", "Forecasts"), ("recommendation", "Recommendations"), ("assessment", "Assessments"))


def pages(r: Renderer) -> dict[str, str]:
    """Return every knowledge page; index pages exist even when their lists are empty."""
    k = r.corpus.knowledge
    out = {page_path("actors"): _render("actors_index.md.j2", groups=_actor_groups(r))}
    out[page_path("themes")] = _render("themes_index.md.j2", rows=_theme_rows(r))
    out[page_path("conclusions")] = conclusions_page(r)
    out[page_path("timeline")] = timeline_page(r)
    for actor in k.actors:
        out[page_path("actors", actor.id)] = actor_page(r, actor)
    for theme in k.themes:
        out[page_path("themes", theme.id)] = theme_page(r, theme)
    return out


def _actor_groups(r: Renderer) -> list[dict[str, Any]]:
    page = page_path("actors")
    groups = []
    for kind in KIND_ORDER:
        actors = [a for a in r.corpus.knowledge.actors if a.kind == kind]
        rows = [
            {"link": r.target_link(page, "actors", a.id), "discovered": a.discovered,
             "briefs": len(r.corpus.briefs_of(a.id)), "paragraphs": len(r.corpus.paragraphs_of(a.id))}
            for a in sorted(actors, key=lambda a: (-len(r.corpus.paragraphs_of(a.id)), a.name.casefold(), a.id))
        ]
        if rows:
            groups.append({"title": KIND_TITLES[kind], "rows": rows})
    return groups


def _theme_rows(r: Renderer) -> list[dict[str, Any]]:
    page = page_path("themes")
    themes = sorted(r.corpus.knowledge.themes, key=lambda t: (t.parent or t.id, t.parent is not None, t.name))
    return [
        {"link": r.target_link(page, "themes", t.id), "child": t.parent is not None,
         "description": t.description, "briefs": len(r.corpus.briefs_of(t.id)),
         "paragraphs": len(r.corpus.paragraphs_of(t.id))}
        for t in themes
    ]


def _conclusion_items(r: Renderer, page: str, conclusions: list[Conclusion], cites: Citations) -> list[Md]:
    label = dict((k, t[:-1]) for k, t in CONCLUSION_KINDS)
    out = []
    for c in conclusions:
        key = (c.sentence.brief, c.sentence.paragraph)
        out.append(Md(f"**{label[c.kind]}.** “{r.quote(c.sentence, [])}”{cites.ref(key)}"))
    return out


def actor_page(r: Renderer, actor: Actor) -> str:
    page = page_path("actors", actor.id)
    cites = Citations(r.corpus, page)
    related = [
        {"link": r.target_link(page, "actors", other), "count": n}
        for other, n in r.corpus.co_mentioned(actor.id, r.corpus.actor_mentions_by_paragraph)[:15]
    ]
    affiliation = r.target_link(page, "actors", actor.affiliation) if actor.affiliation in r.corpus.actors else (
        actor.affiliation or None)
    sayings = r.sayings(page, actor.id, cites)
    mine = [c for c in r.corpus.own_conclusions if actor.id in c.actors or c.addressee == actor.id]
    briefs = [r.brief_link(page, r.corpus.briefs[b]) for b in r.corpus.briefs_of(actor.id)]
    return _render(
        "actor.md.j2", actor=actor, kind=actor.kind, names=r.corpus.names_of(actor.id), wikidata=_wikidata(actor), affiliation=affiliation, note=r.corpus.knowledge.notes.get(page),
        briefs=briefs, paragraphs=len(r.corpus.paragraphs_of(actor.id)), sayings=sayings, related=related,
        conclusions=_conclusion_items(r, page, mine, cites), footnotes=cites.definitions(),
    )


def _wikidata(actor: Actor) -> Md | None:
    """A link to the actor's Wikidata item, when the registry gives a well-formed id."""
    if actor.wikidata and re.fullmatch(r"Q[1-9][0-9]*", actor.wikidata):
        return link(actor.wikidata, f"https://www.wikidata.org/wiki/{actor.wikidata}")
    return None


def theme_page(r: Renderer, theme: Theme) -> str:
    page = page_path("themes", theme.id)
    cites = Citations(r.corpus, page)
    sayings = r.sayings(page, theme.id, cites)
    actors = [
        {"link": r.target_link(page, "actors", a), "count": n}
        for a, n in r.corpus.co_mentioned(theme.id, r.corpus.actor_mentions_by_paragraph)[:15]
    ]
    line = lineage(r.corpus.knowledge.themes)
    related = [  # a parent or child always co-occurs: it is shown as such, not as related
        {"link": r.target_link(page, "themes", t), "count": n}
        for t, n in r.corpus.co_mentioned(theme.id, r.corpus.theme_mentions_by_paragraph)
        if t not in line.get(theme.id, ()) and theme.id not in line.get(t, ())
    ][:10]
    parent = r.target_link(page, "themes", theme.parent) if theme.parent in r.corpus.themes else None
    children = [r.target_link(page, "themes", t.id) for t in r.corpus.knowledge.themes if t.parent == theme.id]
    mine = [c for c in r.corpus.own_conclusions if theme.id in c.themes]
    return _render(
        "theme.md.j2", theme=theme, parent=parent, children=children, note=r.corpus.knowledge.notes.get(page),
        sayings=sayings, actors=actors, related=related,
        conclusions=_conclusion_items(r, page, mine, cites), footnotes=cites.definitions(),
    )


def conclusions_page(r: Renderer) -> str:
    """Conclusions grouped by kind, then theme, each brief's statements side by side;
    then, apart, the views the briefs attribute to others, grouped by who holds them."""
    page = page_path("conclusions")
    cites = Citations(r.corpus, page)
    sections = []
    for kind, title in CONCLUSION_KINDS:
        mine = [c for c in r.corpus.own_conclusions if c.kind == kind]
        sections.append({"kind": kind, "title": title, "count": len(mine),
                         "groups": _groups(r, page, mine, cites, lambda c: ("themes", _main_theme(r, c)))})
    attributed = [c for c in r.corpus.knowledge.conclusions if c.attributed_to is not None]
    sections.append({"kind": "attributed", "title": "Views attributed to others", "count": len(attributed),
                     "groups": _groups(r, page, attributed, cites, lambda c: ("actors", c.attributed_to or ""))})
    return _render("conclusions.md.j2", sections=sections, footnotes=cites.definitions())


def _groups(r: Renderer, page: str, conclusions: list[Conclusion], cites: Citations,
            group_of: Callable[[Conclusion], tuple[str, str]]) -> list[dict[str, Any]]:
    """Conclusions by group (a theme or an actor page), then by brief, in reading order."""
    by_group: dict[tuple[str, str], list[Conclusion]] = defaultdict(list)
    for c in conclusions:
        by_group[group_of(c)].append(c)

    def name(key: tuple[str, str]) -> str:
        kind, ident = key
        item = (r.corpus.themes if kind == "themes" else r.corpus.actors).get(ident)
        return item.name if item else ident

    groups = []
    for key in sorted(by_group, key=lambda k: (k[1] == "", name(k).casefold(), k[1])):
        kind, ident = key
        per_brief: dict[str, list[Conclusion]] = defaultdict(list)
        for c in by_group[key]:
            per_brief[c.sentence.brief].append(c)
        known = ident in (r.corpus.themes if kind == "themes" else r.corpus.actors)
        groups.append({
            "title": name(key) if ident else ("Other topics" if kind == "themes" else "Others"),
            "link": r.target_link(page, kind, ident) if known else None,
            "briefs": [
                {"link": r.brief_link(page, r.corpus.briefs[b]), "byline": credit(r.corpus.briefs[b]),
                 "statements": [_statement(r, c, cites) for c in items]}
                for b, items in sorted(per_brief.items(), key=lambda kv: r.corpus.brief_order(kv[0]))
            ],
        })
    return groups


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


def human_date(iso: str) -> str:
    """`2021-09-21` -> `21 September 2021`; `2021-09` -> `September 2021`; `2021` stays."""
    parts = iso.split("-")
    if len(parts) == 1:
        return iso
    month = MONTH_NAMES[int(parts[1]) - 1]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def timeline_page(r: Renderer) -> str:
    """Dated events the briefs state, by year, each sentence cited."""
    page = page_path("timeline")
    cites = Citations(r.corpus, page)
    years: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in r.corpus.knowledge.events:  # already sorted by date
        brief = r.corpus.briefs[e.brief]
        years[e.date[:4]].append({
            "date": human_date(e.date),
            "text": Md(f"“{escape(e.text)}”{cites.ref((e.brief, e.paragraph))}"),
            "brief": link(short_label(brief), relative(page, page_path("briefs", brief.id)), brief.title),
        })
    return _render("timeline.md.j2", years=sorted(years.items()), footnotes=cites.definitions())


def _main_theme(r: Renderer, c: Conclusion) -> str:
    """The most specific theme of a conclusion (a child theme before its parent), or ''."""
    themes = [r.corpus.themes[t] for t in c.themes if t in r.corpus.themes]
    if not themes:
        return ""
    parents = {t.parent for t in themes}
    specific = [t for t in themes if t.id not in parents] or themes
    return sorted(specific, key=lambda t: t.id)[0].id


def _statement(r: Renderer, c: Conclusion, cites: Citations) -> Md:
    key = (c.sentence.brief, c.sentence.paragraph)
    text = Md(f"“{r.quote(c.sentence, [])}”{cites.ref(key)}")
    if c.kind == "recommendation" and c.addressee:
        page = page_path("conclusions")
        to = r.target_link(page, "actors", c.addressee) if c.addressee in r.corpus.actors else escape(c.addressee)
        text = Md(f"{text} *(addressed to {to})*")
    return text


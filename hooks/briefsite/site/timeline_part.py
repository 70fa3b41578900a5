"""The timeline part of an actor's or theme's page: the latest few dated events that name it.

Input: a PageContext, the page, its Citations and the ids it is about (an actor; a theme and
its narrower themes). Output: the template's `timeline` value, or None when no event's sentence
names them: at most CAP rows, earliest first, each dated, of its kind, marked when expected,
quoted with a footnote to its sentence, and how many there are in all, with a link to the full
timeline. The rows are the latest CAP events whose sentence names the actor or theme, since a
reader of an actor's page asks first what it did last.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from briefsite.model import Event
from briefsite.site.citations import Citations, short_label
from briefsite.site.context import PageContext
from briefsite.site.markdown import link
from briefsite.site.sitemap import DocsPath, page_path, relative
from briefsite.site.timeline_page import event_date, event_quote

CAP = 8  # events shown on an actor's or theme's page


def events_naming(ctx: PageContext, targets: Collection[str]) -> list[Event]:
    """Every event whose sentence names one of `targets` (actor or theme ids), in date order."""
    corpus = ctx.corpus
    keys = sorted({k for t in targets for k in corpus.paragraphs_of(t)})
    out: list[Event] = []
    for key in keys:
        events = ctx.events_by_paragraph.get(key)
        if not events:
            continue
        spans = [m.span for m in (*corpus.actor_mentions_by_paragraph.get(key, ()),
                                  *corpus.theme_mentions_by_paragraph.get(key, ())) if m.target in targets and m.placed]
        out += [e for e in events if any(e.span.start <= s.start < e.span.end for s in spans)]
    return sorted(out, key=lambda e: ctx.event_order[e.id])


def timeline_part(ctx: PageContext, page: DocsPath, cites: Citations, targets: Collection[str]) -> dict[str, Any] | None:
    """The rows and counts of the page's timeline part (see the module's docstring)."""
    events = events_naming(ctx, targets)
    if not events:
        return None
    rows = [{"date": event_date(e), "text": event_quote(ctx, e, cites),
             "brief": link(short_label(ctx.corpus.briefs[e.brief]), relative(page, page_path("briefs", e.brief)))}
            for e in events[-CAP:]]
    return {"rows": rows, "count": len(events), "expected": sum(1 for e in events if e.expected),
            "link": relative(page, page_path("timeline"))}

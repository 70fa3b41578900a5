"""The timeline: dated events the briefs state, by year, each sentence cited.

Input: a PageContext. Output: Markdown for `timeline.md` and, when the briefs state more
events than a page holds (site/paging.py), `timeline/<years>.md`: then timeline.md lists
the years with their counts and links, and the events are on pages of consecutive years
(`timeline/1962-1999.md`, `timeline/2021.md`), a year never split unless it alone fills
more than a page (`timeline/2021-part-2.md`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from briefsite.extract.events.what import LABELS
from briefsite.model import Event, Sentence
from briefsite.site.citations import Citations, short_label
from briefsite.site.context import PageContext, strip
from briefsite.site.markdown import Md, escape, escape_inline, join, link, mark
from briefsite.site.paging import PAGE_SIZE, chunk, pager
from briefsite.site.sitemap import Anchor, DocsPath, page_path, relative, timeline_path
from briefsite.site.templating import render
from briefsite.text.dates import human_date


def timeline_pages(ctx: PageContext) -> dict[DocsPath, str]:
    """Every page of the timeline, by path (at least `timeline.md`)."""
    events = list(ctx.corpus.knowledge.events)  # already sorted by date
    pages = chunk(events, lambda e: e.date[:4])
    if len(pages) <= 1:
        return {page_path("timeline"): _events_page(ctx, page_path("timeline"), events, Md(), None)}
    names = _names(pages)
    paths = [timeline_path(name) for name, _ in names]
    labels = [label for _, label in names]
    out = {path: _events_page(ctx, path, rows, pager(path, paths, labels, "the timeline"), label)
           for path, label, rows in zip(paths, labels, pages, strict=True)}
    out[page_path("timeline")] = _overview(ctx, paths, labels, pages)
    return out


def _names(pages: list[list[Event]]) -> list[tuple[str, str]]:
    """(path name, label) of each page: `1962-1999` / `1962 to 1999`, `2021` / `2021`, and for a
    year in several pages `2021-part-2` / `2021, part 2 of 3`."""
    spans = [(p[0].date[:4], p[-1].date[:4]) for p in pages]
    parts = Counter(first for first, last in spans if first == last)
    seen: Counter[str] = Counter()
    out = []
    for first, last in spans:
        if first != last:
            out.append((f"{first}-{last}", f"{first} to {last}"))
            continue
        seen[first] += 1
        if parts[first] == 1:
            out.append((first, first))
        else:
            n = seen[first]
            out.append((first if n == 1 else f"{first}-part-{n}", f"{first}, part {n} of {parts[first]}"))
    return out


def _events_page(ctx: PageContext, page: DocsPath, events: list[Event], pages: Md, label: str | None) -> str:
    cites = Citations(ctx.corpus, page)
    years: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        brief = ctx.corpus.briefs[e.brief]
        years.setdefault(e.date[:4], []).append({
            "date": event_date(e),
            "text": event_quote(ctx, e, cites),
            "brief": link(short_label(brief), relative(page, page_path("briefs", brief.id)), brief.title),
        })
    return render("timeline.md.j2", years=sorted(years.items()), footnotes=cites.definitions(),
                  pager=pages, label=label, overview=None,
                  expected=sum(1 for e in events if e.expected))


def event_date(e: Event) -> Md:
    """`21 September 2021`, with the year in brackets when the sentence does not write it (read
    from the paragraph or the brief's date), then the kind and whether it was still to come:
    `21 September [2021]<br>Speech · *expected*`."""
    written = human_date(e.date)
    if e.year_from != "text" and len(e.date) > 4:
        date = escape(written[:-4]) + Md("[{}]").format(written[-4:])
    elif e.year_from != "text":
        date = Md("[{}]").format(written)
    else:
        date = escape(written)
    tags = [Md("{}").format(LABELS[e.kind])] if LABELS.get(e.kind) else []
    if e.expected:
        tags.append(Md("*expected*"))
    return date + (Md("<br>") + join(tags, " · ") if tags else Md())


def event_quote(ctx: PageContext, e: Event, cites: Citations) -> Md:
    """The event's sentence in quotes, the words that date it marked, cited to the sentence."""
    text = ctx.corpus.paragraph((e.brief, e.paragraph)).text
    sentence = Sentence(e.brief, e.paragraph, e.span, e.text)
    if not e.span.start <= e.when.start < e.when.end <= e.span.end:  # an event made without spans
        return Md("“{}”{}").format(escape(e.text), cites.ref((e.brief, e.paragraph)))
    quoted = strip(escape_inline(text[e.span.start:e.when.start]) + mark(text[e.when.start:e.when.end])
                   + escape_inline(text[e.when.end:e.span.end]))
    return Md("“{}”{}").format(quoted, cites.ref((e.brief, e.paragraph), sentence))


def _overview(ctx: PageContext, paths: list[DocsPath], labels: list[str], pages: list[list[Event]]) -> str:
    """timeline.md of a paged timeline: each year, how many events, and a link to its (first) page."""
    page = page_path("timeline")
    years: list[dict[str, Any]] = []
    for path, events in zip(paths, pages, strict=True):
        for year, n in sorted(Counter(e.date[:4] for e in events).items()):
            if years and years[-1]["year"] == year:
                years[-1]["count"] += n
                continue
            years.append({"year": year, "count": n, "link": link(year, relative(page, path, Anchor(year)))})
    listed = [{"link": link(label, relative(page, path)), "count": len(events)}
              for path, label, events in zip(paths, labels, pages, strict=True)]
    return render("timeline.md.j2", years=[], footnotes=[], pager=Md(), label=None, expected=0,
                  overview={"years": years, "pages": listed, "events": sum(len(p) for p in pages),
                            "size": PAGE_SIZE})

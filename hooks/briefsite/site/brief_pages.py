"""The home page, the briefs index and one page per brief.

Input: a PageContext. Output: Markdown for `index.md`, `briefs/index.md` and
`briefs/<id>.md`: each brief's repaired text, paragraph by paragraph, with its
anchor, its actors linked and, folded under it, the pages that cite it.
"""

from __future__ import annotations

import html
import json
import re

from collections import Counter, defaultdict
from typing import Any

from briefsite.corpus.index import Citer, ParaKey
from briefsite.model import Brief
from briefsite.site.brief_extras import extras, note_anchor
from briefsite.site.cite import bibtex, citation, meta_tags, ris
from briefsite.site.citations import credit, sentence_number
from briefsite.site.context import PageContext, strip
from briefsite.site.markdown import Md, escape, escape_attr, escape_inline, join, link
from briefsite.site.metadata import date_md, header_items, index_order
from briefsite.site.paging import chunk, pager
from briefsite.site.sitemap import DocsPath, original_path, page_path, paragraph_anchor, relative, sentence_anchor
from briefsite.site.templating import render
from briefsite.text.bidi import without_controls
from briefsite.text.dates import human_date


HOME_BRIEFS = 8  # latest briefs listed on the home page
HOME_TOP = 8  # main actors, themes and institutions named on the home page
HOME_JUDGEMENTS = 6  # key judgements of the latest briefs shown on the home page


def home(ctx: PageContext) -> str:
    """The home page, about the briefs: what the corpus covers (its main actors and themes,
    its date range, its institutions), the latest briefs with their dates and authors, and
    their key judgements."""
    page = page_path("home")
    corpus = ctx.corpus
    k = corpus.knowledge
    latest = list(index_order(k.briefs))[:HOME_BRIEFS]
    dates = sorted(b.meta.date for b in k.briefs if b.meta.date)
    institutions = Counter(b.meta.institution for b in k.briefs if b.meta.institution)
    actors = sorted(k.actors, key=lambda a: (-len(corpus.briefs_of(a.id)), -len(corpus.paragraphs_of(a.id)), a.id))
    themes = sorted((t for t in k.themes if corpus.paragraphs_of(t.id)),
                    key=lambda t: (-len(corpus.briefs_of(t.id)), -len(corpus.paragraphs_of(t.id)), t.id))
    judgements = []
    for b in latest:
        for j in key_judgements(ctx, b, page)[:1]:
            judgements.append(Md("{} ({})").format(j, ctx.brief_link(page, b)))
        if len(judgements) >= HOME_JUDGEMENTS:
            break
    return render(
        "home.md.j2",
        briefs=len(k.briefs),
        paragraphs=sum(len(b.paragraphs) for b in k.briefs),
        actors=len(k.actors), themes=len(k.themes),
        conclusions=len(corpus.own_conclusions), events=len(k.events),
        first=human_date(dates[0]) if dates else None, last=human_date(dates[-1]) if dates else None,
        institutions=[Md("{} ({})").format(name, n)
                      for name, n in sorted(institutions.items(), key=lambda kv: (-kv[1], kv[0]))[:HOME_TOP]],
        more_institutions=max(0, len(institutions) - HOME_TOP),
        unstated=sum(1 for b in k.briefs if not b.meta.institution),
        main_actors=[ctx.target_link(page, "actors", a.id) for a in actors[:HOME_TOP]],
        main_themes=[ctx.target_link(page, "themes", t.id) for t in themes[:HOME_TOP]],
        latest=[{"link": ctx.brief_link(page, b), "credit": escape(credit(b))} for b in latest],
        judgements=judgements,
    )


BRIEFS_PER_PAGE = 400  # rows of the briefs index on one page: about 120 KB of HTML


def briefs_index_pages(ctx: PageContext) -> dict[DocsPath, str]:
    """The table of briefs, newest first; docs/assets/briefsite.js makes its columns sortable.
    More briefs than BRIEFS_PER_PAGE: pages of that many (`briefs/index.page-2.md`, a dot, which
    no brief id holds), each with a pager, and sorting sorts the rows of one page."""
    ordered = index_order(ctx.corpus.knowledge.briefs)
    parts = chunk(ordered, lambda _: None, BRIEFS_PER_PAGE) or [[]]
    paths = [page_path("briefs"), *(DocsPath(f"briefs/index.page-{n}.md") for n in range(2, len(parts) + 1))]
    labels = [_span(part) for part in parts]
    dated = any(b.meta.date for b in ctx.corpus.knowledge.briefs)
    out = {}
    for number, (page, part) in enumerate(zip(paths, parts, strict=True), start=1):
        rows = [
            {"link": ctx.brief_link(page, b), "authors": ", ".join(b.meta.authors),
             "institution": b.meta.institution or "", "date": date_md(b.meta.date),
             "paragraphs": len(b.paragraphs)}
            for b in part
        ]
        out[page] = render("briefs_index.md.j2", rows=rows, dated=dated, number=number, pages=len(paths),
                           total=len(ordered), per_page=BRIEFS_PER_PAGE,
                           pager=pager(page, paths, labels, "the briefs index"))
    return out


def _span(briefs: list[Brief]) -> str:
    """What a page of the index holds, for its pager link: `dated 3 May 2024 to 21 June 2025`."""
    dates = sorted(d for b in briefs if (d := b.meta.date))
    if not dates:
        return "undated briefs"
    first, last = human_date(dates[0]), human_date(dates[-1])
    return f"dated {first}" if first == last else f"dated {first} to {last}"


def brief_page(ctx: PageContext, brief: Brief) -> str:
    page = page_path("briefs", brief.id)
    blocks: list[dict[str, Any]] = []
    section: str | None = None
    notes = {n.label: note_anchor(i) for i, n in enumerate(brief.notes, start=1) if n.label}
    back: dict[str, str] = {}
    for p in brief.paragraphs:
        key = (brief.id, p.number)
        heading = p.section if p.section != section else None
        section = p.section
        citers = ctx.corpus.backlinks.get(key, [])
        for ref in _NOTE_REF.findall(p.text) if notes else ():
            back.setdefault(ref, paragraph_anchor(p.number))
        blocks.append({"heading": heading, "number": p.number, "anchor": Md(paragraph_anchor(p.number)),
                       "text": linked_text(ctx, page, key, notes), "cited_by": cited_by(ctx, page, citers),
                       "cited_pages": len(citers)})
    themes = [Md("{} ({})").format(ctx.target_link(page, "themes", t), n)
              for t, n in ctx.corpus.themes_of_brief(brief.id)]
    judgements = key_judgements(ctx, brief)
    original = relative(page, original_path(brief))
    hosted = ctx.hosted(page)
    cite = {"line": Md(escape_attr(citation(brief))), "url": Md(escape_attr(hosted or "")),
            "bibtex": Md(html.escape(bibtex(brief, hosted))), "ris": Md(html.escape(ris(brief, hosted))),
            "tags": [{"name": Md(n), "content": Md(json.dumps(v, ensure_ascii=True).replace("<", "\\u003c"))}
                     for n, v in meta_tags(brief, hosted)]}
    return render("brief.md.j2", brief=brief, blocks=blocks, themes=themes, judgements=judgements, cite=cite,
                  meta=header_items(brief, link(without_controls(brief.source)[0], original)), **extras(brief, back))


_NOTE_REF = re.compile(r"\[(\d{1,4}[a-z]?)\]")  # `...the sentence.[12]`: a PDF's note marker


KEY_JUDGEMENTS = 5
_KIND_LABEL = {"forecast": "Forecast", "recommendation": "Recommendation", "assessment": "Assessment"}


def key_judgements(ctx: PageContext, brief: Brief, page: DocsPath | None = None) -> list[Md]:
    """The brief's own key judgements, for the top of its page: those in its conclusions or
    recommendations sections first, then recommendations, forecasts and assessments, at most
    KEY_JUDGEMENTS, in reading order; each links to its sentence (from `page`, when the list
    stands on another page than the brief's)."""
    mine = [c for c in ctx.corpus.conclusions_by_brief.get(brief.id, []) if c.attributed_to is None]
    rank = {"recommendation": 0, "forecast": 1, "assessment": 2}
    chosen = sorted(mine, key=lambda c: (not c.in_conclusion_section, rank[c.kind], c.sentence.paragraph,
                                         c.sentence.span.start))[:KEY_JUDGEMENTS]
    out = []
    for c in sorted(chosen, key=lambda c: (c.sentence.paragraph, c.sentence.span.start)):
        text = ctx.corpus.paragraph((brief.id, c.sentence.paragraph)).text
        anchor = sentence_anchor(c.sentence.paragraph, sentence_number(text, c.sentence))
        target = f"#{anchor}" if page is None else relative(page, page_path("briefs", brief.id), anchor)
        out.append(Md("*{}:* {} {}").format(_KIND_LABEL[c.kind], ctx.quote(c.sentence, []),
                                            link(f"¶ {c.sentence.paragraph}", target)))
    return out


def linked_text(ctx: PageContext, page: DocsPath, key: ParaKey, notes: dict[str, str] | None = None) -> Md:
    """Paragraph text, each sentence in a span with its own anchor (`p-3-s2`, what citations
    lead to), the first mention of each actor linked to its page and each note marker
    (`[12]`) linked to its note (`notes`: note label -> anchor)."""
    text = ctx.corpus.paragraph(key).text
    mentions = ctx.corpus.actor_mentions_by_paragraph.get(key, [])
    abbr = (ctx.abbreviation_pattern, ctx.abbreviations) if ctx.abbreviation_pattern else None
    out, pos, seen = Md(), 0, set()
    for k, sentence in enumerate(ctx.sentences(key), start=1):
        start, end = sentence.span.start, sentence.span.end
        out += _plain(text[pos:start], notes, abbr) + Md(f'<span class="brief-sent" id="{sentence_anchor(key[1], k)}">')
        pos = start
        for m in mentions:
            if m.target in seen or m.span.start < pos or m.span.end > end:
                continue
            seen.add(m.target)
            actor = ctx.corpus.actors.get(m.target)
            title = actor.name if actor else m.target
            target = ctx.target_href(page, "actors", m.target)
            out += _plain(text[pos : m.span.start], notes, abbr) + link(text[m.span.start : m.span.end], target, title)
            pos = m.span.end
        out += _plain(text[pos:end], notes, abbr) + Md("</span>")
        pos = end
    return strip(out + _plain(text[pos:], notes, abbr))


def _plain(text: str, notes: dict[str, str] | None, abbr: tuple[re.Pattern[str], dict[str, tuple[str, str]]] | None = None
           ) -> Md:
    """Escaped text, its note markers linked when the brief has that note, and each known
    abbreviation explained in a tooltip (`<abbr title="...">`)."""
    if abbr is not None:
        pattern, forms = abbr
        out, pos = Md(), 0
        for m in pattern.finditer(text):
            out += _plain(text[pos:m.start()], notes) + Md('<abbr title="{}">{}</abbr>').format(
                Md(escape_attr(forms[m.group(0)][0])), escape_inline(m.group(0)))
            pos = m.end()
        return out + _plain(text[pos:], notes)
    if not notes or "[" not in text:
        return escape_inline(text)
    out, pos = Md(), 0
    for m in _NOTE_REF.finditer(text):
        if (anchor := notes.get(m.group(1))) is None:
            continue
        out += escape_inline(text[pos:m.start()]) + Md('<sup class="brief-noteref">') + \
            link(m.group(1), f"#{anchor}", f"Note {m.group(1)}") + Md("</sup>")
        pos = m.end()
    return out + escape_inline(text[pos:])


def cited_by(ctx: PageContext, page: DocsPath, citers: list[Citer]) -> list[Md]:
    """`Conclusions · actors: A, B · themes: C`: the pages citing a paragraph, by kind."""
    by_kind: dict[str, list[Md]] = defaultdict(list)
    for kind, ident in citers:
        if kind == "conclusions":
            by_kind[kind].append(link("Conclusions", relative(page, page_path(kind))))
        else:
            by_kind[kind].append(ctx.target_link(page, kind, ident))
    parts = list(by_kind["conclusions"])
    parts += [Md(f"{kind}: ") + join(by_kind[kind]) for kind in ("actors", "themes") if by_kind[kind]]
    return parts

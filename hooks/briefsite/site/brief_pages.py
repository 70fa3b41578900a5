"""The home page, the briefs index and one page per brief.

Input: a PageContext. Output: Markdown for `index.md`, `briefs/index.md` and
`briefs/<id>.md`: each brief's repaired text, paragraph by paragraph, with its
anchor, its actors linked and, folded under it, the pages that cite it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from briefsite.corpus.index import Citer, ParaKey
from briefsite.model import Brief
from briefsite.site.brief_extras import extras
from briefsite.site.context import PageContext, strip
from briefsite.site.markdown import Md, escape_inline, join, link
from briefsite.site.metadata import date_md, header_items, index_order
from briefsite.site.sitemap import DocsPath, original_path, page_path, paragraph_anchor, relative
from briefsite.site.templating import render
from briefsite.text.bidi import without_controls


def home(ctx: PageContext) -> str:
    k = ctx.corpus.knowledge
    return render(
        "home.md.j2",
        briefs=len(k.briefs),
        paragraphs=sum(len(b.paragraphs) for b in k.briefs),
        actors=len(k.actors),
        themes=len(k.themes),
        conclusions=len(ctx.corpus.own_conclusions),
        events=len(k.events),
        latest=[ctx.brief_link(page_path("home"), b) for b in k.briefs[:10]],
    )


def briefs_index(ctx: PageContext) -> str:
    """The table of briefs, newest first; docs/assets/briefsite.js makes its columns sortable."""
    page = page_path("briefs")
    rows = [
        {"link": ctx.brief_link(page, b), "authors": ", ".join(b.meta.authors),
         "institution": b.meta.institution or "", "date": date_md(b.meta.date),
         "paragraphs": len(b.paragraphs)}
        for b in index_order(ctx.corpus.knowledge.briefs)
    ]
    return render("briefs_index.md.j2", rows=rows, dated=any(b.meta.date for b in ctx.corpus.knowledge.briefs))


def brief_page(ctx: PageContext, brief: Brief) -> str:
    page = page_path("briefs", brief.id)
    blocks: list[dict[str, Any]] = []
    section: str | None = None
    for p in brief.paragraphs:
        key = (brief.id, p.number)
        heading = p.section if p.section != section else None
        section = p.section
        citers = ctx.corpus.backlinks.get(key, [])
        blocks.append({"heading": heading, "number": p.number, "anchor": Md(paragraph_anchor(p.number)),
                       "text": linked_text(ctx, page, key), "cited_by": cited_by(ctx, page, citers),
                       "cited_pages": len(citers)})
    themes = [Md("{} ({})").format(ctx.target_link(page, "themes", t), n)
              for t, n in ctx.corpus.themes_of_brief(brief.id)]
    original = relative(page, original_path(brief))
    return render("brief.md.j2", brief=brief, blocks=blocks, themes=themes,
                  meta=header_items(brief, link(without_controls(brief.source)[0], original)), **extras(brief))


def linked_text(ctx: PageContext, page: DocsPath, key: ParaKey) -> Md:
    """Paragraph text with the first mention of each actor linked to its page."""
    text = ctx.corpus.paragraph(key).text
    out, pos, seen = Md(), 0, set()
    for m in ctx.corpus.actor_mentions_by_paragraph.get(key, []):
        if m.target in seen or m.span.start < pos:
            continue
        seen.add(m.target)
        actor = ctx.corpus.actors.get(m.target)
        title = actor.name if actor else m.target
        target = relative(page, page_path("actors", m.target))
        out += escape_inline(text[pos : m.span.start]) + link(text[m.span.start : m.span.end], target, title)
        pos = m.span.end
    return strip(out + text[pos:])


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

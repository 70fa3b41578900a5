"""The search index: one entry per brief paragraph, built from the corpus, not from pages.

Input: a Corpus and the titles MkDocs gave the generated pages; later the search index
MkDocs wrote (JSON). Output: the entries of the generated pages (`entries`) and the index
with them in place of whatever MkDocs indexed of those pages (`merged`).

A result for brief text must land on its paragraph, so each paragraph is an entry of its
own (`briefs/b.html#p-3`). Actor, theme, conclusion, timeline and index pages quote the
briefs' sentences many times over: indexed in full they were most of the index (33 MB
at 1,000 briefs, which the browser turned into a lunr index before its first answer) and
made searches match pages that only quote. They are found by their title; an actor also
by its names (registry aliases and the forms the briefs use, `names`, which the search
worker also reads to find the paragraphs that name the actor), a theme by its description.
The authors' own conclusions are entries of kind `conclusion`, landing on their paragraph.

Each entry keeps only what a result shows: `location`, `title` and `text` as HTML (the
form Material's index has, so the checks that read it hold), and `kind` on a page's first
entry (`brief`, `actor`, `theme`, `conclusion`, `page`; a paragraph has its page's kind).
The worker that reads it is docs/assets/search-worker.js.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from typing import Any

from briefsite.corpus.index import Corpus
from briefsite.model import Brief
from briefsite.site.citations import credit
from briefsite.site.sitemap import DocsPath, actor_place, page_path, paragraph_anchor, section_paths, url

Doc = dict[str, Any]

# Generated pages MkDocs still indexes in full: their text is their own, not quotes.
INDEXED_IN_FULL: frozenset[str] = frozenset({page_path("glossary")})

_CONCLUSION_LABEL = {"forecast": "Forecast", "recommendation": "Recommendation", "assessment": "Assessment"}


def _text(value: str) -> str:
    """Plain text as the index holds it: HTML-escaped, whitespace folded to single spaces."""
    return html.escape(" ".join(value.split()), quote=False)


def _title(titles: Mapping[str, str], path: DocsPath, fallback: str) -> str:
    """The page's title as MkDocs has it (already HTML), or `fallback` (plain text)."""
    return titles.get(path) or _text(fallback)


def _words(*parts: str) -> list[str]:
    seen: dict[str, None] = {}
    for part in parts:
        if text := " ".join(part.split()):
            seen.setdefault(text, None)
    return list(seen)


def brief_entries(brief: Brief, titles: Mapping[str, str]) -> list[Doc]:
    """A brief's page (its byline as text), then each paragraph at its anchor, titled by
    its number and section."""
    path = page_path("briefs", brief.id)
    page = url(path)
    out: list[Doc] = [{"location": page, "title": _title(titles, path, brief.meta.title or brief.id),
                       "text": _text(credit(brief)), "kind": "brief"}]
    for p in brief.paragraphs:
        label = f"¶ {p.number}" + (f" · {p.section}" if p.section else "")
        out.append({"location": f"{page}#{paragraph_anchor(p.number)}", "title": _text(label),
                    "text": _text(p.text)})
    return out


def conclusion_entries(corpus: Corpus) -> dict[str, list[Doc]]:
    """The authors' own conclusions by brief id: kind, paragraph and the sentence."""
    out: dict[str, list[Doc]] = {}
    for c in corpus.own_conclusions:
        s = c.sentence
        where = url(page_path("briefs", s.brief), paragraph_anchor(s.paragraph))
        out.setdefault(s.brief, []).append({
            "location": where, "title": _text(f"{_CONCLUSION_LABEL.get(c.kind, c.kind)} · ¶ {s.paragraph}"),
            "text": _text(s.text), "kind": "conclusion"})
    return out


def named_entries(corpus: Corpus, titles: Mapping[str, str]) -> list[Doc]:
    """Actor and theme pages, found by their names and description, and the section pages
    (home, the indexes, conclusions, timeline), found by their title."""
    k = corpus.knowledge
    out: list[Doc] = []
    for actor in sorted(k.actors, key=lambda a: a.id):
        path, anchor = actor_place(actor.id, actor.id in corpus.paged_actors)
        names = _words(actor.name, *actor.aliases, *corpus.names_of(actor.id))
        out.append({"location": url(path, anchor), "title": _title(titles, path, actor.name) if anchor is None
                    else _text(actor.name),
                    "text": _text(" · ".join(names[1:])), "kind": "actor", "names": names})
    for theme in sorted(k.themes, key=lambda t: t.id):
        path = page_path("themes", theme.id)
        out.append({"location": url(path), "title": _title(titles, path, theme.name),
                    "text": _text(theme.description), "kind": "theme"})
    for path, title in sorted(section_paths().items()):
        if path in INDEXED_IN_FULL:
            continue
        kind = "conclusion" if path == page_path("conclusions") else "page"
        out.append({"location": url(path), "title": _title(titles, path, title), "text": "", "kind": kind})
    return out


def entries(corpus: Corpus, titles: Mapping[str, str], pages: set[str] | None = None) -> list[Doc]:
    """Every entry of the generated pages, briefs first in the corpus' order (deterministic).
    `pages`: the docs paths that were generated (a hand-written page at the same path
    wins and is indexed by MkDocs); None: all."""
    by_brief = conclusion_entries(corpus)
    out: list[Doc] = []
    for brief in corpus.knowledge.briefs:
        if pages is None or page_path("briefs", brief.id) in pages:
            out += brief_entries(brief, titles)
            out += by_brief.get(brief.id, [])
    for doc in named_entries(corpus, titles):
        path = doc["location"].removesuffix(".html") + ".md"
        if pages is None or path in pages:
            out.append(doc)
    return out


def searched_by_mkdocs(src_uri: str) -> bool:
    """Whether MkDocs' search indexes a generated page itself (others have our entries)."""
    return src_uri in INDEXED_IN_FULL


def merged(index: str, ours: list[Doc], replaced: set[str]) -> str:
    """Return the search index JSON (`{"config", "docs"}`) with MkDocs' entries of the
    `replaced` pages (site-relative URLs) dropped and `ours` added after the rest, in the
    compact form Material writes."""
    data = json.loads(index)
    kept = [d for d in data.get("docs", []) if str(d.get("location", "")).split("#")[0] not in replaced]
    data["docs"] = kept + ours
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)

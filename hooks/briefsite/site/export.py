"""knowledge.json: everything the site shows, as one data file.

Input: a Corpus and the page URL style. Output: a JSON-ready dict (version 1, see
docs/knowledge.schema.json) and its canonical serialisation. URLs are relative to
the site root, so the file holds for the hosted and the offline build alike.
"""

from __future__ import annotations

import json
from typing import Any

from briefsite.corpus.index import Corpus
from briefsite.model import Mention, Sentence
from briefsite.site.citations import sentence_number
from briefsite.site.sitemap import actor_place, original_path, page_path, paragraph_anchor, sentence_anchor, url

VERSION = 1


def _mentions(mentions: list[Mention]) -> list[dict[str, Any]]:
    keys = sorted({(m.brief, m.paragraph) for m in mentions})
    return [{"brief": b, "paragraph": n} for b, n in keys]


def knowledge(corpus: Corpus) -> dict[str, Any]:
    """Return the knowledge document; every list is sorted so the bytes are stable."""
    k = corpus.knowledge
    briefs = [
        {
            "id": b.id, "title": b.meta.title, "authors": list(b.meta.authors), "institution": b.meta.institution,
            "date": b.meta.date, "source": b.source, "original": original_path(b),
            "source_url": b.meta.source_url, "report_number": b.meta.report_number, "language": b.meta.language,
            "url": url(page_path("briefs", b.id)),
            "paragraphs": [
                {"id": p.number, "anchor": paragraph_anchor(p.number),
                 "url": url(page_path("briefs", b.id), paragraph_anchor(p.number)),
                 "section": p.section, "line": p.line, "text": p.text}
                for p in b.paragraphs
            ],
        }
        for b in k.briefs
    ]
    by_target = corpus.mentions_by_target
    actors = [
        {
            "id": a.id, "name": a.name, "kind": a.kind,
            "aliases": corpus.names_of(a.id),
            "description": a.description, "affiliation": a.affiliation, "wikidata": a.wikidata,
            "discovered": a.discovered, "url": url(*actor_place(a.id, a.id in corpus.paged_actors)),
            "mentions": _mentions(by_target.get(a.id, [])),
        }
        for a in sorted(k.actors, key=lambda a: a.id)
    ]
    themes = [
        {"id": t.id, "name": t.name, "parent": t.parent, "description": t.description,
         "url": url(page_path("themes", t.id)), "mentions": _mentions(by_target.get(t.id, []))}
        for t in sorted(k.themes, key=lambda t: t.id)
    ]
    conclusions = [
        {"id": c.id, "kind": c.kind, "text": c.sentence.text, "brief": c.sentence.brief,
         "paragraph": c.sentence.paragraph,
         "url": url(page_path("briefs", c.sentence.brief), sentence_anchor(
             c.sentence.paragraph, sentence_number(corpus.paragraph((c.sentence.brief, c.sentence.paragraph)).text, c.sentence))),
         "addressee": c.addressee, "actors": sorted(c.actors), "themes": sorted(c.themes),
         "attributed_to": c.attributed_to}
        for c in k.conclusions
    ]
    events = [
        {"id": e.id, "date": e.date, "kind": e.kind, "expected": e.expected, "year_from": e.year_from,
         "dated_by": corpus.paragraph((e.brief, e.paragraph)).text[e.when.start:e.when.end],
         "text": e.text, "brief": e.brief, "paragraph": e.paragraph,
         "url": url(page_path("briefs", e.brief), sentence_anchor(
             e.paragraph, sentence_number(corpus.paragraph((e.brief, e.paragraph)).text,
                                          Sentence(e.brief, e.paragraph, e.span, e.text))))}
        for e in k.events
    ]
    return {"version": VERSION, "briefs": briefs, "actors": actors, "themes": themes,
            "conclusions": conclusions, "events": events}


def dumps(document: dict[str, Any], indent: int | None = None) -> str:
    """Canonical JSON text: same document, same bytes. Compact as published (a download for
    programs: indentation was a sixth of its bytes); `indent` for a reviewer's diff."""
    return json.dumps(document, ensure_ascii=False, indent=indent, separators=None if indent else (",", ":")) + "\n"

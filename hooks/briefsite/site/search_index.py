"""What the search index holds of the pages that repeat brief text.

Input: a Corpus; later the search index MkDocs wrote (JSON) and the entries to add.
Output: the generated pages indexed by their names only (`summaries`: docs path -> the
words a reader finds the page by), and the index with one entry per such page.

Actor, theme, conclusion and timeline pages quote the briefs' own sentences, many
times over: indexed in full they were 85% of the index (11 MB at 100 briefs), which a
browser builds before its first answer, and every quote found a search already leads to
on its brief page. They are found by their title; an actor page also by its name and
aliases, boosted so that searching a name puts the actor's page first (as when the page
was indexed in full), and a theme page by its description. The brief pages stay indexed
in full.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Any

from briefsite.corpus.index import Corpus
from briefsite.site.sitemap import DocsPath, page_path

# Lunr's document boost for actor pages: a name in their text outranks the same word in
# the title of a theme page (title boost 1000) or in a brief's paragraphs.
ACTOR_BOOST = 10_000


@dataclass(frozen=True, slots=True)
class Entry:
    """One search entry for a page indexed by name: title already HTML (as MkDocs has it)."""

    location: str
    title: str
    text: str  # plain text, escaped when written
    tags: tuple[str, ...] = ()
    boost: Any = None


def summaries(corpus: Corpus) -> dict[DocsPath, str]:
    """Return the pages indexed by name only, each with the words it is found by.
    (A theme's phrases are the engine's signals, not what readers call it.)"""
    k = corpus.knowledge
    out: dict[DocsPath, str] = {page_path("conclusions"): "", page_path("timeline"): ""}
    for actor in k.actors:
        out[page_path("actors", actor.id)] = _words(actor.name, *actor.aliases)
    for theme in k.themes:
        out[page_path("themes", theme.id)] = _words(theme.name, theme.description)
    return dict(sorted(out.items()))


def _words(*parts: str) -> str:
    seen: dict[str, None] = {}
    for part in parts:
        if text := " ".join(part.split()):
            seen.setdefault(text, None)
    return " · ".join(seen)


def with_entries(index: str, entries: list[Entry]) -> str:
    """Return the search index JSON (`{"config", "docs"}`) with `entries` added, sorted
    by location, in the compact form Material writes."""
    data = json.loads(index)
    for entry in sorted(entries, key=lambda e: e.location):
        doc: dict[str, Any] = {"location": entry.location, "title": entry.title,
                               "text": html.escape(entry.text, quote=False)}
        if entry.tags:
            doc["tags"] = list(entry.tags)
        if entry.boost is not None:
            doc["boost"] = entry.boost
        data["docs"].append(doc)
    return json.dumps(data, separators=(",", ":"), default=str)

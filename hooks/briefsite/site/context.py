"""What every page kind shares: the corpus, and links and quotes built from it.

Input: a Corpus. Output: a `PageContext` whose methods return `Md` (links to briefs,
actors, themes and paragraphs; quoted sentences with mentions marked), and the
conclusions table's pages (site/conclusion_index.py). The page modules (brief_pages, actor_pages, ...) build on it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from typing import Literal

from briefsite.corpus.index import Corpus, ParaKey
from briefsite.extract.abbreviations import find_abbreviations
from briefsite.model import Brief, Event, Mention, Sentence
from briefsite.site.conclusion_index import ConclusionIndex, build as build_conclusion_index, specific_themes
from briefsite.site.markdown import Md, escape, escape_inline, join, link, mark
from briefsite.site.sitemap import DocsPath, Link, actor_place, page_path, paragraph_anchor, relative
from briefsite.text.sentences import paragraph_sentences

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}s?")

TargetKind = Literal["actors", "themes"]


class PageContext:
    """The corpus of one site with the helpers its pages share (sentences cached)."""

    def __init__(self, corpus: Corpus, site_url: str | None = None) -> None:
        self.corpus = corpus
        self.site_url = site_url  # the hosted site's address, when it is known (citations link to it)
        self._sentences: dict[ParaKey, tuple[Sentence, ...]] = {}

    def sentences(self, key: ParaKey) -> tuple[Sentence, ...]:
        if key not in self._sentences:
            brief = self.corpus.briefs[key[0]]
            self._sentences[key] = paragraph_sentences(brief, self.corpus.paragraph(key))
        return self._sentences[key]

    @cached_property
    def conclusions(self) -> ConclusionIndex:
        """The conclusions table in pages, and which pages name each brief, actor and theme."""
        return build_conclusion_index(self.corpus)

    @cached_property
    def filed_under(self) -> Counter[str]:
        """How many of the authors' own conclusions the table files under each theme (its
        most specific themes only); counted once for all theme pages."""
        return Counter(t for c in self.corpus.own_conclusions for t in set(specific_themes(self.corpus, c.themes)))

    @cached_property
    def event_order(self) -> dict[str, int]:
        """Each event's place in the knowledge's order (the timeline's date order)."""
        return {e.id: i for i, e in enumerate(self.corpus.knowledge.events)}

    @cached_property
    def events_by_paragraph(self) -> dict[ParaKey, list[Event]]:
        """The timeline's events by the paragraph that states them (for actor and theme pages)."""
        out: dict[ParaKey, list[Event]] = {}
        for e in self.corpus.knowledge.events:
            out.setdefault((e.brief, e.paragraph), []).append(e)
        return out

    def target_link(self, page: DocsPath, kind: TargetKind, ident: str) -> Md:
        """Return a link to an actor's or theme's page, named as the page names it."""
        item = self.corpus.actors.get(ident) if kind == "actors" else self.corpus.themes.get(ident)
        name = item.name if item else ident
        return link(name, self.target_href(page, kind, ident))

    def target_href(self, page: DocsPath, kind: TargetKind, ident: str) -> Link:
        """The link from `page` to where an actor or theme is shown (an actor named once: its
        row on the actors index)."""
        if kind == "actors":
            return relative(page, *actor_place(ident, ident in self.corpus.paged_actors))
        return relative(page, page_path(kind, ident))

    @cached_property
    def abbreviations(self) -> dict[str, tuple[str, str]]:
        """Short form -> (long form, where it is explained: a brief's paragraph or an actor page),
        from the definitions the briefs give, then the capitalised short names of the actors
        they name (`UNSC` for the UN Security Council), then the editable glossary's entries
        that some brief uses."""
        out: dict[str, tuple[str, str]] = {}
        for a in find_abbreviations(self.corpus.knowledge.briefs):
            out[a.short] = (a.long, f"briefs:{a.brief}:{a.paragraph}")
        for actor in self.corpus.knowledge.actors:
            for alias in actor.aliases:
                if _ACRONYM.fullmatch(alias) and alias not in out and alias != actor.name:
                    out[alias] = (actor.name, f"actors:{actor.id}")
        glossary = [(s, long) for s, long in self.corpus.knowledge.glossary if s not in out]
        if glossary:  # the editable glossary: only what some brief uses
            used = re.compile(r"(?<![\w&-])(?:" + "|".join(re.escape(s) for s, _ in glossary) + r")(?![\w&-])")
            seen = {m.group(0) for b in self.corpus.knowledge.briefs for p in b.paragraphs for m in used.finditer(p.text)}
            out.update((s, (long, "glossary:")) for s, long in glossary if s in seen)
        return dict(sorted(out.items(), key=lambda kv: kv[0].casefold()))

    @cached_property
    def abbreviation_pattern(self) -> re.Pattern[str] | None:
        """Whole-word matches of every known short form, longest first."""
        if not self.abbreviations:
            return None
        forms = sorted(self.abbreviations, key=lambda f: (-len(f), f))
        return re.compile(r"(?<![\w&-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w&-])")

    def hosted(self, page: DocsPath) -> str | None:
        """The address of `page` on the hosted site, or None when the site's address is not known."""
        if not self.site_url:
            return None
        return self.site_url.rstrip("/") + "/" + page.removesuffix(".md") + ".html"

    def brief_link(self, page: DocsPath, brief: Brief) -> Md:
        return link(brief.title, relative(page, page_path("briefs", brief.id)))

    def quote(self, sentence: Sentence, marks: list[Mention]) -> Md:
        """Return a sentence with the given mentions highlighted, escaped elsewhere; its own
        quotation, when it opens with one, in single marks, since the pages set it in double."""
        text = self.corpus.paragraph((sentence.brief, sentence.paragraph)).text
        return nested(highlight(text, sentence.span.start, sentence.span.end, marks))

    def paragraph_links(self, page: DocsPath, keys: list[ParaKey]) -> Md:
        """`¶ 3 · ¶ 7 (Outlook)`: links to paragraphs, each with its section when it has one."""
        parts = []
        for key in keys:
            section = self.corpus.paragraph(key).section
            target = relative(page, page_path("briefs", key[0]), paragraph_anchor(key[1]))
            parts.append(link(f"¶ {key[1]}", target) + (Md(" ({})").format(escape(section)) if section else Md()))
        return join(parts, " · ")


def nested(quoted: Md) -> Md:
    """`“We object,” said X.` -> `‘We object,’ said X.`: a quotation inside the page's own
    quotation marks; a quotation that runs on past the sentence loses its opening mark."""
    if not quoted.startswith("“"):
        return quoted
    close = quoted.find("”")
    inner = f"‘{quoted[1:close]}’{quoted[close + 1:]}" if close > 0 else quoted[1:]
    return Md(inner)


def highlight(text: str, start: int, end: int, marks: list[Mention]) -> Md:
    """Escape text[start:end], wrapping each mention inside it in <mark>."""
    out, pos = Md(), start
    for m in sorted(marks, key=lambda m: m.span.start):
        if m.span.start < pos or m.span.end > end:
            continue
        out += escape_inline(text[pos : m.span.start]) + mark(text[m.span.start : m.span.end])
        pos = m.span.end
    return strip(out + text[pos:end])


def strip(markdown: Md) -> Md:
    """`markdown` without edge spaces (str.strip would return a plain str)."""
    return Md(str.strip(markdown))

"""Markdown pages from the corpus, through templates.

Input: a Corpus. Output: `{docs-relative path: Markdown}` for the home page, the
brief pages and index, and (when knowledge holds them) actor, theme and
conclusion pages. Every value a template prints is escaped unless it is `Md`
built here, so brief text cannot turn into markup.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from briefsite.site import knowledge_pages as render_knowledge
from briefsite.site.citations import Citations, credit, short_label
from briefsite.corpus.index import Corpus, ParaKey, page_path, relative
from briefsite.site.markdown import Md, escape, link, mark
from briefsite.model import Brief, Mention, Sentence
from briefsite.text.sentences import paragraph_sentences
from briefsite.site.templating import render as _render



class Renderer:
    """Builds every page of one site from one corpus."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._sentences: dict[ParaKey, tuple[Sentence, ...]] = {}

    # -- helpers shared by page kinds -------------------------------------------------
    def sentences(self, key: ParaKey) -> tuple[Sentence, ...]:
        if key not in self._sentences:
            brief = self.corpus.briefs[key[0]]
            self._sentences[key] = paragraph_sentences(brief, self.corpus.paragraph(key))
        return self._sentences[key]

    def target_link(self, page: str, kind: str, ident: str) -> Md:
        item = self.corpus.actors.get(ident) if kind == "actors" else self.corpus.themes.get(ident)
        name = item.name if item else ident
        return link(name, relative(page, page_path(kind, ident)))

    def brief_link(self, page: str, brief: Brief) -> Md:
        return link(brief.title, relative(page, page_path("briefs", brief.id)))

    def quote(self, sentence: Sentence, marks: list[Mention]) -> Md:
        """Return a sentence with the given mentions highlighted, escaped elsewhere."""
        text = self.corpus.paragraph((sentence.brief, sentence.paragraph)).text
        return Md(_highlight(text, sentence.span.start, sentence.span.end, marks))

    def sayings(self, page: str, target: str, cites: Citations) -> list[dict[str, Any]]:
        """For each brief mentioning `target`: its sentences that do, quoted and cited."""
        by_key: dict[ParaKey, list[Mention]] = defaultdict(list)
        for m in self.corpus.mentions_by_target.get(target, []):
            by_key[(m.brief, m.paragraph)].append(m)
        groups: dict[str, list[Md]] = defaultdict(list)
        for key in sorted(by_key, key=lambda k: (self.corpus.brief_order(k[0]), k[1])):
            for s in self.sentences(key):
                inside = [m for m in by_key[key] if s.span.start <= m.span.start < s.span.end]
                if inside:
                    groups[key[0]].append(Md(f"“{self.quote(s, inside)}”{cites.ref(key)}"))
        out = [
            {"brief": self.corpus.briefs[b], "link": self.brief_link(page, self.corpus.briefs[b]),
             "byline": credit(self.corpus.briefs[b]), "label": short_label(self.corpus.briefs[b]),
             "quotes": quotes}
            for b, quotes in sorted(groups.items(), key=lambda kv: self.corpus.brief_order(kv[0]))
        ]
        seen: Counter[str] = Counter(s["label"] for s in out)
        for i, s in enumerate(out):  # two briefs by one author: number the tabs apart
            if seen[s["label"]] > 1:
                s["label"] = f"{s['label']} ({i + 1})"
        return out

    # -- pages ---------------------------------------------------------------------------
    def pages(self) -> dict[str, str]:
        pages = {page_path("home"): self.home(), page_path("briefs"): self.briefs_index()}
        for brief in self.corpus.knowledge.briefs:
            pages[page_path("briefs", brief.id)] = self.brief(brief)
        pages.update(render_knowledge.pages(self))
        return dict(sorted(pages.items()))

    def home(self) -> str:
        k = self.corpus.knowledge
        return _render(
            "home.md.j2",
            briefs=len(k.briefs),
            paragraphs=sum(len(b.paragraphs) for b in k.briefs),
            actors=len(k.actors),
            themes=len(k.themes),
            conclusions=len(self.corpus.own_conclusions),
            events=len(k.events),
            latest=[self.brief_link("index.md", b) for b in k.briefs[:10]],
        )

    def briefs_index(self) -> str:
        page = page_path("briefs")
        rows = [
            {"link": self.brief_link(page, b), "authors": ", ".join(b.meta.authors) or "—",
             "institution": b.meta.institution or "—", "date": b.meta.date or "—",
             "paragraphs": len(b.paragraphs)}
            for b in self.corpus.knowledge.briefs
        ]
        return _render("briefs_index.md.j2", rows=rows)

    def brief(self, brief: Brief) -> str:
        page = page_path("briefs", brief.id)
        blocks: list[dict[str, Any]] = []
        section: str | None = None
        for p in brief.paragraphs:
            key = (brief.id, p.number)
            heading = p.section if p.section != section else None
            section = p.section
            targets = self.corpus.backlinks.get(key, [])
            cited_by = self._backlinks(page, targets)
            blocks.append({"heading": heading, "number": p.number, "anchor": p.anchor,
                           "text": self.linked_text(page, key), "cited_by": cited_by,
                           "cited_pages": len(targets)})
        themes = [Md(f"{self.target_link(page, 'themes', t)} ({n})") for t, n in self.corpus.themes_of_brief(brief.id)]
        original = relative(page, original_path(brief))
        return _render("brief.md.j2", brief=brief, blocks=blocks, themes=themes,
                       original=link(brief.source, original))

    def linked_text(self, page: str, key: ParaKey) -> Md:
        """Paragraph text with the first mention of each actor linked to its page."""
        text = self.corpus.paragraph(key).text
        out: list[str] = []
        pos, seen = 0, set()
        for m in self.corpus.actor_mentions_by_paragraph.get(key, []):
            if m.target in seen or m.span.start < pos:
                continue
            seen.add(m.target)
            actor = self.corpus.actors.get(m.target)
            title = actor.name if actor else m.target
            target = relative(page, page_path("actors", m.target))
            out += [_escape_keep_edges(text[pos : m.span.start]), link(text[m.span.start : m.span.end], target, title)]
            pos = m.span.end
        out.append(_escape_keep_edges(text[pos:]))
        return Md("".join(out).strip())

    def _backlinks(self, page: str, targets: list[str]) -> list[Md]:
        """`Conclusions · actors: A, B · themes: C`: the pages citing a paragraph, by kind."""
        by_kind: dict[str, list[Md]] = defaultdict(list)
        for target in targets:
            kind, _, name = target.partition("/")
            if kind in ("actors", "themes"):
                by_kind[kind].append(self.target_link(page, kind, name.removesuffix(".md")))
            else:
                by_kind[""].append(link("Conclusions", relative(page, target)))
        parts = list(by_kind[""])
        parts += [Md(f"{kind}: {', '.join(by_kind[kind])}") for kind in ("actors", "themes") if by_kind[kind]]
        return parts


def original_path(brief: Brief) -> str:
    """Docs-relative path where the original file is published (always served as text)."""
    return f"originals/{brief.id}{'.md' if brief.source.endswith('.md') else ''}.txt"


def _escape_keep_edges(text: str) -> str:
    """Escape a fragment, keeping one space at each edge where the fragment had one."""
    if not text:
        return ""
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() and text.strip() else ""
    return lead + escape(text) + trail


def _highlight(text: str, start: int, end: int, marks: list[Mention]) -> str:
    """Escape text[start:end], wrapping each mention inside it in <mark>."""
    out, pos = [], start
    for m in sorted(marks, key=lambda m: m.span.start):
        if m.span.start < pos or m.span.end > end:
            continue
        out += [_escape_keep_edges(text[pos : m.span.start]), mark(text[m.span.start : m.span.end])]
        pos = m.span.end
    out.append(_escape_keep_edges(text[pos:end]))
    return "".join(out).strip()

"""Footnote citations: every statement on a generated page points at its paragraph.

Input: a Corpus and the page being written. Output: footnote references (`[^label]`)
and their definitions, which name author, title, institution and date, quote the
cited passage and link to the paragraph anchor (shown as a tooltip on hover).
"""

from __future__ import annotations

from briefsite.corpus.index import Corpus, ParaKey
from briefsite.model import Brief
from briefsite.site.markdown import Md, escape, link
from briefsite.site.sitemap import DocsPath, page_path, paragraph_anchor, relative
from briefsite.text.dates import human_date

EXCERPT = 280


def byline(brief: Brief) -> str:
    """Return `Authors, “Title”, Institution, Report number, 21 September 2021` as plain
    text; a part the brief does not state is left out, never guessed."""
    meta = brief.meta
    parts = [", ".join(meta.authors) or "Unknown author", f"“{meta.title}”"]
    return ", ".join([*parts, *_stated(brief)])


def credit(brief: Brief) -> str:
    """Return `Authors · Institution · Report number · Date`: the byline without the title,
    for under a title."""
    return " · ".join([", ".join(brief.meta.authors) or "Unknown author", *_stated(brief)])


def _stated(brief: Brief) -> list[str]:
    """Institution, report number and date (in readers' words), those the brief states."""
    meta = brief.meta
    return [x for x in (meta.institution, meta.report_number, human_date(meta.date) if meta.date else None) if x]


def short_label(brief: Brief, limit: int = 36) -> str:
    """A tab-sized name for a brief: `Lim`, `Lim et al., 2021`, or its title cut short."""
    meta = brief.meta
    if meta.authors:
        surname = meta.authors[0].split()[-1] if meta.authors[0].split() else meta.authors[0]
        label = surname + (" et al." if len(meta.authors) > 1 else "")
        return f"{label}, {meta.date[:4]}" if meta.date else label
    return excerpt(meta.title, limit)


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """Return `text` cut at a word boundary near `limit`, with an ellipsis if cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"


class Citations:
    """Collects the footnotes of one page; one footnote per cited paragraph."""

    def __init__(self, corpus: Corpus, page: DocsPath) -> None:
        self.corpus = corpus
        self.page = page
        self._used: dict[ParaKey, str] = {}

    def ref(self, key: ParaKey) -> Md:
        """Return the footnote reference for a paragraph, defining it on first use."""
        label = self._used.setdefault(key, f"{key[0]}-p{key[1]}")
        return Md(f"[^{label}]")  # brief ids and numbers: no Markdown in a label

    def anchor_link(self, key: ParaKey, text: str | None = None) -> Md:
        """Return a plain link to the paragraph (used outside footnotes)."""
        target = relative(self.page, page_path("briefs", key[0]), paragraph_anchor(key[1]))
        return link(text or f"¶ {key[1]}", target)

    def definitions(self) -> list[Md]:
        """Return the footnote definitions, in first-use order."""
        out: list[Md] = []
        for key, label in self._used.items():
            brief = self.corpus.briefs[key[0]]
            para = self.corpus.paragraph(key)
            where = self.anchor_link(key, f"paragraph {key[1]}")
            out.append(Md("[^{}]: {}, {}: “{}”").format(Md(label), escape(byline(brief)), where,
                                                        escape(excerpt(para.text))))
        return out

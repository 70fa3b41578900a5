"""Footnote citations: every statement on a generated page points at its paragraph.

Input: a Corpus and the page being written. Output: footnote references (`[^label]`)
and their definitions, which name author, title, institution and date, quote the
cited passage and link to the paragraph anchor (shown as a tooltip on hover).
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from briefsite.ingest.byline import is_particle
from briefsite.corpus.index import Corpus, ParaKey
from briefsite.model import Brief, BriefId, Sentence
from briefsite.site.markdown import Md, escape, link
from briefsite.site.sitemap import DocsPath, page_path, paragraph_anchor, relative, sentence_anchor
from briefsite.text.dates import human_date
from briefsite.text.sentences import sentence_spans

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
        label = family_name(meta.authors[0]) + (" et al." if len(meta.authors) > 1 else "")
        return f"{label}, {meta.date[:4]}" if meta.date else label
    return excerpt(meta.title, limit)


def family_name(name: str) -> str:
    """Return the family name of `name`: the one printed in capitals (`MOTEGI Toshimitsu` ->
    `Motegi`), else the last word with its particles (`Ursula von der Leyen` -> `von der Leyen`)."""
    words = name.split()
    capitals = [w for w in words if len(w) > 1 and w.isalpha() and w.isupper()]
    if capitals and len(capitals) < len(words):
        return capitals[0].capitalize()
    k = len(words) - 1
    while k > 0 and words[k - 1].islower() and is_particle(words[k - 1]):
        k -= 1
    return " ".join(words[k:]) or name


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
        self._used: dict[Place, str] = {}

    def ref(self, key: ParaKey, sentence: Sentence | None = None) -> Md:
        """Return the footnote reference for a cited place, defining it on first use: the
        sentence quoted (one footnote per sentence), or the paragraph when none is given."""
        place: Place = (*key, sentence_number(self.corpus.paragraph(key).text, sentence) if sentence else 0)
        label = self._used.setdefault(place, f"{key[0]}-p{key[1]}" + (f"-s{place[2]}" if place[2] else ""))
        return Md(f"[^{label}]")  # brief ids and numbers: no Markdown in a label

    def anchor_link(self, key: ParaKey, text: str | None = None) -> Md:
        """Return a plain link to the paragraph (used outside footnotes)."""
        target = relative(self.page, page_path("briefs", key[0]), paragraph_anchor(key[1]))
        return link(text or f"¶ {key[1]}", target)

    def definitions(self) -> list[Md]:
        """Return the footnote definitions, in first-use order: who wrote it, where, and the
        sentence (with the one before when it leans on it) or the paragraph's opening."""
        out: list[Md] = []
        for (brief_id, number, k), label in self._used.items():
            brief = self.corpus.briefs[brief_id]
            text = self.corpus.paragraph((brief_id, number)).text
            if k:
                spans = sentence_spans(text)
                where = link(f"paragraph {number}", relative(self.page, page_path("briefs", brief_id),
                                                               sentence_anchor(number, k)))
                quoted = text[spans[k - 1].start:spans[k - 1].end]
                if k > 1 and leans_on_the_one_before(quoted):
                    quoted = text[spans[k - 2].start:spans[k - 1].end]
            else:
                where = self.anchor_link((brief_id, number), f"paragraph {number}")
                quoted = text
            out.append(Md("[^{}]: {}, {}: “{}”").format(Md(label), escape(byline(brief)), where,
                                                        escape(excerpt(quoted, EXCERPT * 2 if k else EXCERPT))))
        return out


Place = tuple[BriefId, int, int]  # brief, paragraph, sentence (0: the paragraph as a whole)

# A sentence that opens with a pronoun or a connective needs the one before it to be understood.
_LEANING = re.compile(r"^(?:This|That|These|Those|It|Its|They|Their|Them|He|His|She|Her|Such|However|But|Yet|"
                      r"Therefore|Thus|Hence|Still|Moreover|Furthermore|Nevertheless|Instead|Also|Likewise|"
                      r"In\s+(?:turn|addition|contrast|response)|As\s+a\s+result|For\s+(?:this|that)\s+reason)\b")


C = TypeVar("C", bound=tuple[Any, ...])


def choose_varied(candidates: list[C], n: int) -> list[C]:
    """Return up to `n` of `candidates` (sorted best first; each ends with a frozenset of what it
    is about), each time the best that adds something the chosen ones are not about yet, else
    the best left: key statements about different actors or themes before repeats."""
    left = list(candidates)
    chosen: list[C] = []
    covered: set[Any] = set()
    while left and len(chosen) < n:
        pick = next((c for c in left if c[-1] - covered), left[0])
        left.remove(pick)
        chosen.append(pick)
        covered |= pick[-1]
    return chosen


def leans_on_the_one_before(sentence: str) -> bool:
    """Return whether a sentence opens by pointing back (`This`, `It`, `However`)."""
    return bool(_LEANING.match(sentence.lstrip("“\"'(")))


def sentence_number(text: str, sentence: Sentence) -> int:
    """Return the 1-based number of `sentence` among the sentences of its paragraph `text`."""
    spans = sentence_spans(text)
    return next((i for i, span in enumerate(spans, start=1) if span.start <= sentence.span.start < span.end), 1)

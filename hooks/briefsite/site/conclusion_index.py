"""Which page of the conclusions table holds which conclusion, and what each row is about.

Input: a Corpus. Output: a `ConclusionIndex`: the table's rows (every own conclusion and
attributed view, newest brief first as the briefs index lists them, undated last, in reading
order within a brief) split into pages by
the rule of site/paging.py, and for each brief, actor and theme a row names, the numbers
of the pages holding such rows. Actor and theme pages link to the first of them; each table
page carries the page numbers of what its own rows name, so its filters can say where else
a brief, actor or theme has conclusions (docs/assets/briefsite.js), from disk too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from briefsite.corpus.index import Corpus
from briefsite.model import Conclusion
from briefsite.site.metadata import index_order
from briefsite.site.paging import PAGE_SIZE, chunk
from briefsite.site.sitemap import DocsPath, conclusions_path

SHOWN_THEMES = 3  # a row names its most specific themes; broader ones are a click away

Facet = str  # "brief", "actor" or "theme": what a filter of the table selects by


@dataclass(frozen=True, slots=True)
class ConclusionIndex:
    pages: tuple[tuple[Conclusion, ...], ...]  # at least one page, perhaps empty
    where: dict[tuple[Facet, str], tuple[int, ...]]  # (facet, id) -> 1-based numbers of the pages naming it

    def paths(self) -> list[DocsPath]:
        return [conclusions_path(n) for n in range(1, len(self.pages) + 1)]

    def first(self, facet: Facet, ident: str) -> DocsPath | None:
        """The first table page with a row naming `ident` (None: no row does)."""
        numbers = self.where.get((facet, ident))
        return conclusions_path(numbers[0]) if numbers else None


def specific_themes(corpus: Corpus, themes: tuple[str, ...]) -> list[str]:
    """A conclusion's most specific themes (none whose narrower theme is also there), at most
    SHOWN_THEMES, by name: the themes its row shows and filters by."""
    known = [corpus.themes[t] for t in themes if t in corpus.themes]
    parents = {t.parent for t in known}
    narrow = sorted((t for t in known if t.id not in parents), key=lambda t: (t.name.casefold(), t.id))
    return [t.id for t in narrow[:SHOWN_THEMES]]


def row_actors(corpus: Corpus, c: Conclusion) -> list[str]:
    """The actors a row links, in the order the page shows them: the holder of a view or the
    addressee of a recommendation (in the Kind column), then the actors it names."""
    first = c.attributed_to if c.attributed_to is not None else (
        c.addressee if c.kind == "recommendation" else None)
    out = [first] if first and first in corpus.actors else []
    return out + [a for a in c.actors if a in corpus.actors and a not in out]


def build(corpus: Corpus, size: int = PAGE_SIZE) -> ConclusionIndex:
    """Return the table's rows in pages and the pages of each brief, actor and theme."""
    newest = {b.id: i for i, b in enumerate(index_order(corpus.knowledge.briefs))}
    rows = sorted(corpus.knowledge.conclusions,
                  key=lambda c: (newest[c.sentence.brief], c.sentence.paragraph, c.sentence.span.start))
    pages = chunk(rows, lambda c: c.sentence.brief, size) or [[]]
    where: dict[tuple[Facet, str], set[int]] = defaultdict(set)
    for number, page in enumerate(pages, start=1):
        for c in page:
            where[("brief", c.sentence.brief)].add(number)
            for a in row_actors(corpus, c):
                where[("actor", a)].add(number)
            for t in specific_themes(corpus, c.themes):
                where[("theme", t)].add(number)
    return ConclusionIndex(tuple(tuple(p) for p in pages), {k: tuple(sorted(v)) for k, v in sorted(where.items())})

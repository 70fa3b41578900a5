"""The site map: which pages the engine makes, where they live and how they link.

Input: page kinds and ids (a brief, actor or theme id), paragraph numbers. Output:
distinct types for the three ways a page is named, so one is never passed as another:
`DocsPath` (the Markdown file under docs/, what MkDocs and the nav take), `Link` (a
link from one page to another, relative, as written in Markdown) and `Url` (relative
to the site root, as knowledge.json gives it). Paragraph anchors are spelled here only.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache
from typing import Literal, NamedTuple, NewType

from briefsite.model import Brief

PageKind = Literal["home", "briefs", "actors", "themes", "conclusions", "timeline", "glossary"]
DocsPath = NewType("DocsPath", str)  # "actors/kim-jong-un.md", relative to docs/
Link = NewType("Link", str)  # "../briefs/b.md#p-3", relative to the linking page
Url = NewType("Url", str)  # "briefs/b.html#p-3", relative to the site root
Anchor = NewType("Anchor", str)  # "p-3", an id on a page

# The generated sections, in the sidebar's default order: (kind, title).
SECTIONS: tuple[tuple[PageKind, str], ...] = (
    ("home", "Home"), ("briefs", "Briefs"), ("actors", "Actors"), ("themes", "Themes"),
    ("conclusions", "Conclusions"), ("timeline", "Timeline"), ("glossary", "Glossary"),
)


class PageRef(NamedTuple):
    """A generated page by what it shows: `("actors", "kim-jong-un")`, `("conclusions", "")`."""

    kind: PageKind
    id: str = ""


def page_path(kind: PageKind, ident: str = "") -> DocsPath:
    """Return the docs-relative Markdown path of a generated page (`ident` empty: the index)."""
    if kind == "home":
        return DocsPath("index.md")
    if kind in ("conclusions", "timeline", "glossary"):
        return DocsPath(f"{kind}.md")
    return DocsPath(f"{kind}/{ident or 'index'}.md")


def conclusions_path(number: int) -> DocsPath:
    """The `number`-th page (1-based) of the conclusions table: the first is the section page."""
    return page_path("conclusions") if number <= 1 else DocsPath(f"conclusions/page-{number}.md")


def timeline_path(part: str) -> DocsPath:
    """A page of the timeline when it is paged: `timeline/2021.md`, `timeline/1962-1999.md`."""
    return DocsPath(f"timeline/{part}.md")


def actor_place(ident: str, paged: bool) -> tuple[DocsPath, Anchor | None]:
    """Where an actor is shown: its own page, or (`paged` false: an actor named in one
    paragraph, see Corpus.paged_actors) its row on the page of actors named once, which the
    actors index links (a page of its own, so a hand-written index cannot take its anchors)."""
    return (page_path("actors", ident), None) if paged else (NAMED_ONCE, Anchor(f"actor-{ident}"))


NAMED_ONCE = DocsPath("actors/index.once.md")  # a dot, which no actor id holds


def more_path(kind: Literal["actors", "themes"], ident: str, number: int) -> DocsPath:
    """The `number`-th page (from 2) of the briefs an actor or theme page lists one line each,
    beyond those it lists itself: `actors/china.more-2.md` (a dot: no id holds one)."""
    return DocsPath(f"{kind}/{ident}.more-{number}.md")


def path_of(ref: PageRef) -> DocsPath:
    return page_path(ref.kind, ref.id)


def original_path(brief: Brief) -> DocsPath:
    """Docs-relative path where the original file is published: a PDF as itself, a text
    brief always as text (`.md.txt`, so no one renders it)."""
    if brief.format == "pdf":
        return DocsPath(f"originals/{brief.id}.pdf")
    return DocsPath(f"originals/{brief.id}{'.md' if brief.source.endswith('.md') else ''}.txt")


def paragraph_anchor(number: int) -> Anchor:
    """The id of paragraph `number` (1-based) on its brief's page."""
    return Anchor(f"p-{number}")


def sentence_anchor(paragraph: int, sentence: int) -> Anchor:
    """The id of the `sentence`-th sentence (1-based) of paragraph `paragraph` on its brief's page."""
    return Anchor(f"p-{paragraph}-s{sentence}")


def relative(from_page: DocsPath, to_page: DocsPath, anchor: Anchor | None = None) -> Link:
    """Return the link from one docs-relative page to another (with `#anchor`)."""
    rel = _relpath(to_page, posixpath.dirname(from_page) or ".")
    return Link(f"{rel}#{anchor}" if anchor else rel)


@lru_cache(maxsize=1 << 16)
def _relpath(path: str, start: str) -> str:
    """posixpath.relpath, which is slow, asked for the same few folders a hundred thousand times."""
    return posixpath.relpath(path, start)


def url(path: DocsPath, anchor: Anchor | None = None) -> Url:
    """Return the site-root-relative URL of a page (both builds use .html URLs)."""
    page = path.removesuffix(".md") + ".html"
    return Url(f"{page}#{anchor}" if anchor else page)


def section_paths() -> dict[DocsPath, str]:
    """The section index pages (the only generated pages in the sidebar), with their titles."""
    return {page_path(kind): title for kind, title in SECTIONS}

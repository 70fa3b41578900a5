"""The site map and the sidebar: paths, links, URLs and anchors; the user's nav merged."""

from __future__ import annotations

from typing import Any

import pytest

from briefsite.site.nav import merge_nav
from briefsite.site.sitemap import (
    PageRef, page_path, paragraph_anchor, path_of, relative, section_paths, url,
)

SECTIONS = [{"Home": "index.md"}, {"Briefs": "briefs/index.md"}, {"Actors": "actors/index.md"},
            {"Themes": "themes/index.md"}, {"Conclusions": "conclusions.md"}, {"Timeline": "timeline.md"},
            {"Glossary": "glossary.md"}]


@pytest.mark.parametrize("ref,path", [
    (PageRef("home"), "index.md"),
    (PageRef("briefs"), "briefs/index.md"),
    (PageRef("briefs", "000-abc"), "briefs/000-abc.md"),
    (PageRef("actors", "kim-jong-un"), "actors/kim-jong-un.md"),
    (PageRef("themes", "sanctions"), "themes/sanctions.md"),
    (PageRef("conclusions"), "conclusions.md"),
    (PageRef("timeline"), "timeline.md"),
])
def test_page_paths(ref: PageRef, path: str) -> None:
    assert path_of(ref) == page_path(ref.kind, ref.id) == path


def test_links_urls_and_anchors() -> None:
    brief = page_path("briefs", "b")
    assert relative(page_path("actors", "x"), brief, paragraph_anchor(3)) == "../briefs/b.md#p-3"
    assert relative(page_path("home"), brief) == "briefs/b.md"
    assert relative(brief, page_path("briefs", "c")) == "c.md"
    assert url(brief, paragraph_anchor(3)) == "briefs/b.html#p-3"
    assert url(page_path("home")) == "index.html"


def test_section_pages_are_the_nav_defaults() -> None:
    assert [{t: p} for p, t in section_paths().items()] == SECTIONS


NAV_CASES: list[tuple[str, Any, list[str], list[Any]]] = [
    ("no nav: sections, then hand-written pages in MkDocs' order",
     None, ["method.md", "data.md", "about.md", "guide/intro.md", "guide/index.md"],
     [*SECTIONS, "about.md", "data.md", "method.md", "guide/index.md", "guide/intro.md"]),
    ("no nav: a hand-written section page is the section, not listed twice",
     None, ["actors/index.md", "data.md"], [*SECTIONS, "data.md"]),
    ("a user nav naming every section keeps its order",
     [{"About": "about.md"}, {"Briefs": "briefs/index.md"}, *SECTIONS[2:], {"Home": "index.md"}],
     ["about.md"],
     [{"About": "about.md"}, {"Briefs": "briefs/index.md"}, *SECTIONS[2:], {"Home": "index.md"}]),
    ("sections the user did not name are appended in the default order",
     [{"Start": "index.md"}, {"About": "about.md"}, {"Read": [{"All briefs": "./briefs/index.md"}]}], ["about.md"],
     [{"Start": "index.md"}, {"About": "about.md"}, {"Read": [{"All briefs": "./briefs/index.md"}]}, *SECTIONS[2:]]),
    ("links and bare paths count as written",
     ["timeline.md", {"Source": "https://example.org/index.md"}], [],
     ["timeline.md", {"Source": "https://example.org/index.md"}, *SECTIONS[:5], *SECTIONS[6:]]),
]


@pytest.mark.parametrize("user,hand_written,expected", [c[1:] for c in NAV_CASES], ids=[c[0] for c in NAV_CASES])
def test_merge_nav(user: Any, hand_written: list[str], expected: list[Any]) -> None:
    assert merge_nav(user, hand_written) == expected

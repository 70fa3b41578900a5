"""The paging rule (site/paging.py) and what uses it: the conclusions table's pages and the
pages each brief, actor and theme is on (site/conclusion_index.py), the timeline's page names
and the further pages of an actor or theme (site/more_pages.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefsite import pipeline
from briefsite.corpus.index import Corpus
from briefsite.model import BriefId, Event
from briefsite.settings import load_settings
from briefsite.site import conclusion_index
from briefsite.site.markdown import Md
from briefsite.site.more_pages import FOLDED, MORE_PER_PAGE, split_more
from briefsite.site.paging import chunk, pager
from briefsite.site.sitemap import DocsPath
from briefsite.site.timeline_page import _names

ROOT = Path(__file__).parents[2]


@pytest.mark.parametrize(("groups", "size", "pages"), [
    ("", 3, []),                                  # nothing: no page
    ("aab", 3, ["aab"]),                          # fits: one page
    ("aabb", 3, ["aa", "bb"]),                    # a group is never split to fill a page
    ("abcdef", 3, ["abc", "def"]),                # single items fill pages
    ("aaaaaaab", 3, ["aaa", "aaa", "ab"]),        # a group longer than a page gets pages of its own
    ("aabbbbc", 4, ["aa", "bbbb", "c"]),
])
def test_chunk_fills_pages_in_order_and_keeps_groups_whole(groups: str, size: int, pages: list[str]) -> None:
    result = chunk(list(groups), lambda g: g, size)
    assert ["".join(p) for p in result] == pages
    assert "".join("".join(p) for p in result) == groups  # every item once, in order


def test_a_pager_links_every_page_and_marks_the_current_one() -> None:
    paths = [DocsPath("conclusions.md"), DocsPath("conclusions/page-2.md"), DocsPath("conclusions/page-3.md")]
    md = pager(paths[1], paths, ["a", "b <i>", "c"], "the conclusions")
    assert "[1](../conclusions.md" in md and "[3](page-3.md" in md
    assert '{ data-page="2" aria-current="page" }' in md and md.count("aria-current") == 1
    assert "rel=prev" in md and "rel=next" in md
    assert "<i>" not in md  # labels are text
    assert pager(paths[0], paths[:1], ["a"], "x") == Md()


@pytest.fixture(scope="module")
def bundled() -> Corpus:
    old = os.environ.pop("BRIEFSITE_BRIEFS", None)
    try:
        os.environ["BRIEFSITE_BRIEFS"] = str(ROOT / "briefs")
        return pipeline.run(load_settings({}, ROOT)).corpus
    finally:
        os.environ.pop("BRIEFSITE_BRIEFS", None)
        if old is not None:
            os.environ["BRIEFSITE_BRIEFS"] = old


def test_every_conclusion_is_on_exactly_one_page_and_the_index_says_which(bundled: Corpus) -> None:
    index = conclusion_index.build(bundled, size=10)
    assert len(index.pages) > 2
    rows = [c for page in index.pages for c in page]
    assert sorted(c.id for c in rows) == sorted(c.id for c in bundled.knowledge.conclusions)
    assert all(len(page) <= 10 for page in index.pages)
    for number, page in enumerate(index.pages, start=1):
        for c in page:
            assert number in index.where[("brief", c.sentence.brief)]
            for a in conclusion_index.row_actors(bundled, c):
                assert number in index.where[("actor", a)]
    for (facet, ident), numbers in index.where.items():
        assert numbers == tuple(sorted(set(numbers)))
        assert index.first(facet, ident) == index.paths()[numbers[0] - 1]
    assert index.paths()[0] == "conclusions.md" and index.paths()[1] == "conclusions/page-2.md"


def _events(years: str) -> list[list[Event]]:
    return [[Event(f"e{i}", y, "t", BriefId("b"), 1) for i, y in enumerate(page.split())] for page in years.split("|")]


def test_timeline_pages_are_named_by_their_years() -> None:
    names = _names(_events("1962 1999|2021|2022 2022|2022|2023 2024"))
    assert names == [("1962-1999", "1962 to 1999"), ("2021", "2021"), ("2022", "2022, part 1 of 2"),
                     ("2022-part-2", "2022, part 2 of 2"), ("2023-2024", "2023 to 2024")]


def test_an_actor_named_widely_folds_some_briefs_and_pages_the_rest() -> None:
    lines = [{"link": Md(f"[b{i}](../briefs/b{i}.md)"), "places": Md("¶ 1")} for i in range(FOLDED + MORE_PER_PAGE + 5)]
    folded, more, pages = split_more("actors", "china", "China", 12, lines)
    assert folded == lines[:FOLDED]
    assert sorted(pages) == ["actors/china.more-2.md", "actors/china.more-3.md"]
    assert "(china.more-2.md)" in more and "(china.more-3.md)" in more
    listed = [line for text in pages.values() for line in text.splitlines() if line.startswith("- [b")]
    assert len(listed) == MORE_PER_PAGE + 5  # every further brief, once
    assert split_more("actors", "china", "China", 12, lines[:FOLDED]) == (lines[:FOLDED], Md(), {})


def test_a_long_briefs_index_is_paged_and_lists_every_brief_once(bundled: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefsite.site import brief_pages
    from briefsite.site.context import PageContext

    monkeypatch.setattr(brief_pages, "BRIEFS_PER_PAGE", 1)
    pages = brief_pages.briefs_index_pages(PageContext(bundled))
    assert list(pages) == ["briefs/index.md", "briefs/index.page-2.md"]
    listed = [line for text in pages.values() for line in text.splitlines() if line.startswith("| [")]
    assert len(listed) == len(bundled.knowledge.briefs)
    assert all("[2](index.page-2.md" in text for text in pages.values())

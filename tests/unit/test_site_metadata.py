"""site/metadata.py: the brief header's items, dates as <time>, the index order, citation bylines."""

from __future__ import annotations

import pytest

from briefsite.model import Brief, BriefId, Meta
from briefsite.site.citations import byline, credit
from briefsite.site.markdown import Md
from briefsite.site.metadata import date_md, header_items, index_order, source_label


def brief(ident: str, **meta: object) -> Brief:
    return Brief(BriefId(ident), f"{ident}.md", Meta(title=f"Title {ident}", **meta), ())  # type: ignore[arg-type]


@pytest.mark.parametrize(("iso", "shown"), [
    ("2021-09-21", '<time datetime="2021-09-21">21 September 2021</time>'),
    ("2021-09", '<time datetime="2021-09">September 2021</time>'),
    ("2021", '<time datetime="2021">2021</time>'),
    (None, ""),
    ("", ""),
    ("2021-02-30", "2021-02-30"),  # not a real date: text only, no datetime to sort by
])
def test_dates_are_written_for_readers_with_a_machine_readable_value(iso: str | None, shown: str) -> None:
    assert date_md(iso) == shown


def test_the_index_lists_newest_first_and_undated_last_in_corpus_order() -> None:
    briefs = [brief("a"), brief("b", date="2021-09-21"), brief("c", date="2021"), brief("d"),
              brief("e", date="2023-07"), brief("f", date="2021-09"), brief("g", date="2021-09-21")]
    assert [b.id for b in index_order(briefs)] == ["e", "c", "f", "b", "g", "a", "d"]


def test_header_items_show_only_what_the_brief_states() -> None:
    original = Md("[x.md](../originals/x.md.txt)")
    assert header_items(brief("x"), original) == [("Authors", "not stated"), ("Original file", original)]
    full = brief("x", authors=("A *B*", "C"), institution="<I>", date="2021-09-21", report_number="No. 5",
                 source_url="https://www.example.org/briefs/x/")
    assert header_items(full, original) == [
        ("Authors", "A &#42;B&#42;, C"), ("Institution", "&#60;I&#62;"),
        ("Date", '<time datetime="2021-09-21">21 September 2021</time>'), ("Report", "No. 5"),
        ("Source", "[example.org/briefs/x](https://www.example.org/briefs/x/)"), ("Original file", original),
    ]


def test_a_long_source_address_is_named_by_its_host() -> None:
    assert source_label("https://example.org/" + "a" * 80) == "example.org/…"


@pytest.mark.parametrize(("meta", "full", "short"), [
    ({}, "Unknown author, “Title x”", "Unknown author"),
    ({"authors": ("Ann Lee",), "date": "2022"}, "Ann Lee, “Title x”, 2022", "Ann Lee · 2022"),
    ({"authors": ("Ann Lee", "Bo Kim"), "institution": "Inst", "report_number": "R-1", "date": "2021-09-21"},
     "Ann Lee, Bo Kim, “Title x”, Inst, R-1, 21 September 2021", "Ann Lee, Bo Kim · Inst · R-1 · 21 September 2021"),
])
def test_citations_name_what_is_stated_and_never_a_date_that_is_not(meta: dict[str, object], full: str, short: str) -> None:
    assert byline(brief("x", **meta)) == full
    assert credit(brief("x", **meta)) == short

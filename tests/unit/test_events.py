"""Dated events: which dates count, and where a year may come from."""

from __future__ import annotations

import pytest

from briefsite.extract.events.find import dates_in, extract_events
from briefsite.model import Brief, BriefId, Meta, Paragraph


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("It began on 21 September 2021.", None, ["2021-09-21"]),
        ("It began on September 21, 2021, and ended.", None, ["2021-09-21"]),
        ("Talks stalled in late May 2019.", None, ["2019-05"]),
        ("In Sept. 2021 a test followed.", None, ["2021-09"]),
        ("Borders closed in 2020 and since 2017 no talks.", None, ["2020", "2017"]),
        # a month without a year takes the year of the context, else it is left out
        ("On September 21, Moon spoke.", 2021, ["2021-09-21"]),
        ("On September 21, Moon spoke.", None, []),
        ("Elections come in March.", 2022, ["2022-03"]),
        ("In September and October the ministry organised two rounds.", 2021, ["2021-09", "2021-10"]),
        ("Kim and May agreed in March.", 2021, ["2021-03"]),  # a name after `and` is no month
        ("It was in September 2021. On September 24 she replied.", None, ["2021-09", "2021-09-24"]),
        # not dates: numbers that are not years after a preposition, the verb may, a march
        ("Resolution 1718 and the 2018 Winter Olympics.", None, []),
        ("North Korea may march on; talks may resume.", 2021, []),
        ("It has 2,019 missiles and F-2020 jets.", None, []),
        ("On September 41 nothing.", 2021, []),
    ],
)
def test_dates_in(text: str, year: int | None, expected: list[str]) -> None:
    assert [iso for iso, _ in dates_in(text, year)] == expected


def _brief(*texts: str) -> Brief:
    meta = Meta(title="T", authors=("A",), institution=None, date="2030-01-01")
    paragraphs = tuple(Paragraph(i, t, None, i) for i, t in enumerate(texts, 1))
    return Brief(BriefId("b"), "b.txt", meta, paragraphs, ())


def test_a_year_never_crosses_a_paragraph_but_comes_from_the_brief_date() -> None:
    """A yearless month takes the paragraph's year, else the year the brief's date makes nearest."""
    events = extract_events([_brief("Elections are due in March 2022.", "In September the tests resumed.")])
    assert [(e.date, e.paragraph, e.year_from) for e in events] == [("2022-03", 1, "text"), ("2029-09", 2, "brief")]


def test_events_sorted_by_date_with_their_sentence() -> None:
    """A sentence with a date but no happening (`It was at the end of September 2021.`) is no event."""
    brief = _brief("It was at the end of September 2021. On September 21, Moon spoke. Talks failed in 2019.")
    events = extract_events([brief])
    assert [(e.date, e.text, e.kind) for e in events] == [
        ("2019", "Talks failed in 2019.", "event"),  # the nearest word decides
        ("2021-09-21", "On September 21, Moon spoke.", "speech"),
    ]
    assert len({e.id for e in events}) == len(events)


# One text per alternative of when._DATE: each must pass the quick test before it.
@pytest.mark.parametrize("text", [
    "on 2021-09-21", "on 21 September 2021", "on September 21, 2021", "from April to August 2017",
    "in September 2021", "On September 21 the talks", "on 21 September the talks", "in October the talks",
    "in 2019", "today", "Yesterday", "last year", "next Month", "in Sept. 2020",
])
def test_every_kind_of_date_passes_the_quick_test(text: str) -> None:
    from briefsite.extract.events.when import _DATE, _MAYBE_DATE

    assert _DATE.search(text) and _MAYBE_DATE.search(text)

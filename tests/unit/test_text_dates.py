"""The one dates module: month names, ISO and written forms, and real calendar dates only."""

from __future__ import annotations

import pytest

from briefsite.extract.events.find import dates_in
from briefsite.text.dates import human_date, iso_date, month_number, parse_date, parse_iso, parse_written


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021", "2021"),
        ("2021-09", "2021-09"),
        ("2021-09-21", "2021-09-21"),
        ("2024-02-29", "2024-02-29"),  # leap year
        ("2023-02-29", None),
        ("2021-02-31", None),
        ("2021-13", None),
        ("2021-00-10", None),
        ("0999", None),
        ("21-09-2021", None),
        ("2021-9-1", None),
        ("", None),
    ],
)
def test_parse_iso(text: str, expected: str | None) -> None:
    assert parse_iso(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 March 2025", "2025-03-03"),
        ("3rd March, 2025", "2025-03-03"),
        ("March 3, 2025", "2025-03-03"),
        ("March 2025", "2025-03"),
        ("Sept. 2021", "2021-09"),
        ("sep 12 2021", "2021-09-12"),
        ("MARCH 2025", "2025-03"),
        ("31 February 2021", None),
        ("February 29, 2023", None),
        ("February 29, 2024", "2024-02-29"),
        ("Smarch 2025", None),
        ("32 March 2025", None),
        ("March", None),
    ],
)
def test_parse_written(text: str, expected: str | None) -> None:
    assert parse_written(text) == expected


@pytest.mark.parametrize(
    ("text", "bare_year", "expected"),
    [
        ("2021", False, None),  # a number alone on a line is not taken for a date
        ("2021", True, "2021"),
        ("2021-10-12", False, "2021-10-12"),
        ("12 October 2021", False, "2021-10-12"),
        ("31 February 2021", False, None),
        ("Monday, March 3, 2025", False, "2025-03-03"),  # a weekday before the date
        ("Tue 4 March 2025", False, "2025-03-04"),
        ("Monday", False, None),
        ("Monday, 31 February 2025", False, None),
    ],
)
def test_parse_date(text: str, bare_year: bool, expected: str | None) -> None:
    assert parse_date(text, bare_year=bare_year) == expected


@pytest.mark.parametrize(
    ("year", "month", "day", "expected"),
    [
        (2021, None, None, "2021"),
        (2021, 2, None, "2021-02"),
        (2021, 2, 28, "2021-02-28"),
        (2021, 2, 29, None),
        (2021, None, 3, None),  # a day needs a month
        (2021, 4, 31, None),
        (10000, 1, 1, None),
    ],
)
def test_iso_date(year: int, month: int | None, day: int | None, expected: str | None) -> None:
    assert iso_date(year, month, day) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("January", 1), ("jan", 1), ("Sept.", 9), ("sep", 9), ("May", 5), ("Mai", None), ("", None)],
)
def test_month_number(word: str, expected: int | None) -> None:
    assert month_number(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit was set for 31 February 2021.", []),
        ("On 31 February 2021 nothing happened; on 1 March it did.", ["2021-03-01"]),
        ("The talks of 29 February 2024 failed.", ["2024-02-29"]),
        ("The talks of February 29, 2023 never took place.", []),
    ],
)
def test_events_take_only_real_dates(text: str, expected: list[str]) -> None:
    assert [iso for iso, _ in dates_in(text)] == expected


@pytest.mark.parametrize(
    ("iso", "human"),
    [("2021-09-21", "21 September 2021"), ("2021-09", "September 2021"), ("2021", "2021"),
     ("2021-02-01", "1 February 2021")],
)
def test_human_date_writes_what_the_site_writes(iso: str, human: str) -> None:
    assert human_date(iso) == human


def test_human_date_leaves_what_is_no_date() -> None:
    assert human_date("2021-02-31") == "2021-02-31"


@pytest.mark.parametrize(("text", "iso"), [
    ("23.05.2024", "2024-05-23"),  # dots: day first
    ("23/05/2024", "2024-05-23"),  # the order shows: 23 is no month
    ("05/23/2024", "2024-05-23"),
    ("07/07/2024", "2024-07-07"),
    ("03/04/2025", None),  # March or April by the reader's country: not guessed
    ("31.02.2024", None),
])
def test_numeric_dates(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso

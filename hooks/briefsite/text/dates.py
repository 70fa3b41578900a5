"""Dates, the one place that knows month names and which days a month has.

Input: text that states a date, or a year, month and day found by a stage's own pattern.
Output: a partial ISO date (`2021`, `2021-09`, `2021-09-21`) that is a real calendar date, or
None; and (`human_date`) a partial ISO date written for readers (`21 September 2021`). Nothing here guesses: `31 February 2021`, month 13 and year 0999 give None, never a
nearby date. Every stage that reads dates (front matter, the opening lines' metadata, events,
the actor and conclusion rules) takes its month names and its validation from here, so they
cannot disagree about what a date is.

Forms read by `parse_date`, the whole string being the date:
- ISO: `YYYY` (only with `bare_year`), `YYYY-MM`, `YYYY-MM-DD`;
- written: `3 March 2025` (`3rd March, 2025`), `March 3, 2025`, `March 2025`, with full or
  abbreviated month names in any case (`Sept.`, `sep`, `MARCH`), after an optional weekday
  (`Monday, March 3, 2025`);
- numeric: `03.03.2025` (day first, as every country that writes dots does), and `21/09/2025`
  or `09/21/2025` only where the order shows (a part over 12, or day and month the same):
  `03/04/2025` is a day in March or April by the reader's country, so it gives None.
"""

from __future__ import annotations

import calendar
import re

_NAMES = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)
# The one month table: every full and abbreviated English month name, lowercased, to 1-12.
MONTHS: dict[str, int] = {name: number for number, names in enumerate(_NAMES, start=1) for name in names}
MONTH_NAMES: tuple[str, ...] = tuple(names[0].capitalize() for names in _NAMES)  # January ... December
# A month as written in running text: a capitalised full name, or an abbreviation with its dot.
MONTH_IN_TEXT = "|".join(
    (*MONTH_NAMES, *(f"{n.capitalize()}\\." for names in _NAMES for n in names[1:]))
)
YEARS = range(1000, 10000)
_WEEKDAY = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+", re.IGNORECASE
)

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTH_WORD = r"([A-Za-z]{3,9})\.?"
_WRITTEN = (
    (re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_WORD}\s*,?\s+(\d{{4}})$"), "dmy"),
    (re.compile(rf"^{_MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})$"), "mdy"),
    (re.compile(rf"^{_MONTH_WORD}\s+(\d{{4}})$"), "my"),
)


def month_number(word: str) -> int | None:
    """Return the month (1-12) a month name or abbreviation names (`Sept.`, `march`), else None."""
    return MONTHS.get(word.strip().rstrip(".").lower())


def iso_date(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """Return the partial ISO date of `year`, `month`, `day` if it is a real date, else None.

    A day needs a month; the day must exist in that month of that year (29 February only in
    a leap year).
    """
    if year not in YEARS:
        return None
    if month is None:
        return None if day is not None else f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_numeric(text: str) -> str | None:
    """Return the ISO date of `03.03.2025`, or of a slashed date whose order shows (see above)."""
    if match := _DOTTED.match(text.strip()):
        return iso_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    if match := _SLASHED.match(text.strip()):
        first, second, year = (int(g) for g in match.groups())
        if first == second or (first > 12) != (second > 12):
            day, month = (first, second) if first > 12 or first == second else (second, first)
            return iso_date(year, month, day)
    return None


def parse_iso(text: str) -> str | None:
    """Return `text` if it is a real ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, else None."""
    match = _ISO.match(text.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None  # the pattern requires it
    return iso_date(year, month, day)


def parse_written(text: str) -> str | None:
    """Return the ISO date of a written date (`3 March 2025`, `March 3, 2025`, `March 2025`)."""
    for pattern, order in _WRITTEN:
        match = pattern.match(text.strip())
        if not match:
            continue
        groups = dict(zip(order, match.groups()))
        month = month_number(groups["m"])
        if month is None:
            return None
        day = int(groups["d"]) if "d" in groups else None
        return iso_date(int(groups["y"]), month, day)
    return None


def human_date(iso: str) -> str:
    """Return a partial ISO date as a reader writes it: `2021-09-21` -> `21 September 2021`,
    `2021-09` -> `September 2021`, `2021` stays; text that is no real date is returned as given."""
    if parse_iso(iso) is None:
        return iso
    parts = iso.split("-")
    if len(parts) == 1:
        return iso
    month = MONTH_NAMES[int(parts[1]) - 1]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def parse_date(text: str, *, bare_year: bool = False) -> str | None:
    """Return the ISO date that all of `text` states, ISO or written, if it is a real one.

    A bare year (`2021`) counts only with `bare_year`: alone on a line it is as often a
    number as a date.
    """
    stripped = _WEEKDAY.sub("", text.strip(), count=1) if _WEEKDAY.match(text.strip()) else text.strip()
    if not bare_year and _ISO.match(stripped) and "-" not in stripped:
        return None
    return parse_iso(stripped) or parse_written(stripped) or parse_numeric(stripped)


"""When: the dates a sentence states, each resolved to a partial ISO date.

Input: a sentence's text, the year its paragraph has stated so far, and the brief's own date.
Output: `When`s, in order of appearance, one per date (a range counts once, at its start),
each as precise as the text (`2021`, `2021-09`, `2021-09-21`) and saying where its year came from.

The rules, the whole of them:
- A date is a day, month and year (`21 September 2021`, `September 21, 2021`, `18-19 June
  2019`, `2021-09-21`), a month and year (`October 2021`, `late May 2019`, `April to August
  2017`), or a year after a preposition (`in 2019`, `since 2017`, `mid-2019`); a bare number
  (`1718`, `the 2018 Winter Olympics`, `2017-18`) is no date.
- A month name alone must follow a preposition (`in May`), so the verb `may` and the word
  `march` never count; the day must exist in its month (`31 February 2021` is no date).
- A month without a year (`On September 21`, `in October`) takes the last year the same
  paragraph stated before it. Without one it takes its year from the brief's date: the same
  year, or the year before or after when that puts it nearer the brief's date, or on the side
  the sentence's tense points to (`will be elected in March` after the brief's month: the
  coming March; `met in December` in a brief of February: the December before).
- `today`, `yesterday` and `tomorrow` are the brief's day (or the day before or after) when
  the brief is dated to the day; `last year`, `this year`, `next year` and the same with
  `month` need the brief's year or month. They are marked `relative`: the caller keeps them
  only beside a happening, since `today` also means `nowadays`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Literal

from briefsite.extract.events.what import FUTURE
from briefsite.text.dates import MONTH_IN_TEXT, iso_date, month_number, parse_iso

YearSource = Literal["text", "paragraph", "brief"]


@dataclass(frozen=True, slots=True)
class When:
    """A date a sentence states: its partial ISO date and where it stands in the sentence."""

    date: str
    start: int
    end: int
    year_from: YearSource = "text"
    relative: bool = False


_M = "(?P<{g}>" + MONTH_IN_TEXT.replace("{", "{{").replace("}", "}}") + ")"
_Y = r"(?P<{g}>(?:19|20)\d{{2}})(?![\d-])"
_D = r"(?P<{g}>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|—|to|and|until|till|through)\s*"  # the joint of a range
_PREP = (r"(?:in|on|since|until|till|by|from|during|before|after|of|early|mid|late|end\s+of|"
         r"beginning\s+of|between|around|throughout|until|through|last|next|this|each|every)")

_DATE = re.compile("|".join((
    rf"\b(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])\b",                 # 2021-09-21
    rf"\b{_D.format(g='d1')}(?:{_TO}\d{{1,2}}(?:st|nd|rd|th)?)?\s+{_M.format(g='m1')},?\s+{_Y.format(g='y1')}",
    rf"\b{_M.format(g='m2')}\s+{_D.format(g='d2')}(?:{_TO}\d{{1,2}}\b)?,?\s+{_Y.format(g='y2')}",
    rf"\b{_M.format(g='m8')}{_TO}(?:{MONTH_IN_TEXT}),?\s+{_Y.format(g='y8')}",                      # April to August 2017
    rf"\b{_M.format(g='m3')},?\s+(?:of\s+)?{_Y.format(g='y3')}",                                     # September 2021
    rf"\b{_M.format(g='m4')}\s+{_D.format(g='d4')}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)(?![.,]\d)",       # September 21
    rf"\b{_D.format(g='d5')}\s+{_M.format(g='m5')}\b(?!\s*,?\s*(?:19|20)\d\d)",                      # 21 September
    rf"(?i:\b{_PREP}[\s-]+)(?-i:{_M.format(g='m6')})(?:\s+(?:and|or)\s+(?-i:{_M.format(g='m9')}))?\b"
    r"(?![\s,]*(?:\d))",                                                          # in October; in September and October
    rf"(?i:\b{_PREP}[\s-]+(?:the\s+year\s+)?)(?-i:{_Y.format(g='y7')})\b",                     # in 2019
    r"(?i:\b(?P<rel>today|yesterday|tomorrow|(?:last|this|next)\s+(?:year|month))(?:['’]s)?\b)",
)))
# What every alternative of _DATE needs: an ASCII digit (day, year), a month's name (case
# as in _M) or a relative word (case as in its `(?i:...)`). Keep in step with _DATE.
_MAYBE_DATE = re.compile(r"[0-9]|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
                         r"|(?i:today|yesterday|tomorrow|year|month)")
ANY_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d{2}(?![\d-])")
_RANGE_JOINT = re.compile(r"^\s*(?:-|–|—|to|until|till|through)\s*(?:the\s+end\s+of\s+)?$")  # not `and`: two dates
_PAST = re.compile(r"\b(?:was|were|had|did|ago|last)\b|\b\w{3,}ed\b", re.IGNORECASE)
_DAY_SHIFT = {"today": 0, "yesterday": -1, "tomorrow": 1}
_STEP = {"last": -1, "this": 0, "next": 1}


def find_dates(text: str, context_year: int | None = None, brief_date: str | None = None) -> list[When]:
    """Return every date `text` states, in order; see the module's rules."""
    if not _MAYBE_DATE.search(text):
        return []  # most sentences: no alternative of _DATE can match, and it is slow to try them all
    out: list[When] = []
    year = context_year
    pos = 0
    for m in _DATE.finditer(text):
        for y in ANY_YEAR.finditer(text, pos, m.start()):
            year = int(y.group())
        between = text[pos:m.start()]
        pos = m.end()
        if out and _RANGE_JOINT.match(between) and not m.group("rel"):
            continue  # `from May 2019 to June 2020` is one span of time, dated at its start
        found = _resolve(m, text, year, brief_date)
        if found is None:  # no real date (`31 February 2021`), but its year still sets the context
            for y in ANY_YEAR.finditer(text, m.start(), m.end()):
                year = int(y.group())
            continue
        if found.year_from == "text" and not found.relative:
            year = int(found.date[:4])
        if not any(w.date == found.date for w in out):  # `today (28 December 2016)` is one date
            out.append(found)
        second = m.group("m9") and iso_date(int(found.date[:4]), month_number(m.group("m9")))
        if second:  # `in September and October`: two months, two dates, the same year
            out.append(When(second, m.start("m9"), m.end("m9"), found.year_from))
    return out


def dates_in(text: str, context_year: int | None = None, brief_date: str | None = None) -> list[tuple[str, int]]:
    """Return (partial ISO date, offset) for every date in `text` (see `find_dates`)."""
    return [(w.date, w.start) for w in find_dates(text, context_year, brief_date)]


def _resolve(m: re.Match[str], text: str, year: int | None, brief_date: str | None) -> When | None:
    g = m.groupdict()
    if g["rel"]:
        relative = _relative(g["rel"].casefold(), brief_date)
        return When(relative, m.start(), m.end(), "brief", True) if relative else None
    if g["iy"]:
        iso = parse_iso(m.group(0))
        return When(iso, m.start(), m.end()) if iso else None
    month_word = g["m1"] or g["m2"] or g["m3"] or g["m4"] or g["m5"] or g["m6"] or g["m8"]
    month = month_number(month_word) if month_word else None
    day_text = g["d1"] or g["d2"] or g["d4"] or g["d5"]
    day = int(day_text) if day_text else None
    explicit = g["y1"] or g["y2"] or g["y3"] or g["y7"] or g["y8"]
    source: YearSource = "text" if explicit else "paragraph"
    at_year = int(explicit) if explicit else year
    if at_year is None and month is not None and brief_date:
        window = text[max(0, m.start() - 80):m.end() + 80]
        at_year, source = _year_near(brief_date, month, day, window), "brief"
    if at_year is None:
        return None
    iso = iso_date(at_year, month, day)
    return When(iso, m.start(), m.end(), source) if iso else None


def _year_near(brief_date: str, month: int, day: int | None, window: str) -> int:
    """The year of a yearless `month` (and `day`) in a brief dated `brief_date`: on the side the
    sentence's tense points to, else the nearest to the brief's date (the past on a tie)."""
    parts = [int(p) for p in brief_date.split("-")]
    if len(parts) == 1:
        return parts[0]
    here = (parts[0], parts[1], parts[2] if len(parts) > 2 else 0)
    candidates = [(y, month, day or 0) for y in (parts[0] - 1, parts[0], parts[0] + 1)]
    if FUTURE.search(window):
        return min(c for c in candidates if c >= here)[0]
    if _PAST.search(window):
        return max(c for c in candidates if c <= here)[0]

    def distance(c: tuple[int, int, int]) -> tuple[int, int]:
        months = abs((c[0] - here[0]) * 12 + c[1] - here[1])
        return (months, 0 if c <= here else 1)

    return min(candidates, key=distance)[0]


def _relative(word: str, brief_date: str | None) -> str | None:
    """The date `today`, `last year`, `next month` ... names in a brief dated `brief_date`."""
    if not brief_date:
        return None
    parts = [int(p) for p in brief_date.split("-")]
    if word in _DAY_SHIFT:
        if len(parts) < 3:
            return None
        return (datetime.date(*parts) + datetime.timedelta(days=_DAY_SHIFT[word])).isoformat()
    step, unit = word.split()
    if unit == "year":
        return iso_date(parts[0] + _STEP[step])
    if len(parts) < 2:
        return None
    months = parts[0] * 12 + parts[1] - 1 + _STEP[step]
    return iso_date(months // 12, months % 12 + 1)

"""Events: dated happenings the briefs state, for the timeline and knowledge.json.

Input: repaired briefs. Output: a tuple of `Event`s, one per sentence that names a date
(dated by the first date it names), sorted by date, brief and position. `Event.date` is a partial ISO
date (`2021`, `2021-09`, `2021-09-21`), never more precise than the text.

Rules, the whole of them:
- A date is a day, month and year (`21 September 2021`, `September 21, 2021`), a month and
  year (`October 2021`, `late May 2019`), or a year after a preposition (`in 2019`,
  `since 2017`); a bare number (`1718`, `the 2018 Winter Olympics`) is not a date.
- A month without a year (`On September 21`, `in October`) takes its year only from an
  explicit year earlier in the same paragraph (`It was at the end of September 2021 that
  ... On September 21, ...`). Without one it is left out: a year is never guessed from
  another paragraph or from the brief's date, which can be a year off.
- A month name alone must follow a preposition (`in May`), so the verb `may` and the word
  `march` never count; the day must exist in its month (`31 February 2021` is no date).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefsite.model import Brief, Event, Sentence
from briefsite.text.dates import MONTH_IN_TEXT, iso_date, month_number
from briefsite.text.sentences import paragraph_sentences

_MONTH = "(?P<{g}>" + MONTH_IN_TEXT.replace("{", "{{").replace("}", "}}") + ")"
_YEAR = r"(?P<{g}>(?:19|20)\d{{2}})(?![\d-])"
_DAY = r"(?P<{g}>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_PREP = r"(?:in|on|since|until|till|by|from|during|before|after|of|early|mid|late|end\s+of|beginning\s+of|between)"

_DATE = re.compile(
    "|".join((
        rf"\b{_DAY.format(g='d1')}\s+{_MONTH.format(g='m1')},?\s+{_YEAR.format(g='y1')}",       # 21 September 2021
        rf"\b{_MONTH.format(g='m2')}\s+{_DAY.format(g='d2')},?\s+{_YEAR.format(g='y2')}",       # September 21, 2021
        rf"\b{_MONTH.format(g='m3')},?\s+{_YEAR.format(g='y3')}",                                # September 2021
        rf"\b{_MONTH.format(g='m4')}\s+{_DAY.format(g='d4')}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)",   # September 21
        rf"\b{_DAY.format(g='d5')}\s+{_MONTH.format(g='m5')}\b(?!\s*,?\s*(?:19|20)\d\d)",       # 21 September
        rf"(?i:\b{_PREP}[\s-]+)(?-i:{_MONTH.format(g='m6')})\b(?![\s,]*(?:\d))",                 # in October
        rf"(?i:\b{_PREP}[\s-]+)(?-i:{_YEAR.format(g='y7')})\b",                                  # in 2019
    ))
)
_ANY_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d{2}(?![\d-])")


def _month(word: str) -> int:
    month = month_number(word)
    assert month is not None  # _MONTH only matches month names
    return month


def dates_in(text: str, context_year: int | None = None) -> list[tuple[str, int]]:
    """Return (partial ISO date, offset) for every date in `text`, in order of appearance.

    A month without a year uses `context_year`, updated by each explicit year met on the way;
    with no year known it is skipped.
    """
    out: list[tuple[str, int]] = []
    year = context_year
    pos = 0
    for m in _DATE.finditer(text):
        for y in _ANY_YEAR.finditer(text, pos, m.start()):
            year = int(y.group())
        pos = m.end()
        g = m.groupdict()
        explicit = g["y1"] or g["y2"] or g["y3"] or g["y7"]
        if explicit is None and year is None:
            continue
        at_year = int(explicit) if explicit else year
        assert at_year is not None
        month_word = g["m1"] or g["m2"] or g["m3"] or g["m4"] or g["m5"] or g["m6"]
        day = g["d1"] or g["d2"] or g["d4"] or g["d5"]
        iso = iso_date(at_year, _month(month_word) if month_word else None, int(day) if day else None)
        if iso is None:  # `31 February 2021` is no date; its year still counts as context
            year = at_year
            continue
        year = int(iso[:4])
        out.append((iso, m.start()))
    return out


def _paragraph_events(brief: Brief, sentences: Sequence[Sentence]) -> list[Event]:
    events: list[Event] = []
    year: int | None = None
    for s in sentences:
        dates = dates_in(s.text, year)
        if dates:  # one event per sentence, at the first date it names
            events.append(Event(f"{brief.id}-p{s.paragraph}-e{len(events) + 1}", dates[0][0], s.text, brief.id,
                                s.paragraph))
        years = _ANY_YEAR.findall(s.text)
        year = int(years[-1]) if years else year
    return events


def extract_events(briefs: Sequence[Brief]) -> tuple[Event, ...]:
    """Return the dated events of every brief, sorted by date, then brief and paragraph."""
    events = [
        e
        for brief in briefs
        for p in brief.paragraphs
        for e in _paragraph_events(brief, paragraph_sentences(brief, p))
    ]
    order = {b.id: i for i, b in enumerate(briefs)}
    return tuple(sorted(events, key=lambda e: (e.date, order[e.brief], e.paragraph, e.id)))

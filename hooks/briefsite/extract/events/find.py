"""Events: the dated happenings the briefs report, for the timeline and knowledge.json.

Input: repaired briefs. Output: a tuple of `Event`s sorted by date, brief and position: one per
date a sentence states beside a happening, so a sentence naming two dated happenings
(`It tested a missile on 3 May and met Japan's envoy on 9 May`) gives two rows. Each event has
its sentence, the words that date it, its kind (what.py) and whether it was still to come when
the brief was written; `Event.date` is a partial ISO date (`2021`, `2021-09`, `2021-09-21`),
never more precise than the text (when.py says how a date and its year are read).

A date belongs to the part of the sentence between the dates before and after it; a date
with no happening named in its part (`demand was 77,000 in 2015`) is no event. `today`,
`yesterday` and `tomorrow` count only with a happening a few words away (`today issued the
following statement`), since `Today, the region faces ...` means nowadays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefsite.extract.events.what import close_to_happening, is_expected, kind_near
from briefsite.extract.events.when import ANY_YEAR, When, dates_in, find_dates
from briefsite.model import Brief, Event, Sentence, Span
from briefsite.text.sentences import paragraph_sentences

_BREAK = re.compile(r"[,;:]\s|\s(?:and|but|while|then|whereas|before|after)\s", re.IGNORECASE)

# `... a good idea” (remarked on September 24)`, `“...” (25 September)`: the date of a quoted statement.
_AFTER_QUOTE = re.compile(r"[”\"]\s*\((?:[A-Za-z]+\s+){0,2}$")
# A dateline alone (`(Stockholm, 7 October 2016)`, `WASHINGTON, March 3 -`): it dates the sentence after it.
_DATELINE = re.compile(r"^\(?\s*(?:[A-Z][\w.'’-]*\s*){1,4},\s*(?P<date>[^()]{6,30}?)\s*\)?\s*[-–—:]?\s*$")

__all__ = ["dates_in", "extract_events", "sentence_events"]


def sentence_events(text: str, context_year: int | None = None,
                    brief_date: str | None = None) -> list[tuple[When, str, bool]]:
    """Return (date, kind, expected) for each dated happening of one sentence, in order."""
    found = find_dates(text, context_year, brief_date)
    cuts = [0, *(_cut(text, a.end, b.start) for a, b in zip(found, found[1:])), len(text)]
    out: list[tuple[When, str, bool]] = []
    for i, w in enumerate(found):
        lo, hi = cuts[i], cuts[i + 1]
        if w.relative and not close_to_happening(text, w.start, w.end):
            continue
        kind = "statement" if _AFTER_QUOTE.search(text, 0, w.start) else kind_near(text, w.start, w.end, lo, hi)
        if kind is None:
            continue
        out.append((w, kind, is_expected(w.date, brief_date, text[lo:hi])))
    return out


def _cut(text: str, start: int, end: int) -> int:
    """Where the part of one date ends and the next begins, between offsets `start` and `end`:
    at the last clause break (`,`, `;`, `and`, `but`, `while`, `then`), else halfway."""
    breaks = list(_BREAK.finditer(text, start, end))
    return breaks[-1].start() if breaks else (start + end) // 2


def _paragraph_events(brief: Brief, sentences: Sequence[Sentence]) -> list[Event]:
    events: list[Event] = []
    year: int | None = None
    dateline: tuple[Sentence, When] | None = None
    for s in sentences:
        found = sentence_events(s.text, year, brief.meta.date)
        start, span = s.span.start, s.span
        if dateline and not found:  # the sentence a dateline dates, the dateline quoted with it
            line, w = dateline
            kind = kind_near(s.text, 0, 0)
            if kind:
                found, start, span = [(w, kind, is_expected(w.date, brief.meta.date, s.text))], line.span.start, \
                    Span(line.span.start, s.span.end)
        dateline = _dateline(s, year, brief.meta.date)
        for w, kind, expected in found:
            events.append(Event(
                f"{brief.id}-p{s.paragraph}-e{len(events) + 1}", w.date, _text(brief, s, span), brief.id,
                s.paragraph, span=span, when=Span(start + w.start, start + w.end), kind=kind, expected=expected,
                year_from=w.year_from,
            ))
        years = ANY_YEAR.findall(s.text)
        year = int(years[-1]) if years else year
    return events


def _dateline(s: Sentence, year: int | None, brief_date: str | None) -> tuple[Sentence, When] | None:
    """The sentence and its date, when the sentence is a dateline alone."""
    line = _DATELINE.match(s.text)
    if not line:
        return None
    found = find_dates(s.text, year, brief_date)
    return (s, found[0]) if len(found) == 1 and found[0].start == line.start("date") else None


def _text(brief: Brief, s: Sentence, span: Span) -> str:
    if span == s.span:
        return s.text
    return next(p.text for p in brief.paragraphs if p.number == s.paragraph)[span.start:span.end]


def extract_events(briefs: Sequence[Brief]) -> tuple[Event, ...]:
    """Return the dated events of every brief, sorted by date, then brief and position."""
    events = [
        e
        for brief in briefs
        for p in brief.paragraphs
        for e in _paragraph_events(brief, paragraph_sentences(brief, p))
    ]
    order = {b.id: i for i, b in enumerate(briefs)}
    return tuple(sorted(events, key=lambda e: (e.date, order[e.brief], e.paragraph, e.when.start, e.id)))

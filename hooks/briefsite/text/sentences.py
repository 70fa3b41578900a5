"""Sentence boundaries of paragraphs.

Input: a Brief (repaired paragraphs). Output: its Sentences, as offsets into each
paragraph's text, so quotes and conclusions can point back at the exact words.
pysbd knows abbreviations such as `U.S.`, `Mr.` and `Sept.`; it is slow on huge
inputs, so a paragraph longer than LONG_PARAGRAPH is cut at plain full stops first.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from briefsite.model import Brief, Paragraph, Sentence, Span

LONG_PARAGRAPH = 20_000
_ROUGH_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")

# pysbd never ends a sentence after initials such as `U.S.`; end one there when
# what follows can only open a sentence: a function word (`... with the U.S. The
# talks ...`) or a name and a modal verb (`... the U.S. China may ...`), but not
# an institution the initials qualify (`the U.S. Congress will ...`).
_OPENERS = (
    "The|This|These|Those|That|It|Its|In|However|At|On|For|Since|As|But|If|When|While|Meanwhile|"
    "Moreover|Therefore|Thus|Such|There|They|Their|We|Our|He|His|She|Her|A|An|Yet|Still|Instead|After|Before"
)
_INSTITUTIONS = (
    "Congress|Senate|House|Army|Navy|Air|Forces|Force|Government|Administration|Department|Treasury|"
    "Embassy|Ambassador|President|Secretary|Military|Command|Marines|Coast|Security|State|Special"
)
_INITIALS_END = re.compile(
    rf"(?<=\b[A-Z]\.[A-Z]\.)\s+(?=(?:{_OPENERS})\b|(?!(?:{_INSTITUTIONS})\b)[A-Z][a-z]+"
    r"\s+(?:may|will|would|can|could|might|should|must|has|have|had|is|was|did|does)\b)"
)


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _chunks(text: str) -> list[tuple[int, str]]:
    """Cut a huge paragraph into pieces of at most about LONG_PARAGRAPH characters."""
    if len(text) <= LONG_PARAGRAPH:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    for m in _ROUGH_BREAK.finditer(text):
        if m.start() - start >= LONG_PARAGRAPH:
            pieces.append((start, text[start : m.start()]))
            start = m.end()
    pieces.append((start, text[start:]))
    return pieces


@lru_cache(maxsize=1 << 16)
def sentence_spans(text: str) -> tuple[Span, ...]:
    """Return the spans of the sentences of `text`, trailing white space excluded.

    Cached: the conclusion, event and page stages all split the same paragraphs, and
    pysbd is the slowest step of the engine."""
    spans: list[Span] = []
    for offset, chunk in _chunks(text):
        for piece in _segmenter().segment(chunk):
            start, end = offset + piece.start, offset + piece.end
            while end > start and text[end - 1].isspace():
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            spans.extend(_split_after_initials(text, start, end))
    if not spans and text.strip():
        spans.append(Span(0, len(text)))
    return tuple(spans)


def _split_after_initials(text: str, start: int, end: int) -> list[Span]:
    """Cut text[start:end] where a sentence ends with initials (see _INITIALS_END)."""
    out: list[Span] = []
    for m in _INITIALS_END.finditer(text, start, end):
        out.append(Span(start, m.start()))
        start = m.end()
    if end > start:
        out.append(Span(start, end))
    return out


def paragraph_sentences(brief: Brief, paragraph: Paragraph) -> tuple[Sentence, ...]:
    """Return the sentences of one paragraph of `brief`."""
    return tuple(
        Sentence(brief.id, paragraph.number, span, paragraph.text[span.start : span.end])
        for span in sentence_spans(paragraph.text)
    )


def brief_sentences(brief: Brief) -> tuple[Sentence, ...]:
    """Return every sentence of `brief`, in reading order."""
    return tuple(s for p in brief.paragraphs for s in paragraph_sentences(brief, p))


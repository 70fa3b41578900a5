"""Sentence boundaries of paragraphs.

Input: a Brief (repaired paragraphs). Output: its Sentences, as offsets into each
paragraph's text, so quotes and conclusions can point back at the exact words.
pysbd knows abbreviations such as `U.S.`, `Mr.` and `Sept.`; it is slow on huge
inputs, so a paragraph longer than LONG_PARAGRAPH is cut at plain full stops first. It is
also the slowest step of the engine on ordinary ones (it tries each of its abbreviations with
regular expressions), so a paragraph where every stop is plain (`_plain_spans`: a word of
letters that is none of pysbd's abbreviations, one space, a capital; no quotation or
parenthesis around a stop, no list marker, ellipsis or line break; initials only before a
small word or a comma) is cut at its stops directly: pysbd would cut it there and nowhere else.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd
from pysbd.utils import TextSpan

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


class _Segmenter(pysbd.Segmenter):  # type: ignore[misc]  # pysbd has no type hints
    """pysbd's segmenter, finding each sentence in the text with `str.find` where pysbd
    compiles a regular expression per sentence (`escape(sent)` then white space, searched left to
    right without overlap, the first match ending past the previous sentence): the same spans,
    without thousands of compilations."""

    def sentences_with_char_spans(self, sentences: list[str]) -> list[TextSpan]:
        text: str = self.original_text
        spans: list[TextSpan] = []
        prior_end = 0
        for sent in sentences:
            if not sent:  # an empty pattern matches everywhere: pysbd's own way
                found = next((m for m in re.finditer(r"\s*", text) if m.end() > prior_end), None)
                if found is not None:
                    spans.append(TextSpan(found.group(), found.start(), found.end()))
                    prior_end = found.end()
                continue
            pos = text.find(sent)
            while pos >= 0:
                end = _SPACE_RUN.match(text, pos + len(sent)).end()  # type: ignore[union-attr]
                if end > prior_end:
                    spans.append(TextSpan(text[pos:end], pos, end))
                    prior_end = end
                    break
                pos = text.find(sent, end)
        return spans


_SPACE_RUN = re.compile(r"\s*")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return _Segmenter(language="en", clean=False, char_span=True)


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


# Where pysbd's own rules could act: a stop not plainly between a word and a capital, a line
# break, ellipsis, a list marker ("(a)", "iv)", "2)"), dashes pysbd pairs, single quotes it pairs.
_NOT_PLAIN = re.compile(
    r"\.(?! (?-i:[A-Z])|\s*$)|[!?](?!\s*$)|[\r\n…‘。．！？ȸȹ☉☈☇☄•（「]|--|\s'|  "
    # pysbd also ends a sentence at a parenthesis or quotation followed by a capital
    r"|[)”\"']\s(?-i:[A-Z])"
    # pysbd's list items are lower case (a letter, a numeral up to "xx") or one or two digits
    r"|(?:^|[\s(])(?-i:[a-z]|[ivx]+|\d{1,2})\)|\((?-i:[mdclxvi]+)\)",
    re.IGNORECASE,
)
_STOP = re.compile(r"[.!?](?= |\s*$)")
_GOING_ON = re.compile(r"(?<![\w.])(?-i:[A-Za-z])(?:\.(?-i:[A-Za-z]))+\.(?=,| (?-i:[a-z]))")
# The word before a plain stop: two letters or more (with inner hyphens and apostrophes; a
# single letter is an initial), or a number of three digits or more (pysbd reads one or two
# digits before a stop as a list item), perhaps closing a parenthesis.
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[A-Za-z][A-Za-z’'-]*[A-Za-z]|\d{3,})\)?$")
_ROMAN = re.compile(r"[ivxlcdm]+", re.IGNORECASE)  # pysbd reads "xiv." or "civil." as a list numeral
# Quotation marks and brackets pysbd protects the stops inside of: opener, closer.
_PAIRS = (("“", "”"), ("«", "»"), ("(", ")"), ("[", "]"))


@lru_cache(maxsize=1)
def _abbreviation() -> re.Pattern[str]:
    """pysbd's English abbreviations as it matches them: a word that is one, in any case,
    with its dots matching any character (pysbd does not escape them)."""
    words = sorted(pysbd.languages.LANGUAGE_CODES["en"].Abbreviation.ABBREVIATIONS, key=lambda a: (-len(a), a))
    return re.compile("(?:" + "|".join(a.strip() for a in words) + r")$", re.IGNORECASE)


def _plain_spans(text: str) -> tuple[Span, ...] | None:
    """Return the sentence spans of `text` when each stop in it is plain (see the module
    docstring), cut after each stop, white space trimmed; None when pysbd must decide."""
    if text.count('"') % 2:
        return None
    # Initials that go on with a small word or a comma ("the U.S. and", "U.N.,") end nothing,
    # in pysbd as here: their dots are masked before the stops are read.
    text = _GOING_ON.sub(lambda m: m.group(0).replace(".", "_"), text) if "." in text else text
    if _NOT_PLAIN.search(text):
        return None
    spans: list[Span] = []
    start = 0
    pairs = _Pairs()
    for m in _STOP.finditer(text):
        word = _WORD_BEFORE.search(text, 0, m.start())
        if word is None or _abbreviation().fullmatch(word.group(0)) or _ROMAN.fullmatch(word.group(0)) \
                or not pairs.outside(text, m.start()):
            return None
        spans.append(Span(start, m.end()))
        start = m.end() + 1
    if start < len(text):
        spans.append(Span(start, len(text)))
    trimmed = [_trim(text, s) for s in spans]
    return tuple(s for s in trimmed if s.end > s.start)


class _Pairs:
    """The quotation marks and brackets open so far, read once from the start of a text."""

    __slots__ = ("depth", "quotes", "read")

    def __init__(self) -> None:
        self.depth = [0] * len(_PAIRS)
        self.quotes = 0
        self.read = 0

    def outside(self, text: str, at: int) -> bool:
        """Return True if a stop at `at` (after the last one asked) stands outside every pair."""
        piece = text[self.read : at]
        self.read = at
        self.quotes += piece.count('"')
        for k, (opener, closer) in enumerate(_PAIRS):
            if opener not in piece and closer not in piece:
                continue
            for ch in piece:
                if ch == opener:
                    self.depth[k] += 1
                elif ch == closer:
                    self.depth[k] -= 1
                    if self.depth[k] < 0:
                        return False  # a closer before its opener: let pysbd judge
        return not self.quotes % 2 and not any(self.depth)


def _trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end)


@lru_cache(maxsize=1 << 16)
def sentence_spans(text: str) -> tuple[Span, ...]:
    """Return the spans of the sentences of `text`, trailing white space excluded.

    Cached: the conclusion, event and page stages all split the same paragraphs, and
    pysbd is the slowest step of the engine."""
    plain = _plain_spans(text) if len(text) <= LONG_PARAGRAPH else None
    if plain is not None:
        return plain or ((Span(0, len(text)),) if text.strip() else ())
    return _pysbd_spans(text)


def _pysbd_spans(text: str) -> tuple[Span, ...]:
    """Return the sentence spans of `text` as pysbd cuts it (and after initials)."""
    spans: list[Span] = []
    for offset, chunk in _chunks(text):
        for piece in _segmenter().segment(chunk):
            start, end = offset + piece.start, offset + piece.end
            while end > start and text[end - 1].isspace():
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            spans.extend(part for piece in _split_after_initials(text, start, end)
                         for part in _split_inside_quotes(text, piece.start, piece.end))
    if not spans and text.strip():
        spans.append(Span(0, len(text)))
    return tuple(spans)


# A stop inside a quotation, before a capital: pysbd keeps a quotation whole, but a statement
# quoted over several sentences (`“The world agrees ... Our challenge is ... We have a duty
# ...,” said X.`) is several sentences, each linkable and each the speaker's view.
_QUOTED_STOP = re.compile(r"[.!?](?= [“\"‘]?(?-i:[A-Z]))")


def _split_inside_quotes(text: str, start: int, end: int) -> list[Span]:
    """Cut text[start:end] at each plain stop inside a quotation it opens."""
    opened = text.find("“", start, end)
    if opened < 0:
        return [Span(start, end)]
    out: list[Span] = []
    origin = start
    for m in _QUOTED_STOP.finditer(text, opened, end):
        word = _WORD_BEFORE.search(text, start, m.start())
        if m.end() < end and word is not None and not _abbreviation().fullmatch(word.group(0)) \
                and not _ROMAN.fullmatch(word.group(0)) and text.count("“", origin, m.start()) > text.count("”", origin, m.start()):
            out.append(Span(start, m.end()))
            start = m.end() + 1
    out.append(Span(start, end))
    return out


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


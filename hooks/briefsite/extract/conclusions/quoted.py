"""Statements quoted after a lead-in: `Jagan Chapagain, Secretary General of the IFRC, said:`.

Input: a brief's paragraphs and the actor mentions in them. Output: for each paragraph that a
lead-in introduces, who speaks it: the actor the lead-in names before its verb (an actor id),
else the lead-in's words before its first comma. Every sentence of such a paragraph is the
speaker's view, not the author's, whatever its words.

The quotation runs from the paragraph after the lead-in: while paragraphs open with a quotation
mark when the first one does, or (a paste that lost its quotation marks) up to the next
lead-in, the next section or the end of the text. A quotation of the brief's own author (a
statement issued as one person's words) is the author's view and stays the author's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefsite.ingest.byline import clean_name, looks_like_name
from briefsite.extract.conclusions.attribution import find_attribution
from briefsite.model import Brief, BriefId, Mention
from briefsite.text.sentences import sentence_spans

_LEAD_IN = re.compile(r"\b(?:said|says|stated|states|added|declared|commented|remarked|wrote)"
                      r"(?:\s+(?:today|that|in\s+a\s+statement))?\s*:\s*$", re.IGNORECASE)
_OPENS_QUOTE = re.compile(r"^\s*[“\"‘«„']")


def quoted_paragraphs(brief: Brief, mentions: Mapping[tuple[BriefId, int], Sequence[Mention]],
                      people: frozenset[str] = frozenset()) -> dict[int, str]:
    """Return paragraph number -> speaker, for every paragraph a lead-in introduces; `people`:
    the ids of the actors who are persons (whom `he` or `the general` may stand for)."""
    out: dict[int, str] = {}
    authors = {a.casefold() for a in brief.meta.authors}
    speaker: str | None = None
    marked = False
    section: str | None = None
    for paragraph in brief.paragraphs:
        if speaker is not None and (paragraph.section != section or marked and not _OPENS_QUOTE.match(paragraph.text)):
            speaker = None
        lead = _LEAD_IN.search(paragraph.text)
        if lead:
            speaker, marked, section = _speaker(paragraph.text[: lead.start()], mentions.get((brief.id, paragraph.number),
                                                                                            ())), False, paragraph.section
            out.pop(paragraph.number, None)
            continue
        if speaker is not None and speaker.casefold() not in authors:  # the author's own words are their view
            if paragraph.number - 1 not in out:
                marked = bool(_OPENS_QUOTE.match(paragraph.text))  # the first quoted paragraph sets the form
            out[paragraph.number] = speaker
    for number, who in _said_after(brief, mentions, people).items():
        if number not in out and who.casefold() not in authors:
            out[number] = who
    return out


# A closing mark; a curly apostrophe inside a word (`shouldn’t`, `Kiwi’s`) closes nothing.
_CLOSE_QUOTE = re.compile(r"[”\"»]|’(?![^\W\d_])")
# What follows a quotation's closing mark when a speaker is named after it: `,” said Ms Doe.`, `,” she added.`
_VERB = (r"(?:said|says|added|stated|noted|explained|continued|warned|stressed|emphasi[sz]ed|insisted|observed"
         r"|told\s+(?:the\s+|a\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3})")
_SAID_AFTER = re.compile(r"^\s*(?:(?:said|says|added|stated|noted|explained|continued)\s+(?P<after>[^.;:]{2,120}?)"
                         r"|(?P<before>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}|[Hh]e|[Ss]he|[Tt]hey"
                         r"|[Tt]he\s+(?-i:[a-z])[\w-]+(?:\s+(?-i:[a-z])[\w-]+)?)\s+" + _VERB + r")\s*[.!]?\s*$")
# Who a pronoun or a description (`he added`, `the general told the committee`) stands for.
_STAND_IN = re.compile(r"^(?:he|she|they|the\s+.+)$", re.IGNORECASE)


def _said_after(brief: Brief, mentions: Mapping[tuple[BriefId, int], Sequence[Mention]],
                people: frozenset[str]) -> dict[int, str]:
    """Return paragraph number -> speaker for quotations whose speaker is named after them
    (`“...,” said Ms Doe.`), with the quoted paragraphs just before that lead up to them
    (opened and not closed, or wholly quoted), as press releases run a minister's words on."""
    out: dict[int, str] = {}
    run: list[int] = []
    last: str | None = None
    person: str | None = None  # the person named last, in reading order
    for paragraph in brief.paragraphs:
        text = paragraph.text.rstrip()
        here = sorted(mentions.get((brief.id, paragraph.number), ()), key=lambda m: m.span.start)
        before_here = person
        person = next((m.target for m in reversed(here) if m.target in people), person)
        if not _OPENS_QUOTE.match(text):
            run, last = [], None
            continue
        closes = list(_CLOSE_QUOTE.finditer(text, 1))
        tail = text[closes[-1].end():] if closes else ""
        said = _SAID_AFTER.match(tail) if tail.strip() else None
        if not said:
            run = run + [paragraph.number] if not tail.strip() or _unclosed(text) else []
            continue
        start = closes[-1].end() + said.start("after" if said.group("after") else "before")
        who = (said.group("after") or said.group("before")).strip()
        covering = [m for m in here if m.span.end > start and m.span.start < start + len(who)]
        inside = next((m.target for m in reversed(here) if m.span.end <= start and m.target in people), None)
        speaker = covering[-1].target if covering else (last or inside or before_here) if _STAND_IN.match(who) \
            else _named(who)
        if speaker:
            out.update({number: speaker for number in (*run, paragraph.number)})
        run, last = [], speaker
    return out


def _unclosed(text: str) -> bool:
    """Whether the quotation a paragraph opens runs on past it: more opening marks than closing
    ones (a quotation nested inside, `“philosophy”`, closes only itself)."""
    if "“" in text:
        return text.count("“") > text.count("”")
    return text.count('"') % 2 == 1


def _named(who: str) -> str | None:
    """`Minister of Trade, Jane Doe` -> `Jane Doe`; `Ms Doe` -> `Doe`; else None."""
    last = clean_name(who.split(",")[-1].strip())
    titled = last != who.split(",")[-1].strip() and re.fullmatch(r"[A-Z][\w’'-]+", last)
    return last if looks_like_name(last) or titled else None


def _speaker(before: str, mentions: Sequence[Mention]) -> str:
    """Return who the lead-in names: the name nearest its verb (`..., Jagan Chapagain, Secretary
    General of ..., said:`), as the actor mentioned there when there is one; else the actor it
    names last, else its last words (`The Tánaiste`)."""
    parts = [p for p in re.split(r",\s+", before.strip()) if p.strip()]
    for part in reversed(parts):
        name = clean_name(part.strip())
        if looks_like_name(name):
            start = before.rfind(part)
            covering = [m for m in mentions if m.span.start < start + len(part) and m.span.end > start]
            return covering[0].target if covering else name
    inside = [m for m in mentions if m.span.end <= len(before)]
    if inside:
        return max(inside, key=lambda m: m.span.start).target
    last = parts[-1].strip() if parts else ""
    return re.sub(r"^.*?\b[Tt]he\s+", "", last) or "unnamed sources"


def quoted_sentences(brief: Brief, mentions: Mapping[tuple[BriefId, int], Sequence[Mention]],
                     people: frozenset[str] = frozenset()) -> dict[tuple[int, int], str]:
    """Return (paragraph, sentence number from 1) -> speaker for the sentences of a quotation
    that runs over several sentences and closes on its speaker (`... our times. We have a duty
    ...,” said Secretary Albright.`): the sentences before the closing one are the speaker's too."""
    out: dict[tuple[int, int], str] = {}
    authors = {a.casefold() for a in brief.meta.authors}
    for paragraph in brief.paragraphs:
        text = paragraph.text
        if "“" not in text:
            continue
        here = sorted(mentions.get((brief.id, paragraph.number), ()), key=lambda m: m.span.start)
        opened: list[int] = []  # the sentences since the quotation opened
        lead: str | None = None  # who the opening sentence names as its source (`According to X, “...`)
        for k, span in enumerate(sentence_spans(text), start=1):
            piece = text[span.start:span.end]
            if not opened:
                if "“" in piece and piece.rfind("”") < piece.rfind("“"):
                    opened, lead = [k], _source(piece, span.start, here, people)  # a quotation opens and runs on
                continue
            if "”" not in piece:
                opened.append(k)
                continue
            close = piece.rfind("”")
            said = _SAID_AFTER.match(piece[close + 1:])
            who = (said.group("after") or said.group("before")).strip() if said else ""
            start = span.start + close + 1
            covering = [m.target for m in here if start <= m.span.start < span.end and m.target in people]
            speaker = covering[-1] if covering else None if not who or _STAND_IN.match(who) else _named(who)
            if lead and not speaker:
                out.update({(paragraph.number, n): lead for n in (*opened[1:], k)})
            elif (speaker or lead) and (speaker or lead or "").casefold() not in authors:
                out.update({(paragraph.number, n): speaker or lead or "" for n in opened})
            opened = []
    return out


def _source(piece: str, offset: int, here: Sequence[Mention], people: frozenset[str]) -> str | None:
    """The person a sentence opening a quotation names as its source, before the quotation mark."""
    found = find_attribution(piece)
    if found is None or found.subject[0] >= piece.find("“"):
        return None
    start, end = offset + found.subject[0], offset + found.subject[1]
    named = [m.target for m in here if start <= m.span.start < end and m.target in people]
    if named:
        return named[-1]
    words = piece[found.subject[0]:found.subject[1]].split()
    return next((" ".join(words[-n:]) for n in (3, 2) if len(words) >= n and looks_like_name(" ".join(words[-n:]))),
                _named(" ".join(words)))  # `Director Jane Doe`: the name after the title

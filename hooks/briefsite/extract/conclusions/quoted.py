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
from briefsite.model import Brief, BriefId, Mention

_LEAD_IN = re.compile(r"\b(?:said|says|stated|states|added|declared|commented|remarked|wrote)"
                      r"(?:\s+(?:today|that|in\s+a\s+statement))?\s*:\s*$", re.IGNORECASE)
_OPENS_QUOTE = re.compile(r"^\s*[“\"‘«„']")


def quoted_paragraphs(brief: Brief, mentions: Mapping[tuple[BriefId, int], Sequence[Mention]]) -> dict[int, str]:
    """Return paragraph number -> speaker, for every paragraph a lead-in introduces."""
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
    return out


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

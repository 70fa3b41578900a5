"""Who issued a statement that has no byline: read from its title and its first sentences.

Input: the title and the first body lines of a brief whose head named no author or no
institution. Output: the author and institution they state, each a guess the build report
lists. Official statements name their issuer in the title (`Press Statement by the North
Atlantic Council on Kosovo`, `Statement by IMF Managing Director Christine Lagarde Following
...`), name the holder of an office beside the office (`The NATO Secretary General, Dr. Javier
Solana, welcomes ...`), or open with the issuing body speaking (`SIPRI warmly congratulates
...`, `The Library of Parliament is pleased to launch ...`). Nothing else is inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefsite.ingest.byline import clean_name, is_particle, looks_like_institution, looks_like_job, looks_like_name
from briefsite.ingest.leadin import DATELINE_OPENING, holder, lead_in
from briefsite.text.givennames import is_place
from briefsite.text.shortforms import defined_in

__all__ = ["Issuer", "issuer", "without_archive_mark"]

# `Statement by ...`, `Remarks by ...`, `Press Statement by the ...`: a genre word, then `by`.
_BY_TITLE = re.compile(
    r"^(?:[\w’'-]+\s+){0,3}?(?:statement|remarks|speech|address|message|letter|testimony|op-ed|article|"
    r"interview|note|readout|communiqu[eé]|declaration)\s+(?:attributable\s+to|by|from)\s+(?:the\s+)?(?P<who>.+)$",
    re.IGNORECASE)
# Where the issuer's name ends in a title: the topic or occasion that follows it.
_AFTER_WHO = re.compile(r"\s+(?:on|following|at|to|before|after|regarding|concerning|about|ahead\s+of|in|for|upon)\s+"
                        r"(?=[^\s])", re.IGNORECASE)
_ARCHIVED = re.compile(r"\s*[(\[](?:archived|withdrawn)[)\]]\s*$", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-Z]{2,8}$")
_JOB_OF = re.compile(r"^(?P<job>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+of\s+(?:the\s+)?(?P<body>[A-Z].+)$")
# `WHO Director-General's statement on ...`: the issuer before a possessive.
_OWN_TITLE = re.compile(r"^(?P<who>(?:[A-Z][\w.-]*\s+){0,5}[A-Z][\w.-]*)[’']s\s+(?:opening\s+|closing\s+|keynote\s+)?"
                        r"(?:statement|remarks|speech|address|message)\b", re.IGNORECASE)
_ACRONYM_WORD = re.compile(r"^[A-Z]{2,8}\s+")
_IN_BRACKETS = re.compile(r"\(([^()]{6,120})\)\s*$")
# The first sentence's subject speaking for the body (`SIPRI warmly congratulates`, `NATO is deeply concerned`).
_SPEAKS = re.compile(
    r"^(?:[Tt]he\s+)?(?P<body>[A-Z][\w&’'.-]*(?:\s+(?:of|for|the|and|on|&|[A-Z][\w&’'.-]*)){0,8}?)"
    r"(?:\s+\([A-Z][\w&-]{1,12}\))?(?:,\s+[A-Z][^,]{2,60},)?\s+"  # `The Chair of X, Jane Doe, is concerned`
    r"(?:(?:is|are)\s+)?(?:(?:deeply|very|warmly|strongly|greatly|most|particularly|extremely|gravely|seriously)\s+)?"
    r"(?:pleased|delighted|proud|welcomes|congratulates|announces|condemns|concerned|regrets|deplores|expresses|"
    r"calls\s+on|urges|launches|notes|reaffirms|salutes|commends|appeals|"
    r"(?:has|have)\s+(?:again\s+|also\s+|today\s+)?(?:welcomed|appealed|condemned|called|urged|expressed|announced|"
    r"congratulated|launched))\b")

@dataclass(frozen=True, slots=True)
class Issuer:
    """What the title and first lines say about who issued the brief (each None when they do not)."""

    authors: tuple[str, ...] = ()
    institution: str | None = None


def without_archive_mark(title: str) -> str:
    """Return a title without the `(Archived)` a web archive appends to it."""
    return _ARCHIVED.sub("", title)


def issuer(title: str, opening: list[str], by: str = "", text: str = "") -> Issuer:
    """Return the author and institution that `title`, a byline naming only an office (`by`:
    `NATO Secretary General`) and the `opening` body lines state. A body named by its
    abbreviation is given the long form the whole `text` defines for it (`International Monetary Fund
    (IMF)`)."""
    authors: tuple[str, ...] = ()
    institution: str | None = None
    title = " ".join(title.split())
    if title.isupper():  # `PRESS STATEMENT BY SECURITY COUNCIL PRESIDENT ON ...`
        title = " ".join(w.capitalize() if len(w) > 3 or w.lower() not in ("by", "on", "of", "the") else w.lower()
                         for w in title.split())
    aside = _IN_BRACKETS.search(title)  # `US Return to the Paris Agreement (Statement by Foreign Minister X)`
    match = _BY_TITLE.match(title) or (_BY_TITLE.match(aside.group(1)) if aside else None) or _OWN_TITLE.match(title)
    who = by or (_AFTER_WHO.split(match.group("who"), maxsplit=1)[0].strip(" ,") if match else "")
    if re.match(r"(?i)spokes(?:person|man|woman)\b", who):
        who = ""  # `Statement by the Spokesperson of the High Representative Jane Doe`: she does not speak
    if who and looks_like_name(who):
        authors = (clean_name(who),)
    elif who and (office := _office_holder(who)):
        authors, institution = (office[0],), office[1]
    elif who and looks_like_institution(who) and not looks_like_job(who):
        institution = who
    elif who and looks_like_job(who):
        authors = tuple(filter(None, [holder(who, opening) or holder(_ACRONYM_WORD.sub("", who), [text], True)]))
        institution = _body_of_job(who)
    spoken, body_of_speaker = lead_in(opening[:3])
    authors, institution = authors or spoken, institution or body_of_speaker
    institution = institution or next((b for line in opening if (b := _reporting_body(line))), None)
    for line in [title, *opening[:3]] if institution is None else []:
        speaks = _SPEAKS.match(DATELINE_OPENING.sub("", line))
        body = speaks.group("body") if speaks else ""
        if body and (looks_like_job(body) or not (_ACRONYM.match(body) or looks_like_institution(body))):
            body = _body_of_job(body) or ""  # `OSCE Chair-in-Office welcomes ...`
        if body and (_ACRONYM.match(body) or looks_like_institution(body)):
            institution = body
            break
    institution = institution or _speaking_of_itself(text) or _own_findings(text)
    if institution and _ACRONYM.match(institution):
        institution = defined_in(institution, text) or institution
    return Issuer(authors, institution)


# A press release's first sentence ending `..., Human Rights Watch said in a report released today.`
_SAID_TODAY = re.compile(r"^[^.]{20,400}?,\s+(?P<body>[A-Z][\w&’'.-]*(?:\s+(?:of|for|the|and|on|&|[A-Z][\w&’'.-]*)){1,7}?)"
                         r"\s+(?:said|says|stated|warned|urged)\s+(?:today|in\s+a\s+(?:new\s+)?(?:report|statement|"
                         r"letter|briefing|submission)\b)")


# A press release's first sentence with the issuing body acting today: `The Greens have recognised
# World Refugee Day today, ...`, `The Party today launched its team ...`.
_ACTS_TODAY = re.compile(r"^(?:[Tt]he\s+)?(?P<body>[A-Z][\w&’'.-]*(?:\s+(?:of|for|the|and|on|&|[A-Z][\w&’'.-]*)){0,7}?)"
                         r"\s+(?:(?:has|have)\s+(?:today\s+)?[a-z]+ed\b[^.]{0,120}?\btoday\b|(?:has\s+|have\s+)?today\s+"
                         r"[a-z]+ed\b)")


def _reporting_body(line: str) -> str | None:
    """The body a press release's first sentence reports as saying it, or as acting today: not
    a person, not a place."""
    line = DATELINE_OPENING.sub("", line)
    said = _SAID_TODAY.match(line) or _ACTS_TODAY.match(line)
    body = said.group("body") if said else ""
    if body and not looks_like_name(body) and not is_place(body) and not looks_like_job(body):
        return body
    return None


def _office_holder(who: str) -> tuple[str, str | None] | None:
    """`IMF Managing Director Christine Lagarde`: the name, and the body an acronym before the job names.
    The name takes the particles before it (`Commission President von der Leyen`) and may print
    the family name in capitals (`Foreign Minister MOTEGI Toshimitsu`)."""
    words = who.split()
    for k in (2, 3):
        start = len(words) - k
        while start > 1 and is_particle(words[start - 1]):
            start -= 1
        name, job = " ".join(words[start:]), " ".join(words[:start])
        plain = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in name.split())
        if start > 0 and (looks_like_name(name) or looks_like_name(plain)) and looks_like_job(job):
            return clean_name(name), _body_of_job(job)
    return None


def _body_of_job(job: str) -> str | None:
    """`IMF Managing Director` -> `IMF`; `Security Council President` -> `Security Council`;
    `Chairperson of the Commission of the African Union` -> `Commission of the African Union`."""
    of = _JOB_OF.match(job)
    body = of.group("body") if of and looks_like_job(of.group("job")) else ""
    if _ACRONYM.match(body) or len(body.split()) > 1 and looks_like_institution(body):  # `the Alliance` alone: no body
        return body
    words = job.split()
    if words and _ACRONYM.match(words[0]):
        return words[0]
    for k in range(len(words) - 1, 1, -1):  # two words at least: `Council` alone names no one body
        head = " ".join(words[:k])
        if looks_like_institution(words[k - 1]) and looks_like_institution(head) and not looks_like_job(head):
            return head
    return None


# A body that issues its own statement names itself in full once, then as `the Committee`
# doing things (`the Committee decided`, `The Committee will`), three times or more.
_BODY_NOUN = (r"(?:Committee|Council|Commission|Board|Bank|Fund|Court|Assembly|Parliament|Ministry|Agency|Office|"
              r"Secretariat|Authority|Alliance|Organi[sz]ation|Institute|Centre|Center|Forum|Federation|Party)")
_FULL_NAME = re.compile(r"\b(?P<name>(?:[A-Z][\w’'&-]*\s+(?:(?:of|for|on|and|the)\s+)*){1,6}(?P<noun>" + _BODY_NOUN + r"))\b")
_SELF_SHORT = 3


def _speaking_of_itself(text: str) -> str | None:
    """The body a statement speaks for as `the <noun>`, with the full name it gives it once
    (`Federal Open Market Committee` ... `the Committee decided`); None when two bodies do so."""
    named: dict[str, str] = {}
    for match in _FULL_NAME.finditer(text):
        name = re.sub(r"^The\s+", "", match.group("name"))
        if len(name.split()) >= 2:
            named.setdefault(match.group("noun"), name)
    acting = {noun: len(re.findall(rf"\b[Tt]he\s+{noun}\s+(?:also\s+)?(?:[a-z]+s|[a-z]+ed|will|would|has|is|can|may)\b",
                                   text)) for noun in named}
    ranked = sorted(((n, noun) for noun, n in acting.items() if n >= _SELF_SHORT), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None
    return named[ranked[0][1]]


# A publisher citing its own work in its own voice: `Crisis Group’s analysis finds that ...`.
_OWN_FINDINGS = re.compile(r"(?:^|[.!?]\s+)(?P<body>[A-Z][\w&-]*(?:\s+(?:of|for|the|and|[A-Z][\w&-]*)){0,6})[’']s\s+"
                           r"(?:own\s+|latest\s+|new\s+)?(?:analysis|research|data|reporting|survey|findings|mapping|"
                           r"tracking)\s+(?:finds|found|shows|showed|suggests|indicates|reveals)\b")


def _own_findings(text: str) -> str | None:
    """The one body whose own analysis a sentence opens on, as its publisher's voice; None for a
    person, a place, or two such bodies."""
    bodies = {m.group("body") for m in _OWN_FINDINGS.finditer(text)}
    body = bodies.pop() if len(bodies) == 1 else ""
    return body if body and looks_like_institution(body) and not is_place(body) and not looks_like_name(body) else None

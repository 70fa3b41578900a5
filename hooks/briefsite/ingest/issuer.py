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

from briefsite.ingest.byline import clean_name, looks_like_institution, looks_like_job, looks_like_name
from briefsite.text.shortforms import defined_in

__all__ = ["Issuer", "issuer", "without_archive_mark"]

# `Statement by ...`, `Remarks by ...`, `Press Statement by the ...`: a genre word, then `by`.
_BY_TITLE = re.compile(
    r"^(?:[\w’'-]+\s+){0,3}?(?:statement|remarks|speech|address|message|letter|testimony|op-ed|article|"
    r"interview|note|readout|communiqu[eé]|declaration)\s+(?:attributable\s+to|by)\s+(?:the\s+)?(?P<who>.+)$",
    re.IGNORECASE)
# Where the issuer's name ends in a title: the topic or occasion that follows it.
_AFTER_WHO = re.compile(r"\s+(?:on|following|at|to|before|after|regarding|concerning|about|ahead\s+of|in|for|upon)\s+"
                        r"(?=[^\s])", re.IGNORECASE)
_ARCHIVED = re.compile(r"\s*[(\[](?:archived|withdrawn)[)\]]\s*$", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-Z]{2,8}$")
_DATELINE_OPENING = re.compile(r"^\([^()]{3,60}\)\s*|^[A-Z][A-Za-z.'’ -]{1,40},\s+[^—–:]{6,30}?\s*(?:[—–:]|--?)\s*"
                               r"|^[A-Z][A-Za-z.'’/ -]{1,40}\s+\([A-Z][\w&-]{1,12}\)\s*[—–:-]\s*")  # `Geneva (ICRC) – `
# The first sentence's subject speaking for the body (`SIPRI warmly congratulates`, `NATO is deeply concerned`).
_SPEAKS = re.compile(
    r"^(?:[Tt]he\s+)?(?P<body>[A-Z][\w&’'.-]*(?:\s+(?:of|for|the|and|on|&|[A-Z][\w&’'.-]*)){0,8}?)"
    r"(?:\s+\([A-Z][\w&-]{1,12}\))?\s+"
    r"(?:(?:is|are)\s+)?(?:(?:deeply|very|warmly|strongly|greatly|most|particularly)\s+)?"
    r"(?:pleased|delighted|proud|welcomes|congratulates|announces|condemns|concerned|regrets|deplores|expresses|"
    r"calls\s+on|urges|launches|notes|reaffirms|salutes|commends|appeals|"
    r"(?:has|have)\s+(?:again\s+|also\s+|today\s+)?(?:welcomed|appealed|condemned|called|urged|expressed|announced|"
    r"congratulated|launched))\b")
# A lead-in to the statement quoted after it: `Jagan Chapagain, Secretary General of the ..., said:`
_SAID = re.compile(r",?\s+(?:said|stated|says|added|declared)(?:\s+(?:today|that))?\s*:\s*$")


@dataclass(frozen=True, slots=True)
class Issuer:
    """What the title and first lines say about who issued the brief (each None when they do not)."""

    author: str | None = None
    institution: str | None = None


def without_archive_mark(title: str) -> str:
    """Return a title without the `(Archived)` a web archive appends to it."""
    return _ARCHIVED.sub("", title)


def issuer(title: str, opening: list[str], by: str = "", text: str = "") -> Issuer:
    """Return the author and institution that `title`, a byline naming only an office (`by`:
    `NATO Secretary General`) and the `opening` body lines state. A body named by its
    abbreviation is given the long form the whole `text` defines for it (`International Monetary Fund
    (IMF)`)."""
    author: str | None = None
    institution: str | None = None
    title = " ".join(title.split())
    if title.isupper():  # `PRESS STATEMENT BY SECURITY COUNCIL PRESIDENT ON ...`
        title = " ".join(w.capitalize() if len(w) > 3 or w.lower() not in ("by", "on", "of", "the") else w.lower()
                         for w in title.split())
    match = _BY_TITLE.match(title)
    who = by or (_AFTER_WHO.split(match.group("who"), maxsplit=1)[0].strip(" ,") if match else "")
    if who and looks_like_name(who):
        author = clean_name(who)
    elif who and (office := _office_holder(who)):
        author, institution = office
    elif who and looks_like_institution(who) and not looks_like_job(who):
        institution = who
    elif who and looks_like_job(who):
        author = _holder(who, opening)
        institution = _body_of_job(who)
    quoted, body_of_quoted = _quoted(opening)
    author, institution = author or quoted, institution or body_of_quoted
    for line in [title, *opening] if institution is None else []:
        speaks = _SPEAKS.match(_DATELINE_OPENING.sub("", line))
        body = speaks.group("body") if speaks else ""
        if body and not (_ACRONYM.match(body) or looks_like_institution(body)):
            body = _body_of_job(body) or ""  # `OSCE Chair-in-Office welcomes ...`
        if body and (_ACRONYM.match(body) or looks_like_institution(body)):
            institution = body
            break
    if institution and _ACRONYM.match(institution):
        institution = defined_in(institution, text) or institution
    return Issuer(author, institution)


def _quoted(opening: list[str]) -> tuple[str | None, str | None]:
    """Return who speaks the statement quoted after a lead-in that ends `..., said:` (a name,
    or an office whose holder the opening lines name: `The Tánaiste said:`), and the body that
    the job beside the name is of (`Secretary General of the ... Societies (IFRC)`)."""
    for line in opening:
        said = _SAID.search(line)
        if not said:
            continue
        parts = [p.strip() for p in re.split(r",\s+", line[: said.start()]) if p.strip()]
        named = next((i for i in range(len(parts) - 1, -1, -1) if looks_like_name(clean_name(parts[i]))), None)
        if named is None:  # `The Tánaiste said:`: an office, whose holder the opening names
            office = re.sub(r"^.*?\b[Tt]he\s+", "", parts[-1]) if parts else ""
            return (_holder(office, opening) if office else None), None
        job = ", ".join(parts[named + 1:])
        of = re.search(r"\b(?:of|at)\s+(?:the\s+)?(?P<body>[A-Z][^,;]{2,120}?)(?:\s+\((?P<short>[A-Z][\w&-]{1,12})\))?$",
                       job)
        body = (of.group("short") or of.group("body")) if of and looks_like_institution(of.group("body")) else None
        return clean_name(parts[named]), body
    return None, None


def _office_holder(who: str) -> tuple[str, str | None] | None:
    """`IMF Managing Director Christine Lagarde`: the name, and the body an acronym before the job names."""
    words = who.split()
    for k in (2, 3):
        name, job = " ".join(words[-k:]), " ".join(words[:-k])
        if len(words) > k and looks_like_name(name) and looks_like_job(job):
            return clean_name(name), _body_of_job(job)
    return None


def _body_of_job(job: str) -> str | None:
    """`IMF Managing Director` -> `IMF`; `Security Council President` -> `Security Council`."""
    words = job.split()
    if words and _ACRONYM.match(words[0]):
        return words[0]
    for k in range(len(words) - 1, 1, -1):  # two words at least: `Council` alone names no one body
        head = " ".join(words[:k])
        if looks_like_institution(words[k - 1]) and looks_like_institution(head) and not looks_like_job(head):
            return head
    return None


def _holder(job: str, opening: list[str]) -> str | None:
    """Return the name the opening lines give beside `job` (`the Security Council President, Emyr
    Jones Parry (United Kingdom)`, `The NATO Secretary General, Dr. Javier Solana,`)."""
    pattern = re.compile("(?i:" + re.escape(job).replace(r"\ ", r"[\s-]+") + r")(?:\s+and\s+[^,.]{1,80})?,?\s+(?P<name>(?:Dr\.?\s+|Mr\.?\s+|"
                         r"Ms\.?\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})")
    for text in opening:
        for found in pattern.finditer(text):
            name = clean_name(found.group("name"))
            if looks_like_name(name):
                return name
    return None

"""The lead-in of a statement: the line before it that says who speaks.

Input: the first body lines of a brief whose head named no author. Output: the people the
lead-in names as speaking the statement that follows, and the body they speak for. Statements
are introduced in a few fixed ways, whoever publishes them:
`Jane Doe, Secretary General of the Federation (FRS), said:`; `The Tánaiste said:` (an office,
whose holder the opening names); `Ottawa, 18 December 2016 – The Hon. Jane Doe, Minister of
Health; and the Hon. John Roe, Minister of Finance, today issued the following statement:`;
`A Foreign Office Spokesperson issued the following statement on ...:` (the body, no person).
"""

from __future__ import annotations

import re

from briefsite.ingest.byline import clean_name, looks_like_institution, looks_like_name

__all__ = ["holder", "lead_in", "DATELINE_OPENING"]

# A place and a date (or a bracketed one, or a place and its publisher) before the first words.
DATELINE_OPENING = re.compile(
    r"^\([^()]{3,60}\)\s*|^[A-Z][A-Za-z.'’ -]{1,40},\s+[^—–:]{6,30}?\s*(?:[—–:]|--?)\s*"
    r"|^[A-Z][A-Z.'’ -]{1,40},\s+[A-Z][A-Za-z.]{1,15}\s*[—–]\s*"  # `BRONX, NY—`
    r"|^[A-Z][A-Za-z.'’/ -]{1,40}\s+\([A-Z][\w&-]{1,12}\)\s*[—–:-]\s*")  # `Geneva (ICRC) – `
_SAID = re.compile(r",?\s+(?:said|stated|says|added|declared)(?:\s+(?:today|that))?\s*:\s*$")
_ISSUED = re.compile(r",?\s+(?:(?:today|yesterday|has|have|this\s+\w+)\s+)?(?:issued|released|made|gave|delivered)\s+"
                     r"(?:today\s+)?the\s+following\s+(?:joint\s+)?(?:statement|remarks|message|declaration)\b[^:]*:\s*$",
                     re.IGNORECASE)
# `A Federal Foreign Office Spokesperson`, `The spokesperson for the Ministry of Defence`
_SPOKESPERSON = re.compile(r"^(?i:an?|the)\s+(?:(?P<before>[A-Z].*?)\s+)?(?i:spokes(?:person|man|woman))"
                           r"(?:\s+(?:for|of)\s+(?:the\s+)?(?P<after>[A-Z].*))?$")
# `Minister of Foreign Affairs`, `Secretary of State for Health`: a portfolio, not a body the person is of.
_PORTFOLIO = re.compile(r"^(?:[A-Z][\w-]*\s+){0,2}(?:minister|secretary\s+of\s+state)\b", re.IGNORECASE)
_OF_BODY = re.compile(r"\b(?:of|at)\s+(?:the\s+)?(?P<body>[A-Z][^,;]{2,120}?)(?:\s+\((?P<short>[A-Z][\w&-]{1,12})\))?$")


def lead_in(opening: list[str]) -> tuple[tuple[str, ...], str | None]:
    """Return who speaks the statement a lead-in among `opening` introduces, and the body
    the first speaker's job is of; ((), None) when no line is such a lead-in."""
    for line in opening:
        ends = _SAID.search(line) or _ISSUED.search(line)
        if not ends:
            continue
        who = DATELINE_OPENING.sub("", line[: ends.start()]).strip()
        who = re.sub(r"^(?:today|yesterday|on\s+\w+(?:\s+\d{1,2})?),\s+", "", who, flags=re.IGNORECASE)
        clauses = re.split(r",\s+", who)
        if spokes := next((m for k in range(len(clauses)) if (m := _SPOKESPERSON.match(", ".join(clauses[k:])))), None):
            body = spokes.group("before") or spokes.group("after") or ""  # the spokesperson speaks, unnamed
            return (), body if looks_like_institution(body) else None
        people = [_person(part, opening) for part in re.split(r";\s*(?:and\s+)?", who) if part.strip()]
        names = tuple(name for name, _ in people if name)
        return names, next((body for _, body in people if body), None)
    return (), None


def _person(text: str, opening: list[str]) -> tuple[str | None, str | None]:
    """`the Hon. Jane Doe, Minister of Health`: the name, and the body its job is of (an office
    alone, `The Tánaiste`, gives the name beside it in the opening lines)."""
    parts = [p.strip() for p in re.split(r",\s+", text) if p.strip()]
    named = next((i for i in range(len(parts) - 1, -1, -1) if looks_like_name(clean_name(parts[i]))), None)
    if named is None:
        office = re.sub(r"^.*?\b[Tt]he\s+", "", parts[-1]) if parts else ""
        return (holder(office, opening) if office else None), None
    job = ", ".join(parts[named + 1:])
    of = None if _PORTFOLIO.match(job) else _OF_BODY.search(job)
    body = (of.group("short") or of.group("body")) if of and looks_like_institution(of.group("body")) else None
    return clean_name(parts[named]), body


def holder(job: str, opening: list[str], either_side: bool = False) -> str | None:
    """Return the name the opening lines give beside `job` (`the Security Council President, Emyr
    Jones Parry (United Kingdom)`, `The NATO Secretary General, Dr. Javier Solana,`); with
    `either_side`, a name just before it counts too (`Dr Jane Doe. Director-General`)."""
    job_pattern = "(?i:" + re.escape(job).replace(r"\ ", r"[\s-]+") + ")"
    name = r"(?P<name>(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})"
    patterns = [re.compile(job_pattern + r"(?:\s+and\s+[^,.]{1,80})?,?\s+" + name)]
    if either_side:
        patterns.append(re.compile(name + r"[.,]\s+(?:the\s+)?" + job_pattern + r"\b"))
    for pattern in patterns:
        for text in opening:
            for found in pattern.finditer(text):
                person = clean_name(found.group("name"))
                if looks_like_name(person):
                    return person
    return None

"""Bylines: who wrote a brief, in what job, for which institution.

Input: one line of text. Output: the authors and institution it states (`parse_byline`), or
what kind of byline line it is (`byline_kind`: a name, a job title, an institution). The rules
are publisher-independent: a person's name is 2-5 capitalised words that are not all common
English words and hold no institution word; an institution is an acronym or a phrase with an
institution word; a job title has an occupation word. The word lists are data, below.
"""

from __future__ import annotations

import re
from typing import Literal

from briefsite.ingest.headlines import HEADING_WORDS, is_label
from briefsite.text.words import is_common, is_proper
from briefsite.text.givennames import is_given_name

BylineKind = Literal["name", "job", "institution"]

_PARTICLES = frozenset("de van von der den da di du del della la le al el bin ibn y dos das ter".split())
# Words that name an organisation, not a person: the kinds of body that publish briefs
# (research institutes, universities, government services, international organisations)
# and of publication that carries them (a review, a journal).
_INSTITUTION_WORDS = frozenset(
    """institute institut instituto institution centre center centro council university universität
    université universidad foundation fondation stiftung academy office ministry agency school
    college programme program forum association society observatory commission fund bank trust
    group network initiative service library department directorate bureau secretariat
    parliament congress committee division unit laboratory lab studies research policy affairs
    review journal quarterly monitor bulletin magazine press organisation organization union
    alliance coalition partnership consortium board authority corporation company house endowment
    federation confederation societies league""".split()
)
# Korean, Chinese and Japanese words for institute, centre, university, foundation.
_CASELESS_INSTITUTIONS = ("연구원", "연구소", "대학교", "재단", "센터", "研究所", "研究院", "大学", "中心", "財団")
# Head words of job titles: the occupation nouns of research, public service and diplomacy as
# the ISCO-08 groups 11-26 (managers and professionals) name them, plus academic and
# diplomatic ranks; plural forms are read too (`Senior Fellows`).
_JOB_WORDS = frozenset(
    """fellow researcher analyst specialist director professor lecturer reader economist adviser
    advisor officer manager head chair spokesperson spokesman spokeswoman chairman chairwoman chairperson president coordinator
    associate assistant consultant editor correspondent ambassador minister secretary
    counsellor counselor attorney lawyer scientist engineer historian expert lead leader
    deputy principal chief executive founder partner member student candidate scholar
    strategist journalist writer author representative envoy diplomat commissioner
    rapporteur administrator statistician geographer sociologist demographer
    """.split()
)
# Job words that are also common surnames: they do not stop a name (`Mary Head`).
_SURNAMES = frozenset("head chair lead reader partner member writer author chief principal".split())
# The small words an institution's name may hold in lower case (`Institute for Security Studies`).
_FUNCTION_WORDS = frozenset("of for the and on in at to a an against & de des du la le der für y e di del della van".split())
# Styles and ranks before a name (`The Rt Hon`, `H.E.`, `Senator`) and letters after it (`MP`, `PhD`).
_HONORIFICS = re.compile(r"^(?:(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|amb|ambassador|senator|sen|rep|representative"
                         r"|congress(?:wo)?man|h\.e"
                         r"|(?:the\s+)?(?:rt\.?\s+|right\s+)?hon(?:ourable|orable)?|his\s+excellency"
                         r"|her\s+excellency)\.?\s+)+", re.IGNORECASE)
_SUFFIXES = re.compile(r"(?:,?\s+(?:ph\.?\s?d\.?|m\.?a\.?|m\.?sc\.?|jr\.?|sr\.?|obe|mbe|cbe|kcmg|mp|mep|msp|mla|qc|kc"
                       r"|td))+$", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]*[A-Z]$")
_NAME_TOKEN = re.compile(r"^(?:[A-Z]\.)+$|^[^\W\d_][\w'’.-]*$")
_BY = re.compile(r"^(?:(?:written\s+|prepared\s+)?by\s+|authors?\s*:\s*)", re.IGNORECASE)
# `Commentary by Jane Doe`, `Analysis by ...`: a label naming the kind of publication, then the byline.
_LABEL_BY = re.compile(r"^(?P<label>(?:\S+\s+){1,3}?)by\s+(?=\S)", re.IGNORECASE)
_DASHES = re.compile(r"\s+[—–|·•]\s+|\s+-\s+")
_AT = re.compile(r"\s+(?:at|with)\s+(?:the\s+)?(?=[A-Z])")
_EMPHASIS = re.compile(r"^[*_]+|[*_]+$")  # a Markdown byline in italics: `*By Jane Doe*`
_AND = re.compile(r"\s*(?:&|\band\b)\s*", re.IGNORECASE)


def has_by(text: str) -> bool:
    """Return whether a byline line says `By ...` (or `Authors: ...`): the byline, whatever other
    name-like lines the head holds (`Carnegie China` above `By William J. Burns`)."""
    return bool(_BY.match(_EMPHASIS.sub("", " ".join(text.split()))))


def is_particle(word: str) -> bool:
    """Return whether `word` is a particle of a surname (`von`, `der`, `de`, `bin`)."""
    return word.lower() in _PARTICLES


def clean_name(text: str) -> str:
    """Return `text` without honorifics and degrees (`Dr. Sophie Martin` -> `Sophie Martin`)."""
    return _SUFFIXES.sub("", _HONORIFICS.sub("", " ".join(text.split()))).strip()


def looks_like_name(text: str) -> bool:
    """Return whether `text` is a person's name: 2-5 capitalised words, not all of them
    common English words (`Internal Context` is a heading, `Rose Brown` a person)."""
    tokens = clean_name(text).split()
    if tokens and all(t.isalpha() and not any(c.isupper() or c.islower() for c in t) for t in tokens):
        # Scripts without capitals (Hangul, Han, Kana): a name is a few short words.
        return len(tokens) <= 3 and all(len(t) <= 6 for t in tokens)
    if not 2 <= len(tokens) <= 5 or tokens[0].casefold() == "the":
        return False  # an article leads the name of a body (`The White House`), never a person's
    content = [t for t in tokens if t.lower() not in _PARTICLES]
    if not content or not all(_NAME_TOKEN.match(t) and t[0].isupper() for t in content):
        return False
    if any(t.endswith(("'s", "’s")) for t in content):
        return False  # `Russia's Calculus`: a possessive makes a heading
    capitals = [len(t) > 1 and t.isupper() and "." not in t for t in content]
    if any(capitals) and not all(capitals):
        return False  # `EU Energy Brief`: an acronym among capitalised words is no person's name
    if any(_word(t) in _INSTITUTION_WORDS | HEADING_WORDS or _word(t) in _JOB_WORDS - _SURNAMES for t in content):
        return False
    parts = [p for t in content for p in re.split(r"[-'’]", t) if p and not p.endswith(".")]
    return not parts or not all(is_common(p) and not is_proper(p if not p.isupper() else p.capitalize()) for p in parts)


def looks_like_institution(text: str) -> bool:
    """Return whether `text` names an institution: an acronym (`INSS`, `IISS`) or a name
    with an institution word (`Korea Institute for National Unification`)."""
    text = text.strip()
    if _ACRONYM.match(text) and sum(c.isupper() for c in text) >= 2 and len(text) <= 12:
        return True
    if text.endswith(_CASELESS_INSTITUTIONS):
        return True
    words = text.split()
    if not words or len(words) > 12 or text[-1] in ".:;" or not _capitalised(text):
        return False
    if words[0] == "The" and 2 <= len(words) <= 4 and all(w[0].isupper() or w in ("of", "and") for w in words):
        return True  # `The White House`, `The Kremlin`: a body named with its article
    return any(_word(w) in _INSTITUTION_WORDS for w in words)


def looks_like_job(text: str) -> bool:
    """Return whether `text` is a job title (`Senior Research Fellow`, `Specialist in Middle
    Eastern Affairs`, `Head of the Asia Programme`): short, capitalised, with an occupation word
    among its first four words."""
    words = text.split()
    if not words or len(words) > 10 or not words[0][0].isupper() or text[-1] in ".:;":
        return False
    return any(_word(part) in _JOB_WORDS for w in words[:4] for part in (w, *w.split("-")))  # `Director-General`


def _word(token: str) -> str:
    word = token.strip(".,()'’").lower()
    return word[:-1] if word.endswith("s") and word[:-1] in _JOB_WORDS else word


def byline_kind(text: str) -> BylineKind | None:
    """Return what a line standing in a byline says: one or more names, a job title or an
    institution, else None."""
    parsed = parse_byline(text)
    if parsed and parsed[0]:
        return "name"
    text = " ".join(text.split())
    if any(c.isdigit() for c in text) or not text:
        return None
    segments = [s for s in re.split(r"\s*[,;]\s*", text) if s]
    if segments and looks_like_job(segments[0]) and not _headed_by_institution_word(segments[0]) \
            and not (_word(segments[0].split()[0]) in _INSTITUTION_WORDS and looks_like_institution(segments[0])):
        return "job"
    return "institution" if looks_like_institution(text) or _SITE.match(text) else None


# A public body's web site named as the publisher (`Defense.gov`, `ifrc.org`): an institution.
_SITE = re.compile(r"^(?:www\.)?[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:gov|mil|int|org|edu|eu)(?:\.[a-z]{2})?$")


def _headed_by_institution_word(text: str) -> bool:
    """`Members' Research Service`: a name whose last word is an institution word names a body,
    whatever job words stand before it."""
    words = text.split()
    return (len(words) >= 2 and _word(words[-1]) in _INSTITUTION_WORDS and looks_like_institution(text)
            and not any(w.lower() in ("of", "for", "at", "in", "to", "on") for w in words))  # `Head of Programme`


def job_institution(text: str) -> str | None:
    """Return the institution a job-title line names (`Senior Fellow, Chatham House`,
    `Research Fellow at the Atlantic Council`), else None."""
    return _institution([s.strip() for s in re.split(r"\s*[,;]\s*", " ".join(text.split())) if s.strip()], True)[1]


def parse_byline(text: str) -> tuple[tuple[str, ...], str | None] | None:
    """Return (authors, institution) if `text` is a byline such as `Soo-Ho Lim (Senior
    Research Fellow, INSS)`, `By Ana Costa and Li Wei, CSIS`, `Jane Doe, Senior Fellow,
    Chatham House` or `Dr. Sophie Martin — Centre for Energy Policy`, else None."""
    text = _EMPHASIS.sub("", " ".join(text.split()))
    if ";" in text and "(" not in text:  # `Jane Doe, Senior Fellow; John Smith, Fellow`: one byline a person
        groups = [parse_byline(group) for group in text.split(";") if group.strip()]
        if len(groups) > 1 and all(groups):
            return (tuple(n for group in groups if group for n in group[0]),
                    next((g[1] for g in reversed(groups) if g and g[1]), None))
    labelled = _LABEL_BY.match(text)
    text = text[labelled.end():] if labelled and is_label(labelled.group("label")) else _BY.sub("", text)
    if not text or len(text) > 200 or any(c.isdigit() for c in text):
        return None
    parens = re.findall(r"\(([^()]*)\)", text)
    outside = re.sub(r"\s*\([^()]*\)\s*", " , ", text).strip(" ,")
    if "(" in outside or ")" in outside:
        return None
    segments = [s.strip() for s in re.split(r"\s*[,;]\s*|" + _DASHES.pattern, outside) if s.strip()]
    names: list[str] = []
    rest: list[str] = []
    for segment in segments:
        parts = [clean_name(p) for p in _AND.split(segment) if p.strip()]
        if not rest and parts and all(looks_like_name(p) for p in parts):
            names.extend(parts)
        else:
            rest.append(segment)
    if len(segments) == 2 == len(names) and not parens and not _AND.search(outside) and has_plain_word(names[1]) \
            and not (is_given_name(names[1].split()[0]) and not looks_like_institution(names[1])):
        return (names[0],), segments[1]  # `Jane Doe, Chatham House`; but `Jane Doe, Ty Loft`: two people
    if not names and len(segments) == 1 and (job_name := _job_then_name(segments[0])):
        names, rest = [job_name[1]], [job_name[0]]  # `Minister for Foreign Affairs Alexander Downer`
    if not names:
        return None
    names = [_name_case(n) for n in names]
    ok, institution = _institution(rest, bool(parens) or len(names) > 1)
    if not ok:
        return None
    for inner in parens:  # `(Senior Research Fellow, INSS)`: the affiliation inside wins
        ok, found = _institution([s.strip() for s in inner.split(",") if s.strip()], True)
        if not ok:
            return None
        institution = found or institution
    return tuple(names), institution


def _job_then_name(text: str) -> tuple[str, str] | None:
    """Split a job title followed by a name on one line (`MINISTER FOR FOREIGN AFFAIRS ALEXANDER
    DOWNER`, `Senior Fellow Jane Doe`) into the two, else None."""
    words = text.split()
    for k in (2, 3):
        if len(words) > k and looks_like_name(" ".join(words[-k:])) and looks_like_job(" ".join(words[:-k])) \
                and not looks_like_name(" ".join(words[-k - 1:])):
            return " ".join(words[:-k]), " ".join(words[-k:])
    return None


def _name_case(name: str) -> str:
    """Return a name set in capitals (`ALEXANDER DOWNER`) as it is written in running text."""
    if not any(c.islower() for c in name) and sum(c.isupper() for c in name) > 3:
        return " ".join(w if len(w.rstrip(".")) <= 1 else w[0] + w[1:].lower() for w in name.split())
    return name


# A public office that issues what its holder signs (`Minister for Foreign Affairs`, `Secretary
# of State`): the institution of a byline that names no other.
_OFFICE = re.compile(r"^(?:[A-Z][\w-]*\s+){0,2}(?:minister|secretary|commissioner|high\s+representative|"
                     r"spokesperson|governor|mayor)\s+(?:for|of)\s+(?:the\s+)?[A-Z]", re.IGNORECASE)


def _institution(segments: list[str], listed: bool) -> tuple[bool, str | None]:
    """Return whether the segments after the names are a byline's, and the institution they
    state (the last one, after any job titles; a public office when they state only that, None
    when they state only a job)."""
    institution: str | None = None
    office: str | None = None
    after_job = False
    for segment in segments:
        at = _AT.search(segment)
        if at and looks_like_job(segment[: at.start()]):  # `Senior Fellow at the Atlantic Council`
            institution, after_job = segment[at.end() :].strip(), True
        elif looks_like_job(segment):
            after_job = True
            office = office or (segment if _OFFICE.match(segment) else None)
        elif looks_like_institution(segment) or after_job and _capitalised(segment) and " " in segment:
            institution = segment
        elif after_job and _capitalised(segment):
            continue  # `Senior Analyst, Haiti`: a one-word portfolio belongs to the job
        elif not listed and _capitalised(segment) and len(segments) == 1 and not looks_like_name(segment):
            institution = segment  # `Erik Lindqvist, Nordic Security Review`: one name, then its home
        else:
            return False, None
    return True, institution or office


def has_plain_word(text: str) -> bool:
    """`Carnegie Europe` or `Amnesty International` (a word that is no one's name), not `John Smith`."""
    return any(is_common(w) and not is_proper(w) for w in text.split())


def _capitalised(text: str) -> bool:
    words = text.split()
    rest = [w for w in words[1:] if w.lower() not in _FUNCTION_WORDS]
    return bool(words) and len(words) <= 12 and words[0][0].isupper() and all(not w[0].islower() for w in rest)


def completed(authors: tuple[str, ...], text: str) -> tuple[str, ...]:
    """Return `authors` with a byline name cut short (`Mahesh Ra`) completed as the text spells it
    elsewhere, one way only (`Mahesh Rao` in a closing note), when the text never writes the
    name as the byline does but there."""
    out = []
    for name in authors:
        endings = set(re.findall(rf"\b{re.escape(name)}([^\W\d_]+)\b", text)) if len(name.split()) >= 2 else set()
        alone = len(re.findall(rf"\b{re.escape(name)}\b", text))  # the byline itself: `John Smith` is no cut `John Smithson`
        out.append(name + endings.pop() if len(endings) == 1 and alone <= 1 else name)
    return tuple(out)

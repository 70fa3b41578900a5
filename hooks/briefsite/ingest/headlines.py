"""Lines of a brief's head that are neither title nor byline: dates, report numbers, datelines,
and lines that are never a title (section headings, figure captions).

Input: one line of text. Output: what it states (an ISO date and whether it is an update, a
report number) or None. Dates are read by text.dates, so a line states a date only when it
names a real one; nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefsite.text.dates import MONTH_IN_TEXT, parse_date

_DATE_LINE = re.compile(
    r"^(?P<word>(?:last\s+|first\s+|originally\s+)?(?:updated|revised|published|released|issued|posted|delivered)"
    r"(?:\s+on)?|date(?:d)?|publication\s+date|date\s+of\s+publication)\s*[:\-–—]?\s*(?P<date>.+?)\.?"
    r"(?:\s+\([^()]{1,120}\))?$",
    re.IGNORECASE,
)
_LABELLED_DATE_LINE = re.compile(r"^(?P<label>(?:\S+\s+){1,3}?)(?P<rest>(?:updated|revised|published|released|issued|posted)"
                                 r"\b.*)$", re.IGNORECASE)
_UPDATE = re.compile(r"updated|revised", re.IGNORECASE)
# `For release at 2 p.m. EDT July 31, 2019`, `Embargoed until 00:01 GMT, 3 March 2025`: a press
# release's embargo line states its date (a clock time and zone may stand before or after it).
_RELEASE = re.compile(r"^(?:for\s+(?:immediate\s+)?release|embargoed(?:\s+(?:until|till|to))?|not\s+for\s+publication"
                      r"\s+(?:before|until))\b\s*(?:at|on|:)?\s*(?P<date>.*?)\.?$", re.IGNORECASE)
_CLOCK = re.compile(r"\b(?:at\s+)?\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)(?:\s*\(?[A-Z]{2,4}\)?)?(?![\w.])"
                    r"(?:\s+on)?", re.IGNORECASE)
# `Saturday 20th June 2009, 12:16pm`, `March 3, 2025 at 14:30 CET`: a time of day after the date.
_TRAILING_CLOCK = re.compile(r"(?:,\s*|\s+)(?:at\s+)?\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)"
                             r"(?:\s*\(?[A-Z]{2,4}\)?)?$", re.IGNORECASE)
# `WASHINGTON, March 3, 2025 —` or `Brussels, 3 March 2025:`: a place, then the date.
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z.'’ -]{1,40}),\s+(?P<date>[^—–:]{6,30}?)\s*(?:[—–:]|--?)\s*"
                       r"|^\((?P<inplace>[A-Z][A-Za-z.'’ -]{1,40}),\s+(?P<indate>[^()]{6,30})\)\s*")  # `(Stockholm, 7 October 2016)`
_LOOSE_DATELINE = re.compile(r"^(?P<head>[A-Z][A-Za-z.'’ -]{1,40},\s[^—–]{6,100}?)\s*(?:—|–|--)\s")
_WRITTEN_DATE = re.compile(rf"\b(?:\d{{1,2}}\s+(?:{MONTH_IN_TEXT})\.?\s+\d{{4}}|(?:{MONTH_IN_TEXT})\.?\s+\d{{1,2}},?\s+\d{{4}})\b")
# A number run into the month after it when a line break was lost: `No. 12/13January 17, 2012`.
_GLUED_MONTH = re.compile(rf"(?<=\d)(?=(?:{MONTH_IN_TEXT})\b)")
_REPORT = (
    # `No. 25`, `Policy Paper No. 14`, `Bulletin No. 25 (2345)`, `Issue Brief Number 7`, `Number CBP 9876`
    re.compile(r"^(?:[A-Z][\w&-]*\s+){0,4}(?:No\.?|Nr\.?|N[°º]|Number|#)\s*(?:[A-Z]{1,6}[\s-]?)?\d[\w./-]*"
               r"(?:\s*\(\d+\))?$"),
    # `SC/15678`, `S/2024/123`, `A/RES/78/1`: a United Nations-style document symbol
    re.compile(r"^[A-Z]{1,6}(?:/[A-Z0-9.]{1,10}){0,3}/\d{1,6}(?:/[A-Z0-9.]{1,10}){0,2}$"),
    # `PE 762.345`, `AA 01 021`, `CBP-9876`, `MPS 100/2000`: a publisher's series letters and a number in groups
    re.compile(r"^[A-Z]{2,4}(?:[ -]\d[\d./]*\d|[ -]\d){1,3}$"),
    # `R12345`, `CRS Report R12345`, `IF10101`
    re.compile(r"^(?:[A-Z][\w&]*\s+){0,3}[A-Z]{1,3}\d{4,6}$"),
    # `Policy Brief 192`, `Working Paper 2025/03`: a kind of publication and its number
    re.compile(r"^(?:[A-Z]{2,8}\s+)?(?:[A-Za-z]+\s+){0,2}(?i:brief|paper|report|note|bulletin|commentary|insight|"
               r"analysis|study|memo)\s+\d[\w./-]*$"),
    # `Report number: ABC/2025/3`
    re.compile(r"^(?:report|paper|document|product)\s+(?:number|no\.?)\s*:?\s*\S+$", re.IGNORECASE),
)
_PLACE_DATE = re.compile(r"^[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2},\s+(.+?)\.?$")
_NUMBER_AND_DATE = re.compile(r"^(.+?)(?:,|\s+[–—-])\s+(\S.+)$")
_DASH_PAIR = re.compile(r"^(.+?)\s+[–—-]\s+(.+)$")
# `IAMO Press`, `SIPRI Newsroom`: a publisher's press desk names the publisher.
_PRESS_DESK = re.compile(r"^([A-Z]{2,8})\s+(?i:press(?:\s+(?:office|releases?|service))?|news(?:room)?"
                         r"|media(?:\s+cent(?:re|er))?)$")
_IDENTIFIER = re.compile(r"^(?:ISSN|e-ISSN|ISBN|DOI|doi)\s*:?\s*\S+$")
_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s{3,}|\t")
_CAPTION = re.compile(r"^(?:figure|fig\.|table|chart|map|graph|box|exhibit|source|sources|note|notes)\s*\d*\s*[.:–—]",
                      re.IGNORECASE)


_KEYED = re.compile(r"^(?P<key>report|product|publication|document)(?:\s+(?:no\.?|number))?\s*:\s*(?P<value>\S*\d\S*)$"
                    r"|^(?P<who>source|publisher|published\s+by|institution|organi[sz]ation)\s*:\s*(?P<name>.+)$"
                    # a wire's line naming the issuer: `Press Release: ACT New Zealand` (a name, not a headline)
                    r"|^(?P<release>(?:press|media|news)\s+(?:release|statement))\s*:\s*(?P<issuer>(?-i:[A-Z])[\w’'&.-]*"
                    r"(?:\s+(?:(?-i:[A-Z])[\w’'&.-]*|of|for|the|and|on|&)){0,7})$",
                    re.IGNORECASE)
_LABEL_DATE = re.compile(r"^(?P<label>(?:[A-Za-z]+\s+){0,3}[A-Za-z]+)\s+(?P<date>\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}|"
                         r"[A-Za-z]+\.?\s+\d{1,2},\s+\d{4})(?:,?\s+\d{1,2}[:.]\d{2})?$")


@dataclass(frozen=True, slots=True)
class Stated:
    """What a metadata line states: a date (`updated` when it is a revision's) and a report number."""

    date: str | None = None
    updated: bool = False
    report_number: str | None = None
    rest: bool = False  # the line also holds words no field takes (a label, an ISSN): keep it
    institution: str | None = None  # `Source: ...`, `Publisher: ...`
    delivered: bool = False  # a speech's or statement's `Delivered on: ...`: the date it is cited by
    url: str | None = None  # `Source: https://...`: the page's address, never an institution


def parse_date_line(text: str, bare: bool = False) -> str | None:
    """Return the ISO date stated by a line such as `Date: 12 October 2021`, `Updated March 3,
    2025` or `Published 2021-10-12` (or, with `bare`, a line that is only a date), else None."""
    stated = _date_statement(" ".join(text.split()), bare)
    return stated.date if stated else None


def _date_statement(text: str, bare: bool) -> Stated | None:
    if release := _RELEASE.match(text):
        date = parse_date(" ".join(_CLOCK.sub(" ", release.group("date")).split()).strip(" ,"))
        return Stated(date) if date else None
    match = _DATE_LINE.match(text)
    if not match and (labelled := _LABELLED_DATE_LINE.match(text)) and _genre_words(labelled.group("label")):
        match = _DATE_LINE.match(labelled.group("rest"))  # `Research Published May 23, 2024`
    if match:
        date = parse_date(match.group("date"))
        word = match.group("word").lower()
        return Stated(date, bool(_UPDATE.search(word)), delivered=word.startswith("delivered")) if date else None
    date = parse_date(_TRAILING_CLOCK.sub("", text.rstrip("."))) if bare else None
    place = _PLACE_DATE.match(text) if bare and date is None else None
    date = parse_date(place.group(1)) if place else date  # `Warsaw, 12 March 2025`
    return Stated(date) if date else None


def dateline(text: str) -> str | None:
    """Return the date of a dateline that opens `text` (`WASHINGTON, March 3, 2025 —`; with the
    country and a news agency: `BRUSSELS, Kingdom of Belgium, May 20, 2014/Press Agency (PA)/ —`), else None."""
    text = " ".join(text.split())
    if match := _DATELINE.match(text):
        return parse_date((match.group("date") or match.group("indate")).strip(" ,"))
    loose = _LOOSE_DATELINE.match(text)
    written = _WRITTEN_DATE.search(loose.group("head")) if loose else None
    return parse_date(written.group().rstrip(",")) if written else None


def report_number(text: str) -> str | None:
    """Return `text` if it is a publisher's report number (`R12345`, `Policy Paper No. 14`)."""
    text = " ".join(text.split())
    return text if any(p.match(text) for p in _REPORT) else None


def stated(text: str, bare: bool = True) -> Stated | None:
    """Return what a head line states if all of it is metadata: a date line, a dateline, a
    report number, or several of them (and labels) separated by `|`, `·`, wide spaces or, for
    a report number and a date, a comma (`Bulletin No. 25 (2345), 12 March 2025`)."""
    text = " ".join(text.split()) if not _SEPARATORS.search(text) else text.strip()
    text = _GLUED_MONTH.sub(" ", text)
    segments = [" ".join(s.split()) for s in _SEPARATORS.split(text) if s.strip()]
    pair = _NUMBER_AND_DATE.match(text)
    if len(segments) == 1 and pair and report_number(pair.group(1)) and _date_statement(pair.group(2), True):
        segments = [pair.group(1), pair.group(2)]
    elif len(segments) == 1 and (split := _number_then_date(text)):
        segments = list(split)
    elif len(segments) == 1 and (dash := _DASH_PAIR.match(text)) and any(is_label(p) for p in dash.groups()) \
            and any(_date_statement(p, True) for p in dash.groups()):
        segments = list(dash.groups())  # `10.05.2018 - Press release`: a date and the kind of page
    found = Stated()
    for segment in segments:
        keyed = _KEYED.match(segment)
        if keyed and keyed.group("value"):
            found = Stated(found.date, found.updated, found.report_number or keyed.group("value"), found.rest,
                           found.institution)
            continue
        if keyed and keyed.group("issuer"):
            found = replace(found, institution=found.institution or keyed.group("issuer"))
            continue
        if keyed and keyed.group("name"):
            name = keyed.group("name").strip()
            found = replace(found, url=found.url or name) if is_url(name) else \
                replace(found, institution=found.institution or _PRESS_DESK.sub(r"\1", name))
            continue
        labelled = _LABEL_DATE.match(segment)
        if labelled and is_label(labelled.group("label")) and not _DATE_LINE.match(segment) \
                and (when := parse_date(labelled.group("date"))):
            found = Stated(found.date or when, found.updated, found.report_number, True, found.institution)
            continue
        date = _date_statement(segment, bare)
        number = report_number(segment)
        line_date = dateline(segment) if _DATELINE.sub("", segment) == "" else None
        if date is None and number is None and line_date is None:
            if len(segments) == 1 or not (is_label(segment) or _IDENTIFIER.match(segment)):
                return None
            found = Stated(found.date, found.updated, found.report_number, True, found.institution)
        if date and (found.date is None or date.updated and not found.updated):
            found = Stated(date.date, date.updated, found.report_number, found.rest, found.institution, date.delivered)
        elif line_date and found.date is None:
            found = Stated(line_date, False, found.report_number, found.rest, found.institution)
        if number and found.report_number is None:
            found = Stated(found.date, found.updated, number, found.rest, found.institution)
    return found if found.date or found.report_number or found.institution or found.url else None


def split_segments(text: str) -> list[str]:
    """Return the parts of a head line set apart by `|`, `·`, `•`, a tab or wide spaces."""
    return [" ".join(s.split()) for s in _SEPARATORS.split(text.strip()) if s.strip()]


def _number_then_date(text: str) -> tuple[str, str] | None:
    """Split `AA 01 021 4 October 2001` (a report number, then a date, with no separator)."""
    words = text.split()
    for k in range(1, min(len(words), 6)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if report_number(head) and _date_statement(tail, True):
            return head, tail
    return None


# The kinds of publication a label above the title names (`POLICY BRIEF`, `SIPRI Policy Brief`).
_GENRES = frozenset("""brief briefs insight insights commentary analysis report paper note notes memo memorandum
    bulletin spotlight perspective perspectives explainer backgrounder briefing study factsheet essay comment
    comments sheet release statement highlights readout remarks glance briefing coverage speech article
    transcript testimony interview letter communique communiqué declaration op-ed news""".split())
# Words that go with a genre word in a label, and those of a publisher's web sections (`Briefing
# Room`, `Statements and Releases`, `At a Glance`).
_GENRE_FILLERS = frozenset("policy issue working research occasional discussion in focus fact sheet series special "
                           "expert comment strategic media press news joint and & at a room newsroom centre center "
                           "latest meeting written authored ministerial oral opening keynote to parliament".split())
# A web page's furniture above its text: reading time, sharing and download buttons, topic tags.
_FURNITURE = re.compile(
    r"^(?:\d{1,3}[\s-]*(?:min(?:ute)?s?|hours?)\.?(?:\s+read(?:ing)?(?:\s+time)?)?"
    r"|(?:[A-Za-z]+\s+){0,2}\d[\d,.]*\s*[kKmM]?\s+(?:views?|reads?|comments?|shares?|likes?)"  # `Statement 80 Views`
    r"|(?:estimated\s+)?reading\s+time\s*:?\s*\d{1,3}\s*(?:min(?:ute)?s?)?"
    r"|(?:share|print|email|e-mail|save|listen|subscribe|download|tweet|facebook|linkedin|twitter|whatsapp|copy\s+link)"
    r"(?:\s+(?:this|the|page|article|brief|report|story|pdf|on|to|full|version|as|\(pdf\)|x|facebook|linkedin))*"
    r"(?:\s*\(?\d+(?:\.\d+)?\s*[km]b\)?)?"
    r"|(?:topics?|tags?|keywords?|subjects?|regions?|related\s+topics|filed\s+under|location|venue|tag\s+archives?"
    r"|category|categories|archives?)\s*:\s*.{1,200}"
    r"|link\s+copied|(?:published|posted|updated)(?:\s+on)?:?"  # a date stamp whose date the paste lost
    r"|(?:(?:cover\s+|header\s+|featured\s+)?(?:photo|image|photograph|picture)(?:\s+credits?)?\s*:|(?:photo|image)\s+by\b|©)"
    r".{1,150}"
    r"|.{1,300}[.)]\s*\(?(?:photo|image|photograph|picture|credit)s?(?:\s+credits?)?\s*:\s*[^.:]{1,80}\)?"  # a caption
    r"|\d{1,2}/\d{1,2}/\d{4})$",  # a date whose order does not show (03/04/2025): kept, not read (text.dates)
    re.IGNORECASE)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def is_label(text: str) -> bool:
    """Return whether a line is a label naming the kind of publication (`POLICY BRIEF`,
    `Research Paper`, `SIPRI Policy Brief`): a genre word, with only other genre words or an
    acronym beside it."""
    if _FURNITURE.match(" ".join(text.split())):
        return True  # web furniture (`8 min read`, `Share`, `Topics: ...`): kept as a detail, like a label
    words = text.split()
    lowered = [_singular(w.strip(".:").lower()) for w in words]
    return 0 < len(words) <= 5 and any(w in _GENRES for w in lowered) and all(
        w in _GENRES or w in _GENRE_FILLERS or (word.isupper() and len(word) <= 8)
        for word, w in zip(words, lowered))


def _genre_words(text: str) -> bool:
    """Return whether `text` is only words of labels (`Research`, `Policy Brief`)."""
    words = [_singular(w.strip(".:").lower()) for w in text.split()]
    return bool(words) and all(w in _GENRES or w in _GENRE_FILLERS for w in words)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in _GENRES | _GENRE_FILLERS else word


def is_url(text: str) -> bool:
    """Return whether a line is only a web address."""
    return bool(_URL.match(text.strip()))


def never_a_title(text: str) -> bool:
    """Return whether a first line is a figure caption or a source note, never a title."""
    return bool(_CAPTION.match(text.strip()))


# Words of generic section headings (`Key Findings`, `Executive Summary`): no title, no name.
HEADING_WORDS = frozenset(
    """summary findings introduction background overview conclusion conclusions recommendation
    recommendations highlights contents abstract takeaways points context outlook implications
    analysis notes references sources acknowledgements acknowledgments appendix foreword preface""".split()
)
_HEADING_FILLERS = frozenset("executive key main policy general table of the and for our in brief at a glance".split())


def is_generic_heading(text: str) -> bool:
    """Return whether `text` is a generic section heading such as `Summary` or `Key Findings`."""
    words = [w.strip(".:").lower() for w in text.split()]
    return bool(words) and len(words) <= 5 and any(w in HEADING_WORDS for w in words) and all(
        w in HEADING_WORDS or w in _HEADING_FILLERS for w in words)

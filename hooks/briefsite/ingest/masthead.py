"""What stands above a brief's title, and what its head states while it is read.

Input: the non-blank lines of a brief as rows. Output: `masthead` notes into a `Found` what the
lines above the title state (a date, a report number, a label such as `POLICY BRIEF`, a web
address, a publisher's name with its motto) and returns the title's row; metadata.py reads the
rest of the head into the same `Found`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefsite.ingest.byline import byline_kind, parse_byline
from briefsite.ingest.headlines import Stated, is_label, is_url, stated
from briefsite.ingest.headrows import by_office
from briefsite.text.givennames import is_given_name, is_place
from briefsite.ingest.titles import CONTINUES, ONE_WORD, Row, is_meta, is_title, looks_like_title, same, title_end

__all__ = ["Found", "masthead"]


@dataclass(slots=True)
class Found:
    """What the text states, while it is being read (mutable: it lives inside one read_head)."""

    title: str = ""
    authors: list[str] = field(default_factory=list)
    institution: str | None = None
    dates: list[Stated] = field(default_factory=list)
    report_number: str | None = None
    publisher: str | None = None  # an institution above the title: the author's own comes first
    url: str | None = None  # `Source: https://...`: the page's address
    by_office: str = ""  # a byline naming only an office: `by NATO Secretary General`
    by_authors: list[str] = field(default_factory=list)  # names on a `By ...` line
    used: set[int] = field(default_factory=set)
    kept: list[Row] = field(default_factory=list)  # metadata lines no Meta field holds (labels, addresses)

    def keep(self, row: Row) -> None:
        self.kept.append(row)
        self.used.add(row.line.number)

    def note(self, what: Stated, row: Row) -> None:
        if what.date:
            self.dates.append(what)
        self.report_number = self.report_number or what.report_number
        self.publisher = self.publisher or what.institution
        self.url = self.url or what.url
        self.used.add(row.line.number)
        if what.rest:
            self.kept.append(row)

    def byline(self, authors: tuple[str, ...], institution: str | None) -> None:
        self.authors += [a for a in authors if a not in self.authors]
        self.institution = self.institution or institution

    def date(self) -> str | None:
        """The date a speech was delivered, else the update's date if one is stated, else the first date."""
        return next((d.date for d in self.dates if d.delivered), next((d.date for d in self.dates if d.updated),
                                                                     self.dates[0].date if self.dates else None))


def masthead(rows: list[Row], found: Found) -> int:
    """Read what stands above the title (a date, a report number, a label such as `POLICY
    BRIEF`, a web address, a publisher's name with its motto); return the title's row."""
    k = _menu(rows)
    for row in rows[:k]:
        found.keep(row)  # a web page's menu above the title: `Media centre` / `News Releases` / ...
    limit = k + 4
    while k < min(len(rows), limit):
        if what := stated(rows[k].text):
            found.note(what, rows[k])
        elif office := by_office(rows[k].text):
            found.by_office = office
            found.keep(rows[k])
        elif is_label(rows[k].text) or is_url(rows[k].text) or _kicker(rows, k) or _SKIP_LINK.match(rows[k].text):
            found.keep(rows[k])
        elif name := _letterhead(rows, k):
            found.byline((name,), None)  # `KEVIN RUDD M.P.` / `MEDIA RELEASE` / `Shadow Minister for ...`
            found.used.add(rows[k].line.number)
            limit = max(limit, k + 5)  # a joint release names two or three people, each with a job line
        elif _name_over_title(rows, k) and (parsed := parse_byline(rows[k].text)):
            found.byline(*parsed)  # `Sarah Hanson-Young` / `Greens recognise World Refugee Day ...`
            found.used.add(rows[k].line.number)
        elif found.authors and byline_kind(rows[k].text) == "job":
            found.keep(rows[k])  # the letterhead's job line: a detail of the head, not an institution
        else:
            break
        k += 1
    if _letterhead_over_title(rows, k):
        found.publisher = rows[k].text  # `THE WORLD BANK` / `Joint Statement from the World Bank Group and ...`
        found.used.add(rows[k].line.number)
        return k + 1
    # A publisher's name above the title (with its parent body or motto, on up to three lines):
    # only when a title, then a byline or date, follow (so no row is read when more stand before a gap).
    end = next((i for i in range(k + 1, len(rows)) if rows[i].gap), len(rows))
    names = [i for i in range(k, end) if byline_kind(rows[i].text) == "institution"] if end - k <= 3 else []
    top = end  # the title's row: report numbers and labels may stand between
    while top < len(rows) and (stated(rows[top].text) or is_label(rows[top].text)):
        top += 1
    if not names or end - k > 3 or top >= len(rows) or byline_kind(rows[top].text) == "name" or is_meta(rows[top].text):
        return k
    stop = title_end(rows, top, False)
    if not is_title(rows, top, stop) or stop >= len(rows) or not is_meta(rows[stop].text):
        return k
    if same(" ".join(row.text for row in rows[k:end]), " ".join(row.text for row in rows[top:top + end - k])):
        return k  # the title printed twice (a cover, then the summary page), not a publisher over it
    found.publisher = rows[names[0]].text
    found.used.add(rows[names[0]].line.number)
    for row in rows[k:top]:
        if row is rows[names[0]]:
            continue
        if what := stated(row.text):
            found.note(what, row)
        else:
            found.keep(row)
    return top


# A web page's link for keyboards and screen readers: `Skip to Main Navigation`, `Skip to content`.
_SKIP_LINK = re.compile(r"^(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search)$", re.IGNORECASE)


def _letterhead_over_title(rows: list[Row], k: int) -> bool:
    """A publisher's name in capitals straight over a title in mixed case, the text after a
    blank line (`THE WORLD BANK` / `Joint Statement from the World Bank Group ...`)."""
    if k + 2 >= len(rows) or rows[k + 1].gap or not rows[k + 2].gap:
        return False
    name, title = rows[k].text, rows[k + 1].text
    return (name.isupper() and byline_kind(name) == "institution" and not title.isupper()
            and len(title.split()) >= 5 and not is_meta(title))


_MENU_ITEMS = 4  # a menu has four items at least: fewer short lines may be a title and its byline


def _menu(rows: list[Row]) -> int:
    """How many rows a web page's menu takes at the top: a run of four short lines or more
    (four words at most, no sentence, date, name, job or institution among them) before a
    longer line, the title."""
    k = 0
    while k < len(rows) and _menu_item(rows[k].text):
        k += 1
    return k if k >= _MENU_ITEMS and k < len(rows) and len(rows[k].text.split()) >= 5 else 0


def _menu_item(text: str) -> bool:
    return (len(text.split()) <= 4 and text[-1:] not in ".!?:;," and stated(text) is None
            and byline_kind(text) is None and not is_url(text))


def _over_a_title(rows: list[Row], k: int) -> bool:
    """Whether the row under row `k` (no blank line between) is a title of three words or more."""
    below = rows[k + 1] if k + 1 < len(rows) else None
    return below is not None and not below.gap and len(below.text.split()) >= 3 and stated(below.text) is None \
        and byline_kind(below.text) != "name" and looks_like_title([below.line], [])  # `The Asylum Compromise`


def _kicker(rows: list[Row], k: int) -> bool:
    """A column's or a section's name, one capitalised word over the title (`Charlemagne`)."""
    return bool(ONE_WORD.match(rows[k].text)) and not CONTINUES.search(rows[k].text) and _over_a_title(rows, k)


def _name_over_title(rows: list[Row], k: int) -> bool:
    """A person's name alone over the title, the byline printed above it: two to four words,
    the first a given name that is no place (`Sarah Hanson-Young`, not `Jordan Faces a Crisis`)."""
    words = rows[k].text.split()
    return 2 <= len(words) <= 4 and is_given_name(words[0]) and not is_place(words[0]) and byline_kind(rows[k].text) == "name" \
        and _over_a_title(rows, k)


_POST_NOMINAL = re.compile(r",?\s+(?:M\.\s?P\.?|MP|MLA|MLC|MEP|MSP|QC|KC)$")
_HONOURABLE = re.compile(r"^(?:The\s+)?(?:Rt\.?\s+)?(?:Hon(?:ourable|orable)?\.?)\s+", re.IGNORECASE)


def _letterhead(rows: list[Row], k: int = 0) -> str | None:
    """The person a release's letterhead names: a name (`KEVIN RUDD M.P.`, `The Hon Bruce
    Billson MP`) with the release's label and the person's job (`MEDIA RELEASE`, `Shadow Minister
    for Foreign Affairs`) about it, before the title. A name marked as a member's or
    honourable's (`MP`, `The Hon`) needs only its job line under it; a bare one, the label, on
    the first line or under it. Returns the name, in capitals only when it was written so."""
    written = rows[k].text.strip()
    text = _HONOURABLE.sub("", _POST_NOMINAL.sub("", written))
    marked = text != written
    text = text.title() if text.isupper() else text
    words = text.split()
    if not (2 <= len(words) <= 4 and is_given_name(words[0]) and not is_place(words[0])):
        return None
    parsed = parse_byline(text)
    if not parsed or len(parsed[0]) != 1:
        return None
    below = rows[k + 1:k + 4]
    if marked and below and byline_kind(below[0].text) == "job" and any(is_label(r.text) for r in (*rows[:k], *below)):
        return parsed[0][0]
    if k:
        return None
    labelled = False
    for row in below:
        if is_label(row.text):
            labelled = True
        elif byline_kind(row.text) != "job":
            break
    return parsed[0][0] if labelled else None

"""A brief's metadata as readers see it: the header of its page and a row of the briefs index.

Input: a Brief (its Meta) and the links the page needs. Output: Markdown fragments, every
brief-derived value escaped: labelled header items, a date as `<time>` in the words of
text.dates.human_date, and the briefs in index order (newest first, undated last).
A date is shown only when the brief states one: no item, no cell text, is made up.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from briefsite.model import Brief, Meta
from briefsite.site.markdown import Md, escape, escape_attr, join, link
from briefsite.text.dates import human_date, parse_iso


def date_md(iso: str | None) -> Md:
    """Return `<time datetime="2021-09-21">21 September 2021</time>`, or nothing without a date.

    The machine-readable `datetime` lets the index sort by date in the browser; a value that
    is not a real ISO date (front matter validation drops those) is shown as text only.
    """
    if not iso:
        return Md()
    if parse_iso(iso) is None:
        return escape(iso)
    return Md('<time datetime="{}">{}</time>').format(Md(escape_attr(iso)), human_date(iso))


def source_label(url: str) -> str:
    """`example.org/briefs/x` for `https://www.example.org/briefs/x/`: a link text that says where it goes."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    path = parts.path.rstrip("/")
    label = host + path
    return label if len(label) <= 60 else host + "/…"


def header_items(brief: Brief, original: Md) -> list[tuple[str, Md]]:
    """Return (label, value) pairs for the top of a brief page, in reading order.

    Authors are always named ("not stated" when the brief gives none, so the absence is
    visible); institution, date, report number and source appear only when stated.
    """
    meta = brief.meta
    items: list[tuple[str, Md]] = [
        ("Author" if len(meta.authors) == 1 else "Authors", join(meta.authors) if meta.authors else Md("not stated")),
    ]
    if meta.institution:
        items.append(("Institution", escape(meta.institution)))
    if meta.date:
        items.append(("Date", date_md(meta.date)))
    if meta.report_number:
        items.append(("Report", escape(meta.report_number)))
    if meta.source_url:
        # Front matter admits only http(s) addresses without spaces, quotes or brackets,
        # so the address is a safe link destination as it stands.
        items.append(("Source", link(source_label(meta.source_url), meta.source_url)))
    items.append(("Original file", original))
    return items


def index_order(briefs: Iterable[Brief]) -> list[Brief]:
    """The briefs newest first (a year or month before the days inside it), undated last,
    ties in corpus order: the order the briefs index is written in, before any script runs."""
    listed = list(briefs)
    dated = sorted((b for b in listed if b.meta.date), key=lambda b: _date_key(b.meta), reverse=True)
    return dated + [b for b in listed if not b.meta.date]


def _date_key(meta: Meta) -> str:
    # `2021` and `2021-09` sort after every day of that year or month when newest comes first:
    # pad them to the end of their period ("9" sorts after any digit pair used in dates).
    date = meta.date or ""
    return date + "-99" * (2 - date.count("-"))

"""A brief's reference for readers who cite it: as BibTeX, as RIS, as the meta tags that
reference managers read (Zotero's connector, Google Scholar), and as the one-line citation
the page's copy buttons put on the clipboard.

Input: a Brief and the address of its page on the hosted site, when that address is known
(None: the site's address was not given, so no link is made up). Output: plain text; the
caller escapes it for where it goes (HTML, a code block, front matter). Nothing is guessed:
a field the brief does not state is left out.
"""

from __future__ import annotations

import re

from briefsite.model import Brief
from briefsite.site.citations import byline

_TEX_SPECIAL = re.compile(r"([\\{}%&$#_~^])")
_TEX = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _tex(text: str) -> str:
    """Text safe inside a BibTeX value: TeX's special characters escaped, one line."""
    return _TEX_SPECIAL.sub(lambda m: _TEX.get(m.group(1), "\\" + m.group(1)), " ".join(text.split()))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def bibtex(brief: Brief, url: str | None) -> str:
    """A `@techreport` entry (`@misc` without an institution), keyed by the brief's id."""
    meta = brief.meta
    fields = [("author", " and ".join(_tex(a) for a in meta.authors)), ("title", "{" + _tex(meta.title) + "}"),
              ("institution", _tex(meta.institution or "")), ("number", _tex(meta.report_number or ""))]
    if meta.date:
        parts = meta.date.split("-")
        fields.append(("year", parts[0]))
        if len(parts) > 1 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
            fields.append(("month", _MONTHS[int(parts[1]) - 1]))
    fields += [("url", _tex(url or "")), ("language", _tex(meta.language or ""))]
    kind = "techreport" if meta.institution else "misc"
    body = ",\n".join(f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}"
                      for name, value in fields if value)
    return f"@{kind}{{{brief.id},\n{body}\n}}"


def ris(brief: Brief, url: str | None) -> str:
    """An RIS record of type RPRT (a report)."""
    meta = brief.meta
    lines = ["TY  - RPRT", *(f"AU  - {_one_line(a)}" for a in meta.authors), f"TI  - {_one_line(meta.title)}"]
    if meta.institution:
        lines.append(f"PB  - {_one_line(meta.institution)}")
    if meta.report_number:
        lines.append(f"IS  - {_one_line(meta.report_number)}")
    if meta.date:
        parts = (meta.date.split("-") + ["", ""])[:3]
        lines += [f"PY  - {parts[0]}", f"DA  - {parts[0]}/{parts[1]}/{parts[2]}/"]
    if url:
        lines.append(f"UR  - {url}")
    if meta.language:
        lines.append(f"LA  - {meta.language}")
    return "\n".join([*lines, "ER  - "]) + "\n"


def meta_tags(brief: Brief, url: str | None) -> list[tuple[str, str]]:
    """(name, content) of the Highwire Press `citation_*` tags, in the order readers expect."""
    meta = brief.meta
    tags = [("citation_title", _one_line(meta.title)), *(("citation_author", _one_line(a)) for a in meta.authors)]
    if meta.date:
        tags.append(("citation_date", meta.date.replace("-", "/")))
    if meta.institution:
        tags += [("citation_publisher", _one_line(meta.institution)),
                 ("citation_technical_report_institution", _one_line(meta.institution))]
    if meta.report_number:
        tags.append(("citation_technical_report_number", _one_line(meta.report_number)))
    if meta.language:
        tags.append(("citation_language", meta.language))
    if url:
        tags.append(("citation_public_url", url))
    return tags


def citation(brief: Brief) -> str:
    """`Authors, “Title”, Institution, Report number, 21 September 2021`: the copy buttons add
    the paragraph and its link."""
    return byline(brief)

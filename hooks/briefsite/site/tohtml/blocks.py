"""The block part of the engine's Markdown, as HTML: headings, paragraphs, lists, tables,
`<div markdown>` and `<details markdown>` containers, footnote definitions.

Input: the lines of a page's Markdown body and its `Refs`. Output: a list of HTML blocks
as Python-Markdown writes them, with each heading left as a placeholder (`Refs.headings`)
for `tohtml.convert` to give its id once every other id of the page is known; `Unsupported`
for any form the engine does not write.
"""

from __future__ import annotations

import html
import re

from markdown.util import BLOCK_LEVEL_ELEMENTS

from briefsite.site.tohtml.inline import Refs, Unsupported, add_attrs, inline, start_tag

FOOTNOTE = re.compile(r"^[ ]{0,3}\[\^([^\]]*)\]:[ ]*(.*)$")
_OPEN = re.compile(r"^<(div|details|dl)((?:\s+[a-zA-Z_:][-\w:.]*(?:=\"[^\"<>]*\")?)*)\s*>$")
_ATTR = re.compile(r"\s+([a-zA-Z_:][-\w:.]*)(?:=\"([^\"<>]*)\")?")
_SUMMARY = re.compile(r"^<summary>[^<>]*</summary>$")
# A raw block on one line (the conclusions' page map): Python-Markdown keeps it as it is.
_RAW_LINE = re.compile(r"^<(script)(?:\s[^<>]*)?>[^<>]*</\1>$")
_BLOCK_TAG = re.compile(r"^</?([a-zA-Z][a-zA-Z0-9]*)")
_HEADING = re.compile(r"^(#{1,6})[ ]+(.*?)[ ]*$")
_HEADING_ATTRS = re.compile(r"(?:[ ]+|^)(\{:?[^}\n]*\})[ ]*$")
_PARA_ATTRS = re.compile(r"^[ ]*(\{:?[ ]*[^}\n ][^}\n]*\})[ ]*$")
_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-+:?\s*\|)*\s*:?-+:?\s*\|?$")
# First lines the engine never writes: code, quotes, ordered lists, rules, admonitions, tabs.
_REFUSED_START = re.compile(r"^(?: {4}|\t|>|\d+[.)]\s|[*+]\s|!!!|\?\?\?|===|---|\*\*\*|___|\s*$)")
_SETEXT = re.compile(r"^(?:=+|-+)[ ]*$")
_ALIGN = {(True, False): "left", (False, True): "right", (True, True): "center"}


def parse(lines: list[str], start: int, refs: Refs, closing: str | None) -> tuple[list[str], int]:
    """Return the blocks from `lines[start:]` up to the line `</closing>` (or the end), and
    the index after it."""
    out: list[str] = []
    i = start
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif closing is not None and line == f"</{closing}>":
            return out, i + 1
        elif m := _OPEN.match(line):
            out.append(_container(m, lines, i, refs, out))
            inner, i = parse(lines, i + 1, refs, m.group(1))
            out[-1] = f"{out[-1]}\n" + "\n".join(inner) + f"\n</{m.group(1)}>"
            if not inner:
                raise Unsupported("an empty container")
        elif _SUMMARY.match(line) and closing == "details":
            out.append(line)
            i += 1
        elif _RAW_LINE.match(line) and "markdown" not in line:
            out.append(line + "\n")  # a raw block is followed by an empty line, as Python-Markdown writes it
            i += 1
        elif (tag := _BLOCK_TAG.match(line)) and tag.group(1).lower() in BLOCK_LEVEL_ELEMENTS:
            raise Unsupported(f"raw HTML block {line[:60]!r}")
        else:
            end = i
            while end < len(lines) and lines[end].strip() and not _ends_chunk(lines[end], closing):
                end += 1
            out.extend(chunk(lines[i:end], refs))
            if out and isinstance(out[-1], str) and out[-1].startswith("<ul>") and _next_is_item(lines, end):
                raise Unsupported("a loose list")
            i = end
    if closing is not None:
        raise Unsupported(f"<{closing}> is not closed")
    return out, i


def _ends_chunk(line: str, closing: str | None) -> bool:
    if _OPEN.match(line) or (closing is not None and line == f"</{closing}>"):
        return True
    tag = _BLOCK_TAG.match(line)
    return tag is not None and tag.group(1).lower() in BLOCK_LEVEL_ELEMENTS


def _next_is_item(lines: list[str], end: int) -> bool:
    while end < len(lines) and not lines[end].strip():
        end += 1
    return end < len(lines) and lines[end].startswith("- ")


def _container(m: re.Match[str], lines: list[str], i: int, refs: Refs, out: list[str]) -> str:
    """The start tag of a `<div markdown>` (or details, dl): attributes unescaped by the
    HTML parser, written back in order, `markdown` dropped, as md_in_html does."""
    attrs: dict[str, str] = {}
    marked = False
    for key, value in _ATTR.findall(m.group(2)):
        if key == "markdown" and value in ("", "1"):
            marked = True
        elif not value and f'{key}=""' not in m.group(2):
            raise Unsupported(f"attribute without a value in {lines[i][:60]!r}")
        else:
            attrs[key] = html.unescape(value)
    if not marked:
        raise Unsupported(f"raw HTML block {lines[i][:60]!r}")
    return start_tag(m.group(1), attrs)


def chunk(lines: list[str], refs: Refs) -> list[str]:
    """Return the blocks of lines with no blank line between them."""
    for n, line in enumerate(lines):
        if _HEADING.match(line):
            before = _paragraph(lines[:n], refs) if n else []
            return [*before, _heading(line, refs), *(chunk(lines[n + 1:], refs) if n + 1 < len(lines) else [])]
    first = lines[0]
    if FOOTNOTE.match(first):
        if not all(FOOTNOTE.match(line) for line in lines):
            raise Unsupported("a footnote definition with more lines")
        return []  # collected before (tohtml.footnotes); shown at the end of the page
    if any(FOOTNOTE.match(line) for line in lines):
        raise Unsupported("a footnote definition inside a paragraph")
    if first.startswith("|") and len(lines) > 1 and _TABLE_RULE.match(lines[1]):
        return [_table(lines, refs)]
    if first.startswith("- "):
        if not all(line.startswith("- ") for line in lines):
            raise Unsupported("a list item of more lines")
        return ["<ul>\n" + "\n".join(f"<li>{inline(line[2:].strip(), refs)}</li>" for line in lines) + "\n</ul>"]
    return _paragraph(lines, refs)


def _paragraph(lines: list[str], refs: Refs) -> list[str]:
    if _REFUSED_START.match(lines[0]) or any(_SETEXT.match(line) for line in lines[1:]):
        raise Unsupported(f"a block starting {lines[0][:40]!r}")
    attrs: dict[str, str] = {}
    if len(lines) > 1 and (m := _PARA_ATTRS.match(lines[-1])):
        add_attrs(attrs, m.group(1))
        lines = lines[:-1]
    return [start_tag("p", attrs) + inline("\n".join(lines).lstrip(), refs) + "</p>"]


def _heading(line: str, refs: Refs) -> str:
    """A placeholder for the heading, which gets its id once every other id is known."""
    m = _HEADING.match(line)
    assert m is not None
    text, attrs = m.group(2), dict[str, str]()
    if text.endswith("#") or "[^" in text:
        raise Unsupported(f"heading {line[:60]!r}")
    if a := _HEADING_ATTRS.search(text):
        add_attrs(attrs, a.group(1))
        text = text[:a.start()]
    refs.headings.append((len(m.group(1)), inline(text.strip(), refs), attrs))
    return f"\x00{len(refs.headings) - 1}\x00"


def _table(lines: list[str], refs: Refs) -> str:
    head, rule, *body = (_cells(line) for line in lines)
    if not body or any(len(row) != len(rule) for row in (head, *body)):
        raise Unsupported("a table whose rows differ in length")
    styles = [_ALIGN.get((c.startswith(":"), c.endswith(":"))) for c in rule]

    def row(cells: list[str], tag: str) -> str:
        return "<tr>\n" + "\n".join(
            (f'<{tag} style="text-align: {s};">' if s else f"<{tag}>") + inline(c, refs) + f"</{tag}>"
            for c, s in zip(cells, styles)) + "\n</tr>"

    return ("<table>\n<thead>\n" + row(head, "th") + "\n</thead>\n<tbody>\n"
            + "\n".join(row(r, "td") for r in body) + "\n</tbody>\n</table>")


def _cells(line: str) -> list[str]:
    if "`" in line or "\\" in line or not line.startswith("|"):
        raise Unsupported(f"table row {line[:60]!r}")
    inner = line.strip()[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [cell.strip() for cell in inner.split("|")]

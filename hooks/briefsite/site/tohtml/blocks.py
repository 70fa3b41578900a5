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

from briefsite.site.tohtml.inline import Refs, Unsupported, add_attrs, inline

FOOTNOTE = re.compile(r"^[ ]{0,3}\[\^([^\]]*)\]:[ ]*(.*)$")
_OPEN = re.compile(r"^<(div|details|dl)((?:\s+[a-zA-Z_:][-\w:.]*(?:=\"[^\"<>]*\")?)*)\s*>$")
_ATTR = re.compile(r"\s+([a-zA-Z_:][-\w:.]*)(?:=\"([^\"<>]*)\")?")
_SUMMARY = re.compile(r"^<summary>[^<>]*</summary>$")
# Raw blocks the engine writes: on one line (a brief's citation data, the conclusions' page
# map), or a <details> of several (a brief's citation formats).
_RAW_LINE = re.compile(r"^<(script|div)(?:\s[^<>]*)?>[^<>]*</\1>$")
_RAW_OPEN = re.compile(r"^<details(?: class=\"[^\"<>]*\")?>$")
# A row of a brief's metadata list: a fixed label, and inline Markdown.
_META_ROW = re.compile(r"^<div markdown><dt>([A-Za-z ]+)</dt><dd markdown=\"span\">(.*)</dd></div>$")
_BLOCK_TAG = re.compile(r"^</?([a-zA-Z][a-zA-Z0-9]*)")
_HEADING = re.compile(r"^(#{1,6})[ ]*(.*?)[ ]*$")  # any line starting with `#`, as in Python-Markdown
_HEADING_ATTRS = re.compile(r"(?:[ ]+|^)(\{:?[^}\n]*\})[ ]*$")
_PARA_ATTRS = re.compile(r"^[ ]*(\{:?[ ]*[^}\n ][^}\n]*\})[ ]*$")
_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-+:?\s*\|)*\s*:?-+:?\s*\|?$")
# First lines the engine never writes: code, quotes, ordered lists, rules, admonitions, tabs.
_REFUSED_START = re.compile(r"^(?: {4}|\t|>|\d+[.)]\s|[*+]\s|!!!|\?\?\?|===|---|\*\*\*|___|\s*$)")
_ADMONITION = re.compile(r'^!!! ([a-z]+) "([^"]*)"$')  # a box of a brief: figure, press contacts
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
        elif closing is None and (end := _raw_block(lines, i)):
            # Kept as it is, and followed by an empty line, as Python-Markdown writes it.
            out.append("\n".join(lines[i:end]) + "\n")
            i = end
        elif m := _OPEN.match(line):
            inner, end = parse(lines, i + 1, refs, m.group(1))
            if not inner:
                raise Unsupported("an empty container")
            opened = refs.element(m.group(1), _container(m, lines[i]))
            out.append(opened + "\n" + "\n".join(inner) + f"\n</{m.group(1)}>")
            i = end
        elif m := _ADMONITION.match(line):
            end = i + 1
            while end < len(lines) and (not lines[end].strip() or lines[end].startswith("    ")):
                end += 1
            inner, _ = parse([ln[4:] for ln in lines[i + 1:end]], 0, refs, "")
            if not inner:
                raise Unsupported("an empty admonition")
            out.append(f'<div class="admonition {m.group(1)}">\n<p class="admonition-title">'
                       f"{inline(m.group(2), refs)}</p>\n" + "\n".join(inner) + "\n</div>")
            i = end
        elif _SUMMARY.match(line) and closing == "details":
            out.append(line)
            i += 1
        elif (m := _META_ROW.match(line)) and closing == "dl":
            out.append(f"<div>\n<dt>{m.group(1)}</dt>\n<dd>{inline(m.group(2), refs)}</dd>\n</div>")
            i += 1
        elif (tag := _BLOCK_TAG.match(line)) and tag.group(1).lower() in BLOCK_LEVEL_ELEMENTS:
            raise Unsupported(f"raw HTML block {line[:60]!r}")
        else:
            end = i
            while end < len(lines) and lines[end].strip() and not _ends_chunk(lines[end], closing):
                end += 1
            out.extend(chunk(lines[i:end], refs))
            if out[-1:] and out[-1].startswith("<ul>") and _next_is_item(lines, end):
                raise Unsupported("a loose list")
            i = end
    if closing:  # "": the indented body of an admonition, which ends where the lines end
        raise Unsupported(f"<{closing}> is not closed")
    return out, i


def _raw_block(lines: list[str], i: int) -> int:
    """The index after the raw HTML block starting at line i (the brief's citation data, its
    citation formats, the conclusions' page map), or 0 when none starts there."""
    if "markdown" in lines[i]:
        return 0
    if _RAW_LINE.match(lines[i]):
        end = i + 1
    elif _RAW_OPEN.match(lines[i]):
        end = next((k + 1 for k in range(i + 1, len(lines)) if lines[k] == "</details>"), 0)
        if not end or any("<details" in line for line in lines[i + 1:end]):
            return 0
    else:
        return 0
    return end if end == len(lines) or not lines[end].strip() else 0


def _ends_chunk(line: str, closing: str | None) -> bool:
    if _OPEN.match(line) or (closing is not None and line == f"</{closing}>"):
        return True
    tag = _BLOCK_TAG.match(line)
    return tag is not None and tag.group(1).lower() in BLOCK_LEVEL_ELEMENTS


def _next_is_item(lines: list[str], end: int) -> bool:
    while end < len(lines) and not lines[end].strip():
        end += 1
    return end < len(lines) and lines[end].startswith("- ")


def _container(m: re.Match[str], line: str) -> dict[str, str]:
    """The attributes of a `<div markdown>` (or details, dl): attributes unescaped by the
    HTML parser, written back in order, `markdown` dropped, as md_in_html does."""
    attrs: dict[str, str] = {}
    marked = False
    for key, value in _ATTR.findall(m.group(2)):
        if key == "markdown" and value in ("", "1"):
            marked = True
        elif not value and f'{key}=""' not in m.group(2):
            raise Unsupported(f"attribute without a value in {line[:60]!r}")
        else:
            attrs[key] = html.unescape(value)
    if not marked:
        raise Unsupported(f"raw HTML block {line[:60]!r}")
    return attrs


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
    return [refs.element("p", attrs) + inline("\n".join(lines).lstrip(), refs) + "</p>"]


def _heading(line: str, refs: Refs) -> str:
    """A placeholder for the heading, which gets its id once every other id is known."""
    m = _HEADING.match(line)
    assert m is not None
    text, attrs = m.group(2), dict[str, str]()
    if text.endswith("#") or text.startswith("#") or "[^" in text or not text:
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

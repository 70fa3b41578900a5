"""A generated page's Markdown as the HTML Python-Markdown would make of it, without it.

Input: the body of a page the engine wrote (front matter removed) and the function that
turns a link's href into the site's (MkDocs rewrites `x.md` links). Output: `Converted`,
the page's HTML (byte for byte what Python-Markdown makes with the site's extensions:
attr_list, footnotes, md_in_html, tables, toc with permalinks), its table of contents
tokens (as `toc_tokens`), every id on it and the text of its first heading; or None when
the page holds a form this converter does not write, for Python-Markdown to convert.

Why: Python-Markdown took most of a build's time on the pages the engine generates
(actors, themes, conclusions, timeline: megabytes of cited quotes and footnotes), while
they use a handful of forms the engine itself writes. Brief text in them is escaped for
Markdown before it gets here (`site/markdown.py`); nothing here unescapes it, and every
`&`, `<` and `>` outside a raw tag or character reference is escaped once more.
tests/unit/test_tohtml.py checks every golden page against Python-Markdown.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from markdown.extensions.toc import nest_toc_tokens, slugify, strip_tags, unique

from briefsite.site.tohtml.blocks import FOOTNOTE, parse
from briefsite.site.tohtml.inline import BACKLINK_TITLE, Refs, Unsupported, attrib, inline, start_tag

if TYPE_CHECKING:
    from markdown.extensions.toc import _FlatTocToken, _TocToken

__all__ = ["Converted", "convert", "resolved_once", "Unsupported"]

_ID = re.compile(r'\sid="([^"]*)"')
_PLACEHOLDER = re.compile("\x00([0-9]+)\x00")
_FNREF = re.compile(r'<sup id="fnref[^"]*"><a class="footnote-ref" [^>]*>[0-9]+</a></sup>')


@dataclass(frozen=True, slots=True)
class Converted:
    html: str
    toc_tokens: list[_TocToken]  # level, id, name and children, as the toc extension has them
    anchors: frozenset[str]  # every id on the page
    title: str | None  # the text of the page's first element when it is a level-1 heading


def convert(markdown: str, url_of: Callable[[str], str]) -> Converted | None:
    """Return the page's HTML and what MkDocs takes from its conversion, or None."""
    try:
        return _convert(markdown, url_of)
    except Unsupported:
        return None


def _convert(markdown: str, url_of: Callable[[str], str]) -> Converted:
    if "\x00" in markdown or "\r" in markdown or "\t" in markdown:
        raise Unsupported("control characters")
    lines = markdown.split("\n")
    refs = Refs(url_of)
    definitions: dict[str, str] = {}
    for line in lines:
        if m := FOOTNOTE.match(line):
            if m.group(1) in definitions or not m.group(2).strip():
                raise Unsupported(f"footnote [^{m.group(1)}] defined twice or empty")
            definitions[m.group(1)] = m.group(2)
    refs.numbers = {label: n for n, label in enumerate(definitions, start=1)}
    blocks, _ = parse(lines, 0, refs, None)
    if definitions:
        blocks.append(_footnotes(definitions, refs))
    body = "\n".join(blocks).strip()
    used = refs.ids | {h[2]["id"] for h in refs.headings if "id" in h[2]} | {f"fn:{label}" for label in definitions}
    tokens: list[_FlatTocToken] = []
    written: list[str] = []
    for level, inner, attrs in refs.headings:
        name = strip_tags(_FNREF.sub("", inner))
        if "id" not in attrs:
            attrs = {**attrs, "id": unique(slugify(html.unescape(name), "-"), used)}
        tokens.append({"level": level, "id": attrs["id"], "name": name})  # what MkDocs reads
        link = f'<a class="headerlink" href="#{attrib(attrs["id"])}" title="Permanent link">&para;</a>'
        written.append(f"{start_tag(f'h{level}', attrs)}{inner}{link}</h{level}>")
    out = _PLACEHOLDER.sub(lambda m: written[int(m.group(1))], body)
    title = tokens[0]["name"] if blocks and blocks[0] == "\x000\x00" and tokens[0]["level"] == 1 else None
    return Converted(out, nest_toc_tokens(tokens), frozenset(_ID.findall(out)), title)


def resolved_once(url_of: Callable[[str], str]) -> Callable[[str], str]:
    """`url_of`, asked once per href it changes (a link it resolved to a page: nothing to
    warn about twice); an href it leaves as it is (external, or broken and warned about) is
    asked every time, so each broken link is reported where it occurs, as MkDocs does."""
    seen: dict[str, str] = {}

    def once(url: str) -> str:
        if (hit := seen.get(url)) is None:
            hit = url_of(url)
            if hit != url:
                seen[url] = hit
        return hit

    return once


def _footnotes(definitions: dict[str, str], refs: Refs) -> str:
    """The footnotes at the end of the page, in the order they are defined, each with a
    link back to every reference to it."""
    items = []
    for n, (label, text) in enumerate(definitions.items(), start=1):
        back = "".join(
            f'<a class="footnote-backref" href="#{attrib(_ref_id(k, label))}" '
            f'title="{BACKLINK_TITLE.format(n)}">&#8617;</a>'
            for k in range(1, max(refs.seen.get(label, 0), 1) + 1))
        items.append(f'<li id="{attrib("fn:" + label)}">\n<p>{inline(text, refs)}&#160;{back}</p>\n</li>')
    return '<div class="footnote">\n<hr />\n<ol>\n' + "\n".join(items) + "\n</ol>\n</div>"


def _ref_id(k: int, label: str) -> str:
    """The id of the k-th reference to a footnote: `fnref:x`, then `fnref2:x`, `fnref3:x`."""
    return f"fnref:{label}" if k == 1 else f"fnref{k}:{label}"

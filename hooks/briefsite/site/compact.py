"""A built page's HTML without the whitespace a browser ignores.

Input: the HTML of one page, as the theme wrote it. Output: the same document with every
run of two or more whitespace characters between tags, or in text, cut to one character (a
newline when the run held one, else a space), which HTML renders alike. Left exactly as they
are: the inside of every tag (attribute values), and the whole of `<pre>`, `<textarea>`,
`<script>`, `<style>` and `<code>` elements, comments and declarations.

Why: Material's templates indent every line; on a site of a thousand small generated pages
that indentation was about a fifth of each page's bytes, the same on every page.
"""

from __future__ import annotations

import re

# A tag (quotes respected, so a `>` inside an attribute value does not end it), a comment, or
# an element whose text must stay as written, taken whole.
_KEEP = re.compile(
    r"<(pre|textarea|script|style|code)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>.*?</\1\s*>"
    r"|<!--.*?-->"
    r"|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>",
    re.S | re.I,
)
# Only the whitespace HTML collapses: never a no-break space or another Unicode space.
_RUN = re.compile(r"[ \t\n\r\f]{2,}")


def _one(m: re.Match[str]) -> str:
    return "\n" if "\n" in m.group(0) else " "


def compact_html(page: str) -> str:
    """Return `page` with the whitespace runs outside tags and kept elements cut to one."""
    out: list[str] = []
    pos = 0
    for m in _KEEP.finditer(page):
        out.append(_RUN.sub(_one, page[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_RUN.sub(_one, page[pos:]))
    return "".join(out)

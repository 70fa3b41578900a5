"""Markup in a brief: HTML, comments, script links and template syntax, shown as text.

Input: the numbered lines of a decoded brief, or its file name. Output: at most one
`(line, message)` note per file, naming the first line that holds markup and how many
lines do. Nothing is changed: every character of brief text is escaped when pages
are written, so markup is shown literally and never runs. The note tells the editor,
because markup in a brief is most often a leftover of a web page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# What a browser or a template engine would act on if it were not escaped.
_MARKUP = re.compile(
    r"<!--"  # an HTML comment (also Material's <!-- material/tags --> marker)
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"  # an HTML tag
    r"|\{\{|\{%"  # Jinja-like template syntax
    r"|\bjavascript\s*:",  # a script link
    re.IGNORECASE,
)
_SAMPLE = 60
_WHOLE = re.compile(r"<!--.*?(?:-->|$)|\{\{.*?(?:\}\}|$)|\{%.*?(?:%\}|$)|javascript\s*:\S*", re.IGNORECASE)


def find_markup(lines: Iterable[tuple[int, str]]) -> tuple[int, str] | None:
    """Return `(line, message)` about the markup in `lines`, or None when there is none."""
    first: tuple[int, str] | None = None
    count = 0
    for number, text in lines:
        match = _MARKUP.search(text)
        if match is None:
            continue
        count += 1
        if first is None:
            first = (number, _sample(text, match))
    if first is None:
        return None
    more = f" (and {count - 1} more line{'s' if count > 2 else ''})" if count > 1 else ""
    return first[0], (f"holds markup {first[1]}{more}; it is shown as text and never runs. "
                      f"If it is left over from a web page, export the brief again as plain text.")


def name_markup(name: str) -> str | None:
    """Return a note when a file name holds markup, else None."""
    match = _MARKUP.search(name)
    if match is None:
        return None
    return (f"has markup in its file name {_sample(name, match)}; the name is shown as text. "
            f"Rename the file if that was not meant.")


def _sample(text: str, match: re.Match[str]) -> str:
    """Return the markup found (a whole tag, comment or template tag), quoted and cut
    to a readable length."""
    whole = _WHOLE.match(text, match.start())
    shown = whole.group(0) if whole else match.group(0)
    return repr(shown if len(shown) <= _SAMPLE else shown[:_SAMPLE] + "…")

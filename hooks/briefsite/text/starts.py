"""A pattern's matches, found by trying it only where a cheap pattern says one may begin.

Input: a compiled pattern, a cheap pattern of its possible starts, and a text. Output: the
very matches `pattern.finditer(text)` yields. Python's regex engine tries a pattern at every
offset; a pattern that opens with a long case-insensitive alternation (a title before a
name) spends most of its time failing there. A zero-width `starts` (a word boundary and a
look at the first letters) rejects those offsets at a fraction of the cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def finditer_at(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Yield the matches of `pattern` in `text`, left to right without overlap, as
    `pattern.finditer` does, trying it only at the offsets where `starts` matches.

    `starts` must match (zero-width, so at every such offset) wherever a match of `pattern`
    may begin, and `pattern` must never match the empty string: then the two agree, since
    `pattern.match(text, pos)` reads the text before `pos` for `\\b` and look-behinds
    just as a search does."""
    end = 0
    for start in starts.finditer(text):
        pos = start.start()
        if pos < end:
            continue  # inside the last match: finditer resumes after it
        m = pattern.match(text, pos)
        if m is not None:
            yield m
            end = m.end()

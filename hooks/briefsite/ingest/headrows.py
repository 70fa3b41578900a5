"""Head lines that hold more than one kind of metadata, or none but belong to the head.

Input: the rows of a brief's opening (titles.Row) or one line. Output: a line's parts when it
sets names, an institution, labels and dates apart (`Jane Doe and John Smith | May 23, 2024`),
and whether a line under the title is its standfirst. metadata.py reads the head with them.
"""

from __future__ import annotations

from briefsite.ingest.byline import byline_kind, from_line
from briefsite.ingest.headlines import Stated, is_label, is_url, split_segments, stated
from briefsite.ingest.titles import Row, same


def standfirst(rows: list[Row], k: int) -> bool:
    """Return whether row `k`, straight under the title, is its standfirst (`The EU must rethink
    its approach to a region in turmoil.`): one line, then more head lines (a label, a date, a
    byline), which no first paragraph has under it."""
    if len(rows[k].text) > 300 or k + 1 >= len(rows) or (k + 2 < len(rows) and not rows[k + 2].gap
                                                          and not is_head_line(rows[k + 2].text)):
        return False
    return is_head_line(rows[k + 1].text) or any(same(rows[k + 1].text, rows[i].text) for i in range(k))


def is_head_line(text: str) -> bool:
    return stated(text) is not None or is_label(text) or byline_kind(text) == "name" or from_line(text) is not None


def compound(text: str) -> list[tuple[str, str | None, Stated | None]] | None:
    """Return the parts of a head line that sets names, an institution, labels and dates apart
    with `|`, `·` or wide spaces, if every part is one of them and one is a name."""
    parts = split_segments(text)
    if len(parts) < 2:
        return None
    read: list[tuple[str, str | None, Stated | None]] = []
    for part in parts:
        what = stated(part)
        kind = "label" if what is None and (is_label(part) or is_url(part)) else None if what else byline_kind(part)
        if what is None and kind is None:
            return None
        read.append((part, kind, what))
    return read if any(kind == "name" for _, kind, _ in read) else None

"""A head set in columns: one block of byline per column, read column by column.

Input: the rows of a brief's head. Output: the same rows, with a block of two lines or more
whose lines all split, at runs of three spaces or more (or tabs), into the same number of
cells (`UNFPA    UNICEF` / `Executive Director    Executive Director` / `Dr. Babatunde
Osotimehin    Anthony Lake`) replaced by one row per cell, column after column, each
column's name first, then its job, then the rest: the order bylines are read in. The rows
keep their source line, so the line is marked used as a whole.
"""

from __future__ import annotations

import re

from briefsite.ingest.byline import byline_kind
from briefsite.ingest.titles import Row

__all__ = ["unfold_columns"]

_GUTTER = re.compile(r"\s{3,}|\t+")
_HEAD = 16  # rows: a byline in columns stands in the head
_ORDER = {"name": 0, "job": 1}


def _cells(row: Row) -> list[str]:
    cells = [c for c in _GUTTER.split(row.line.text.strip()) if c]
    return cells if len(cells) >= 2 and all(len(c.split()) <= 6 for c in cells) else []


def unfold_columns(rows: list[Row]) -> list[Row]:
    """Return `rows` with each head block set in columns read column by column."""
    out: list[Row] = []
    k = 0
    while k < len(rows):
        width = len(_cells(rows[k])) if k < _HEAD else 0
        end = k + 1
        while width and end < len(rows) and not rows[end].gap and len(_cells(rows[end])) == width:
            end += 1
        block = rows[k:end]
        if not width or len(block) < 2 or not any(byline_kind(c) == "name" for r in block for c in _cells(r)):
            out.append(rows[k])
            k += 1
            continue
        for column in range(width):
            cells = [(row, _cells(row)[column]) for row in block]
            cells.sort(key=lambda cell: _ORDER.get(byline_kind(cell[1]) or "", 2))  # stable: the rest keep their order
            out.extend(Row(row.line, " ".join(text.split()), block[0].gap and column == 0 and i == 0)
                       for i, (row, text) in enumerate(cells))
        k = end
    return out

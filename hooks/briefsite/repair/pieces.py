"""The blocks of a pasted brief while repair assembles them, and the tables and photographs among them.

Input: the blocks of body lines `repair` cut between blank lines. Output: each block as a
`Piece` (its text, lines, whether it is a heading), and the runs of blocks whose every line
holds cells set apart by tabs (a web page's table, pasted) as table blocks, out of the
running text, and a photograph's caption with its credit line (`Jane Doe, Getty Images`) as a
caption block: the site shows them among the brief's figures and tables, no word lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefsite.model import Block

__all__ = ["CELLS", "CREDIT", "Piece", "split_captions", "split_tables"]


@dataclass(slots=True)
class Piece:
    """A block of text or a heading while it is being assembled (mutable by design:
    it lives only inside one call of `repair`)."""

    text: str
    line: int
    heading: bool = False
    lines: list[int] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)  # its lines as table rows, when each held tab-separated cells


CELLS = re.compile(r"\S\t+\S")  # a table pasted from a web page: its cells set apart by tabs


def split_tables(pieces: list[Piece]) -> tuple[list[Piece], list[Block]]:
    """Return the pieces without the runs of two or more table-row blocks, and those runs as tables."""
    kept: list[Piece] = []
    tables: list[Block] = []
    run: list[Piece] = []
    for piece in [*pieces, Piece("", 0)]:
        if piece.cells and len(piece.cells) == len(piece.lines):
            run.append(piece)
            continue
        if len(run) >= 2:
            tables.append(Block("table", "\n".join(row for p in run for row in p.cells), run[0].line))
        else:
            kept.extend(run)
        run = []
        if piece.line:
            kept.append(piece)
    return kept, tables


# A photograph's credit: a name, then the agency or service it came through (`Jane Doe, Getty Images`).
_AGENCIES = (r"Getty\s+Images|AP(?:\s+Photo)?|Associated\s+Press|Reuters|AFP|EPA(?:-EFE)?|Shutterstock|Alamy|"
             r"iStock(?:photo)?|Xinhua|Anadolu(?:\s+Agency)?|NurPhoto|Sipa(?:\s+USA)?|Wikimedia\s+Commons|Pool")
CREDIT = re.compile(rf"^(?:(?:photo|image|picture)s?\s*(?:by|:)\s*)?(?:[A-Z][\w.'’-]*\s*){{1,4}}(?:[,/|]\s*|\s+for\s+)"
                    rf"(?:{_AGENCIES})(?:\s+via\s+.{{1,40}})?\.?$"
                    r"|^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?[A-Z][^.!?]{1,80}$", re.IGNORECASE)  # `© 2018 Jane Doe`
# A web page's topic tags pasted with its text: `KEYWORDS: REFUGEES, TRADE`, `Tags: Sahel`.
_TAGS = re.compile(r"^(?:key\s*words|tags|topics|filed\s+under|categories|subjects)\s*:\s*\S.{0,300}$", re.IGNORECASE)


def split_captions(pieces: list[Piece]) -> tuple[list[Piece], list[Block]]:
    """Return the pieces without photographs' credit lines and the one-line caption above
    each, and those as caption blocks (`People wait in a line ...` / `Jane Doe, Getty Images`),
    and without a page's topic-tag lines, as asides."""
    kept: list[Piece] = []
    captions: list[Block] = []
    for piece in pieces:
        if len(piece.lines) == 1 and _TAGS.match(piece.text):
            captions.append(Block("aside", piece.text, piece.line, label="Tags"))
            continue
        if len(piece.lines) == 1 and CREDIT.match(piece.text):
            above = kept.pop() if kept and len(kept[-1].lines) == 1 and len(kept[-1].text) <= 300 else None
            text = f"{above.text}\n{piece.text}" if above else piece.text
            captions.append(Block("caption", text, above.line if above else piece.line))
            continue
        kept.append(piece)
    return kept, captions

"""The parts of a brief page after its text: figures, tables and boxes, then notes.

Input: a `Brief` (its `asides` and `notes`, from a layout-aware reader). Output: the
template values for the end of `brief.md.j2`: each aside as an admonition titled by its
label (`Table 1`, `Figure 2`, `Box`, `Disclaimer`), its lines kept; each note with its
number and an anchor. All brief text is escaped here or by the template.
"""

from __future__ import annotations

from typing import Any

from briefsite.model import Block, Brief
from briefsite.site.markdown import Md, escape, escape_attr

_KINDS = {"table": "note", "caption": "info", "aside": "abstract"}


def note_anchor(number: int) -> str:
    """The anchor of a brief's `number`-th note (from 1)."""
    return f"note-{number}"


def extras(brief: Brief, back: dict[str, str] | None = None) -> dict[str, Any]:
    """Return `asides` and `notes` for the brief page template; `back` maps a note's label to
    the anchor of the paragraph that first cites it (its label then leads back there)."""
    back = back or {}
    return {"asides": [_aside(a) for a in brief.asides],
            "notes": [{"label": escape(n.label or str(i)), "text": escape(n.text), "anchor": Md(note_anchor(i)),
                       "back": Md(back[n.label]) if n.label in back else None}
                      for i, n in enumerate(brief.notes, start=1)]}


def _aside(block: Block) -> dict[str, Md]:
    title = block.label or {"table": "Table", "caption": "Figure"}.get(block.kind, "Box")
    lines = [escape(line) for line in block.text.split("\n") if line.strip()]
    # Indented into the admonition; two trailing spaces keep each line (a table row) a line.
    body = Md("  \n").join(Md("    ") + line for line in lines)
    return {"kind": Md(_KINDS[block.kind]), "title": Md(escape_attr(title)), "body": body}

"""What a brief's page must show, word for word: shared by the repair and nothing-lost tests."""

from __future__ import annotations

from briefsite.ingest.metadata import read_head
from briefsite.model import Brief, RawBrief
from briefsite.repair.briefs import DROP_RULES


def source_body(raw: RawBrief, brief: Brief) -> str:
    """The body as written, less the metadata lines and the recorded drops (page numbers,
    running headers, rules, stray letters), with recorded word repairs (OCR, link stubs)
    applied: every word the page must show, in order."""
    head = read_head(raw.lines, raw.meta, raw.source.endswith(".md"))
    dropped = {r.line for r in brief.repairs if r.rule in DROP_RULES}
    by_line = {line.number: line.text for line in raw.lines if line.number not in head.used | dropped}
    for r in brief.repairs:
        if r.rule == "ocr-confusion":
            by_line[r.line] = by_line[r.line].replace(r.before, r.after, 1)
    body = "\n".join(by_line.values())
    for r in brief.repairs:
        if r.rule == "link-stub":
            body = body.replace(r.before, r.after, 1)
    return body

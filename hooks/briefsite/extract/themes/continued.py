"""Themes a paragraph continues: a paragraph with no theme words of its own, set in a section
that is discussing a theme, carries that theme.

Input: repaired `Brief`s and the theme mentions their words signal. Output: one mention per
(paragraph, theme) continued, with an empty span at 0 and no surface: it places the paragraph
on the theme's page and counts, and marks no words, picks no key statement, gives no
conclusion or event a theme (those need words: `Mention.placed`).

The rule, the whole of it: a paragraph of three words or more that signals no theme takes the
themes shared by the nearest paragraph before it and the nearest after it that signal one, in
the same section (the part under one heading, or before the first); at a section's edge, where
one of the two is missing, the themes of the other. Short statements ("This is unjustified and
unacceptable.", "We are prepared for this scenario.") between paragraphs on gas supplies are on
gas supplies; a paragraph between two on different themes gets none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefsite.model import Brief, Mention, Paragraph, Span

_FEWEST_WORDS = 3


def continued(briefs: Sequence[Brief], mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """Return the mentions of the themes that theme-less paragraphs continue (see the module)."""
    themes: dict[tuple[str, int], set[str]] = {}
    for m in mentions:
        themes.setdefault((m.brief, m.paragraph), set()).add(m.target)
    out: list[Mention] = []
    for brief in briefs:
        paragraphs = brief.paragraphs
        for i, p in enumerate(paragraphs):
            if (brief.id, p.number) in themes or len(p.text.split()) < _FEWEST_WORDS:
                continue
            before = _nearest(brief.id, p, reversed(paragraphs[:i]), themes)
            after = _nearest(brief.id, p, paragraphs[i + 1:], themes)
            shared = before & after if before is not None and after is not None else before or after or set()
            out += [Mention(t, brief.id, p.number, Span(0, 0), "") for t in sorted(shared)]
    return tuple(out)


def _nearest(brief: str, p: Paragraph, others: Iterable[Paragraph],
             themes: dict[tuple[str, int], set[str]]) -> set[str] | None:
    for q in others:
        if q.section != p.section:
            return None
        if (brief, q.number) in themes:
            return themes[(brief, q.number)]
    return None

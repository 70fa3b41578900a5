"""Themes a paragraph continues: no theme words of its own, in a section discussing a theme."""

from __future__ import annotations

from briefsite.extract.themes.continued import continued
from briefsite.extract.themes.discover import themes_and_mentions
from briefsite.extract.conclusions.extract import extract_conclusions
from briefsite.model import Brief, BriefId, Meta, Paragraph, Theme, ThemeId

TAXONOMY = (Theme(ThemeId("energy"), "Energy", phrases=("gas supply",)),
            Theme(ThemeId("health"), "Health", phrases=("hospital",)))


def _brief(*paragraphs: tuple[str, str | None]) -> Brief:
    return Brief(BriefId("b"), "b.txt", Meta(),
                 tuple(Paragraph(i, t, s, i) for i, (t, s) in enumerate(paragraphs, 1)))


def _themes(brief: Brief) -> dict[int, set[str]]:
    _, mentions = themes_and_mentions([brief], TAXONOMY)
    out: dict[int, set[str]] = {}
    for m in mentions:
        out.setdefault(m.paragraph, set()).add(m.target)
    return out


def test_a_paragraph_between_two_on_a_theme_continues_it() -> None:
    brief = _brief(("Russia cut the gas supply to Europe.", None), ("This is unjustified and unacceptable.", None),
                   ("We secure the gas supply with partners.", None))
    assert _themes(brief) == {1: {"energy"}, 2: {"energy"}, 3: {"energy"}}


def test_between_two_themes_a_paragraph_gets_none_and_a_section_edge_takes_the_one_neighbour() -> None:
    brief = _brief(("Russia cut the gas supply to Europe.", None), ("This is unjustified and unacceptable.", None),
                   ("The hospital is full.", None), ("We will act on it soon enough.", None),
                   ("Another section opens here, with no theme.", "Next"))
    assert _themes(brief) == {1: {"energy"}, 3: {"health"}, 4: {"health"}}


def test_a_continued_theme_marks_no_words_and_gives_no_conclusion_a_theme() -> None:
    brief = _brief(("Russia cut the gas supply to Europe.", None), ("This is clearly unjustified.", None))
    _, mentions = themes_and_mentions([brief], TAXONOMY)
    extra = continued([brief], [m for m in mentions if m.placed])
    assert [(m.paragraph, m.target, m.placed, m.surface) for m in extra] == [(2, "energy", False, "")]
    conclusions = extract_conclusions([brief], theme_mentions=mentions)
    assert [c.themes for c in conclusions if c.sentence.paragraph == 2] == [()]

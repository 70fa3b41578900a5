"""Themes discovered in the briefs: recurring key phrases the taxonomy lacks become themes."""

from __future__ import annotations

from briefsite.extract.themes.discover import discover_themes, themes_and_mentions
from briefsite.model import Brief, BriefId, Meta, Paragraph, Theme, ThemeId

TAXONOMY = (Theme(ThemeId("health"), "Health", phrases=("hospital",)),)


def _brief(bid: str, *texts: str) -> Brief:
    return Brief(BriefId(bid), f"{bid}.txt", Meta(), tuple(Paragraph(i, t, None, i) for i, t in enumerate(texts, 1)))


ONE = _brief(
    "one",
    "Pandemic preparedness failed before; states must work together.",
    "Funding for pandemic preparedness fell, and seabed mining grew.",
    "The Pandemic Preparedness Office opened.",  # a name: no occurrence
    "Hospitals plan their pandemic preparedness with seabed mining money.",
)
TWO = _brief(
    "two",
    "Better pandemic preparedness needs money; we must work together.",
    "Pandemic preparedness is a test, and seabed mining is another.",
    "Nations work together. They work together often.",
)


def test_a_recurring_term_of_several_briefs_becomes_a_theme() -> None:
    found = discover_themes([ONE, TWO], TAXONOMY)
    assert [(t.id, t.name, t.phrases, t.parent) for t in found] == [
        ("topic-pandemic-preparedness", "Pandemic preparedness", ("pandemic preparedness",), None),
    ]
    assert "recurs in 5 paragraphs of 2 briefs" in found[0].description


def test_common_english_one_brief_phrases_and_names_are_no_themes() -> None:
    # 'work together' recurs in both briefs but is common English; 'seabed mining' recurs
    # in four paragraphs but of one brief only in the second list; names never count.
    assert discover_themes([ONE], TAXONOMY) == ()  # 'pandemic preparedness': 3 paragraphs only
    ids = {t.id for t in discover_themes([ONE, TWO], TAXONOMY)}
    assert "topic-work-together" not in ids and "topic-seabed-mining" not in ids


def test_a_phrase_the_taxonomy_signals_is_not_discovered() -> None:
    taxonomy = (*TAXONOMY, Theme(ThemeId("prep"), "Preparedness", phrases=("preparedness",)))
    assert discover_themes([ONE, TWO], taxonomy) == ()


def test_discovered_themes_come_with_their_mentions_and_do_not_depend_on_order() -> None:
    themes, mentions = themes_and_mentions([ONE, TWO], TAXONOMY)
    assert [t.id for t in themes] == ["health", "topic-pandemic-preparedness"]
    where = sorted((m.brief, m.paragraph) for m in mentions if m.target == "topic-pandemic-preparedness" and m.placed)
    assert where == [("one", 1), ("one", 2), ("one", 4), ("two", 1), ("two", 2)]
    assert themes_and_mentions([TWO, ONE], TAXONOMY) == (themes, mentions)

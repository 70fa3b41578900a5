"""Theme matching: one table per rule (inflection, spelling, variants, false positives)."""

from __future__ import annotations

import pytest

from briefsite.model import Brief, BriefId, Meta, Mention, Paragraph, Span, Theme, ThemeId
from briefsite.extract.themes.find import compile_themes, find_themes, phrase_forms
from briefsite.text.fold import fold


def _theme(*phrases: str, exclude: tuple[str, ...] = ()) -> Theme:
    return Theme(ThemeId("t"), "T", phrases=phrases, exclude=exclude)


def _surfaces(phrase: str, text: str, exclude: tuple[str, ...] = ()) -> list[str]:
    matcher = compile_themes([_theme(phrase, exclude=exclude)])
    return [text[s.start : s.end] for s, _ in matcher.find(text)]


INFLECTIONS = [
    ("sanction", "new sanctions", "sanctions"),
    ("sanction", "they were sanctioned", "sanctioned"),
    ("sanctions", "a sanction on oil", "sanction"),
    ("missile test", "two missile tests", "missile tests"),
    ("missile test", "resumed missile testing", "missile testing"),
    ("ease sanctions", "by easing sanctions", "easing sanctions"),
    ("ease sanctions", "it eased sanctions", "eased sanctions"),
    ("easing of sanctions", "an easing of sanctions", "easing of sanctions"),
    ("ease the sanctions", "to ease the sanctions", "ease the sanctions"),
    ("sanctions relief", "sanction relief", "sanction relief"),
    ("country", "poor countries", "countries"),
    ("ban", "it banned exports", "banned"),
    ("ban", "banning exports", "banning"),
    ("launch missile", "it launched missiles", "launched missiles"),
    ("smuggling", "goods smuggled in", "smuggled"),
    ("ICBM", "two ICBMs", "ICBMs"),
    ("presidential election in South Korea", "presidential elections in South Korea",
     "presidential elections in South Korea"),
]
SPELLINGS = [
    ("denuclearisation", "denuclearization", "denuclearization"),
    ("denuclearization", "complete denuclearisation", "denuclearisation"),
    ("normalise relations", "normalized relations", "normalized relations"),
    ("defence cooperation", "defense cooperation", "defense cooperation"),
    ("defense", "defences", "defences"),
    ("programme", "missile programs", "programs"),
    ("dialogue", "a dialog", "dialog"),
    ("labour", "forced labor", "labor"),
]
VARIANTS = [
    ("end-of-war declaration", "an end of war declaration", "end of war declaration"),
    ("end of war declaration", "an end-of-war declaration", "end-of-war declaration"),
    ("end-of-war declaration", "the end-of-war\ndeclaration", "end-of-war\ndeclaration"),
    ("end-of-war declaration", "the end\u2011of\u2011war declaration", "end\u2011of\u2011war declaration"),
    ("inter-Korean", "inter Korean talks", "inter Korean"),
    ("inter-Korean", "inter\u2013Korean talks", "inter\u2013Korean"),
    ("US-North Korea", "U.S.-North Korea talks", "U.S.-North Korea"),
    ("US-DPRK", "US\u2013DPRK talks", "US\u2013DPRK"),
    ("US-DPRK", "U.S. \u2014 DPRK talks", "U.S. \u2014 DPRK"),
    ("COVID-19", "the Covid-19 crisis", "Covid-19"),
    ("COVID-19", "the COVID 19 crisis", "COVID 19"),
    ("COVID-19", "COVID\u201319-related", "COVID\u201319"),
    ("Covid", "the COVID crisis", "COVID"),
    ("SARS-CoV-2", "SARS-CoV-2 infection", "SARS-CoV-2"),
    ("China's role", "China\u2019s role", "China\u2019s role"),
    ("China's role", "CHINA'S ROLE", "CHINA'S ROLE"),
    ("sanction", "san\u00adctions", "san\u00adctions"),
    ("liaison office", "liaison\u00a0 office", "liaison\u00a0 office"),
    ("certification", "certi\ufb01cation", "certi\ufb01cation"),
    ("Elysee", "the \u00c9lys\u00e9e", "\u00c9lys\u00e9e"),
    ("track 1.5", "Track 1.5 talks", "Track 1.5"),
]
NO_MATCH = [
    ("aid", "he said so"),
    ("aid", "a presidential aide"),
    ("joint drill", "oil drilling"),
    ("missile test", "a test of resolve"),
    ("nuclear test", "tested nuclear policy"),
    ("=talks", "talking points"),
    ("China's role", "Chinas role"),
    ("hypersonic", "supersonic"),
    ("US", "the use of force"),
    ("COVID-19", "COVID-20"),
    ("easing", "EAS summit"),
]


@pytest.mark.parametrize(("phrase", "text", "surface"), INFLECTIONS + SPELLINGS + VARIANTS)
def test_phrase_matches_its_forms_and_variants(phrase: str, text: str, surface: str) -> None:
    assert _surfaces(phrase, text) == [surface]


@pytest.mark.parametrize(("phrase", "text"), NO_MATCH)
def test_no_match_across_words_or_on_vague_words(phrase: str, text: str) -> None:
    assert _surfaces(phrase, text) == []


def test_exclude_vetoes_only_overlapping_matches() -> None:
    text = "a trade-off between trade and security"
    assert _surfaces("trade", text, exclude=("trade-off",)) == ["trade"]
    assert _surfaces("trade", text) == ["trade", "trade"]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("U.S.\u2013China", "us china"),
        ("A\r\n\r\n  b", "a b"),
        ("\u0130stanbul", "istanbul"),  # lower() would make two characters of one
        ("\ufb01ne", "fine"),
        ("it\u2019s", "it's"),
        ("co\u00adop", "coop"),
        ("insur-\ngencies", "insurgencies"),  # a word broken at a line end
        ("mili-  \r\n  tary", "military"),
        ("Korea-\nUS talks", "korea us talks"),  # a capital after the break: a real hyphen
        ("well- known", "well known"),  # no line end: a dash
    ],
)
def test_fold_keeps_an_offset_for_every_character(text: str, folded: str) -> None:
    result = fold(text)
    key, origin = result.low, result.origin
    assert key == folded
    assert len(origin) == len(key)
    assert list(origin) == sorted(origin) and all(0 <= i < len(text) for i in origin)


def test_spans_point_into_the_original_text_after_length_changes() -> None:
    text = "\u0130\u0130\u0130 \ufb01\ufb01 U.S.\u2013DPRK talks and sanctions"
    matcher = compile_themes([_theme("US-DPRK", "sanction")])
    assert [text[s.start : s.end] for s, _ in matcher.find(text)] == ["U.S.\u2013DPRK", "sanctions"]


def test_inflections_are_generated_at_load_time() -> None:
    assert {"missile test", "missile tests", "missile testing", "missiles tested"} <= phrase_forms("missile test")
    assert phrase_forms("=talks") == {"talks"}


def _brief(bid: str, *texts: str) -> Brief:
    paragraphs = tuple(Paragraph(i, t, None, i) for i, t in enumerate(texts, 1))
    return Brief(BriefId(bid), f"{bid}.txt", Meta(), paragraphs)


TAXONOMY = (
    Theme(ThemeId("sanctions"), "Sanctions", phrases=("sanction",)),
    Theme(ThemeId("sanctions-relief"), "Relief", parent=ThemeId("sanctions"), phrases=("sanctions relief",)),
    Theme(ThemeId("covid"), "COVID", phrases=("pandemic",)),
)


def test_child_mention_implies_parent_with_same_span_and_longest_wins() -> None:
    mentions = find_themes([_brief("b", "It seeks sanctions relief.", "New sanctions came.")], TAXONOMY)
    assert [(m.target, m.paragraph, m.span, m.surface) for m in mentions] == [
        ("sanctions", 1, Span(9, 25), "sanctions relief"),
        ("sanctions-relief", 1, Span(9, 25), "sanctions relief"),
        ("sanctions", 2, Span(4, 13), "sanctions"),
    ]


def test_broader_theme_with_the_paragraphs_of_one_narrower_gets_no_mentions() -> None:
    # Its page would repeat the narrower theme's: the narrower one alone is shown.
    mentions = find_themes([_brief("b", "It seeks sanctions relief.")], TAXONOMY)
    assert [(m.target, m.span, m.surface) for m in mentions] == [
        ("sanctions-relief", Span(9, 25), "sanctions relief"),
    ]


def test_mentions_are_sorted_by_brief_paragraph_span_target() -> None:
    briefs = [_brief("z", "pandemic"), _brief("a", "sanctions, pandemic", "sanctions relief")]
    mentions = find_themes(briefs, tuple(reversed(TAXONOMY)))
    assert [(m.brief, m.paragraph, m.span.start, m.target) for m in mentions] == [
        ("a", 1, 0, "sanctions"), ("a", 1, 11, "covid"),
        ("a", 2, 0, "sanctions"), ("a", 2, 0, "sanctions-relief"),
        ("z", 1, 0, "covid"),
    ]
    assert mentions == find_themes(list(reversed(briefs)), TAXONOMY)


def test_empty_taxonomy_and_empty_paragraphs_find_nothing() -> None:
    assert find_themes([_brief("b", "sanctions")], ()) == ()
    assert find_themes([_brief("b", "")], TAXONOMY) == ()


def test_parent_cycle_in_themes_given_directly_is_not_followed() -> None:
    a = Theme(ThemeId("a"), "A", parent=ThemeId("b"), phrases=("alpha",))
    b = Theme(ThemeId("b"), "B", parent=ThemeId("a"), phrases=("beta",))
    assert [m.target for m in find_themes([_brief("x", "alpha")], (a, b))] == ["a", "b"]


def test_mention_is_the_model_type() -> None:
    (m,) = find_themes([_brief("b", "pandemic")], TAXONOMY)
    assert m == Mention("covid", BriefId("b"), 1, Span(0, 8), "pandemic")

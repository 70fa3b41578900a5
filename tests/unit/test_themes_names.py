"""Theme phrases inside names: a word of a theme in a law's, a body's or a ship's name is no signal."""

from __future__ import annotations

import pytest

from briefsite.extract.themes.find import compile_themes, find_themes
from briefsite.extract.themes.names import name_spans
from briefsite.model import Brief, BriefId, Meta, Mention, Paragraph, Span, Theme, ThemeId

THEMES = (
    Theme(ThemeId("security"), "Homeland security", phrases=("homeland security",)),
    Theme(ThemeId("inflation"), "Inflation", phrases=("inflation",)),
    Theme(ThemeId("peace"), "Peace", phrases=("peace",)),
    Theme(ThemeId("food"), "Food aid", phrases=("food aid", "World Food Programme")),
    Theme(ThemeId("labour"), "Labour", phrases=("worker",)),
    Theme(ThemeId("cyber"), "Cyber", phrases=("IT workers",)),
    Theme(ThemeId("trade"), "Trade policy", phrases=("trade negotiation", "trade agreement")),
)


def _found(text: str, names: tuple[tuple[int, int], ...] = ()) -> list[tuple[str, str]]:
    return [(t, text[s.start : s.end]) for s, t in compile_themes(THEMES).find(text, names)]


CASES = [
    # (text, what is found): a capitalised multiword name longer than the phrase holds it
    ("The Department of Homeland Security said so.", []),
    ("Homeland security is a priority.", [("security", "Homeland security")]),
    ("The Inflation Reduction Act passed.", []),
    ("Inflation rose again.", [("inflation", "Inflation")]),
    ("The ship Ocean Peace Star docked.", []),
    ("Peace talks resumed; peace is near.", [("peace", "Peace"), ("peace", "peace")]),
    # a phrase the taxonomy writes with capitals is a name itself, and is kept
    ("The World Food Programme sent food aid.", [("food", "World Food Programme"), ("food", "food aid")]),
    # the longer phrase of another theme says what the words mean
    ("IT workers raise money for the regime.", [("cyber", "IT workers")]),
    ("Farm workers went on strike.", [("labour", "workers")]),
    # a name that ends on the phrase, no joining word before it, is an instance of it
    ("The Multilateral Trade Negotiations stalled.", [("trade", "Trade Negotiations")]),
    ("The Korea Free Trade Agreement entered into force.", [("trade", "Trade Agreement")]),
    ("The Office of Trade Agreement Compliance met.", []),
    ("The Ministry of Trade Negotiations met.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_phrase_inside_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_actor_names_from_the_actor_stage_veto_too() -> None:
    text = "the inflation hawks of the central bank"
    assert _found(text, ((4, 20),)) == []  # an actor the actor stage read as 'inflation hawks'
    assert _found(text) == [("inflation", "inflation")]


def test_find_themes_takes_the_actor_mentions() -> None:
    brief = Brief(BriefId("b"), "b.txt", Meta(), (Paragraph(1, "the inflation hawks met", None, 1),))
    actor = Mention("hawks", BriefId("b"), 1, Span(4, 19), "inflation hawks")
    assert find_themes([brief], THEMES, names=(actor,)) == ()
    assert [m.target for m in find_themes([brief], THEMES)] == ["inflation"]


NAMES = [
    ("The Bureau of Industry and Security acts.", ["Bureau of Industry and Security"]),
    ("Sanctions Relief was asked. Then Moon Jae-in left.", ["Sanctions Relief", "Then Moon Jae-in"]),
    ("In March, Kim Jong Un spoke.", ["Kim Jong Un"]),
    ("Russia and China, however, agree.", ["Russia and China"]),  # one run: no theme phrase hides in it
    ("the U.S. Coast Guard cutter", ["U.S. Coast Guard"]),
    ("one word Name only", []),
]


@pytest.mark.parametrize(("text", "names"), NAMES)
def test_name_spans(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in name_spans(text)] == names

"""The one phrase index: its word-boundary rule and its longest-leftmost rule."""

from __future__ import annotations

import pytest

from briefsite.text.fold import fold, fold_key
from briefsite.text.phrases import PhraseIndex, longest_leftmost


def finds(phrases: list[str], text: str) -> list[str]:
    """Return the source text of every find, after the overlap rule, in text order."""
    index = PhraseIndex((fold_key(p), p) for p in phrases)
    folded = fold(text)
    chosen = longest_leftmost(index.find(folded), lambda h: (h.start, h.end))
    return [text[slice(*folded.span(h.start, h.end))] for h in chosen]


@pytest.mark.parametrize(
    ("phrases", "text", "expected"),
    [
        (["aid"], "He said aid was late.", ["aid"]),  # never inside a word
        (["us"], "USB sticks and the U.S.", ["U.S."]),
        (["korea"], "Korea's and Korea2", ["Korea"]),  # a digit glued on is no boundary
        (["korea"], "(Korea)", ["Korea"]),
        (["kim jong un"], "Kim Jong-un, Kim  Jong\u2013Un", ["Kim Jong-un", "Kim  Jong\u2013Un"]),
        (["bogota"], "in Bogotá.", ["Bogotá"]),
        (["김정은"], "북한의김정은위원장", ["김정은"]),  # Hangul: no word spaces, no boundary
        (["north korea", "korea"], "North Korea", ["North Korea"]),  # longest wins
        (["north korea", "south"], "South North Korea", ["South", "North Korea"]),
        # partial overlap: the longer find wins even when it starts later
        (["opening channels", "channels of inter-korean communication"],
         "opening channels of inter-Korean communication", ["channels of inter-Korean communication"]),
        # same length: the leftmost wins
        (["a b", "b c"], "a b c", ["a b"]),
        ([], "anything", []),
    ],
)
def test_boundary_and_longest_leftmost(phrases: list[str], text: str, expected: list[str]) -> None:
    assert finds(phrases, text) == expected


def test_values_filed_under_one_key_come_together() -> None:
    index = PhraseIndex([("moon", "moon-jae-in"), ("moon", "ban-ki-moon"), ("moon", "moon-jae-in")])
    (hit,) = index.find(fold("President Moon said"))
    assert hit.values == ("moon-jae-in", "ban-ki-moon") and len(index) == 1


def test_rank_breaks_a_tie_of_length_and_place() -> None:
    spans = [(0, 4, "capital"), (0, 4, "alias")]
    ranks = {"alias": 0, "capital": 1}
    chosen = longest_leftmost(spans, lambda s: (s[0], s[1]), lambda s: ranks[s[2]])
    assert chosen == ((0, 4, "alias"),)

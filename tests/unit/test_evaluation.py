"""scripts/eval's scorer: gold found in the site's paragraphs by text, and figures that move
when the site loses text, tags or metadata."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from evaluation.align import assign
from evaluation.gold import AnnotatedSet, GoldBrief, GoldMeta, GoldSentence, Tagged
from evaluation.score import score_set

A = "North Korea tested a missile on Monday. Seoul protested."
B = "The talks with Washington stalled. China said nothing."
C = "The EU should keep its sanctions in place."


@pytest.mark.parametrize(
    "units, paragraphs, expected",
    [
        ([A, B, C], [A, B, C], [0, 1, 2]),
        ([A, B, C], [A + " " + B, C], [0, 0, 1]),  # the site joined two paragraphs
        ([A + " " + B, C], [A, B, C], [0, 2]),  # the site split one: it goes where most words are
        ([A, B, C], [A, C], [0, None, 1]),  # the site lost one
        # case, quotes and a line-end hyphen do not hide a paragraph: the other words carry it
        (["North Ko-\nrea tested a “missile” on MONDAY. Seoul protested."], [A], [0]),
        ([A], ["Something else entirely, with no words in common."], [None]),
    ],
)
def test_gold_finds_its_paragraph(units: list[str], paragraphs: list[str], expected: list[int | None]) -> None:
    assert assign(units, paragraphs) == expected


def doc(paragraphs: list[str], actors: dict[str, list[int]], title: str = "Title",
        conclusions: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    return {
        "briefs": [{"id": "b", "source": "b.txt", "title": title, "authors": ["Ann Lee"], "institution": None,
                    "date": None, "paragraphs": [{"id": i + 1, "text": t} for i, t in enumerate(paragraphs)]}],
        "actors": [{"id": a, "name": a, "aliases": [], "mentions": [{"brief": "b", "paragraph": n} for n in ps]}
                   for a, ps in actors.items()],
        "themes": [], "conclusions": list(conclusions),
    }


@pytest.fixture
def annotated(tmp_path: Path) -> AnnotatedSet:
    (tmp_path / "b.txt").write_text(f"Title\n\nAnn Lee\n\n{A}\n\n{B}\n\n12\n\n{C}\n", encoding="utf-8")
    gold = GoldBrief(
        "b.txt", tmp_path / "b.yml", GoldMeta("Title", ("Ann Lee",), None, None),
        actors=(Tagged(A, frozenset({"north-korea", "south-korea"})), Tagged(B, frozenset({"united-states", "china"})),
                Tagged(C, frozenset({"european-union"}))),
        themes=None,
        conclusions=(GoldSentence("North Korea tested a missile on Monday.", "none"),
                     GoldSentence("Seoul protested.", "none"), GoldSentence("The talks with Washington stalled.", "none"),
                     GoldSentence("China said nothing.", "none"),
                     GoldSentence(C, "recommendation", "european-union")),
    )
    return AnnotatedSet("t", tmp_path, (gold,))


PERFECT = {"north-korea": [1], "south-korea": [1], "united-states": [2], "china": [2], "european-union": [3]}
ADVICE = {"kind": "recommendation", "text": C, "paragraph": 3, "attributed_to": None, "addressee": "european-union",
          "brief": "b"}


def test_a_faithful_site_scores_full_marks(annotated: AnnotatedSet) -> None:
    [s] = score_set(doc([A, B, C], PERFECT, conclusions=(ADVICE,)), annotated, {})
    assert (s.meta_right, s.kept, s.added) == (4, 1.0, 0.0)  # the page number is debris, not text
    assert s.actors is not None and (s.actors.precision, s.actors.recall) == (1.0, 1.0)
    assert s.kinds is not None and s.kinds["recommendation"].recall == 1.0 and s.addressee_right == 1


def test_losses_show_in_the_figures(annotated: AnnotatedSet) -> None:
    lost = {k: v for k, v in PERFECT.items() if k != "china"} | {"russia": [1]}
    [s] = score_set(doc([A, C], lost, title="Wrong"), annotated, {})
    assert s.meta_right == 3 and s.kept < 0.7
    assert s.actors is not None and s.actors.precision < 1 and s.actors.recall < 0.7
    assert s.kinds is not None and s.kinds["recommendation"].recall == 0.0

"""Recognition quality on the annotated briefs: micro precision and recall of paragraph tags >= 0.95."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.actor_eval import Score, evaluate, load_all
from briefsite.extract.actors.registry import load_registry

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "annotated" / "actors"
FLOOR = 0.95


@pytest.fixture(scope="module")
def score() -> Score:
    registry, problems = load_registry(ROOT / "registry" / "actors.yml")
    assert not problems
    return evaluate(load_all(GOLD, ROOT), registry)


def test_annotated_set_is_substantial() -> None:
    golds = load_all(GOLD, ROOT)
    assert len(golds) >= 8
    assert sum(len(ids) for g in golds for ids in g.gold.values()) >= 150


def test_precision(score: Score) -> None:
    assert score.precision >= FLOOR, "\n".join(score.misses)


def test_recall(score: Score) -> None:
    assert score.recall >= FLOOR, "\n".join(score.misses)


def test_the_measure_can_fail() -> None:
    # Without the Koreas and the US in the registry, recall must drop below the floor.
    registry, _ = load_registry(ROOT / "registry" / "actors.yml")
    weaker = tuple(a for a in registry if a.id not in {"north-korea", "south-korea", "united-states"})
    assert evaluate(load_all(GOLD, ROOT), weaker).recall < FLOOR

"""Quality of the conclusions stage, measured on the annotated set (tests/annotated/conclusions).

Thresholds: forecast and recommendation recall >= 0.9 and precision >= 0.8 on the briefs
written for the set (dev and held-out). `scripts/eval-conclusions` prints the full tables.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from briefsite.extract.conclusions.rules import Verdict
from briefsite.model import Actor

GOLD_PATH = Path(__file__).parents[1] / "annotated" / "conclusions" / "gold.py"


def _gold() -> ModuleType:
    spec = importlib.util.spec_from_file_location("conclusions_gold", GOLD_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["conclusions_gold"] = module
    spec.loader.exec_module(module)
    return module


gold = _gold()


@pytest.fixture(scope="module")
def actors() -> tuple[Actor, ...]:
    return gold.load_actors()


@pytest.mark.parametrize("kind", ["forecast", "recommendation"])
def test_written_set_quality(kind: str, actors: tuple[Actor, ...]) -> None:
    scores = gold.score(gold.load_set("written"), actors)
    assert not scores.unmatched, scores.unmatched
    assert scores.recall(kind) >= 0.9, [e for e in scores.errors if e[1] == kind]
    assert scores.precision(kind) >= 0.8, [e for e in scores.errors if e[2] == kind]


def test_written_set_is_large_enough() -> None:
    briefs = gold.load_set("written")
    labels = [g.label for b in briefs for g in b.gold.values()]
    assert len(briefs) >= 6
    assert labels.count("forecast") >= 30 and labels.count("recommendation") >= 30


def test_real_briefs_do_not_regress(actors: tuple[Actor, ...]) -> None:
    scores = gold.score(gold.load_set("real"), actors)
    assert not scores.unmatched, scores.unmatched
    for kind in ("forecast", "recommendation", "attributed"):
        assert scores.recall(kind) >= 0.9 and scores.precision(kind) >= 0.8, kind


def test_the_measure_can_fail(monkeypatch: pytest.MonkeyPatch, actors: tuple[Actor, ...]) -> None:
    # A stage that reads every modal as a forecast must fall below the threshold.
    import briefsite.extract.conclusions.extract as stage

    def naive(text: str, *, weighted: bool = False, recommending_section: bool = False) -> Verdict:
        modal = any(w in text.split() for w in ("will", "may", "should", "could", "must"))
        return Verdict("forecast" if modal else None)

    monkeypatch.setattr(stage, "judge", naive)
    scores = gold.score(gold.load_set("written"), actors)
    assert scores.recall("recommendation") < 0.9 or scores.precision("forecast") < 0.8

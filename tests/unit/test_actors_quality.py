"""Actor recognition measured on what the site shows: micro precision and recall of
(paragraph, actor) pairs, scored by scripts/eval's package: >= 0.95 over the sets the rules were
written against; on `blind-2` (real briefs of new publishers, annotated blind), no lower than its
first run, until issue 11 lifts it to the target."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from evaluation.cli import evaluate
from evaluation.gold import load_sets
from evaluation.report import pooled as pool
from evaluation.score import BriefScore, Counts

ROOT = Path(__file__).resolve().parents[2]
FLOOR = 0.95
FLOORED = ("blind", "heldout", "dev", "bundled")
# blind-2's first run (2026-12-02, before any rule saw it): precision 0.73, recall 0.47; after
# the general rules of issue 11 (names' structure, context), 0.87/0.78: floors a little under.
BLIND_2 = (0.85, 0.75)


def pooled(results: dict[str, list[BriefScore]]) -> Counts:
    total = pool([s.actors for scores in results.values() for s in scores])
    assert total is not None
    return total


def misses(results: dict[str, list[BriefScore]]) -> str:
    return "\n".join(f"{s.brief}: {m}" for v in results.values() for s in v for m in s.misses if m.startswith("actors"))


@pytest.fixture(scope="module")
def results() -> dict[str, list[BriefScore]]:
    return evaluate(FLOORED)


def test_annotated_set_is_substantial() -> None:
    golds = [g for s in load_sets(only=FLOORED) for g in s.golds if g.actors is not None]
    assert len(golds) >= 8
    assert sum(len(t.ids) for g in golds for t in g.actors or ()) >= 150


def test_precision(results: dict[str, list[BriefScore]]) -> None:
    assert pooled(results).precision >= FLOOR, misses(results)


def test_recall(results: dict[str, list[BriefScore]]) -> None:
    assert pooled(results).recall >= FLOOR, misses(results)


def test_the_measure_can_fail(tmp_path: Path) -> None:
    # Without the Koreas and the US in the registry, recall must drop below the floor.
    data = yaml.safe_load((ROOT / "registry" / "actors.yml").read_text(encoding="utf-8"))
    gone = {"north-korea", "south-korea", "united-states"}
    data["actors"] = [a for a in data["actors"] if a["id"] not in gone]
    for a in data["actors"]:
        if a.get("affiliation") in gone:
            del a["affiliation"]
    weaker = tmp_path / "actors.yml"
    weaker.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert pooled(evaluate(FLOORED, actors=weaker)).recall < FLOOR


def test_blind_2_does_not_fall_below_its_first_run() -> None:
    results = evaluate(("blind-2",))
    total = pooled(results)
    assert total.precision >= BLIND_2[0] and total.recall >= BLIND_2[1], misses(results)

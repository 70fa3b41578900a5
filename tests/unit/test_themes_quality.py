"""Theme quality measured on what the site shows: micro precision and recall of (paragraph,
theme) pairs, parents closed, over every annotated set, by scripts/eval's package, >= 0.85."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from evaluation.cli import evaluate
from evaluation.gold import GoldError
from evaluation.report import pooled as pool
from evaluation.score import BriefScore, Counts

ROOT = Path(__file__).resolve().parents[2]
MINIMUM = 0.85


def pooled(results: dict[str, list[BriefScore]]) -> Counts:
    total = pool([s.themes for scores in results.values() for s in scores])
    assert total is not None
    return total


def taxonomy(tmp_path: Path, change: Any) -> Path:
    data = yaml.safe_load((ROOT / "registry" / "themes.yml").read_text(encoding="utf-8"))
    for theme in data["themes"]:
        change(theme)
    path = tmp_path / "themes.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_registry_reaches_precision_and_recall() -> None:
    score = pooled(evaluate())
    assert score.tp + score.fn >= 150, "the annotated set shrank"
    assert score.recall >= MINIMUM, f"recall {score.recall:.3f}; run scripts/eval -v"
    assert score.precision >= MINIMUM, f"precision {score.precision:.3f}; run scripts/eval -v"


def test_a_taxonomy_with_few_phrases_fails_on_recall(tmp_path: Path) -> None:
    def sparse(theme: dict[str, Any]) -> None:
        theme["phrases"] = theme["phrases"][:1]

    assert pooled(evaluate(themes=taxonomy(tmp_path, sparse))).recall < MINIMUM


def test_a_taxonomy_of_vague_words_fails_on_precision(tmp_path: Path) -> None:
    def vague(theme: dict[str, Any]) -> None:
        theme["phrases"] = [*theme["phrases"], "the"]

    assert pooled(evaluate(themes=taxonomy(tmp_path, vague))).precision < MINIMUM


def test_gold_names_only_known_themes(tmp_path: Path) -> None:
    def renamed(theme: dict[str, Any]) -> None:
        theme["id"] += "-x"
        theme.pop("parent", None)

    with pytest.raises(GoldError):
        evaluate(themes=taxonomy(tmp_path, renamed))

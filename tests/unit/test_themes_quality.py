"""Theme quality on the annotated set (tests/annotated/themes): precision and recall >= 0.85.

The scorer is scripts/eval-themes, imported as a module, so the test and the script agree.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import ModuleType

import pytest

from briefsite.model import ThemeId
from briefsite.extract.themes.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[2]
MINIMUM = 0.85


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    loader = SourceFileLoader("eval_themes", str(ROOT / "scripts" / "eval-themes"))
    spec = importlib.util.spec_from_loader("eval_themes", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_themes"] = module  # dataclasses look their module up while being built
    loader.exec_module(module)
    return module


def test_registry_reaches_precision_and_recall(scorer: ModuleType) -> None:
    themes, _ = load_taxonomy(ROOT / "registry" / "themes.yml")
    score = scorer.evaluate(themes)
    assert score.tp + score.fn >= 150, "the annotated set shrank"
    assert score.recall >= MINIMUM, f"recall {score.recall:.3f}; run scripts/eval-themes --errors"
    assert score.precision >= MINIMUM, f"precision {score.precision:.3f}; run scripts/eval-themes --errors"


def test_a_taxonomy_with_few_phrases_fails_on_recall(scorer: ModuleType) -> None:
    themes, _ = load_taxonomy(ROOT / "registry" / "themes.yml")
    sparse = tuple(replace(t, phrases=t.phrases[:1]) for t in themes)
    assert scorer.evaluate(sparse).recall < MINIMUM


def test_a_taxonomy_of_vague_words_fails_on_precision(scorer: ModuleType) -> None:
    themes, _ = load_taxonomy(ROOT / "registry" / "themes.yml")
    vague = tuple(replace(t, phrases=(*t.phrases, "the")) for t in themes)
    assert scorer.evaluate(vague).precision < MINIMUM


def test_gold_names_only_known_themes(scorer: ModuleType) -> None:
    themes, _ = load_taxonomy(ROOT / "registry" / "themes.yml")
    renamed = tuple(replace(t, id=ThemeId(t.id + "-x"), parent=None) for t in themes)
    with pytest.raises(scorer.GoldError):
        scorer.evaluate(renamed)

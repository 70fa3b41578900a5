"""Theme quality measured on what the site shows: micro precision and recall of (paragraph,
theme) pairs, parents closed, over every annotated set, by scripts/eval's package, >= 0.85;
and the share of blind-2's arguing paragraphs that carry a theme, >= 0.80 (issue 11).

The theme gold was tagged with the first 34 themes (`TAGGED_WITH`): the floor scores those,
as a theme the taxonomy gained later (Migration, on a brief about Venezuelan migrants) is no
error the gold could know. The IPTC themes and the discovered ones are held to the coverage
floor instead."""

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


# The themes of registry/themes.yml when the gold of dev, blind and bundled was tagged.
TAGGED_WITH = frozenset("""
sanctions sanctions-relief nuclear-missile missile-tests icbm slbm hypersonic nuclear-tests
tactical-nuclear inter-korean communication-channels diplomacy us-dprk peace-regime
end-of-war-declaration china-role russia-role us-china-rivalry alliances us-rok-alliance
joint-exercises economy nk-economy covid humanitarian domestic-politics sk-politics eu-policy
human-rights cyber-finance arms-control energy-security trade-policy regional-security
""".split())


def scored_on_gold_themes() -> Counts:
    """Return the pooled counts of every set with theme gold, on the `TAGGED_WITH` themes."""
    from evaluation.gold import load_sets
    from evaluation.run import gold_briefs, in_process, theme_parents
    from evaluation.score import score_set

    parents = theme_parents()
    scores: list[BriefScore] = []
    for annotated in load_sets(ROOT / "tests" / "annotated", (), []):
        tagged = {i for g in annotated.golds for t in g.themes or () for i in t.ids}
        if not tagged or not tagged <= TAGGED_WITH:
            continue  # no theme gold, or gold tagged with the later taxonomy (blind-11): the coverage floor holds it
        with gold_briefs(annotated) as folder:
            doc = in_process(folder)
        doc["themes"] = [t for t in doc["themes"] if t["id"] in TAGGED_WITH]
        scores += score_set(doc, annotated, parents)
    total = pool([s.themes for s in scores])
    assert total is not None
    return total


def test_taxonomy_keeps_the_first_themes_ids() -> None:
    ids = {t["id"] for t in yaml.safe_load((ROOT / "registry" / "themes.yml").read_text(encoding="utf-8"))["themes"]}
    assert TAGGED_WITH <= ids


def test_registry_reaches_precision_and_recall() -> None:
    score = scored_on_gold_themes()
    assert score.tp + score.fn >= 150, "the annotated set shrank"
    assert score.recall >= MINIMUM, f"recall {score.recall:.3f}; run scripts/eval -v"
    assert score.precision >= MINIMUM, f"precision {score.precision:.3f}; run scripts/eval -v"


def test_most_paragraphs_that_argue_something_carry_a_theme() -> None:
    scores = evaluate(("blind-2",))["blind-2"]
    argued, themed = sum(s.argued for s in scores), sum(s.argued_themed for s in scores)
    assert argued >= 60, "the annotated set shrank"
    assert themed / argued >= 0.80, f"{themed}/{argued} arguing paragraphs with a theme; run scripts/eval blind-2 -v"


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

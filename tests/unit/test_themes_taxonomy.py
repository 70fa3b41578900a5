"""The taxonomy file: validation problems, the shipped registry, and the views for pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefsite.model import Theme, ThemeId
from briefsite.extract.themes.taxonomy import load_taxonomy
from briefsite.extract.themes.find import canonical

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = ROOT / "registry" / "themes.yml"


def _load(tmp_path: Path, text: str) -> tuple[tuple[Theme, ...], list[str]]:
    path = tmp_path / "themes.yml"
    path.write_text(text, encoding="utf-8")
    themes, problems = load_taxonomy(path)
    return themes, [f"{p.line}:{p.severity}: {p.message}" for p in problems]


PROBLEMS = [
    ("unknown parent",
     "themes:\n- id: a\n  name: A\n  parent: zz\n  phrases: [alpha]\n",
     "2:warning: theme 'a': unknown parent 'zz'"),
    ("cycle",
     "themes:\n- id: a\n  name: A\n  parent: b\n  phrases: [alpha]\n- id: b\n  name: B\n  parent: a\n  phrases: [beta]\n",
     "2:warning: theme 'a': parents form a cycle (a -> b -> a)"),
    ("duplicate id",
     "themes:\n- id: a\n  name: A\n  phrases: [alpha]\n- id: a\n  name: A2\n  phrases: [beta]\n",
     "5:warning: theme 'a' is defined twice (first at line 2)"),
    ("no phrases",
     "themes:\n- id: a\n  name: A\n",
     "2:warning: theme 'a' has no phrases"),
    ("empty phrase",
     "themes:\n- id: a\n  name: A\n  phrases:\n  - alpha\n  - ''\n",
     "6:warning: theme 'a': empty or non-text item in 'phrases'"),
    ("phrases not a list",
     "themes:\n- id: a\n  name: A\n  phrases: alpha\n",
     "4:warning: theme 'a': 'phrases' must be a list"),
    ("shared phrase",
     "themes:\n- id: a\n  name: A\n  phrases: [Joint drill]\n- id: b\n  name: B\n  phrases: [joint-drill]\n",
     "5:warning: phrase 'joint drill' signals several themes (a, b)"),
    ("not a slug",
     "themes:\n- id: Sanctions Relief\n  name: S\n  phrases: [relief]\n",
     "2:warning: id 'Sanctions Relief' is not a slug; using 'sanctions-relief'"),
    ("unknown key",
     "themes:\n- id: a\n  name: A\n  phrase: [alpha]\n  phrases: [alpha]\n",
     "4:warning: theme 'a': unknown key 'phrase'"),
    ("no id",
     "themes:\n- name: A\n  phrases: [alpha]\n",
     "2:warning: a theme without an 'id'"),
    ("no name",
     "themes:\n- id: a\n  phrases: [alpha]\n",
     "2:warning: theme 'a' has no 'name'"),
    ("bad YAML",
     "themes:\n- id: a\n  name: [A\n",
     ":error: not valid YAML"),
    ("no themes list",
     "- id: a\n",
     "0:error: no 'themes' list"),
]


@pytest.mark.parametrize(("case", "text", "expected"), PROBLEMS, ids=[p[0] for p in PROBLEMS])
def test_taxonomy_problems_name_the_line_and_the_fix(tmp_path: Path, case: str, text: str, expected: str) -> None:
    _, problems = _load(tmp_path, text)
    assert any(expected in p for p in problems), problems


def test_repaired_themes_are_kept(tmp_path: Path) -> None:
    themes, _ = _load(
        tmp_path,
        "themes:\n- id: a\n  name: A\n  parent: b\n  phrases: [alpha]\n"
        "- id: b\n  name: B\n  parent: a\n  phrases: [beta]\n- id: c\n  name: C\n  parent: zz\n  phrases: [gamma]\n",
    )
    assert [(t.id, t.parent) for t in themes] == [("a", None), ("b", "a"), ("c", None)]


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    themes, problems = load_taxonomy(tmp_path / "nope.yml")
    assert themes == () and [p.severity for p in problems] == ["error"]


def test_scalars_stay_text_and_whitespace_is_normalised(tmp_path: Path) -> None:
    themes, problems = _load(
        tmp_path,
        "themes:\n- id: a\n  name: A\n  description: >-\n    two\n    lines\n  phrases: [1.5, no, ' joint   drill ']\n"
        "  exclude: [trade-off]\n",
    )
    assert problems == []
    assert themes[0] == Theme(ThemeId("a"), "A", "two lines", None, ("1.5", "no", "joint drill"), ("trade-off",))


# The shipped registry ------------------------------------------------------------------------

COUNTRY_NAMES = {
    "china", "russia", "north korea", "south korea", "korea", "japan", "iran", "ukraine", "taiwan",
    "united states", "us", "usa", "dprk", "rok", "beijing", "moscow", "washington", "pyongyang",
    "seoul", "tokyo", "chinese", "russian", "american",
}


def test_registry_loads_clean_and_covers_the_field() -> None:
    themes, problems = load_taxonomy(REGISTRY)
    assert [str(p) for p in problems] == []
    ids = {t.id for t in themes}
    assert {
        "sanctions", "sanctions-relief", "nuclear-missile", "missile-tests", "icbm", "slbm", "hypersonic",
        "nuclear-tests", "tactical-nuclear", "inter-korean", "communication-channels", "us-dprk",
        "end-of-war-declaration", "peace-regime", "china-role", "russia-role", "us-china-rivalry",
        "alliances", "us-rok-alliance", "joint-exercises", "nk-economy", "covid", "humanitarian",
        "sk-politics", "eu-policy", "human-rights", "cyber-finance", "diplomacy", "arms-control",
        "energy-security", "trade-policy", "regional-security",
    } <= ids
    for theme in themes:
        assert theme.description and theme.phrases, theme.id


def test_registry_phrases_are_not_bare_country_names_or_vague_words() -> None:
    themes, _ = load_taxonomy(REGISTRY)
    phrases = {canonical(p) for t in themes for p in t.phrases}
    assert not phrases & COUNTRY_NAMES
    assert not phrases & {"test", "drill", "aid", "trade", "talk", "war", "security"}


# Views for the pages ---------------------------------------------------------------------------

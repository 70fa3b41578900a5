"""The actor registry file: the real one loads cleanly; each kind of mistake is reported with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefsite.extract.actors.registry import load_registry
from briefsite.model import Actor

ROOT = Path(__file__).resolve().parents[2]

GOOD = """\
actors:
  - id: north-korea
    name: North Korea
    kind: state
    aliases: [DPRK]
  - id: kim-jong-un
    name: Kim Jong Un
    kind: person
    affiliation: north-korea
"""


def test_real_registry_loads_without_problems() -> None:
    actors, problems = load_registry(ROOT / "registry" / "actors.yml")
    assert problems == []
    assert len(actors) >= 150
    assert [a.id for a in actors] == sorted(a.id for a in actors)
    kinds = {a.kind for a in actors}
    assert kinds == {"state", "person", "organisation", "group"}
    by_id: dict[str, Actor] = {a.id: a for a in actors}
    assert by_id["kim-jong-un"].affiliation == "north-korea"
    assert by_id["national-intelligence-service"].affiliation == "south-korea"
    assert by_id["biden-administration"].affiliation == "united-states"
    assert "Yoon Seok-youl" in by_id["yoon-suk-yeol"].aliases
    assert all(a.description for a in actors)


def test_a_good_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "actors.yml"
    path.write_text(GOOD, encoding="utf-8")
    actors, problems = load_registry(path)
    assert problems == []
    assert [(a.id, a.kind, a.aliases) for a in actors] == [
        ("kim-jong-un", "person", ()), ("north-korea", "state", ("DPRK",))]


BAD = [
    ("unknown kind", GOOD.replace("kind: person", "kind: leader"), 8, "unknown kind 'leader'"),
    ("duplicate id", GOOD.replace("id: kim-jong-un", "id: north-korea"), 6, "duplicate id 'north-korea'"),
    ("alias of two actors", GOOD.replace("kind: person\n", "kind: person\n    aliases: [dprk]\n"), 6,
     "alias 'dprk' of 'kim-jong-un' is also 'DPRK' of 'north-korea'"),
    ("unknown affiliation", GOOD.replace("affiliation: north-korea", "affiliation: dprk"), 6,
     "affiliation 'dprk' of 'kim-jong-un' is not an actor id"),
    ("unknown key", GOOD.replace("    kind: state\n", "    kind: state\n    colour: red\n"), 5, "unknown key 'colour'"),
    ("missing name", GOOD.replace("    name: Kim Jong Un\n", ""), 6, "actor without 'name'"),
    ("bad id", GOOD.replace("id: kim-jong-un", "id: Kim Jong Un"), 6, "bad id 'Kim Jong Un'"),
    ("bad wikidata", GOOD.replace("    kind: state\n", "    kind: state\n    wikidata: 423\n"), 5, "bad wikidata '423'"),
    ("aliases not a list", GOOD.replace("aliases: [DPRK]", "aliases: DPRK"), 5, "'aliases' must be a list"),
    ("broken YAML", GOOD.replace("aliases: [DPRK]", "aliases: [DPRK"), 6, "invalid YAML"),
]


@pytest.mark.parametrize(("case", "text", "line", "message"), BAD, ids=[b[0] for b in BAD])
def test_mistakes_name_file_line_and_key(tmp_path: Path, case: str, text: str, line: int, message: str) -> None:
    path = tmp_path / "actors.yml"
    path.write_text(text, encoding="utf-8")
    _, problems = load_registry(path)
    assert problems, case
    shown = [str(p) for p in problems]
    assert any(s.startswith(f"{path.as_posix()}:{line}: ") and message in s for s in shown), shown


def test_no_actors_list_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "actors.yml"
    path.write_text("people: []\n", encoding="utf-8")
    actors, problems = load_registry(path)
    assert actors == () and problems[0].severity == "error" and "actors:" in problems[0].message


def test_dangling_affiliation_keeps_the_actor_unaffiliated(tmp_path: Path) -> None:
    path = tmp_path / "actors.yml"
    path.write_text(GOOD.replace("affiliation: north-korea", "affiliation: nowhere"), encoding="utf-8")
    actors, _ = load_registry(path)
    affiliations: dict[str, str | None] = {a.id: a.affiliation for a in actors}
    assert affiliations["kim-jong-un"] is None

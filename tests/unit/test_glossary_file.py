"""The editable glossary file: extract/glossary.py."""

from __future__ import annotations

from pathlib import Path

from briefsite.extract.glossary import load_glossary


def test_entries_are_read_sorted_and_bad_ones_reported(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yml"
    path.write_text("glossary:\n  SLBM: submarine-launched  ballistic missile\n  ICBM: intercontinental ballistic "
                    "missile\n  lower: not an abbreviation\n  NIS: x\n", encoding="utf-8")
    pairs, problems = load_glossary(path, "registry/glossary.yml")
    assert pairs == (("ICBM", "intercontinental ballistic missile"), ("SLBM", "submarine-launched ballistic missile"))
    assert [(p.path, p.line, p.severity) for p in problems] == [("registry/glossary.yml", 4, "warning"),
                                                               ("registry/glossary.yml", 5, "warning")]


def test_a_missing_file_is_no_glossary_and_a_broken_one_one_message(tmp_path: Path) -> None:
    assert load_glossary(tmp_path / "none.yml") == ((), [])
    broken = tmp_path / "glossary.yml"
    broken.write_text("glossary: [unclosed\n", encoding="utf-8")
    pairs, problems = load_glossary(broken, "registry/glossary.yml")
    assert pairs == () and len(problems) == 1 and "not valid YAML" in problems[0].message


def test_the_bundled_glossary_loads_cleanly() -> None:
    pairs, problems = load_glossary(Path(__file__).parents[2] / "registry" / "glossary.yml")
    assert problems == [] and ("SLBM", "submarine-launched ballistic missile") in pairs

"""The one YAML-with-lines loader, and the file names its readers' messages give."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefsite import pipeline
from briefsite.problems import BriefError
from briefsite.settings import load_settings
from briefsite.text.yaml_lines import YamlError, load_yaml

TEXT = """\
actors:
  - id: kim
    name: Kim
    aliases: [A, B]
  - id: moon
    description:
title: 1.5
flag: no
when: 2021-02-31
"""


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ((), 1),
        (("actors",), 1),
        (("actors", 0), 2),
        (("actors", 0, "name"), 3),
        (("actors", 0, "aliases"), 4),
        (("actors", 0, "aliases", 1), 4),
        (("actors", 1), 5),
        (("actors", 1, "description"), 6),
        (("when",), 9),
        (("nowhere",), 0),
        (("actors", 7), 0),
        (("actors", 0, "name", "deeper"), 0),
    ],
)
def test_line_of_a_key_or_item(path: tuple[str | int, ...], line: int) -> None:
    assert load_yaml(TEXT, "text").line(*path) == line


@pytest.mark.parametrize(
    ("scalars", "key", "value"),
    [
        ("text", "title", "1.5"),
        ("text", "flag", "no"),
        ("text", "when", "2021-02-31"),
        ("typed", "title", 1.5),
        ("typed", "flag", "no"),  # yes/no stays text: `language: no` is Norwegian
        ("typed", "when", "2021-02-31"),  # dates stay text: the caller validates them
    ],
)
def test_scalars(scalars: str, key: str, value: object) -> None:
    data = load_yaml(TEXT, scalars).data  # type: ignore[arg-type]
    assert isinstance(data, dict) and data[key] == value


def test_null_is_empty_text_and_none_typed() -> None:
    assert load_yaml("a:\nb: ~\n", "text").data == {"a": "", "b": ""}
    assert load_yaml("a:\nb: ~\n", "typed").data == {"a": None, "b": None}


def test_empty_text_is_no_document() -> None:
    doc = load_yaml("", "text")
    assert doc.data is None and doc.line() == 0


@pytest.mark.parametrize(
    ("text", "line"),
    [("a: [1, 2\nb: 3\n", 2), ("a: 1\n  b: 2\n", 2), ("- a\nb: c\n", 2), ("a: 'open\n", 2)],
)
def test_bad_yaml_names_its_line(text: str, line: int) -> None:
    with pytest.raises(YamlError) as caught:
        load_yaml(text, "text")
    assert caught.value.line == line and caught.value.problem and not caught.value.unreadable


def test_registry_and_taxonomy_messages_name_files_relative_to_the_project(tmp_path: Path) -> None:
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs" / "a.txt").write_text("A title\n\nSome text about Korea.\n", encoding="utf-8")
    (tmp_path / "registry").mkdir()
    (tmp_path / "registry" / "actors.yml").write_text("actors:\n  - id: x\n    name: X\n", encoding="utf-8")
    (tmp_path / "registry" / "themes.yml").write_text("themes: [\n", encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        pipeline.run(load_settings({}, tmp_path))
    lines = [str(p) for p in caught.value.problems]
    assert "registry/actors.yml:2: actor without 'kind'. Every actor needs id, name and kind." in lines
    assert any(line.startswith("registry/themes.yml:2: not valid YAML") for line in lines), lines

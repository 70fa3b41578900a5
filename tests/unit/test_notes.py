"""Editor's notes: read like briefs are read, placed by (kind, id), never silently dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefsite.site.notes import NoteKind, load_notes

PAGES: dict[NoteKind, set[str]] = {"actors": {"kim-jong-un", "north-korea"}, "themes": {"sanctions"}}
KNOWN: dict[NoteKind, set[str]] = {"actors": {"kim-jong-un", "north-korea", "japan"}, "themes": {"sanctions", "trade"}}


def notes_folder(tmp_path: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    return tmp_path


def test_notes_are_keyed_by_kind_and_id(tmp_path: Path) -> None:
    folder = notes_folder(tmp_path, {"actors/kim-jong-un.md": b"*Leader* since 2011.\n",
                                     "themes/sanctions.md": "Über **sanctions**.".encode()})
    notes, problems = load_notes(folder, PAGES, KNOWN)
    assert notes == {("actors", "kim-jong-un"): "*Leader* since 2011.", ("themes", "sanctions"): "Über **sanctions**."}
    assert problems == []


def test_a_windows_1252_note_is_read_as_a_guess(tmp_path: Path) -> None:
    folder = notes_folder(tmp_path, {"actors/north-korea.md": "The “DPRK” – café".encode("cp1252")})
    notes, problems = load_notes(folder, PAGES, KNOWN)
    assert notes == {("actors", "north-korea"): "The “DPRK” – café"}
    [problem] = problems
    assert problem.severity == "guess" and problem.path.endswith("actors/north-korea.md")
    assert "Windows-1252" in problem.message


@pytest.mark.parametrize("data,words", [
    (b"%PDF-1.4\n...", "PDF"),
    (b"a\x00b", "NUL"),
    (b"  \n", "empty"),
])
def test_an_unusable_note_is_left_out_with_a_warning(tmp_path: Path, data: bytes, words: str) -> None:
    notes, problems = load_notes(notes_folder(tmp_path, {"themes/sanctions.md": data}), PAGES, KNOWN)
    assert notes == {}
    [problem] = problems
    assert problem.severity == "warning" and problem.path.endswith("themes/sanctions.md") and words in problem.message


def test_a_note_named_after_no_page_is_reported_once_with_the_ids_it_could_be(tmp_path: Path) -> None:
    folder = notes_folder(tmp_path, {"actors/kim-jong-il.md": b"x", "themes/sanction.md": b"y", "actors/zzz.md": b"z"})
    notes, problems = load_notes(folder, PAGES, KNOWN)
    assert notes == {}
    by_file = {Path(p.path).name: p for p in problems}
    assert len(problems) == 3 and all(p.severity == "warning" for p in problems)
    assert "'kim-jong-il' is no actor id" in by_file["kim-jong-il.md"].message
    assert "Did you mean 'kim-jong-un'?" in by_file["kim-jong-il.md"].message
    assert "Did you mean 'sanctions'?" in by_file["sanction.md"].message
    assert "Did you mean" not in by_file["zzz.md"].message and "actor registry" in by_file["zzz.md"].message


def test_a_note_for_a_known_actor_no_brief_names_is_a_note_not_a_warning(tmp_path: Path) -> None:
    notes, problems = load_notes(notes_folder(tmp_path, {"actors/japan.md": b"x"}), PAGES, KNOWN)
    assert notes == {}
    [problem] = problems
    assert problem.severity == "note" and "no brief names the actor 'japan' yet" in problem.message

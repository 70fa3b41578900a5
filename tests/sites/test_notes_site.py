"""Editor's notes on a built site: shown above the generated part; a note that cannot be
placed or is not UTF-8 is listed by name, and --strict fails after listing them all."""

from __future__ import annotations

from pathlib import Path

from tests.sites.sitebuild import build, make_project


def write_note(root: Path, name: str, data: bytes) -> None:
    path = root / "registry" / "notes" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def test_a_note_is_shown_above_the_generated_part(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    write_note(root, "actors/kim-jong-un.md", "An editor’s **note** on Kim.\n".encode())
    result = build(root)
    assert result.returncode == 0, result.output
    page = result.html("actors/kim-jong-un.html")
    assert "An editor’s <strong>note</strong> on Kim." in page
    assert page.index("An editor’s") < page.index('id="what-the-briefs-say"')


def test_bad_notes_are_each_named_and_fail_the_strict_build(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    write_note(root, "actors/north-korea.md", "The “DPRK” – café\n".encode("cp1252"))
    write_note(root, "themes/sanction.md", b"A typo in the name.\n")
    result = build(root)
    assert result.returncode != 0
    warnings = [line for line in result.output.splitlines() if line.startswith("WARNING")]
    assert warnings == [
        "WARNING -  registry/notes/themes/sanction.md: 'sanction' is no theme id, so this editor's note "
        "is shown nowhere. Did you mean 'sanctions' or 'sanctions-relief'? Name the file after an id in the "
        "theme taxonomy.",
    ], result.output
    # an encoding guessed is no warning: the build report names it, with the fix
    assert "INFO    -    registry/notes/actors/north-korea.md: read as Windows-1252 (save as UTF-8)" in result.output.splitlines()
    assert "Traceback" not in result.output

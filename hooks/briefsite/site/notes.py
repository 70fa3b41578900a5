"""Editor's notes: hand-written Markdown shown above the generated part of a page.

Input: the notes folder (`actors/<id>.md`, `themes/<id>.md`), the ids that have a page
and the ids the registries know. Output: `{(kind, id): Md}` and the problems found: a
file that is not text or not UTF-8, and a file named after no page, each reported once
with the file's name (and, for a name that matches nothing, the ids it could be).
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Literal

from briefsite.ingest.decode import decode, read_as
from briefsite.problems import Problem
from briefsite.site.markdown import Md

NoteKind = Literal["actors", "themes"]
KINDS: tuple[NoteKind, ...] = ("actors", "themes")
_NOUN = {"actors": "actor", "themes": "theme"}
_REGISTRY = {"actors": "the actor registry", "themes": "the theme taxonomy"}


def load_notes(folder: Path, pages: Mapping[NoteKind, Collection[str]],
               known: Mapping[NoteKind, Collection[str]]) -> tuple[dict[tuple[str, str], str], list[Problem]]:
    """Return the notes that go on a page, by (kind, id), and the problems of the others."""
    notes: dict[tuple[str, str], str] = {}
    problems: list[Problem] = []
    for kind in KINDS:
        where = folder / kind
        for path in sorted(where.glob("*.md")) if where.is_dir() else ():
            name = _shown(path)
            text, problem = _read(path, name)
            if problem is not None:
                problems.append(problem)
            if text is None:
                continue
            if path.stem in pages[kind]:
                notes[(kind, path.stem)] = Md(text)
            else:
                problems.append(_unplaced(name, kind, path.stem, pages[kind], known[kind]))
    return notes, problems


def _read(path: Path, name: str) -> tuple[str | None, Problem | None]:
    """Return the note's text (None when unusable) and what went wrong reading it."""
    try:
        data = path.read_bytes()
    except OSError as err:
        return None, Problem(name, 0, f"cannot read this editor's note ({err.strerror}); it was left out.")
    if not data.strip():
        return None, Problem(name, 0, "this editor's note is empty; it was left out. Write the note or "
                                      "remove the file.")
    decoded = decode(data)
    if decoded.error is not None:
        return None, Problem(name, 0, f"this editor's note {decoded.error.split('. ')[0]}, so it was left "
                                      f"out. Save it as UTF-8 text.")
    note = read_as(name, decoded) if decoded.note else None
    return decoded.text.strip(), note


def _unplaced(name: str, kind: NoteKind, ident: str, pages: Collection[str], known: Collection[str]) -> Problem:
    noun = _NOUN[kind]
    if ident in known:
        return Problem(name, 0, f"no brief names the {noun} '{ident}' yet, so there is no page for this "
                                f"editor's note; it is shown once a brief names it.", "note")
    close = difflib.get_close_matches(ident, sorted({*pages, *known}), n=3, cutoff=0.6)
    names = [f"'{c}'" for c in close]
    options = f"{', '.join(names[:-1])} or {names[-1]}" if len(names) > 1 else "".join(names)
    could = f"Did you mean {options}? " if names else ""
    return Problem(name, 0, f"'{ident}' is no {noun} id, so this editor's note is shown nowhere. {could}"
                            f"Name the file after an id in {_REGISTRY[kind]}.")


def _shown(path: Path) -> str:
    """The file's name as messages give it: relative to the working folder when inside it."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()

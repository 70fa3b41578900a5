"""The engine's options, validated.

Input: the `extra.briefsite` mapping of mkdocs.yml (any values) and the environment.
Output: a frozen `Settings` with absolute paths, or a `BriefError` naming the key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from briefsite.problems import BriefError, Problem

ENV_BRIEFS = "BRIEFSITE_BRIEFS"
_KEYS = {"briefs", "actors", "themes", "notes", "glossary", "max_brief_mb"}
# The longest real briefs are well under 0.5 MB; the pipeline takes about a minute per MB
# of dense text, so a bigger file is a book, a dump or many briefs in one, not a brief.
MAX_BRIEF_MB = 1.0
MAX_BRIEF_BYTES = int(MAX_BRIEF_MB * 1_000_000)


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the engine reads its input; all paths absolute."""

    briefs: Path
    actors: Path
    themes: Path
    notes: Path  # editor's notes: notes/actors/<id>.md, notes/themes/<id>.md
    max_brief_bytes: int = MAX_BRIEF_BYTES  # a bigger file is rejected, not read
    project: Path | None = None  # the config's folder, against which messages name files
    glossary: Path | None = None  # abbreviations explained where no brief defines them (optional file)

    def shown(self, path: Path) -> str:
        """Return `path` as messages name it: relative to the project when inside it
        (`registry/actors.yml`), else as it is."""
        if self.project is not None and path.is_relative_to(self.project):
            return path.relative_to(self.project).as_posix()
        return path.as_posix()


def load_settings(raw: Mapping[str, Any] | None, base: Path, config_name: str = "mkdocs.yml") -> Settings:
    """Return validated settings; relative paths are taken from `base` (the config's folder).

    The environment variable BRIEFSITE_BRIEFS, set by `scripts/build --briefs DIR`,
    overrides the briefs folder.
    """
    raw = dict(raw or {})
    where = "extra.briefsite"  # each Problem already starts with the file name
    problems = [
        Problem(config_name, 0, f"unknown key 'extra.briefsite.{k}'. Use one of: {', '.join(sorted(_KEYS))}.", "error")
        for k in sorted(set(raw) - _KEYS)
    ]
    defaults = {"briefs": "briefs", "actors": "registry/actors.yml", "themes": "registry/themes.yml", "notes": "registry/notes",
                "glossary": "registry/glossary.yml"}
    paths: dict[str, Path] = {}
    for key, default in defaults.items():
        value = raw.get(key, default)
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(config_name, 0, f"{where}.{key} must be a path, not {value!r}.", "error"))
            continue
        paths[key] = (base / value).resolve()
    limit = raw.get("max_brief_mb", MAX_BRIEF_MB)
    if isinstance(limit, bool) or not isinstance(limit, (int, float)) or not 0 < limit < 1e6:
        problems.append(Problem(config_name, 0, f"{where}.max_brief_mb must be a positive number of "
                                f"megabytes, not {limit!r}. Write it as a number such as 2.", "error"))
        limit = MAX_BRIEF_MB
    env_briefs = os.environ.get(ENV_BRIEFS)
    if env_briefs:
        paths["briefs"] = Path(env_briefs).resolve()
    if "briefs" in paths and not paths["briefs"].is_dir():
        problems.append(
            Problem(str(paths["briefs"]), 0, "the briefs folder does not exist. Create it or pass --briefs DIR.", "error")
        )
    if problems:
        raise BriefError(problems)
    return Settings(**paths, max_brief_bytes=int(limit * 1_000_000), project=base.resolve())

"""The engine's output, kept between the MkDocs builds of one scripts/build.

Input: the folder to keep it in, the settings, anything else the output depends on, and
the function that computes it. Output: what that function returns, computed once per
distinct input: scripts/build runs the hosted and the offline MkDocs build on the same
briefs, and the engine (most of a build's own time) would otherwise run twice.

The key is a SHA-256 of everything the output depends on: the engine's code (every file
under `hooks/`), the Python and library versions, the settings, the given extra values,
and every byte of every file under the briefs, registry and notes paths. A changed brief,
registry entry or line of code is a different key, never a stale result. The folder is the
build's own stage folder (`BRIEFSITE_ENGINE_CACHE`), removed when the build ends, so nothing
outlives the build that wrote it; without the variable nothing is kept.

`load` and `store` keep other mappings there under a name, for the entry hook: the HTML
MkDocs made of each generated page, by a digest of its Markdown and of what else the
HTML depends on, so the second build converts no page the first one did.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any, Callable, TypeVar

from briefsite.settings import Settings

ENV_CACHE = "BRIEFSITE_ENGINE_CACHE"
_CODE = Path(__file__).resolve().parent.parent  # hooks/: the entry hook and the engine package
T = TypeVar("T")


def cached(folder: Path | None, settings: Settings, extra: tuple[str, ...], compute: Callable[[], T]) -> T:
    """Return `compute()`, or what an earlier call with the same inputs stored in `folder`."""
    if folder is None:
        return compute()
    path = folder / f"engine-{key(settings, extra)}.pickle"
    try:
        with path.open("rb") as stored:
            value: T = pickle.load(stored)
        return value
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass  # not there yet (or unreadable): compute it, as without a cache
    value = compute()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as out:  # streamed: no second copy of it all in memory
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)  # whole or not at all: a killed build leaves no half file
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass  # the next build computes it again
    return value


def key(settings: Settings, extra: tuple[str, ...]) -> str:
    """Return the hex digest of everything the engine's output depends on."""
    digest = hashlib.sha256()

    def add(*parts: str | bytes) -> None:
        for part in parts:
            data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
            digest.update(len(data).to_bytes(8, "big"))
            digest.update(data)

    add(sys.version, repr(sorted(_versions().items())), repr(settings), *extra)
    roots = (_CODE, settings.briefs, settings.actors, settings.themes, settings.notes, settings.glossary)
    for root in (r for r in roots if r is not None):
        add("root", str(root))
        for path in _files(root):
            add(str(path.relative_to(root)) if path != root else "")
            if path.is_symlink():
                add("link", os.readlink(path))  # ingest refuses links: a new link is a new key
            try:
                add(path.read_bytes() if path.is_file() else b"")
            except OSError:
                add("unreadable")  # ingest reports it; nothing is stored for a failed run
    return digest.hexdigest()


def _files(root: Path) -> list[Path]:
    """Every file and link at or under `root`, sorted; links to folders are not entered."""
    if not root.is_dir():
        return [root] if root.exists() or root.is_symlink() else []
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        found += [Path(folder) / d for d in dirs if (Path(folder) / d).is_symlink()]
        found += [Path(folder) / f for f in files if not f.endswith(".pyc")]
    return sorted(found)


def _versions() -> dict[str, str]:
    """The installed distributions and their versions: a different library is a different output."""
    from importlib.metadata import distributions

    return {str(d.metadata["Name"]): str(d.version) for d in distributions()}


def digest(*parts: str) -> str:
    """Return the hex SHA-256 of `parts`, each length-prefixed (no two lists collide)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogateescape")
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def load(folder: Path | None, name: str) -> dict[Any, Any]:
    """Return the mapping `store` kept under `name`, or an empty one (no folder, none kept,
    unreadable)."""
    if folder is None:
        return {}
    try:
        with (folder / f"{name}.pickle").open("rb") as stored:
            value = pickle.load(stored)
        return value if isinstance(value, dict) else {}
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return {}


def store(folder: Path | None, name: str, value: dict[Any, Any]) -> None:
    """Keep `value` under `name` in `folder`, whole or not at all; never raises."""
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f"{name}.{os.getpid()}.tmp"
        with partial.open("wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(folder / f"{name}.pickle")
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        pass

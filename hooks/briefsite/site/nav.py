"""The sidebar: the user's `nav` from mkdocs.yml, with the generated sections merged in.

Input: the `nav` written in mkdocs.yml (None when there is none) and the hand-written
pages MkDocs would list. Output: the nav MkDocs should build, as MkDocs' own nav
config (titles mapped to docs paths, or bare paths). Only section index pages are
generated into it: a sidebar listing every page makes the build O(N²).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath
from typing import Any

from briefsite.site.sitemap import DocsPath, section_paths

NavConfig = list[Any]  # MkDocs' nav: strings, {title: path | NavConfig} and lists of them


def merge_nav(user_nav: NavConfig | None, hand_written: Iterable[str]) -> NavConfig:
    """Return the nav to build.

    With a user nav: every entry of it as written, in its order (an entry naming a
    generated section page, such as `Briefs: briefs/index.md`, places that section),
    then the generated sections it does not name, in the default order. Without one:
    the generated sections (Home, Briefs, Actors, Themes, Conclusions, Timeline), then
    the hand-written pages in MkDocs' own order (folders, index pages first, by name).
    """
    sections = section_paths()
    if user_nav is not None:
        named = {_normal(p) for p in _paths(user_nav)}
        return [*user_nav, *({title: path} for path, title in sections.items() if path not in named)]
    pages = sorted({p for p in hand_written if _normal(p) not in sections}, key=_mkdocs_order)
    return [*({title: path} for path, title in sections.items()), *pages]


def _paths(nav: Any) -> Iterator[str]:
    """Every docs path a nav names, at any depth (links to other sites left out)."""
    if isinstance(nav, str):
        if "://" not in nav and not nav.startswith("/"):
            yield nav
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _paths(value)
    elif isinstance(nav, list):
        for item in nav:
            yield from _paths(item)


def _normal(path: str) -> DocsPath:
    return DocsPath(posixpath.normpath(path.replace("\\", "/")))


def _mkdocs_order(path: str) -> tuple[tuple[str, ...], bool, str]:
    """MkDocs' order of files in a nav it makes itself: by folder, index first, then by name."""
    p = PurePosixPath(path)
    return (p.parent.parts, p.stem not in ("index", "README"), p.name)

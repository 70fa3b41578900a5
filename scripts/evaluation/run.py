"""Get the knowledge document of an annotated set: in process, or from a built site.

Input: a set's briefs folder and the repository's registries, or a site folder holding
`knowledge.json`. Output: the knowledge document as a dict, the same either way (the
in-process one is made by the same export the build writes, so both score alike), and
the theme parents of the taxonomy. A folder holding more than the set's gold briefs (a
corpus being annotated) is run on its gold briefs only, copied to a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from briefsite.pipeline import run
from briefsite.problems import BriefError
from briefsite.settings import ENV_BRIEFS, load_settings
from briefsite.site.export import dumps, knowledge
from evaluation.gold import ROOT, AnnotatedSet, GoldError


@contextmanager
def gold_briefs(annotated: AnnotatedSet) -> Iterator[Path]:
    """Yield a folder holding exactly the set's gold briefs: its own folder when that is
    all it holds, else a temporary copy of those briefs (removed afterwards)."""
    sources = {g.source for g in annotated.golds}
    held = {p.name for p in annotated.briefs_dir.iterdir() if not p.name.startswith(".")}
    if held <= sources:
        yield annotated.briefs_dir
        return
    with tempfile.TemporaryDirectory(prefix=f"eval-{annotated.name}-") as tmp:
        for source in sorted(sources):
            shutil.copyfile(annotated.briefs_dir / source, Path(tmp) / source)
        yield Path(tmp)


def in_process(briefs: Path, root: Path = ROOT, actors: Path | None = None,
               themes: Path | None = None) -> dict[str, Any]:
    """Return the knowledge document `pipeline.run` makes of `briefs` with root's registries,
    or with the `actors` and `themes` files given (the tests measure weakened ones)."""
    raw = {"briefs": str(briefs)}
    if actors is not None:
        raw["actors"] = str(actors)
    if themes is not None:
        raw["themes"] = str(themes)
    saved = os.environ.pop(ENV_BRIEFS, None)  # scripts/build --briefs sets it; it would win over ours
    try:
        settings = load_settings(raw, root)
    finally:
        if saved is not None:
            os.environ[ENV_BRIEFS] = saved
    try:
        result = run(settings)
    except BriefError as error:
        first = "; ".join(str(p) for p in error.errors[:3])
        raise GoldError(f"the engine could not use {len(error.errors)} brief(s) of {briefs}: {first}") from None
    # Through the canonical text, so the dict is exactly what knowledge.json would hold.
    document: dict[str, Any] = json.loads(dumps(knowledge(result.corpus)))
    return document


def from_site(site: Path) -> dict[str, Any]:
    """Return the knowledge document a build wrote into `site`."""
    document: dict[str, Any] = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))
    return document


def theme_parents(taxonomy: Path = ROOT / "registry" / "themes.yml") -> dict[str, str | None]:
    """Return each theme's parent, read from the taxonomy file itself: the site lists only
    the themes it found, and gold may name others. (The engine's loader is internal.)"""
    data = yaml.safe_load(taxonomy.read_text(encoding="utf-8"))
    return {str(t["id"]): t.get("parent") for t in data["themes"]}

"""Get the knowledge document of an annotated set: in process, or from a built site.

Input: a set's briefs folder and the repository's registries, or a site folder holding
`knowledge.json`. Output: the knowledge document as a dict, the same either way (the
in-process one is made by the same export the build writes, so both score alike), and
the theme parents of the taxonomy.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import yaml

from briefsite.pipeline import run
from briefsite.settings import ENV_BRIEFS, load_settings
from briefsite.site.export import dumps, knowledge
from evaluation.gold import ROOT


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
    # Through the canonical text, so the dict is exactly what knowledge.json would hold.
    document: dict[str, Any] = json.loads(dumps(knowledge(run(settings).corpus)))
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

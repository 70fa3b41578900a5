"""MkDocs entry hook: runs the briefsite engine and hands its pages to MkDocs.

Events only. The engine (`briefsite/`) is imported here, at load time, because
MkDocs puts this folder on sys.path only while the hook file loads.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

import briefsite.actors  # noqa: F401  (every engine module must be imported at load time)
import briefsite.conclusions  # noqa: F401
import briefsite.events  # noqa: F401
import briefsite.themes  # noqa: F401
from briefsite import export, pipeline
from briefsite.corpus import page_path
from briefsite.problems import BriefError
from briefsite.render import Renderer, original_path
from briefsite.settings import load_settings

log = logging.getLogger("mkdocs.plugins.briefsite")


class _Build:
    """State of one build; replaced at every on_config so `mkdocs serve` starts clean."""

    def __init__(self, result: pipeline.Result, briefs_dir: Path) -> None:
        self.result = result
        self.briefs_dir = briefs_dir


_build: _Build | None = None
NAV_PAGES = (("Home", "home"), ("Briefs", "briefs"), ("Actors", "actors"), ("Themes", "themes"),
             ("Conclusions", "conclusions"), ("Timeline", "timeline"))


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _build
    base = Path(config.config_file_path).parent
    try:
        settings = load_settings(config.extra.get("briefsite"), base, Path(config.config_file_path).name)
        result = pipeline.run(settings)
    except BriefError as error:
        for problem in error.problems:
            log.error(str(problem))
        raise PluginError(
            f"{len(error.problems)} brief file(s) could not be used; each is named above with the fix."
        ) from None
    for problem in result.problems:
        log.warning(str(problem))
    for line in result.discovered:
        log.info(line)
    for brief in result.corpus.knowledge.briefs:
        for fix in brief.repairs:
            log.debug("%s:%d: repaired (%s) %r -> %r", brief.source, fix.line, fix.rule, fix.before, fix.after)
    _build = _Build(result, settings.briefs)
    # The sidebar lists section pages only: listing every page makes the build O(N²).
    hand_written = [{"Method": "method.md"}, {"Data": "data.md"}]
    config.nav = [{title: page_path(kind)} for title, kind in NAV_PAGES] + hand_written
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    assert _build is not None
    corpus = _build.result.corpus
    in_nav = {page_path(kind) for _, kind in NAV_PAGES}
    for path, markdown in Renderer(corpus).pages().items():
        if files.get_file_from_path(path) is not None:
            continue  # a hand-written page at the same path wins
        level = InclusionLevel.INCLUDED if path in in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, path, content=markdown, inclusion=level))
    for brief in corpus.knowledge.briefs:
        content = (_build.briefs_dir / brief.source).read_bytes()
        files.append(File.generated(config, original_path(brief), content=content))
    data = export.dumps(export.knowledge(corpus))
    files.append(File.generated(config, "knowledge.json", content=data))
    return files


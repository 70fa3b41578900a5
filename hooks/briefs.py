"""MkDocs entry hook: runs the briefsite engine and hands its pages to MkDocs.

Events only. The engine (`briefsite/`) is imported here, at load time, because
MkDocs puts this folder on sys.path only while the hook file loads.
"""

from __future__ import annotations

import html
import logging
import os
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page, _RelativePathTreeprocessor
from mkdocs.structure.toc import get_toc

import briefsite.extract.actors.recognise  # noqa: F401  (every engine module must be imported at load time)
import briefsite.extract.conclusions.extract  # noqa: F401
import briefsite.extract.events.find  # noqa: F401
import briefsite.extract.themes.find  # noqa: F401
from briefsite import cache
from briefsite.made import Made, make
from briefsite.problems import BriefError, Problem, build_report, report_text
from briefsite.settings import load_settings
from briefsite.site.compact import compact_html
from briefsite.site.nav import NavConfig, merge_nav
from briefsite.site.offline import relative_404, unused_workers
from briefsite.site.report_page import PATH as REPORT_PAGE, report_page
from briefsite.site.search_index import entries, merged, searched_by_mkdocs
from briefsite.site.sitemap import original_path, section_paths
from briefsite.site.tohtml import Converted, convert, resolved_once

log = logging.getLogger("mkdocs.plugins.briefsite")
# scripts/build runs two MkDocs builds and prints the build report once, last: it names
# a file here for the hook to write the report to instead of logging it.
ENV_REPORT = "BRIEFSITE_REPORT"


class _Build:
    """State of one build; replaced at every on_config so `mkdocs serve` starts clean."""

    def __init__(self, made: Made, briefs_dir: Path, user_nav: NavConfig | None) -> None:
        self.result, self.pages, self.data = made.result, made.pages, made.knowledge_json
        self.briefs_dir = briefs_dir
        self.user_nav = user_nav  # the `nav` written in mkdocs.yml, None when there is none
        self.generated: set[str] = set()  # docs paths of the pages made from briefs
        self.titles: dict[str, str] = {}  # generated pages that have our search entries: their titles
        # The HTML of generated pages, kept between the two MkDocs builds of scripts/build.
        self.folder: Path | None = None  # where (BRIEFSITE_ENGINE_CACHE), None: nothing kept
        self.shelf_name = ""  # names what the HTML depends on besides the page's Markdown
        self.shelf: dict[tuple[str, str], tuple[str, Any, set[str], str | None]] = {}
        self.page_keys: dict[str, str] = {}  # src_uri -> digest of its Markdown, this build
        self.reused: set[str] = set()  # pages whose HTML comes from the shelf
        self.fresh: dict[tuple[str, str], tuple[str, Any, set[str], str | None]] = {}
        self.report = build_report(self.result.problems)
        # Generated pages converted by briefsite.site.tohtml, not Python-Markdown: src_uri ->
        # their HTML and the link rewriter that recorded their links, until on_page_content.
        self.converted: dict[str, tuple[Converted, _RelativePathTreeprocessor]] = {}


_build: _Build | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _build
    base = Path(config.config_file_path).parent
    # Material writes the site's name and description into pages unescaped in some places
    # (<title>, the header): as Markup, already escaped, they are text everywhere, and its
    # own `|e` leaves them as they are.
    config.site_name = Markup(escape(config.site_name))
    if config.site_description:
        config.site_description = Markup(escape(config.site_description))
    try:
        settings = load_settings(config.extra.get("briefsite"), base, Path(config.config_file_path).name)
        # Citations link to the hosted address only when the editor gave it (BRIEFSITE_SITE_URL):
        # the default site_url is a placeholder, and a made-up address would mislead a reader.
        site_url = config.site_url if os.environ.get("BRIEFSITE_SITE_URL") else None
        # scripts/build names a folder: its offline build reuses what its hosted build made.
        folder = Path(os.environ[cache.ENV_CACHE]) if os.environ.get(cache.ENV_CACHE) else None
        made = cache.cached(folder, settings, (site_url or "",), lambda: make(settings, site_url))
    except BriefError as error:
        report(error.problems)
        if guesses := build_report(error.problems):  # a failed build only says what it has to
            report_guesses(guesses)
        raise PluginError(
            f"Nothing was built: {len(error.errors)} file(s) could not be used. Each is named above "
            f"(ERROR) with the fix; fix the warnings listed with them in the same round."
        ) from None
    result = made.result
    report(result.problems)
    for brief in result.corpus.knowledge.briefs:
        for fix in brief.repairs:
            log.debug("%s:%d: repaired (%s) %r -> %r", brief.source, fix.line, fix.rule, fix.before, fix.after)
    _build = _Build(made, settings.briefs, config.nav)
    _build.folder = folder
    return config


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    """`mkdocs serve` rebuilds when a brief changes, in whichever folder the briefs come from."""
    if _build is not None and _build.briefs_dir.is_dir():
        server.watch(str(_build.briefs_dir))
    return server


def on_files(files: Files, config: MkDocsConfig) -> Files:
    assert _build is not None
    corpus = _build.result.corpus
    # The sidebar lists section pages only: listing every page makes the build O(N²).
    sections = section_paths()
    for path, markdown in _build.pages.items():
        if files.get_file_from_path(path) is not None:
            continue  # a hand-written page at the same path wins, as in Material's tags plugin
        level = InclusionLevel.INCLUDED if path in sections else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, path, content=markdown, inclusion=level))
        _build.generated.add(path)
    # The bytes ingest read: the folder is never opened again, so a file swapped for a
    # link after ingest cannot put anything else on the site.
    for brief in corpus.knowledge.briefs:
        content = _build.result.originals[brief.source]
        files.append(File.generated(config, original_path(brief), content=content))
    if files.get_file_from_path(REPORT_PAGE) is None:
        files.append(File.generated(config, REPORT_PAGE, content=report_page(_build.report),
                                    inclusion=InclusionLevel.NOT_IN_NAV))
        _build.generated.add(REPORT_PAGE)
    files.append(File.generated(config, "knowledge.json", content=_build.data))
    hand_written = [f.src_uri for f in files.documentation_pages(inclusion=InclusionLevel.is_in_nav)
                    if f.src_uri not in _build.generated]
    config.nav = merge_nav(_build.user_nav, hand_written)  # honoured: MkDocs builds the nav after on_files
    # A page's HTML depends on its Markdown, the Markdown settings and which files links
    # can point at; the same in the hosted and the offline build of one scripts/build.
    _build.shelf_name = "html-" + cache.digest(
        repr(config.markdown_extensions), repr(sorted((config.mdx_configs or {}).items(), key=str)),
        repr(config.use_directory_urls), *sorted(f.src_uri for f in files))
    _build.shelf = cache.load(_build.folder, _build.shelf_name)
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # Material prints a page's front matter title as HTML (<title>, header, search), while
    # the engine writes titles as text, so a brief titled `<img onerror=...>` would run
    # there. Escaping here, at the MkDocs edge, shows it as text everywhere.
    if _build is not None and page.file.src_uri in _build.generated and "title" in page.meta:
        page.meta["title"] = html.escape(str(page.meta["title"]), quote=False)
    if _build is not None and page.file.src_uri in _build.generated and not searched_by_mkdocs(page.file.src_uri):
        # Generated pages have the engine's own entries (search_index.py): a paragraph each for
        # briefs, names for the pages that quote them, which MkDocs would index quotes and all.
        page.meta["search"] = {**dict(page.meta.get("search") or {}), "exclude": True}
        _build.titles[page.file.src_uri] = page.title or html.escape(page.file.name, quote=False)
    if _build is not None and page.file.src_uri in _build.generated:
        if _build.folder is not None:
            key = cache.digest(markdown)
            _build.page_keys[page.file.src_uri] = key
            if (page.file.src_uri, key) in _build.shelf:
                _build.reused.add(page.file.src_uri)
                return ""  # converted by the build before; on_page_content puts its HTML back
        # MkDocs' own link rewriter (pinned 1.6.1): the same hrefs, warnings and anchor checks.
        links = _RelativePathTreeprocessor(page.file, files, config)
        if (done := convert(markdown, resolved_once(links.path_to_url))) is not None:
            _build.converted[page.file.src_uri] = (done, links)
            return ""  # nothing left for Python-Markdown; on_page_content puts the HTML in
    return markdown


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """The HTML of a generated page: written by briefsite.site.tohtml, or the build before
    converted it (same Markdown, settings and files), with its table of contents and
    anchors; or keep what Python-Markdown converted now. Kept for the next build."""
    if _build is None:
        return content
    if (done := _build.converted.pop(page.file.src_uri, None)) is not None:
        converted, links = done
        content, page.toc, page._title_from_render = converted.html, get_toc(converted.toc_tokens), converted.title
        page.present_anchor_ids = set(converted.anchors)
        # As Page.render: links are recorded for the anchor check unless MkDocs logs debug.
        page.links_to_anchors = links.links_to_anchors if log.getEffectiveLevel() > logging.DEBUG else None
    if page.file.src_uri not in _build.page_keys:
        return content
    key = (page.file.src_uri, _build.page_keys[page.file.src_uri])
    if page.file.src_uri in _build.reused:
        content, page.toc, anchors, page._title_from_render = _build.shelf[key]
        page.present_anchor_ids = set(anchors)
        page.links_to_anchors = None  # checked by the build that converted it
    else:
        _build.fresh[key] = (content, page.toc, set(page.present_anchor_ids or ()), page._title_from_render)
    return content


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Every page, generated or hand-written, without the theme's indentation."""
    return compact_html(output)


@event_priority(-50)  # after the search plugin writes its index, before `offline` inlines it
def on_post_build(config: MkDocsConfig) -> None:
    """The build report comes last, after MkDocs' own lines (and before a strict abort)."""
    index = Path(config.site_dir) / "search" / "search_index.json"
    if _build is not None and index.is_file():
        ours = entries(_build.result.corpus, _build.titles, set(_build.titles))
        replaced = {p.removesuffix(".md") + ".html" for p in _build.titles}
        index.write_text(merged(index.read_text(encoding="utf-8"), ours, replaced), encoding="utf-8")
    if "material/offline" in config.plugins or "offline" in config.plugins:
        relative_404(Path(config.site_dir) / "404.html")
    unused_workers(Path(config.site_dir))  # no page loads Material's own search worker: ours runs
    if _build is not None:
        if _build.fresh:
            cache.store(_build.folder, _build.shelf_name, {**_build.shelf, **_build.fresh})
        report_guesses(_build.report)


def report(problems: tuple[Problem, ...]) -> None:
    """Log every problem at its severity: notes as info, so only warnings and errors
    count for --strict. Guesses are not logged one by one: the build report lists them."""
    for problem in problems:
        if problem.severity != "guess":
            {"error": log.error, "warning": log.warning, "note": log.info}[problem.severity](str(problem))


def report_guesses(entries: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
    """Write the build report to the file scripts/build names, or log it, a line at a time."""
    text = report_text(entries)
    if target := os.environ.get(ENV_REPORT):
        Path(target).write_text(text, encoding="utf-8")
        return
    for line in text.splitlines():
        log.info(line)


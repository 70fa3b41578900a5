"""No broken links: every internal href/src and #anchor of every page of both builds (hosted
and offline, as scripts/build leaves them) resolves, for the bundled briefs and the fixture
corpus; external links go only where the briefs' metadata and the registries say."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

import pytest
import yaml

import check_site
from tests.reliability.buildrun import ROOT, Run


@functools.lru_cache(maxsize=None)
def walk(site: Path) -> check_site.Report:
    """One walk per built folder, shared by the tests below."""
    return check_site.check(site)


@pytest.fixture(scope="module", params=["accepted/site", "accepted/offline", "bundled/site", "bundled/offline"])
def built(request: pytest.FixtureRequest) -> tuple[Run, Path]:
    name, kind = request.param.split("/")
    run: Run = request.getfixturevalue(name)
    site: Path = getattr(run, kind)
    return run, site


def test_every_internal_link_and_anchor_resolves(built: tuple[Run, Path]) -> None:
    run, site = built
    report = walk(site)
    assert report.problems == []
    assert report.pages == len(list(site.rglob("*.html"))) > 10


def links(site: Path) -> list[tuple[str, str]]:
    """(page, href) of every link on every page, as written."""
    found = []
    for path in site.rglob("*.html"):
        for href in re.findall(r'href="([^"]*)"', path.read_text(encoding="utf-8")):
            found.append((path.relative_to(site).as_posix(), href))
    return found


def test_citations_footnotes_and_backlinks_are_among_the_links_checked(built: tuple[Run, Path]) -> None:
    """The walk is not vacuous: paragraph citations, footnote refs and backrefs, and
    'cited on' backlinks are all there to be checked."""
    run, site = built
    hrefs = [href for _, href in links(site)]
    assert sum(bool(re.search(r"briefs/[a-z0-9-]+\.html#p-\d+$", h)) for h in hrefs) > 20
    assert any(h.startswith("#fn:") for h in hrefs) and any(h.startswith("#fnref:") for h in hrefs)
    assert any(re.match(r"\.\./(actors|themes)/[a-z0-9-]+\.html$", h) for h in hrefs)
    assert any(h.startswith("../originals/") for h in hrefs)


def site_url() -> str:
    """The hosted address, as mkdocs.yml reads it (BRIEFSITE_SITE_URL overrides)."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", "")
    default = yaml.load(config, Loader=yaml.SafeLoader)["site_url"][1]
    return os.environ.get("BRIEFSITE_SITE_URL") or default


def allowed_external(run: Run) -> set[str]:
    """Wikidata pages of registry actors and the briefs' source_url values."""
    registry = yaml.safe_load((ROOT / "registry" / "actors.yml").read_text(encoding="utf-8"))
    wikidata = {f"https://www.wikidata.org/wiki/{a['wikidata']}" for a in registry["actors"] if a.get("wikidata")}
    sources = {b["source_url"] for b in run.knowledge()["briefs"] if b["source_url"]}
    return wikidata | sources


def test_external_links_go_only_where_briefs_and_registry_say(built: tuple[Run, Path]) -> None:
    """Found: the site's own address (site_url, in <link rel=canonical>), Wikidata pages
    of registry actors, and the briefs' source_url. No theme, font or CDN address: both
    builds work without the network."""
    run, site = built
    external = walk(site).external
    own = {url for url in external if url.startswith(site_url())}
    assert own  # the canonical links are there, so the filter below means something
    assert set(external) - own - allowed_external(run) == set()

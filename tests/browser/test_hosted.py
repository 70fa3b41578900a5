"""The hosted site, served on 127.0.0.1 at its own site_url: what only it has."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.sites import KINDS, Sites
from tests.browser.tabs import Tab
from tests.sites.sitebuild import ROOT


def config_of(sites: Sites, kind: str) -> dict[str, Any]:
    """Material's page configuration (features, base) as built into the home page."""
    root = sites.hosted if kind == "hosted" else sites.offline
    html = (root / "index.html").read_text(encoding="utf-8")
    found = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)
    assert found, f"{kind}: no Material configuration in index.html"
    config: dict[str, Any] = json.loads(found.group(1))
    return config


def test_hosted_features_and_offline_features(sites: Sites) -> None:
    hosted, offline = set(config_of(sites, "hosted")["features"]), set(config_of(sites, "offline")["features"])
    for feature in ("navigation.instant", "search.suggest", "search.highlight", "content.footnote.tooltips"):
        assert feature in hosted, f"hosted build lacks {feature}"
    # From file:// instant navigation silently disables tooltips, highlighting and the toc.
    assert "navigation.instant" not in offline
    assert {"search.suggest", "search.highlight", "content.footnote.tooltips"} <= offline


def test_configs_default_site_url_schemes_and_privacy(monkeypatch: pytest.MonkeyPatch) -> None:
    from mkdocs.config import load_config

    monkeypatch.delenv("BRIEFSITE_SITE_URL", raising=False)
    hosted = load_config(str(ROOT / "mkdocs.yml"))
    offline = load_config(str(ROOT / "mkdocs-offline.yml"))
    assert hosted.site_url == offline.site_url == "https://briefsite.example.org/"
    for config in (hosted, offline):
        palette = config.theme["palette"]
        assert [p["scheme"] for p in palette] == ["default", "slate"]
        assert all(p.get("toggle") for p in palette), "each scheme needs a toggle"
    assert "material/privacy" not in hosted.plugins
    assert offline.plugins["material/privacy"].config.assets_fetch is False
    assert "material/offline" in offline.plugins


def test_site_url_comes_from_the_environment(sites: Sites) -> None:
    sitemap = (sites.hosted / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{sites.hosted_url}index.html</loc>" in sitemap
    home = (sites.hosted / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{sites.hosted_url}index.html">' in home


def test_instant_navigation_swaps_the_page_without_reloading(tab: Callable[..., Tab]) -> None:
    t = tab("hosted")
    t.goto("index.html")
    t.page.wait_for_load_state("networkidle")  # the sitemap tells instant navigation what is local
    t.page.evaluate("() => { window.__briefsiteMarker = 'still here' }")
    t.page.locator(".md-tabs a", has_text="Actors").click()
    t.page.wait_for_url(re.compile(r"/actors/index\.html$"))
    expect(t.page.locator("article h1")).to_contain_text("Actors")
    assert t.page.evaluate("() => window.__briefsiteMarker") == "still here", "the page was reloaded"
    t.assert_clean()


def test_a_missing_page_gets_the_404_page(tab: Callable[..., Tab]) -> None:
    t = tab("hosted")
    response = t.page.goto(t.url("briefs/no-such-brief.html"))
    assert response is not None and response.status == 404
    expect(t.page.locator("article h1")).to_contain_text("404")
    position = t.page.evaluate("() => getComputedStyle(document.querySelector('.md-header')).position")
    assert position == "sticky", "the 404 page is not styled"
    expected = [e for e in t.errors if e.startswith("HTTP 404") or "404" in e]
    assert t.errors == expected and len(expected) >= 1
    t.errors.clear()
    t.assert_clean()


@pytest.mark.parametrize("kind", KINDS)
def test_tabs_refuse_and_record_requests_that_leave_the_site(tab: Callable[..., Tab], kind: str) -> None:
    """The harness itself: a request to another host is refused and recorded, never made."""
    t = tab(kind)
    t.goto("index.html")
    t.page.evaluate("() => { const i = new Image(); i.src = 'https://example.org/pixel.png'; }")
    t.page.wait_for_timeout(300)
    assert t.outside == ["https://example.org/pixel.png"]

"""Long lists in pages, read in Chromium from file://: every conclusion is on some page of the
table, a filter finds an actor's rows across pages with no request, and a theme page shows the
briefs' positions side by side on a desktop and one after another on a phone.

The paged site is the offline bundle of a small synthetic archive (scripts/benchmark/corpus.py),
which holds more conclusions than one page of the table (site/paging.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from benchmark.corpus import make_corpus
from tests.browser.sites import BuildFailed, Sites, build_offline
from tests.browser.tabs import Tab, open_tab

BRIEFS = 12  # about 290 conclusions: two pages of the table at least


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline bundle of BRIEFS synthetic briefs, unzipped."""
    tmp = tmp_path_factory.mktemp("paged")
    make_corpus(tmp / "briefs", BRIEFS)
    briefs: dict[str, str | bytes] = {p.name: p.read_bytes() for p in sorted((tmp / "briefs").iterdir())}
    try:
        folder, _, _ = build_offline(tmp / "offline", briefs)
    except BuildFailed as error:
        pytest.fail(str(error), pytrace=False)
    return folder


@pytest.fixture
def reader(browser: Browser, paged: Path) -> Iterator[Callable[..., Tab]]:
    opened: list[Tab] = []

    def factory(width: int = 1280) -> Tab:
        t = open_tab(browser, "offline", paged.as_uri() + "/", width=width)
        opened.append(t)
        return t

    yield factory
    for t in opened:
        t.close()


def _knowledge(site: Path) -> dict[str, list[dict[str, object]]]:
    data: dict[str, list[dict[str, object]]] = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))
    return data


def _pages(t: Tab) -> list[str]:
    """The table's pages, as the pager on its first page links them."""
    t.goto("conclusions.html")
    links = t.page.locator(".pager-pages").first.locator("a[data-page]")  # the pager is above and below
    return [a.split("?")[0] for a in links.evaluate_all("as => as.map(a => a.href)")]


def test_every_conclusion_is_on_one_page_of_the_table(reader: Callable[..., Tab], paged: Path) -> None:
    t = reader()
    pages = _pages(t)
    assert len(pages) >= 2, "the synthetic archive should need more than one page"
    seen: list[str] = []
    for url in pages:
        t.page.goto(url)
        hrefs = t.page.locator(".conclusions-table tbody tr td:nth-child(3) a").evaluate_all(
            "as => as.map(a => a.getAttribute('href'))")
        seen += [re.sub(r"^(\.\./)+", "", h) for h in hrefs]
    expected = sorted(str(c["url"]) for c in _knowledge(paged)["conclusions"])
    assert sorted(seen) == expected  # each once: none lost, none repeated
    t.assert_clean()


def _involving(c: dict[str, object], actor: str) -> bool:
    held = c["attributed_to"] == actor
    addressed = c["addressee"] == actor and c["kind"] == "recommendation" and not c["attributed_to"]
    return held or addressed or actor in c["actors"]  # type: ignore[operator]


def test_an_actor_filter_leads_across_pages_to_all_its_rows_from_disk(reader: Callable[..., Tab], paged: Path) -> None:
    t = reader()
    _pages(t)
    data = json.loads(t.page.locator("script.conclusions-pages").text_content() or "{}")
    actor = next(a for a, numbers in sorted(data["actor"].items(), key=lambda kv: -len(kv[1])) if len(numbers) > 1)
    expected = sum(1 for c in _knowledge(paged)["conclusions"] if _involving(c, actor))
    t.page.select_option(".table-filters select[name=actor]", actor)
    status = t.page.locator(".table-filters-status")
    expect(status).to_contain_text("Also on page")
    found = t.page.locator(".conclusions-table tbody tr:not([hidden])").count()
    visited = {1}
    for link in status.locator("a").evaluate_all("as => as.map(a => a.href)"):
        assert link.endswith(f"?actor={actor}")
        t.page.goto(link)
        number = json.loads(t.page.locator("script.conclusions-pages").text_content() or "{}")["page"]
        visited.add(number)
        expect(t.page.locator(".table-filters select[name=actor]")).to_have_value(actor)
        shown = t.page.locator(".conclusions-table tbody tr:not([hidden])")
        assert shown.count() > 0
        found += shown.count()
        # the pager carries the filter to the pages that hold the actor, and only there
        for a in t.page.locator(".pager-pages a[data-page]").all():  # both pagers
            holds = int(a.get_attribute("data-page") or 0) in data["actor"][actor]
            assert (f"?actor={actor}" in (a.get_attribute("href") or "")) == holds
    assert visited == set(data["actor"][actor])
    assert found == expected > 0
    t.assert_clean()


def test_an_actor_page_links_to_its_first_rows_in_the_table(reader: Callable[..., Tab]) -> None:
    t = reader()
    t.goto("conclusions.html")
    data = json.loads(t.page.locator("script.conclusions-pages").text_content() or "{}")
    actor = sorted(data["actor"])[0]
    t.goto(f"actors/{actor}.html")
    t.page.get_by_role("link", name="see them in the conclusions table").click()
    expect(t.page.locator(".table-filters select[name=actor]")).to_have_value(actor)
    assert t.page.locator(".conclusions-table tbody tr:not([hidden])").count() > 0
    t.assert_clean()


@pytest.mark.parametrize("width", [1280, 390])
def test_a_theme_page_sets_the_briefs_side_by_side_on_a_desktop_and_stacks_them_on_a_phone(
        tab: Callable[..., Tab], sites: Sites, width: int) -> None:
    t = tab("offline", width=width)
    t.goto("themes/sanctions.html")
    cards = t.page.locator(".theme-compare > .position")
    assert cards.count() >= 2
    first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
    assert first and second
    if width >= 1000:
        assert abs(first["y"] - second["y"]) < 2 and second["x"] > first["x"] + first["width"] - 1
    else:
        assert second["y"] >= first["y"] + first["height"] - 1 and abs(first["x"] - second["x"]) < 2
    # each card: the brief's title, its conclusions and key statements, each one cited
    for card in cards.all():
        assert card.locator(".position-title a[href*='briefs/']").count() == 1
        for item in card.locator("li").all():
            if "conclusions table" not in item.inner_text():
                assert item.locator("a.footnote-ref").count() == 1
    t.assert_clean()

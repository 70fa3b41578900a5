"""Metadata a reader can use, in the browser, on both builds of tests/fixtures/dated: the
briefs index sorted by date and by institution (buttons, keyboard, aria-sort; from file://
and, hosted, after an instant-navigation page swap), and the brief header.

These briefs state a day, a month and a year, and one states no date; one states no
institution. Every tab refuses requests that leave the site and ends clean.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.axe_core import axe_source as load_axe
from tests.browser.test_accessibility import BLOCKING, describe
from tests.browser.sites import KINDS, BuildFailed, Sites, served
from tests.browser.tabs import Tab, open_tab
from tests.sites.sitebuild import ROOT

DATED = ROOT / "tests" / "fixtures" / "dated"
NEWEST_FIRST = ["arctic-shipping", "water-treaty", "baltic-grid", "undated-note"]
OLDEST_FIRST = ["baltic-grid", "water-treaty", "arctic-shipping", "undated-note"]  # undated still last
INSTITUTION_AZ = ["arctic-shipping", "undated-note", "baltic-grid", "water-treaty"]  # none stated: last
INSTITUTION_ZA = ["baltic-grid", "undated-note", "arctic-shipping", "water-treaty"]

pytestmark = pytest.mark.parametrize("kind", KINDS)


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sites]:
    briefs: dict[str, str | bytes] = {p.name: p.read_bytes() for p in sorted(DATED.iterdir())}
    try:
        with served(tmp_path_factory.mktemp("dated"), briefs=briefs) as built:
            yield built
    except BuildFailed as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture
def dtab(browser: Browser, dated: Sites) -> Iterator[Callable[..., Tab]]:
    opened: list[Tab] = []

    def factory(kind: str, width: int = 1280) -> Tab:
        t = open_tab(browser, kind, dated.base(kind), width=width)
        opened.append(t)
        return t

    yield factory
    for t in opened:
        t.close()


def order(t: Tab) -> list[str]:
    """The briefs as the table lists them now, by page name."""
    hrefs: list[str] = t.page.eval_on_selector_all(
        ".briefs-table tbody tr td:first-child a", "links => links.map(a => a.getAttribute('href'))")
    return [h.rsplit("/", 1)[-1].removesuffix(".html") for h in hrefs]  # hosted, Material makes them absolute


def sorted_by(t: Tab) -> dict[str, str]:
    """{column name: aria-sort} for the headers that carry aria-sort."""
    found: dict[str, str] = t.page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('.briefs-table th[aria-sort]')]"
        ".map(th => [th.textContent.replace(/[▲▼]/g, '').trim(), th.getAttribute('aria-sort')]))")
    return found


def header_button(t: Tab, name: str) -> Any:
    return t.page.get_by_role("button", name=name, exact=True)


def test_the_index_sorts_by_date_and_by_institution(dtab: Callable[..., Tab], kind: str) -> None:
    t = dtab(kind)
    t.goto("briefs/index.html")
    expect(t.page.locator(".briefs-table table[data-sortable]")).to_have_count(1)
    assert order(t) == NEWEST_FIRST and sorted_by(t) == {"Date": "descending"}
    header_button(t, "Institution").click()
    assert order(t) == INSTITUTION_AZ and sorted_by(t) == {"Institution": "ascending"}
    header_button(t, "Institution").click()
    assert order(t) == INSTITUTION_ZA and sorted_by(t) == {"Institution": "descending"}
    header_button(t, "Date").click()  # a first click on a date column: newest first
    assert order(t) == NEWEST_FIRST and sorted_by(t) == {"Date": "descending"}
    header_button(t, "Date").click()
    assert order(t) == OLDEST_FIRST and sorted_by(t) == {"Date": "ascending"}
    t.assert_clean()


def test_the_sort_buttons_work_from_the_keyboard(dtab: Callable[..., Tab], kind: str) -> None:
    t = dtab(kind)
    t.goto("briefs/index.html")
    header_button(t, "Institution").focus()
    t.page.keyboard.press("Enter")
    assert order(t) == INSTITUTION_AZ
    t.page.keyboard.press("Shift+Tab")  # back to the Authors button, then forward again
    t.page.keyboard.press("Tab")
    t.page.keyboard.press("Tab")  # on to the Date button
    t.page.keyboard.press("Space")
    assert order(t) == NEWEST_FIRST and sorted_by(t) == {"Date": "descending"}
    t.assert_clean()


def test_sorting_works_after_a_page_swap(dtab: Callable[..., Tab], kind: str) -> None:
    """Hosted, the Briefs tab swaps the page in place (instant navigation): the table must
    still become sortable. From disk the link loads the page as usual."""
    t = dtab(kind)
    t.goto("index.html")
    t.page.evaluate("() => { window.__samePage = true; }")
    t.page.locator(".md-tabs a", has_text="Briefs").click()
    t.page.wait_for_url("**/briefs/index.html")
    expect(t.page.locator(".briefs-table table[data-sortable]")).to_have_count(1)
    swapped = t.page.evaluate("() => window.__samePage === true")
    assert swapped == (kind == "hosted"), "instant navigation engages hosted only"
    header_button(t, "Institution").click()
    assert order(t) == INSTITUTION_AZ
    t.assert_clean()


def test_the_brief_header_shows_authors_institution_and_date(dtab: Callable[..., Tab], kind: str) -> None:
    t = dtab(kind, width=390)
    t.goto("briefs/baltic-grid.html")
    meta = t.page.locator("article dl.brief-meta")
    expect(meta).to_be_visible()
    for text in ("Laura Kalniņa", "Riga Energy Forum", "21 September 2021", "REF Brief No. 14", "baltic_grid.md"):
        expect(meta).to_contain_text(text)
    box = meta.bounding_box()
    assert box and box["x"] + box["width"] <= 390, "the header fits a phone"
    t.goto("briefs/undated-note.html")
    labels = t.page.locator("article dl.brief-meta dt").all_inner_texts()
    assert [label.rstrip(":") for label in labels] == ["Author", "Institution", "Original file"]
    t.assert_clean()


def test_the_index_reads_as_cards_on_a_phone(dtab: Callable[..., Tab], kind: str) -> None:
    t = dtab(kind, width=390)
    t.goto("briefs/index.html")
    assert t.page.evaluate("() => document.documentElement.scrollWidth") <= 390
    assert t.page.evaluate("() => document.querySelector('.briefs-table table').scrollWidth") <= 390
    expect(header_button(t, "Date")).to_be_visible()
    header_button(t, "Institution").click()
    assert order(t) == INSTITUTION_AZ
    t.page.add_script_tag(content=load_axe())
    violations = t.page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations'], "
                                 "preload: false})).violations")
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert not blocking, describe(blocking)
    t.assert_clean()

"""The timeline and the home page as a reader sees them, on both builds (issue 13, points 3 and 5).

The timeline lists the dated happenings the briefs report, each with its date, kind, sentence
and citation, the ones still to come marked expected; an actor's page shows its own part of
it and leads to the whole. The home page says what the briefs cover and lists the latest
briefs with their authors and dates, and their key judgements.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.browser.sites import KINDS
from tests.browser.tabs import Tab

pytestmark = pytest.mark.parametrize("kind", KINDS)

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def test_the_timeline_dates_and_cites_every_event_and_marks_the_expected(tab: Callable[..., Tab], kind: str) -> None:
    t = tab(kind)
    t.goto("timeline.html")
    rows = t.page.locator(".timeline tbody tr")
    count = rows.count()
    assert count >= 8, f"the bundled briefs report speeches, tests and summits: {count} rows"
    expected = 0
    for i in range(count):
        cells = rows.nth(i).locator("td")
        when = cells.nth(0).inner_text()
        assert _YEAR.search(when), when
        expected += "expected" in when
        assert cells.nth(1).locator("mark").count() >= 1  # the dating words, in the quoted sentence
        expect(cells.nth(1).locator("a.footnote-ref")).to_have_count(1)
        assert re.search(r"briefs/[^/]+\.html$", cells.nth(2).locator("a").get_attribute("href") or "")
    assert expected >= 1, "the March 2022 election was still to come when the briefs were written"
    # Each citation's note leads to the sentence on its brief page.
    note = (rows.first.locator("a.footnote-ref").get_attribute("href") or "").split("#")[-1]
    hrefs = t.page.locator(f'[id="{note}"] a').evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert any(re.search(r"briefs/[^/]+\.html#p-\d+", h or "") for h in hrefs), (note, hrefs)
    t.assert_clean()


def test_an_actor_page_shows_its_part_of_the_timeline(tab: Callable[..., Tab], kind: str) -> None:
    t = tab(kind)
    t.goto("actors/north-korea.html")
    part = t.page.locator(".timeline-part tbody tr")
    assert 1 <= part.count() <= 8, part.count()
    expect(t.page.locator("#on-the-timeline")).to_be_visible()
    full = t.page.locator("#on-the-timeline + p a", has_text="full timeline")
    full.click()
    t.page.wait_for_load_state()
    assert t.page.url.split("#")[0].endswith("timeline.html"), t.page.url
    t.assert_clean()


def test_the_home_page_is_about_the_briefs(tab: Callable[..., Tab], kind: str) -> None:
    t = tab(kind)
    t.goto("index.html")
    body = t.page.locator("article").inner_text()
    assert re.search(r"\b2 briefs\b", body), body[:300]
    assert "Most named" in body and "Main themes" in body
    latest = t.page.locator("#latest-briefs + ul li")
    expect(latest).to_have_count(2)
    assert all(re.search(r"Lim|Pietrewicz", latest.nth(i).inner_text()) for i in range(2))
    judgements = t.page.locator("#key-judgements-of-the-latest-briefs + ul li")
    assert judgements.count() >= 1
    assert re.match(r"(?:Forecast|Recommendation|Assessment|Key judgement):", judgements.first.inner_text())
    t.assert_clean()


@pytest.mark.parametrize("path", ["index.html", "actors/north-korea.html", "briefs/index.html"])
def test_the_header_and_the_page_title_name_the_site_not_the_tool(tab: Callable[..., Tab], kind: str,
                                                                   path: str) -> None:
    t = tab(kind)
    t.goto(path)
    name = "Policy briefs"  # site_name in mkdocs.yml
    expect(t.page.locator(".md-header__topic").first).to_have_text(name)
    assert t.page.title().endswith(f" - {name}"), t.page.title()
    assert "briefsite" not in t.page.title().lower()
    assert "briefsite" not in t.page.locator(".md-header").inner_text().lower()
    t.assert_clean()


def test_the_method_page_speaks_to_readers(tab: Callable[..., Tab], kind: str) -> None:
    """How the pages were made, for a reader: no commands or files for editors (those are in the
    README), and the editors' build report one link away."""
    t = tab(kind)
    t.goto("method.html")
    body = t.page.locator("article").inner_text()
    for editorial in ("scripts/", "registry/", "mkdocs.yml", ".venv", "--briefs", "For editors"):
        assert editorial not in body, editorial
    for section in ("Actors", "Themes", "Conclusions", "Timeline", "Citations", "Abbreviations", "Search"):
        expect(t.page.locator("article h2", has_text=section).first).to_be_visible()
    expect(t.page.locator("article a[href$='report.html']")).to_have_count(1)
    t.assert_clean()

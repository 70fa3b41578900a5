"""What a reader does, on both builds: the offline bundle from disk and the hosted site.

Every tab refuses requests that leave the site (file:// offline, 127.0.0.1 hosted) and
each test ends by asserting that none were made and the console stayed free of errors.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.sites import KINDS, Sites
from tests.browser.tabs import Tab

pytestmark = pytest.mark.parametrize("kind", KINDS)

ACTOR = "actors/kim-jong-un.html"   # named in both bundled briefs, with citations
KEY_PAGES = ("index.html", "briefs/index.html", ACTOR, "themes/sanctions.html", "conclusions.html")


def knowledge(sites: Sites) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((sites.hosted / "knowledge.json").read_text(encoding="utf-8"))
    return data


def titles(sites: Sites) -> dict[str, str]:
    """Page path -> the title its h1 shows, for briefs, actors and themes."""
    data = knowledge(sites)
    found = {b["url"]: b["title"] for b in data["briefs"]}
    found.update({a["url"]: a["name"] for a in data["actors"]})
    found.update({t["url"]: t["name"] for t in data["themes"]})
    return found


def page_path(url: str, base: str) -> str:
    """The site-relative path of `url`, without query or fragment."""
    path = urlsplit(url).path
    return path[len(urlsplit(base).path):]


def test_pages_are_styled_by_material(tab: Callable[..., Tab], kind: str) -> None:
    t = tab(kind)
    for path in KEY_PAGES:
        t.goto(path)
        header = t.page.evaluate(
            "() => { const s = getComputedStyle(document.querySelector('.md-header'));"
            " return {position: s.position, background: s.backgroundColor}; }"
        )
        assert header["position"] == "sticky", f"{path}: Material's stylesheet did not apply"
        assert header["background"] not in ("rgba(0, 0, 0, 0)", "transparent"), path
        font = t.page.evaluate("() => getComputedStyle(document.body).fontFamily")
        assert "sans-serif" in font, f"{path}: body font is {font!r}, not the theme's system fonts"
        expect(t.page.locator("article h1")).to_be_visible()
    t.assert_clean()


def test_reader_moves_between_brief_theme_and_actor_pages_by_clicking(tab: Callable[..., Tab], kind: str, sites: Sites) -> None:
    t = tab(kind)
    names = titles(sites)
    brief = knowledge(sites)["briefs"][0]["url"]
    t.goto(brief)
    steps = [
        (".brief-themes a[href*='themes/']", r"/themes/[^/]+\.html"),
        ("article a[href*='briefs/']", r"/briefs/[^/]+\.html"),
        ("p.brief-para a[href*='actors/']", r"/actors/[^/]+\.html"),
        ("article h3 a[href*='briefs/']", r"/briefs/[^/]+\.html"),
    ]
    for selector, landing in steps:
        before = t.page.url
        t.page.locator(selector).first.click()
        t.page.wait_for_url(re.compile(landing + r"(#.*)?$"))
        assert t.page.url != before
        path = page_path(t.page.url, t.base)
        expect(t.page.locator("article h1")).to_contain_text(names[path])
    # The tabs lead to the indexes.
    t.page.locator(".md-tabs a", has_text="Actors").click()
    t.page.wait_for_url(re.compile(r"/actors/index\.html$"))
    expect(t.page.locator("article h1")).to_be_visible()
    t.assert_clean()


@pytest.mark.parametrize(
    ("query", "marker"),
    [("SLBM", "(SLBM)"), ("hostile", '"hostile policy"')],
    ids=["word-in-brackets", "word-in-quotes"],
)
def test_search_finds_a_word_next_to_brackets_or_quotes(tab: Callable[..., Tab], kind: str, sites: Sites, query: str, marker: str) -> None:
    briefs = [b["url"] for b in knowledge(sites)["briefs"] if any(marker in p["text"] for p in b["paragraphs"])]
    assert briefs, f"no bundled brief holds {marker!r}; pick another word"
    t = tab(kind)
    t.goto("index.html")
    found = {page_path(u, t.base) for u in t.search(query)}
    assert set(briefs) <= found, f"searching {query!r} found {sorted(found)}, not the briefs {briefs}"
    t.assert_clean()


@pytest.mark.parametrize(
    ("alias", "actor"),
    [("Kim Jong-un", "actors/kim-jong-un.html"), ("DPRK", "actors/north-korea.html"), ("Pyongyang", "actors/north-korea.html")],
)
def test_search_for_an_alias_finds_the_actor_page_first(tab: Callable[..., Tab], kind: str, alias: str, actor: str) -> None:
    t = tab(kind)
    t.goto("index.html")
    results = [page_path(u, t.base) for u in t.search(alias)]
    assert results and results[0] == actor, f"searching {alias!r}: first results {results[:5]}"
    t.assert_clean()


def test_footnote_tooltip_shows_the_citation(tab: Callable[..., Tab], kind: str) -> None:
    t = tab(kind)
    t.goto(ACTOR)
    ref = t.page.locator("a.footnote-ref").first
    note_id = (ref.get_attribute("href") or "").split("#", 1)[1]
    citation = " ".join(t.page.locator(f"[id='{note_id}']").inner_text().replace("↩", "").split())
    assert "paragraph" in citation, f"footnote {note_id} names no paragraph: {citation!r}"
    ref.hover()
    tooltip = t.page.locator(".md-tooltip2--active")
    expect(tooltip).to_be_visible(timeout=5_000)
    shown = " ".join(tooltip.inner_text().replace("↩", "").split())
    assert citation[:120] in shown, f"tooltip shows {shown!r}, footnote says {citation!r}"
    t.assert_clean()


def _landed_on_sentence(t: Tab, target: str) -> None:
    """The cited sentence is the page's :target, in view, below the header, and marked."""
    sentence = t.page.locator(f"span.brief-sent[id='{target}']")
    expect(sentence).to_be_in_viewport()
    t.page.wait_for_timeout(300)  # let a smooth scroll settle before measuring
    top = sentence.evaluate("el => el.getBoundingClientRect().top")
    header = t.page.evaluate("() => document.querySelector('.md-header').getBoundingClientRect().bottom")
    assert top >= header - 1, f"sentence {target} is hidden under the header ({top} < {header})"
    assert sentence.evaluate("el => el.matches(':target')"), f"{target} is not the :target"
    shade = sentence.evaluate("el => getComputedStyle(el).backgroundColor")
    assert shade not in ("rgba(0, 0, 0, 0)", "transparent"), f"{target} is not highlighted ({shade})"


def _first_citation(t: Tab) -> tuple[str, str]:
    """The first citation marker's footnote text and the sentence anchor it cites."""
    ref = t.page.locator("a.footnote-ref").first
    note_id = (ref.get_attribute("href") or "").split("#", 1)[1]
    note = t.page.locator(f"[id='{note_id}']")
    href = note.locator("a[href*='#p-']").first.get_attribute("href") or ""
    return " ".join(note.inner_text().replace("↩", "").split()), href.rsplit("#", 1)[1]


def test_footnote_link_lands_on_the_cited_sentence(tab: Callable[..., Tab], kind: str) -> None:
    t = tab(kind)
    t.goto(ACTOR)
    link = t.page.locator(".footnote li a[href*='#p-']").first
    target = (link.get_attribute("href") or "").rsplit("#", 1)[1]
    assert re.fullmatch(r"p-\d+-s\d+", target), f"the citation points at {target}, not at a sentence"
    # A reader scrolls to the footnotes, then clicks. Material's instant navigation records
    # the scroll offset 100 ms after the last scroll and, if that lands after a click, restores
    # it on the new page instead of going to the anchor (Material 9.8.1), so pause as a
    # reader's hand does.
    link.scroll_into_view_if_needed()
    t.page.wait_for_timeout(250)
    link.click()
    t.page.wait_for_url(re.compile(rf"/briefs/[^/]+\.html#{target}$"))
    _landed_on_sentence(t, target)
    t.assert_clean()


def test_a_citation_marker_leads_to_the_sentence_its_preview_quotes(tab: Callable[..., Tab], kind: str) -> None:
    t = tab(kind)
    t.goto(ACTOR)
    citation, target = _first_citation(t)
    ref = t.page.locator("a.footnote-ref").first
    box = ref.bounding_box()
    assert box and box["width"] >= 24 and box["height"] >= 24, f"the marker is a small target: {box}"
    ref.click()
    t.page.wait_for_url(re.compile(rf"/briefs/[^/]+\.html#{target}$"))
    _landed_on_sentence(t, target)
    said = " ".join(t.page.locator(f"span.brief-sent[id='{target}']").inner_text().split())
    assert said[:60] in citation, f"the preview {citation!r} does not quote the sentence {said!r}"
    t.assert_clean()


def test_a_tap_on_a_phone_opens_the_preview_and_a_second_tap_follows_it(tab: Callable[..., Tab], kind: str) -> None:
    t = tab(kind, width=390, touch=True)
    t.goto(ACTOR)
    citation, target = _first_citation(t)
    ref = t.page.locator("a.footnote-ref").first
    ref.scroll_into_view_if_needed()
    ref.tap()
    tooltip = t.page.locator(".md-tooltip2--active")
    expect(tooltip).to_be_visible(timeout=5_000)
    assert citation[:80] in " ".join(tooltip.inner_text().replace("↩", "").split())
    assert "#" not in t.page.url.split("/")[-1], "the first tap navigated instead of showing the preview"
    ref.tap()
    t.page.wait_for_url(re.compile(rf"/briefs/[^/]+\.html#{target}$"))
    _landed_on_sentence(t, target)
    t.assert_clean()


def test_the_conclusions_table_filters_by_kind_brief_theme_and_actor(tab: Callable[..., Tab], kind: str,
                                                                     sites: Sites) -> None:
    t = tab(kind)
    t.goto("conclusions.html")
    rows = t.page.locator(".conclusions-table tbody tr")
    total = rows.count()
    data = knowledge(sites)
    assert total == len(data["conclusions"]) > 0
    status = t.page.locator(".table-filters-status")
    expect(status).to_have_text(f"Showing {total} of {total} rows.")
    t.page.select_option(".table-filters select[name=kind]", "forecast")
    forecasts = sum(1 for c in data["conclusions"] if c["kind"] == "forecast" and not c["attributed_to"])
    expect(status).to_have_text(f"Showing {forecasts} of {total} rows.")
    shown = t.page.locator(".conclusions-table tbody tr:not([hidden])")
    assert shown.count() == forecasts and all(k.startswith("Forecast") for k in shown.locator("td:nth-child(2)").all_inner_texts())
    t.page.select_option(".table-filters select[name=actor]", "kim-jong-un")
    kim = shown.count()
    assert 0 < kim < forecasts, "filters combine: forecasts that name Kim Jong Un"
    assert all("Kim Jong Un" in a for a in shown.locator("td:nth-child(6)").all_inner_texts())
    t.page.click(".table-filters button[type=reset]")
    expect(status).to_have_text(f"Showing {total} of {total} rows.")
    brief = data["briefs"][0]["id"]
    t.page.select_option(".table-filters select[name=brief]", brief)
    mine = sum(1 for c in data["conclusions"] if c["brief"] == brief)
    expect(status).to_have_text(f"Showing {mine} of {total} rows.")
    theme = t.page.locator(".table-filters select[name=theme] option").nth(1).get_attribute("value")
    t.page.click(".table-filters button[type=reset]")
    t.page.select_option(".table-filters select[name=theme]", theme)
    assert all(f"themes/{theme}.html" in h for h in shown.locator("td:nth-child(5)").evaluate_all(
        "cells => cells.map(c => Array.from(c.querySelectorAll('a')).map(a => a.getAttribute('href')).join(' '))"))
    t.assert_clean()


_STUB_CLIPBOARD = """
window.__copied = [];
Object.defineProperty(navigator, "clipboard", {configurable: true, value: {
  writeText: function (text) { window.__copied.push(text); return Promise.resolve(); }}});
"""


def test_cite_buttons_copy_a_citation_of_the_paragraph_and_the_briefs_bibtex(tab: Callable[..., Tab], kind: str,
                                                                           sites: Sites) -> None:
    t = tab(kind)
    t.page.add_init_script(_STUB_CLIPBOARD)
    brief = next(b for b in knowledge(sites)["briefs"] if b["authors"])
    t.goto(brief["url"])
    para = t.page.locator("p.brief-para[id='p-2']")
    para.hover()
    para.locator(".cite-button").click()
    copied = t.page.evaluate("() => window.__copied")
    assert len(copied) == 1
    text = copied[0]
    assert text.startswith(f"{', '.join(brief['authors'])}, “{brief['title']}”"), text
    assert ", paragraph 2, " in text and text.endswith(brief["url"].rsplit("/", 1)[1] + "#p-2"), text
    t.page.locator("details.cite-brief summary").click()
    t.page.locator("button[data-copy='cite-bibtex']").click()
    bib = t.page.evaluate("() => window.__copied")[-1]
    assert bib.startswith("@") and brief["title"].split()[0] in bib
    t.page.locator("button[data-copy='cite-ris']").click()
    ris = t.page.evaluate("() => window.__copied")[-1].splitlines()
    assert ris[0].startswith("TY  - ") and ris[-1].startswith("ER  -"), ris
    assert f"TI  - {brief['title']}" in ris and all(f"AU  - {a}" in ris for a in brief["authors"]), ris
    # The tags a reference manager reads (Zotero's connector, Google Scholar), read back from the page.
    tags = t.page.evaluate("""() => [...document.querySelectorAll('head meta[name^="citation_"]')]
                                      .map(m => [m.name, m.content])""")
    assert ["citation_title", brief["title"]] in tags, tags
    assert [["citation_author", a] for a in brief["authors"]] == [x for x in tags if x[0] == "citation_author"]
    for key, name in (("date", "citation_date"), ("institution", "citation_publisher")):
        assert ([name, brief[key].replace("-", "/")] in tags) if brief.get(key) else name not in dict(tags), (key, tags)
    judgement = t.page.locator(".key-judgements li").first
    judgement.hover()
    judgement.locator(".cite-button").click()
    said = t.page.evaluate("() => window.__copied")[-1]
    assert said.startswith(", ".join(brief["authors"])) and re.search(r"#p-\d+(-s\d+)?$", said), said
    t.page.goto(t.url("conclusions.html"))
    t.page.locator(".conclusions-table tbody tr").first.locator(".cite-button").click()
    row = t.page.evaluate("() => window.__copied")[-1]
    assert re.search(r", paragraph \d+, .*briefs/[^/]+\.html#p-\d+-s\d+$", row), row
    t.assert_clean()


@pytest.mark.parametrize(("path", "tab_name"), [(ACTOR, "Actors"), ("themes/sanctions.html", "Themes")])
def test_the_section_tab_of_a_generated_page_is_highlighted(tab: Callable[..., Tab], kind: str, path: str,
                                                           tab_name: str, sites: Sites) -> None:
    t = tab(kind)
    for page in (path, knowledge(sites)["briefs"][0]["url"]):
        t.goto(page)
        active = t.page.locator(".md-tabs__item--active")
        expect(active).to_have_count(1)
        expected = tab_name if page == path else "Briefs"
        assert active.inner_text().strip() == expected
    t.assert_clean()


def test_the_offline_404_page_is_styled(tab: Callable[..., Tab], kind: str) -> None:
    t = tab(kind)
    t.goto("404.html")
    header = t.page.evaluate("() => getComputedStyle(document.querySelector('.md-header')).position")
    assert header in ("sticky", "fixed"), "the 404 page has no Material stylesheet"
    t.assert_clean()


def test_an_abbreviation_is_explained_where_it_appears_and_in_the_glossary(tab: Callable[..., Tab], kind: str,
                                                                           sites: Sites) -> None:
    t = tab(kind)
    brief = next(b for b in knowledge(sites)["briefs"] if any("(NIS)" in p["text"] for p in b["paragraphs"]))
    t.goto(brief["url"])
    abbr = t.page.locator("p.brief-para abbr", has_text="NIS").first
    assert abbr.get_attribute("title") == "National Intelligence Service"
    abbr.scroll_into_view_if_needed()
    abbr.hover()
    tooltip = t.page.locator(".md-tooltip2--active")
    expect(tooltip).to_be_visible(timeout=5_000)
    assert "National Intelligence Service" in tooltip.inner_text()
    t.goto("glossary.html")
    row = t.page.locator("table tr", has_text="National Intelligence Service")
    expect(row).to_have_count(1)
    assert row.locator("td").first.inner_text().strip() == "NIS"
    t.assert_clean()


def test_key_pages_fit_a_phone_screen(tab: Callable[..., Tab], kind: str) -> None:
    """At 390 px nothing pushes the page wider than the screen: a reader never scrolls sideways."""
    t = tab(kind, width=390)
    wide: dict[str, int] = {}
    for path in KEY_PAGES + ("timeline.html",):
        t.goto(path)
        width = t.page.evaluate("() => document.documentElement.scrollWidth")
        if width > 390:
            wide[path] = width
    assert wide == {}, f"pages wider than a 390 px phone: {wide}"
    t.assert_clean()


def test_palette_toggle_switches_between_light_and_dark(tab: Callable[..., Tab], kind: str) -> None:
    t = tab(kind)
    t.goto("index.html")
    scheme = "() => document.body.getAttribute('data-md-color-scheme')"
    assert t.page.evaluate(scheme) == "default"
    t.page.locator("form[data-md-component=palette] label:visible").first.click()
    t.page.wait_for_function(f"() => ({scheme})() === 'slate'")
    t.page.locator("form[data-md-component=palette] label:visible").first.click()
    t.page.wait_for_function(f"() => ({scheme})() === 'default'")
    t.assert_clean()

"""Metadata where readers need it: the brief header, the briefs index and the citations,
on a build of tests/fixtures/dated (a day, a month, a year and no date; one brief without an
institution, one with a report number and a source address)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from tests.reliability import htmlpage
from tests.sites.sitebuild import ROOT, Build, build, make_project

DATED = ROOT / "tests" / "fixtures" / "dated"


@pytest.fixture(scope="module")
def dated_site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    briefs: dict[str, str | bytes] = {p.name: p.read_bytes() for p in sorted(DATED.iterdir())}
    result = build(make_project(tmp_path_factory.mktemp("dated"), briefs))
    assert result.returncode == 0, result.output
    return result


@pytest.fixture(scope="module")
def cited_site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The dated briefs and one more naming their actors again: an actor named in one paragraph
    has no page (so no footnotes) of its own, and these briefs name each actor once."""
    briefs: dict[str, str | bytes] = {p.name: p.read_bytes() for p in sorted(DATED.iterdir())}
    briefs["zz_again.md"] = ("---\ntitle: Again\nauthors: [A. Writer]\ninstitution: Other Forum\ndate: 2024\n---\n\n"
                             "Russia and the Mekong River Commission were named again this year.\n").encode()
    result = build(make_project(tmp_path_factory.mktemp("cited"), briefs))
    assert result.returncode == 0, result.output
    return result


def header(site: Build, page: str) -> list[tuple[str, str]]:
    """The (label, value) pairs of a brief page's metadata block, as text."""
    html = site.html(page)
    block = re.search(r'<dl class="brief-meta">(.*?)</dl>', html, re.S)
    assert block, f"{page}: no metadata block"
    pairs = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", block.group(1), re.S)
    return [(dt, htmlpage.flat(re.sub(r"<[^>]+>", "", dd))) for dt, dd in pairs]


def test_the_header_names_authors_institution_date_report_source_and_original(dated_site: Build) -> None:
    assert header(dated_site, "briefs/baltic-grid.html") == [
        ("Author", "Laura Kalniņa"), ("Institution", "Riga Energy Forum"), ("Date", "21 September 2021"),
        ("Report", "REF Brief No. 14"), ("Source", "example.org/briefs/baltic-grid"),
        ("Original file", "baltic&#95;grid.md"),
    ]
    html = dated_site.html("briefs/baltic-grid.html")
    assert '<time datetime="2021-09-21">21 September 2021</time>' in html
    assert '<a href="https://example.org/briefs/baltic-grid">' in html
    assert html.index('class="brief-meta"') < html.index('id="p-1"')  # right under the title
    assert header(dated_site, "briefs/arctic-shipping.html")[:3] == [
        ("Authors", "Erik Nordahl, Anna Berg"), ("Institution", "Arctic Policy Institute"), ("Date", "July 2023")]


def test_a_brief_that_states_no_date_shows_none(dated_site: Build) -> None:
    assert [label for label, _ in header(dated_site, "briefs/undated-note.html")] == [
        "Author", "Institution", "Original file"]
    assert "<time" not in dated_site.html("briefs/undated-note.html")
    # no institution stated: none shown either
    assert [label for label, _ in header(dated_site, "briefs/water-treaty.html")] == ["Author", "Date", "Original file"]


def test_the_index_is_written_newest_first_with_undated_briefs_last(dated_site: Build) -> None:
    html = dated_site.html("briefs/index.html")
    table = html[html.index('<div class="briefs-table">'):]
    rows = re.findall(r'<td><a href="([^"]+)\.html">', table)
    assert rows == ["arctic-shipping", "water-treaty", "baltic-grid", "undated-note"]
    assert re.findall(r'<time datetime="([^"]+)">', table) == ["2023-07", "2022", "2021-09-21"]
    assert "<td></td>" in table  # no institution, no date: an empty cell, never a made-up value
    assert '<script src="../assets/briefsite.js"></script>' in html


def test_citations_name_author_title_institution_report_date_and_paragraph(cited_site: Build) -> None:
    dated_site = cited_site
    pages = [p.read_text(encoding="utf-8") for p in sorted(dated_site.site.rglob("*.html"))]
    notes = [htmlpage.flat(re.sub(r"<[^>]+>", "", li)) for html in pages for li in
             re.findall(r'<li id="fn:[^"]+">(.*?)</li>', html, re.S)]
    # the conclusions table names each row's source in its link's title, and its paragraph
    notes += [f"{htmlpage.flat(title)}, paragraph {n}: " for n, title in re.findall(
        r'<td><a href="briefs/[^"#]+\.html#p-(\d+)-s\d+" title="([^"]+)"', dated_site.html("conclusions.html"))]
    baltic = next(n for n in notes if "Baltic" in n)
    assert re.match(r"Laura Kalniņa, “Synchronising the Baltic grid”, Riga Energy Forum, "
                    r"REF Brief No. 14, 21 September 2021, paragraph \d: “The ", baltic)
    undated = next(n for n in notes if "without a date" in n)
    assert re.match(r"Sam Okafor, “A note without a date”, Bureau of Plain Statements, paragraph \d: ", undated)
    year = next(n for n in notes if "Mekong" in n)
    assert re.match(r"Minh Tran, “Water sharing on the Mekong”, 2022, paragraph \d: ", year)


def test_the_conclusions_table_names_each_rows_source(dated_site: Build) -> None:
    html = dated_site.html("conclusions.html")
    titles = [htmlpage.flat(t) for t in re.findall(r'<td><a href="briefs/[^"#]+\.html#p-\d+-s\d+" title="([^"]+)"', html)]
    assert titles and any(t.startswith("Laura Kalniņa, “Synchronising the Baltic grid”, Riga Energy Forum, "
                                       "REF Brief No. 14, 21 September 2021") for t in titles)


def test_footnote_labels_stay_stable(cited_site: Build) -> None:
    pages = sorted((cited_site.site / "actors").glob("*.html"))
    ids = [i for p in pages for i in re.findall(r'<li id="fn:([^"]+)">', p.read_text(encoding="utf-8"))]
    assert ids and all(re.fullmatch(r"[a-z0-9-]+-p\d+(?:-s\d+)?", i) for i in ids)  # a paragraph, or its sentence


def test_the_fixture_is_as_described() -> None:
    assert sorted(p.name for p in DATED.iterdir()) == [
        "arctic_shipping.md", "baltic_grid.md", "undated_note.md", "water_treaty.md"]


def test_the_bundled_briefs_show_no_date(bundled_site: Build) -> None:
    for page in Path(bundled_site.site, "briefs").glob("0*.html"):
        assert "<dt>Date</dt>" not in page.read_text(encoding="utf-8")


def test_knowledge_json_carries_the_report_number(dated_site: Build) -> None:
    data = json.loads((dated_site.site / "knowledge.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads((ROOT / "docs" / "knowledge.schema.json").read_text(encoding="utf-8")))
    assert {b["source"]: b["report_number"] for b in data["briefs"]} == {
        "arctic_shipping.md": None, "baltic_grid.md": "REF Brief No. 14", "undated_note.md": None, "water_treaty.md": None}

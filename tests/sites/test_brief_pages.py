"""The built site of the bundled briefs: brief pages, anchors, knowledge.json, strictness."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.sites.sitebuild import ROOT, Build, build, make_project

SCHEMA = json.loads((ROOT / "docs" / "knowledge.schema.json").read_text(encoding="utf-8"))


def knowledge(site: Build) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((site.site / "knowledge.json").read_text(encoding="utf-8"))
    return data


def test_knowledge_json_is_valid_against_its_schema(bundled_site: Build) -> None:
    data = knowledge(bundled_site)
    jsonschema.validate(data, SCHEMA)
    assert data["version"] == 1
    assert [b["source"] for b in data["briefs"]] == sorted(p.name for p in (ROOT / "briefs").iterdir())


def test_every_paragraph_has_a_numbered_anchor_on_its_page(bundled_site: Build) -> None:
    for brief in knowledge(bundled_site)["briefs"]:
        html = bundled_site.html(brief["url"])
        for para in brief["paragraphs"]:
            n = para["id"]
            assert para["url"] == f"{brief['url']}#p-{n}"
            tag = re.search(rf'<p class="brief-para" dir="auto" id="p-{n}">(.*?)</p>', html, re.S)
            assert tag, f"no paragraph anchor p-{n} in {brief['url']}"
            assert re.search(rf'<a aria-label="Paragraph {n}, link" class="pn" href="#p-{n}"[^>]*>{n}</a>', tag.group(1))
        assert html.count('class="brief-para"') == len(brief["paragraphs"])


def test_brief_page_links_to_its_original_file(bundled_site: Build) -> None:
    for brief in knowledge(bundled_site)["briefs"]:
        html = bundled_site.html(brief["url"])
        original = brief["original"]
        assert f'href="../{original}"' in html
        assert (bundled_site.site / original).read_bytes() == (ROOT / "briefs" / brief["source"]).read_bytes()


def test_metadata_of_the_bundled_briefs(bundled_site: Build) -> None:
    briefs = {b["source"]: b for b in knowledge(bundled_site)["briefs"]}
    first, second = briefs["000_322f3bcde1d308c5.txt"], briefs["003_88f67b0aa1197754.txt"]
    assert first["title"] == "North Korea's Foreign Policy Towards South Korea and the U.S."
    assert first["authors"] == ["Oskar Pietrewicz"] and first["institution"] is None
    assert second["title"] == (
        "North Korea signs of breaking away from isolationism and restarting cooperation with South Korea and the US"
    )
    assert second["authors"] == ["Soo-Ho Lim"] and second["institution"] == "INSS"
    assert first["date"] is None and second["date"] is None  # neither brief states one
    sections = [p["section"] for p in first["paragraphs"]]
    for heading in ("Internal Context", "Approach to South Korea", "Relations with the U.S.", "Conclusions and Perspectives"):
        assert heading in sections
        assert re.search(rf'<h2 dir="auto" id="[^"]+">{re.escape(heading)}<a class="headerlink"', bundled_site.html(first["url"]))


def test_briefs_index_and_home_show_counts(bundled_site: Build) -> None:
    data = knowledge(bundled_site)
    index = bundled_site.html("briefs/index.html")
    for brief in data["briefs"]:
        assert brief["url"].removeprefix("briefs/") in index
    home = bundled_site.html("index.html")
    paragraphs = sum(len(b["paragraphs"]) for b in data["briefs"])
    assert f"{paragraphs} numbered paragraphs" in home and f"{len(data['actors'])} actors" in home
    # about the briefs: their institutions, main actors and themes, the latest with their authors
    assert "<strong>From:</strong> INSS (1); 1 names no institution" in home and "Most named:" in home and "Main themes:" in home
    for brief in data["briefs"]:
        assert brief["url"] in home and all(a in home for a in brief["authors"])
    assert re.search(r'<li><em>(Forecast|Recommendation|Assessment):</em> .*?href="briefs/[^"]+\.html#p-\d+-s\d+"', home)


def test_sidebar_lists_section_pages_only(bundled_site: Build) -> None:
    html = bundled_site.html("briefs/index.html")
    nav = html[html.index('<nav class="md-nav md-nav--primary'):]
    nav = nav[: nav.index("</nav>")]
    for brief in knowledge(bundled_site)["briefs"]:
        assert brief["url"].removeprefix("briefs/") not in nav


def test_a_citation_to_a_missing_paragraph_fails_the_strict_build(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    brief_id = "000-322f3bcde1d308c5"
    (root / "docs" / "broken-citation.md").write_text(
        f"# Broken\n\nA claim.[^1]\n\n[^1]: See [paragraph 999](briefs/{brief_id}.md#p-999).\n", encoding="utf-8"
    )
    result = build(root)
    assert result.returncode != 0
    assert "broken-citation.md" in result.output and "p-999" in result.output


@pytest.mark.parametrize(
    ("page", "h1", "title"),
    [("index.html", "2 briefs, cross-read", "Home"), ("briefs/index.html", "Briefs", "Briefs"),
     ("data.html", "Data", "Data"), ("method.html", "Method", "Method")],
)
def test_site_pages_have_their_heading_and_title(bundled_site: Build, page: str, h1: str, title: str) -> None:
    html = bundled_site.html(page)
    assert re.findall(r"<h1[^>]*>([^<]*)", html) == [h1]
    assert f"<title>{title} - Policy briefs</title>" in html


def test_timeline_lists_every_event_with_a_citation(bundled_site: Build) -> None:
    events = knowledge(bundled_site)["events"]
    assert events, "the bundled briefs state dates (September 2021, January 2020)"
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)
    page = bundled_site.html("timeline.html")
    for e in events:
        brief_page, _, anchor = e["url"].partition("#")
        assert f'id="{anchor}"' in bundled_site.html(brief_page)
        assert f'href="{brief_page}#{anchor}"' in page
    assert "2021-09" in {e["date"][:7] for e in events}


def test_a_pdf_notes_marker_leads_to_its_note_and_back(tmp_path: Path) -> None:
    from tests.unit.test_pdf import _page_one, _page_three, _page_two
    from tests.unit.pdfmaker import make_pdf

    pdf = make_pdf([_page_one(), _page_two(), _page_three()], rects={1: [(62, 450, 300, 500)]})
    site = build(make_project(tmp_path, {"water.pdf": pdf}))
    assert site.returncode == 0, site.output
    html = site.html("briefs/water.html")
    ref = re.search(r'id="(p-\d+)">(?:(?!</p>).)*<sup class="brief-noteref"><a href="#note-1" title="Note 1">1</a></sup>',
                    html, re.S)
    assert ref, "the marker after 'delayed.' links to note 1"
    note = re.search(r'<p class="brief-note" id="note-1"><a href="#(p-\d+)" title="Back to the text"><strong>1</strong>'
                     r'</a> The delay is described in the annex.</p>', html)
    assert note and note.group(1) == ref.group(1)
    assert "[1]" not in html


def test_an_actor_page_quotes_a_few_key_statements_per_brief_and_folds_the_rest(bundled_site: Build) -> None:
    from briefsite.site.actor_pages import KEY_STATEMENTS

    html = bundled_site.html("actors/north-korea.html")
    body = html[html.index('id="what-the-briefs-say"'):html.index('id="related-actors"')]
    sections = re.split(r"<h3 ", body)[1:]
    assert len(sections) == 2  # the two bundled briefs
    for section in sections:
        quotes = re.findall(r"<li>.*?</li>", section[:section.find("<details")] if "<details" in section else section, re.S)
        assert 1 <= len(quotes) <= KEY_STATEMENTS
        assert all('class="footnote-ref"' in q for q in quotes)  # each cited
    assert body.count('<details class="more-mentions">') == 2  # every other mention a folded link
    assert re.search(r'href="\.\./briefs/[^"]+\.html#p-\d+">¶ \d+</a>', body)
    # the conclusions involving it: one link to the table, filtered, not a second copy of quotes
    assert 'href="../conclusions.html?actor=north-korea"' in html
    assert "Conclusions involving" not in html


def test_a_brief_page_opens_with_its_key_judgements_linked_to_their_sentences(bundled_site: Build) -> None:
    from briefsite.site.brief_pages import KEY_JUDGEMENTS

    data = knowledge(bundled_site)
    for brief in data["briefs"]:
        html = bundled_site.html(brief["url"])
        box = html[html.index('<div class="key-judgements">'):]
        box = box[:box.index("</div>")]
        items = re.findall(r"<li>(.*?)</li>", box, re.S)
        own = [c for c in data["conclusions"] if c["brief"] == brief["id"] and not c["attributed_to"]]
        assert len(items) == min(KEY_JUDGEMENTS, len(own)) > 0
        for item in items:
            anchor = re.search(r'href="#(p-\d+-s\d+)"', item)
            assert anchor and f'id="{anchor.group(1)}"' in html
        assert html.index('class="key-judgements"') < html.index('id="p-1"')


def test_reference_managers_read_each_briefs_citation_tags_and_its_bibtex_and_ris(bundled_site: Build) -> None:
    import html as htmllib

    for brief in knowledge(bundled_site)["briefs"]:
        page = bundled_site.html(brief["url"])
        head = page[:page.index("</head>")]
        tags: dict[str, list[str]] = {}
        for name, content in re.findall(r'<meta name="(citation_[a-z_]+)" content="([^"]*)">', head):
            tags.setdefault(name, []).append(htmllib.unescape(content))
        assert tags["citation_title"] == [brief["title"]]
        assert tags.get("citation_author", []) == brief["authors"]
        assert tags.get("citation_publisher", []) == ([brief["institution"]] if brief["institution"] else [])
        assert tags.get("citation_date", []) == ([brief["date"].replace("-", "/")] if brief["date"] else [])
        found = re.search(r'<pre data-copy-source="cite-bibtex"><code>(.*?)</code></pre>', page, re.S)
        assert found
        bib = htmllib.unescape(found.group(1))
        assert bib.startswith(f"@{'techreport' if brief['institution'] else 'misc'}{{{brief['id']},")
        assert all(a in bib for a in brief["authors"])
        found = re.search(r'<pre data-copy-source="cite-ris"><code>(.*?)</code></pre>', page, re.S)
        assert found
        ris = htmllib.unescape(found.group(1))
        assert ris.startswith("TY  - RPRT\n") and ris.rstrip().endswith("ER  -")
        assert [line[6:] for line in ris.splitlines() if line.startswith("AU  - ")] == brief["authors"]

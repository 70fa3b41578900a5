"""Hostile text in titles, authors, front matter, file names and bodies: on the BUILT HTML
of both sites it is shown literally, and nothing from a brief becomes markup, script,
attribute, comment, footnote, anchor or heading."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.reliability import corpora, htmlpage
from tests.reliability.buildrun import Run
from tests.reliability.htmlpage import flat

# Material's own inline scripts (the config is JSON, not run); anything else is foreign.
MATERIAL_INLINE = ("__md_scope=new URL(", 'var palette=__md_get("__palette")',
                   "var target=document.getElementById(location.hash")
# Elements a brief could only have brought in as raw HTML.
FOREIGN_TAGS = {"iframe", "style", "object", "embed", "base", "frame", "b"}


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def brief_pages(run: Run, site: Path) -> dict[str, htmlpage.Page]:
    return {b["source"]: htmlpage.read(site / b["url"]) for b in run.knowledge(site)["briefs"]}


@pytest.fixture(scope="module", params=["site", "offline"])
def site(request: pytest.FixtureRequest, accepted: Run) -> Path:
    folder: Path = getattr(accepted, request.param)
    return folder


_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")


def assert_page_numbers_only(where: Path, text: str) -> None:
    """The conclusions table's page data (site/conclusion_pages.py) holds slugs and page
    numbers, nothing a brief wrote: `{"actor": {"china": [1, 4]}, "page": 2, "pages": 9, ...}`."""
    data = json.loads(text)
    assert set(data) == {"page", "pages", "brief", "actor", "theme"}, (where, sorted(data))
    assert isinstance(data["page"], int) and isinstance(data["pages"], int), where
    for facet in ("brief", "actor", "theme"):
        for ident, numbers in data[facet].items():
            assert _SLUG.fullmatch(ident), (where, facet, ident)
            assert numbers and all(isinstance(n, int) and 1 <= n <= data["pages"] for n in numbers), (where, ident)


def test_no_script_attribute_comment_or_element_from_a_brief(site: Path) -> None:
    checked = 0
    for path in pages(site):
        page = htmlpage.read(path)
        where = path.relative_to(site)
        for attrs, text in page.scripts:
            if "src" in attrs:
                target = (path.parent / attrs["src"]) if not attrs["src"].startswith("/") else site / attrs["src"][1:]
                assert target.resolve().is_file() and "assets/" in attrs["src"], (where, attrs)
            elif attrs.get("type") == "application/json" and attrs.get("class") == "conclusions-pages":
                assert_page_numbers_only(where, text)
            elif attrs.get("type") == "application/json":
                assert attrs.get("id") == "__config" and "alert" not in text, (where, text[:200])
            else:
                assert text.strip().startswith(MATERIAL_INLINE), (where, text[:200])
        for tag, attrs in page.elements:
            assert not [k for k in attrs if k.startswith("on")], (where, tag, attrs)
            for key in ("href", "src", "action", "formaction"):
                assert not "".join(attrs.get(key, "").split()).lower().startswith("javascript:"), (where, tag, attrs)
            assert tag not in FOREIGN_TAGS, (where, tag, attrs)
            assert not (tag == "img" and attrs.get("src") == "x"), (where, attrs)
            assert "markdown" not in attrs, (where, tag, attrs)
        assert page.comments == [], (where, page.comments)
        assert len(page.ids) == len(set(page.ids)), (where, sorted(i for i in page.ids if page.ids.count(i) > 1))
        checked += 1
    assert checked > 50


def test_body_text_is_shown_literally(accepted: Run, site: Path) -> None:
    briefs = brief_pages(accepted, site)
    for source in ("hostile front matter.md", "hostile_body.txt"):
        page = briefs[source]
        texts = [text for _, text in page.paras]
        for i, payload in enumerate(corpora.HOSTILE):
            assert corpora.hostile_sentence(i, payload) in texts, (source, payload)
            if payload not in corpora.DROPPED_ALONE and not (source.endswith(".md") and payload == "# heading"):
                assert any(payload in text for text in texts[len(corpora.HOSTILE):]), (source, payload)
        # `{#p-1}` and `{: #p-2 }` made no anchor of their own: ids are p-1 ... p-N in order.
        assert [ident for ident, _ in page.paras] == [f"p-{n}" for n in range(1, len(page.paras) + 1)]
        assert len(page.h1) == 1  # `# heading` in a .txt is text, never a heading
    md = briefs["hostile front matter.md"]
    assert corpora.HOSTILE_SECTION in md.h2 and "heading" in md.h2  # a .md brief's own headings


def test_titles_authors_and_front_matter_are_shown_literally(accepted: Run, site: Path) -> None:
    page = brief_pages(accepted, site)["hostile front matter.md"]
    title = corpora.HOSTILE_TITLE
    assert page.title == f"{title} - Policy briefs"
    assert page.h1 == [title] and page.topic == title
    for text in (*corpora.HOSTILE_AUTHORS, corpora.HOSTILE_INSTITUTION, corpora.HOSTILE_REPORT,
                 "hostile front matter.md", "example.org/briefs/hostile"):
        assert text in page.meta
    assert ("a", {"href": corpora.HOSTILE_SOURCE_URL}) in page.elements  # the source link, as given
    body = brief_pages(accepted, site)["hostile_body.txt"]
    assert body.h1 == ["Security of <script>alert(7)</script> {{ x }} Systems"]
    index = htmlpage.read(site / "briefs" / "index.html")
    for text in (title, *corpora.HOSTILE_AUTHORS, corpora.HOSTILE_INSTITUTION):
        assert text in index.text


def test_file_names_are_shown_literally(accepted: Run, site: Path) -> None:
    briefs = brief_pages(accepted, site)
    for i, name in enumerate(corpora.HOSTILE_NAMES):
        page = briefs[name]
        assert page.h1 == [f"A Brief With a Strange File Name {i}"]
        assert f"Original file {name}" in page.meta


def test_quotes_and_footnotes_on_other_pages_stay_literal(site: Path) -> None:
    """Hostile sentences name North Korea: they are quoted on its actor page and cited
    in footnotes, where the text passes through other templates."""
    page = htmlpage.read(site / "actors" / "north-korea.html")
    # The actor page quotes a few key statements per brief (the others are folded links), so
    # each hostile sentence is looked for on every generated page that quotes or cites text.
    others = [*(htmlpage.read(p) for p in sorted(site.glob("*.html"))),
              *(htmlpage.read(p) for p in sorted((site / "themes").glob("*.html")))]
    quoting = [page, *others, *(htmlpage.read(p) for p in sorted((site / "briefs").glob("*.html")))]
    assert sum(payload in q.text for payload in corpora.HOSTILE[:5] for q in [page, *others]) >= 3
    for payload in corpora.HOSTILE[:5]:
        # (a sentence break may fall inside a payload, `<!` | `-- ...`: the page text of two
        # sentence spans is read with a space between them)
        assert any(payload.replace(" ", "") in q.text.replace(" ", "") for q in quoting), payload
    footnotes = [a for _, a in page.elements if a.get("id", "").startswith("fn:")]
    assert footnotes and not [a for a in footnotes if a["id"] in ("fn:1", "fn:p-1")]


def test_search_index_holds_no_markup_from_briefs(accepted: Run) -> None:
    """Material's search shows titles and texts of the index as HTML."""
    docs = json.loads((accepted.site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    found = 0
    for doc in docs:
        for key in ("title", "text"):
            page = htmlpage.parse(doc[key])
            assert not {tag for tag, _ in page.elements} & (FOREIGN_TAGS | {"script", "img"}), doc
            assert not [a for _, a in page.elements if any(k.startswith("on") for k in a)], doc
            assert page.comments == [], doc
        found += "alert(" in doc["text"]
    assert found  # the hostile text is indexed, as text


def test_knowledge_json_holds_the_text_as_data(accepted: Run) -> None:
    briefs = {b["source"]: b for b in accepted.knowledge()["briefs"]}
    brief = briefs["hostile front matter.md"]
    assert brief["title"] == corpora.HOSTILE_TITLE
    assert brief["authors"] == list(corpora.HOSTILE_AUTHORS)
    assert brief["institution"] == corpora.HOSTILE_INSTITUTION
    assert brief["source_url"] == corpora.HOSTILE_SOURCE_URL
    assert corpora.hostile_sentence(0, corpora.HOSTILE[0]) == brief["paragraphs"][0]["text"]


def test_a_title_made_from_a_hostile_file_name_is_literal(accepted: Run) -> None:
    """A title guessed from the file name is a guess, so the strict build publishes it:
    literally, on its page and in the build report page."""
    briefs = {b["source"]: b for b in accepted.knowledge()["briefs"]}
    brief = briefs["<script>alert(11) no title.txt"]
    report = htmlpage.read(accepted.site / "report.html")
    assert "<script>alert(11) no title.txt : title '<script>alert(11) no title' made from" in report.text
    assert not [s for a, s in report.scripts if "alert" in s or "alert" in a.get("src", "")]
    page = htmlpage.read(accepted.site / brief["url"])
    assert page.title == "<script>alert(11) no title - Policy briefs"
    assert page.h1 == ["<script>alert(11) no title"] and page.topic == "<script>alert(11) no title"
    assert not [s for a, s in page.scripts if "alert" in s or "alert" in a.get("src", "")]
    assert flat("this brief starts in lowercase, so it has no title line.") in [t for _, t in page.paras]

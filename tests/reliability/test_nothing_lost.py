"""Nothing lost, on the built site: every paragraph of every accepted brief appears
exactly once on its page, in order, and every word of its source body reaches the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefsite.ingest.files import read_briefs
from briefsite.repair.briefs import repair
from tests.reliability import htmlpage
from tests.reliability.buildrun import Run
from tests.reliability.htmlpage import flat
from tests.sourcebody import source_body


@pytest.fixture(scope="module", params=["accepted", "bundled"])
def run(request: pytest.FixtureRequest) -> Run:
    build: Run = request.getfixturevalue(request.param)
    return build


def test_every_paragraph_appears_once_in_order(run: Run) -> None:
    total = 0
    for site in (run.site, run.offline):
        for brief in run.knowledge(site)["briefs"]:
            page = htmlpage.read(site / brief["url"])
            expected = [(f"p-{p['id']}", flat(p["text"])) for p in brief["paragraphs"]]
            assert page.paras == expected, brief["source"]
            total += len(expected)
    assert total >= 30  # not vacuous: both runs hold dozens of paragraphs


def alnum(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def test_every_word_of_every_source_reaches_its_page(run: Run) -> None:
    briefs_dir = run.briefs or Path(__file__).resolve().parents[2] / "briefs"
    raws, _ = read_briefs(briefs_dir)
    by_source = {b["source"]: b for b in run.knowledge()["briefs"]}
    assert sorted(by_source) == sorted(r.source for r in raws)
    words = 0
    for raw in raws:
        brief, _ = repair(raw)
        page = htmlpage.read(run.site / by_source[raw.source]["url"])
        # h2 section headings and paragraphs, as the reader sees them, minus the numbers
        shown = alnum(" ".join(page.body).replace("#", ""))
        expected = alnum(source_body(raw, brief).replace("#", ""))
        assert shown == expected, raw.source
        assert page.h1 == [flat(by_source[raw.source]["title"])]
        for author in by_source[raw.source]["authors"]:
            assert author in page.meta
        words += len(source_body(raw, brief).split())
    assert words > 2_000

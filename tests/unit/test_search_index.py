"""The search index: a paragraph per entry at its anchor, pages that quote found by name, text escaped."""

from __future__ import annotations

import json

from briefsite.corpus.index import Corpus
from briefsite.model import Actor, ActorId, Brief, BriefId, Knowledge, Meta, Paragraph
from briefsite.site.search_index import entries, merged


def _corpus() -> Corpus:
    brief = Brief(BriefId("b"), "b.txt", Meta(title="T", authors=("A",)),
                  (Paragraph(1, "Sanctions <img src=x onerror=alert(1)> bite.", "Intro", 1),))
    return Corpus(Knowledge(briefs=(brief,), actors=(Actor(ActorId("un"), "United Nations", "organisation",
                                                            ("UN", "U.N.")),), themes=()))


def test_each_paragraph_is_an_entry_at_its_anchor_with_its_text_escaped() -> None:
    docs = entries(_corpus(), {})
    para = next(d for d in docs if d["location"] == "briefs/b.html#p-1")
    assert para["title"] == "¶ 1 · Intro"
    assert para["text"] == "Sanctions &lt;img src=x onerror=alert(1)&gt; bite."
    assert next(d for d in docs if d["location"] == "briefs/b.html")["kind"] == "brief"
    actor = next(d for d in docs if d["location"] == "actors/un.html")
    assert actor["kind"] == "actor" and actor["names"] == ["United Nations", "UN", "U.N."]


def test_merged_drops_mkdocs_entries_of_replaced_pages() -> None:
    index = json.dumps({"config": {"lang": ["en"]}, "docs": [
        {"location": "method.html", "title": "M", "text": "x"}, {"location": "briefs/b.html#s", "title": "B", "text": "y"}]})
    out = json.loads(merged(index, [{"location": "briefs/b.html", "title": "T", "text": ""}], {"briefs/b.html"}))
    assert out["config"] == {"lang": ["en"]}
    assert [d["location"] for d in out["docs"]] == ["method.html", "briefs/b.html"]

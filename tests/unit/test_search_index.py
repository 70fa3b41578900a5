"""Pages that quote the briefs are searched by name: their entries, escaped, added in order."""

from __future__ import annotations

import json

from briefsite.corpus.index import Corpus
from briefsite.model import Actor, ActorId, Knowledge, Theme, ThemeId
from briefsite.site.search_index import Entry, summaries, with_entries


def test_actor_and_theme_pages_are_found_by_their_names_aliases_and_phrases() -> None:
    k = Knowledge(briefs=(),
                  actors=(Actor(ActorId("un"), "United Nations", "organisation", ("UN", "U.N.", "UN"),
                                "The  world body"),),
                  themes=(Theme(ThemeId("trade"), "Trade", "", phrases=("tariff", "export controls")),))
    assert summaries(Corpus(k)) == {
        "actors/un.md": "United Nations · UN · U.N.",
        "conclusions.md": "",
        "themes/trade.md": "Trade",
        "timeline.md": "",
    }


def test_entries_are_added_sorted_and_their_text_escaped() -> None:
    index = json.dumps({"config": {"lang": ["en"]}, "docs": [{"location": "briefs/a.html", "title": "A",
                                                                "text": "x"}]})
    out = json.loads(with_entries(index, [
        Entry("themes/t.html", "T", "a <b> & c", ("tag",)),
        Entry("actors/x.html", "&lt;img&gt;", "<img src=x onerror=alert(1)>", boost=2),
    ]))
    assert out["config"] == {"lang": ["en"]}
    assert out["docs"] == [
        {"location": "briefs/a.html", "title": "A", "text": "x"},
        {"location": "actors/x.html", "title": "&lt;img&gt;", "text": "&lt;img src=x onerror=alert(1)&gt;",
         "boost": 2},
        {"location": "themes/t.html", "title": "T", "text": "a &lt;b&gt; &amp; c", "tags": ["tag"]},
    ]

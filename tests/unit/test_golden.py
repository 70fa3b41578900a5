"""Golden files for ingest + repair on the real briefs: metadata, paragraphs, repairs.

Regenerate with `pytest tests/unit/test_golden.py --update-golden` and review the diff:
the golden text is the reading text of the site.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefsite.ingest.files import read_briefs
from briefsite.model import Brief
from briefsite.repair.briefs import repair

ROOT = Path(__file__).parents[2]
GOLDEN = ROOT / "tests" / "golden" / "briefs"
SOURCES = sorted(p.name for p in (ROOT / "briefs").iterdir() if p.suffix in {".txt", ".md"})


def snapshot(brief: Brief) -> dict[str, object]:
    meta = brief.meta
    return {
        "source": brief.source,
        "id": brief.id,
        "meta": {"title": meta.title, "authors": list(meta.authors), "institution": meta.institution,
                 "date": meta.date, "source_url": meta.source_url, "language": meta.language},
        "paragraphs": [{"number": p.number, "line": p.line, "section": p.section, "text": p.text}
                       for p in brief.paragraphs],
        "repairs": [[r.line, r.rule, r.before, r.after] for r in brief.repairs],
    }


@pytest.mark.parametrize("source", SOURCES)
def test_golden(source: str, update_golden: bool) -> None:
    raws, problems = read_briefs(ROOT / "briefs")
    assert [p for p in problems if p.path == source] == []
    brief, brief_problems = repair(next(r for r in raws if r.source == source))
    assert brief_problems == []
    actual = json.dumps(snapshot(brief), ensure_ascii=False, indent=2) + "\n"
    path = GOLDEN / f"{source}.json"
    if update_golden:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run pytest --update-golden and review it"
    assert actual == path.read_text(encoding="utf-8")


def test_golden_reads_right() -> None:
    """What a reader checked by hand, kept as assertions so a regeneration cannot hide it."""
    data = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in GOLDEN.glob("*.json")}
    first, second = data["000_322f3bcde1d308c5.txt.json"], data["003_88f67b0aa1197754.txt.json"]
    assert first["meta"]["title"] == "North Korea's Foreign Policy Towards South Korea and the U.S."
    assert (first["meta"]["authors"], first["meta"]["institution"]) == (["Oskar Pietrewicz"], None)
    assert second["meta"]["title"] == ("North Korea signs of breaking away from isolationism and restarting "
                                       "cooperation with South Korea and the US")
    assert (second["meta"]["authors"], second["meta"]["institution"]) == (["Soo-Ho Lim"], "INSS")
    sections = [p["section"] for p in first["paragraphs"]]
    assert list(dict.fromkeys(s for s in sections if s)) == [
        "Internal Context", "Approach to South Korea", "Relations with the U.S.", "Conclusions and Perspectives"]
    for brief in (first, second):
        assert brief["meta"]["date"] is None  # neither states one
        for p in brief["paragraphs"]:
            text = p["text"]
            assert text[0].isupper() and text.rstrip("”\"")[-1] in ".?!", text[:60]  # no broken paragraph
            assert "i1s" not in text and "](#)" not in text and "  " not in text
    assert not any(p["text"].startswith("b ") or p["text"] == "b" for p in second["paragraphs"])
    assert "the best coarse of action" in second["paragraphs"][-1]["text"]  # the author's word, kept

"""A brief's reference as BibTeX, RIS and citation meta tags: every stated field, nothing made up."""

from __future__ import annotations

from briefsite.model import Brief, BriefId, Meta
from briefsite.site.cite import bibtex, meta_tags, ris


def brief(**meta: object) -> Brief:
    fields: dict[str, object] = {"title": "Sanctions {and} 100% of Trade_Flows", "authors": ("Ana Costa", "Jim Zanotti"),
              "institution": "Gulf & Levant Centre", "date": "2025-03-04", "report_number": "No. 25"}
    fields.update(meta)
    return Brief(BriefId("gulf-25"), "gulf.txt", Meta(**fields), ())  # type: ignore[arg-type]


def test_bibtex_escapes_tex_and_gives_every_stated_field() -> None:
    entry = bibtex(brief(), "https://b.example/briefs/gulf-25.html")
    assert entry.startswith("@techreport{gulf-25,\n")
    assert "  author = {Ana Costa and Jim Zanotti}," in entry
    assert r"  title = {{Sanctions \{and\} 100\% of Trade\_Flows}}," in entry
    assert r"  institution = {Gulf \& Levant Centre}," in entry
    assert "  year = {2025},\n  month = mar," in entry and "  number = {No. 25}," in entry
    assert entry.endswith("url = {https://b.example/briefs/gulf-25.html}\n}")


def test_nothing_unstated_is_written() -> None:
    bare = brief(authors=(), institution=None, date=None, report_number=None)
    entry = bibtex(bare, None)
    assert entry.startswith("@misc{") and "author" not in entry and "year" not in entry and "url" not in entry
    record = ris(bare, None)
    assert record.splitlines() == ["TY  - RPRT", "TI  - Sanctions {and} 100% of Trade_Flows", "ER  - "]
    assert [n for n, _ in meta_tags(bare, None)] == ["citation_title"]


def test_ris_and_meta_tags_carry_authors_date_and_publisher() -> None:
    record = ris(brief(date="2025-03"), None).splitlines()
    assert record[:3] == ["TY  - RPRT", "AU  - Ana Costa", "AU  - Jim Zanotti"]
    assert "PY  - 2025" in record and "DA  - 2025/03//" in record and "PB  - Gulf & Levant Centre" in record
    tags = meta_tags(brief(), "https://b.example/x.html")
    assert ("citation_date", "2025/03/04") in tags and ("citation_publisher", "Gulf & Levant Centre") in tags
    assert [v for n, v in tags if n == "citation_author"] == ["Ana Costa", "Jim Zanotti"]

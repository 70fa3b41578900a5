"""scripts/eval's scorer: gold found in the site's paragraphs by text, and figures that move
when the site loses text, tags or metadata."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from evaluation import gold as gold_module
from evaluation.align import assign, words
from evaluation.cli import evaluate
from evaluation.gold import (AnnotatedSet, GoldBody, GoldBrief, GoldError, GoldMeta, GoldSentence, Tagged, load_gold,
                             load_sets)
from evaluation.report import all_four, summary, table
from evaluation.run import gold_briefs
from evaluation.score import BriefScore, same_name, score_set

A = "North Korea tested a missile on Monday. Seoul protested."
B = "The talks with Washington stalled. China said nothing."
C = "The EU should keep its sanctions in place."


@pytest.mark.parametrize(
    "units, paragraphs, expected",
    [
        ([A, B, C], [A, B, C], [0, 1, 2]),
        ([A, B, C], [A + " " + B, C], [0, 0, 1]),  # the site joined two paragraphs
        ([A + " " + B, C], [A, B, C], [0, 2]),  # the site split one: it goes where most words are
        ([A, B, C], [A, C], [0, None, 1]),  # the site lost one
        # case, quotes and a line-end hyphen do not hide a paragraph: the other words carry it
        (["North Ko-\nrea tested a “missile” on MONDAY. Seoul protested."], [A], [0]),
        ([A], ["Something else entirely, with no words in common."], [None]),
    ],
)
def test_gold_finds_its_paragraph(units: list[str], paragraphs: list[str], expected: list[int | None]) -> None:
    assert assign(units, paragraphs) == expected


def doc(paragraphs: list[str], actors: dict[str, list[int]], title: str = "Title",
        conclusions: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    return {
        "briefs": [{"id": "b", "source": "b.txt", "title": title, "authors": ["Ann Lee"], "institution": None,
                    "date": None, "paragraphs": [{"id": i + 1, "text": t} for i, t in enumerate(paragraphs)]}],
        "actors": [{"id": a, "name": a, "aliases": [], "mentions": [{"brief": "b", "paragraph": n} for n in ps]}
                   for a, ps in actors.items()],
        "themes": [], "conclusions": list(conclusions),
    }


@pytest.fixture
def annotated(tmp_path: Path) -> AnnotatedSet:
    (tmp_path / "b.txt").write_text(f"Title\n\nAnn Lee\n\n{A}\n\n{B}\n\n12\n\n{C}\n", encoding="utf-8")
    gold = GoldBrief(
        "b.txt", tmp_path / "b.yml", GoldMeta("Title", ("Ann Lee",), None, None),
        actors=(Tagged(A, frozenset({"north-korea", "south-korea"})), Tagged(B, frozenset({"united-states", "china"})),
                Tagged(C, frozenset({"european-union"}))),
        themes=None,
        conclusions=(GoldSentence("North Korea tested a missile on Monday.", "none"),
                     GoldSentence("Seoul protested.", "none"), GoldSentence("The talks with Washington stalled.", "none"),
                     GoldSentence("China said nothing.", "none"),
                     GoldSentence(C, "recommendation", "european-union")),
    )
    return AnnotatedSet("t", tmp_path, (gold,))


PERFECT = {"north-korea": [1], "south-korea": [1], "united-states": [2], "china": [2], "european-union": [3]}
ADVICE = {"kind": "recommendation", "text": C, "paragraph": 3, "attributed_to": None, "addressee": "european-union",
          "brief": "b"}


def test_a_faithful_site_scores_full_marks(annotated: AnnotatedSet) -> None:
    [s] = score_set(doc([A, B, C], PERFECT, conclusions=(ADVICE,)), annotated, {})
    assert (s.meta_right, s.kept, s.added) == (4, 1.0, 0.0)  # the page number is debris, not text
    assert s.actors is not None and (s.actors.precision, s.actors.recall) == (1.0, 1.0)
    assert s.kinds is not None and s.kinds["recommendation"].recall == 1.0 and s.addressee_right == 1


def test_losses_show_in_the_figures(annotated: AnnotatedSet) -> None:
    lost = {k: v for k, v in PERFECT.items() if k != "china"} | {"russia": [1]}
    [s] = score_set(doc([A, C], lost, title="Wrong"), annotated, {})
    assert s.meta_right == 3 and s.kept < 0.7
    assert s.actors is not None and s.actors.precision < 1 and s.actors.recall < 0.7
    assert s.kinds is not None and s.kinds["recommendation"].recall == 0.0


# The reference body, report numbers, gold-only scoring, absent sets, all four fields per brief.


def with_body(annotated: AnnotatedSet, body: str, notes: tuple[str, ...] = (),
              asides: tuple[str, ...] = ()) -> AnnotatedSet:
    gold = annotated.golds[0]
    text = body_of(body, notes, asides)
    return AnnotatedSet(annotated.name, annotated.briefs_dir, (dataclasses.replace(gold, body=text),))


def body_of(body: str, notes: tuple[str, ...] = (), asides: tuple[str, ...] = ()) -> GoldBody:
    path = Path("b.yml")
    data: dict[str, Any] = {"body": body, "notes": list(notes), "asides": list(asides)}
    parsed = gold_module._body(path, data)
    assert parsed is not None
    return parsed


def test_the_body_is_paragraphs_and_headings() -> None:
    body = body_of(f"{A}\n\n## Outlook\n\n{B}\nstill the same paragraph.\n\n   \n{C}\n")
    assert body.paragraphs == (A, f"{B} still the same paragraph.", C)
    assert body.headings == ("Outlook",)


def test_with_a_body_kept_and_added_are_measured_against_it(annotated: AnnotatedSet) -> None:
    scored = with_body(annotated, f"{A}\n\n## Outlook\n\n{B}\n\n{C}")
    [s] = score_set(doc([A, B, C], PERFECT), scored, {})
    assert (s.kept, s.added, s.source_words) == (1.0, 0.0, len(words(A + B + C)))
    # a heading run into a paragraph is the brief's own text, not added; a lost paragraph is not kept
    [s] = score_set(doc(["Outlook " + A, C], PERFECT), scored, {})
    assert s.added == 0.0 and s.kept == pytest.approx(len(words(A + C)) / len(words(A + B + C)))
    # order does not matter (multisets): the same words in another order are all kept
    [s] = score_set(doc([C, B, A], PERFECT), scored, {})
    assert (s.kept, s.added) == (1.0, 0.0)


def test_a_note_or_aside_leaking_into_the_paragraphs_counts_as_added(annotated: AnnotatedSet) -> None:
    note = "See the Ministry of Unification white paper for the figures."
    aside = "Figure 2: missile launches by year, 2017 to 2023."
    scored = with_body(annotated, f"{A}\n\n{B}\n\n{C}", notes=(note,), asides=(aside,))
    [s] = score_set(doc([A, B, C + " " + note], PERFECT), scored, {})
    assert s.kept == 1.0 and s.added == pytest.approx(len(words(note)) / len(words(A + B + C + note)))
    assert s.leaked == 1 and any(m.startswith("text: note in paragraph p-3") for m in s.misses)
    [s] = score_set(doc([A, B, C], PERFECT), scored, {})
    assert s.leaked == 0 and s.added == 0.0


def test_the_report_number_is_scored_when_the_gold_states_it(annotated: AnnotatedSet) -> None:
    [s] = score_set(doc([A, B, C], PERFECT), annotated, {})
    assert (s.meta_right, s.meta_of) == (4, 4)  # not stated in the gold: not scored
    gold = annotated.golds[0]
    numbered = dataclasses.replace(gold, meta=dataclasses.replace(gold.meta, report_number="R47001",
                                                                  has_report_number=True))
    scored = AnnotatedSet("t", annotated.briefs_dir, (numbered,))
    site = doc([A, B, C], PERFECT)
    [s] = score_set(site, scored, {})  # a site without the field: a miss, never a crash
    assert (s.meta_right, s.meta_of, s.meta_wrong) == (4, 5, ["report_number"])
    assert s.meta_all_four  # the four are still all right
    site["briefs"][0]["report_number"] = "R47001"
    [s] = score_set(site, scored, {})
    assert (s.meta_right, s.meta_of) == (5, 5)


def test_the_report_number_is_read_from_the_gold_file(tmp_path: Path) -> None:
    path = tmp_path / "b.yml"
    path.write_text("brief: b.txt\nmetadata: {title: T, authors: [], institution: null, date: null, "
                    "report_number: 47001}\nbody: |\n  One.\n\n  ## H\n\n  Two.\nnotes: [A note.]\n",
                    encoding="utf-8")
    gold = load_gold(path)
    assert (gold.meta.report_number, gold.meta.has_report_number) == ("47001", True)
    assert gold.body is not None and gold.body.paragraphs == ("One.", "Two.") and gold.body.notes == ("A note.",)
    path.write_text("brief: b.txt\nmetadata: {title: T, authors: [], institution: null, date: null}\n"
                    "notes: [A note.]\n", encoding="utf-8")
    with pytest.raises(GoldError, match="write the body too"):
        load_gold(path)


def write_set(root: Path, name: str, golds: dict[str, str], briefs: dict[str, str],
              briefs_at: str | None = None) -> None:
    folder = root / name
    (folder / "gold").mkdir(parents=True)
    for source, title in golds.items():
        (folder / "gold" / f"{Path(source).stem}.yml").write_text(
            f"brief: {source}\nmetadata: {{title: {title}, authors: [], institution: null, date: null}}\n",
            encoding="utf-8")
    if briefs_at is not None:
        (folder / "set.yml").write_text(f"briefs: {briefs_at}\n", encoding="utf-8")
        return
    (folder / "briefs").mkdir()
    for source, text in briefs.items():
        (folder / "briefs" / source).write_text(text, encoding="utf-8")


def test_a_folder_with_more_briefs_than_gold_scores_only_the_gold_ones(tmp_path: Path) -> None:
    write_set(tmp_path, "more", {"a.txt": "Alpha Brief"},
              {"a.txt": "Alpha Brief\n\nNorth Korea tested a missile.\n",
               "b.txt": "Beta Brief\n\nChina said nothing.\n",
               "z.txt": ""})  # empty: an error that would stop the engine, were it run
    [annotated] = load_sets(tmp_path)
    with gold_briefs(annotated) as folder:
        assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]
    assert not folder.exists()  # the copy is removed
    assert (annotated.briefs_dir / "b.txt").is_file()  # the set's folder is untouched
    result = evaluate(root=tmp_path)
    assert [s.brief for s in result["more"]] == ["a"] and result["more"][0].meta_right == 4


def test_a_set_whose_briefs_folder_is_absent_is_skipped_with_one_line(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    write_set(tmp_path, "here", {"a.txt": "Alpha Brief"}, {"a.txt": "Alpha Brief\n\nNorth Korea tested a missile.\n"})
    write_set(tmp_path, "pdf", {"r1.pdf": "Report"}, {}, briefs_at="../../../../shared/corpus/nowhere-pdf")
    skipped: list[str] = []
    assert [s.name for s in load_sets(tmp_path, skipped=skipped)] == ["here"]
    assert len(skipped) == 1 and skipped[0].startswith("set pdf skipped: its briefs folder "
                                                       "../../../../shared/corpus/nowhere-pdf")
    skipped = []
    assert evaluate(("pdf",), root=tmp_path, skipped=skipped) == {} and len(skipped) == 1


def brief_score(wrong: list[str]) -> BriefScore:
    return BriefScore("b", meta_right=4 - len(wrong), meta_of=4, meta_wrong=wrong)


def test_the_share_of_briefs_with_all_four_fields_right() -> None:
    scores = [brief_score([]), brief_score([]), brief_score(["date"]), brief_score([])]
    assert all_four(scores) == ("briefs with all four metadata fields right (title, authors, institution, "
                                "date): 3/4 = 75% (target 95%)")
    # 15/16 fields right pooled is 94%, but only three briefs in four are right
    assert "75%" in table("t", scores).splitlines()[-1]
    assert summary({"a": scores[:2], "b": scores[2:]}).splitlines()[-1].endswith("3/4 = 75% (target 95%)")
    # a wrong report number alone does not spoil the four
    assert BriefScore("b", meta_right=4, meta_of=5, meta_wrong=["report_number"]).meta_all_four


@pytest.mark.parametrize(("a", "b", "same"), [
    ("U.S. Government Accountability Office", "United States Government Accountability Office", True),
    ("U.S. Army", "U.S. Army", True),
    ("Congressional Research Service", "congressional research service", True),
    ("U.S. Army", "United Nations Army", False),  # the initials must stand for the words
    ("Office of the Spokesperson", "U.S. Department of State", False),
    (None, "Brookings", False),
    ("UN", "United Nations", True),  # an acronym for the whole name
    ("Stockholm International Peace Research Institute", "SIPRI", True),
    ("UN", "United States", False),
    ("Un", "United Nations", False),  # a word, not an acronym
])
def test_an_institution_is_the_same_under_its_dotted_initials(a: str | None, b: str, same: bool) -> None:
    assert same_name(a, b) is same

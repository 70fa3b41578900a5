"""ingest/pdf: a PDF's layout read into blocks (tiny PDFs made here, and real CRS briefs)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from briefsite.ingest.files import read_briefs
from briefsite.ingest.pdf.layout import join_lines
from briefsite.ingest.pdf.reader import read_pdf
from briefsite.model import Brief, RawBrief
from briefsite.repair.briefs import repair
from tests.unit.pdfmaker import Text, make_pdf

TITLE = "Water Policy in the Sahel Region"
LEFT = ["Rivers in the region have shrunk over the", "last decade, and the governments have not",
        "agreed on a plan for sharing the water consid-", "eration of which was long delayed."]
RIGHT = ["The right column continues the text with", "more sentences about the Long-",
         "Range plan that the ministers signed."]


def _footer(page: int) -> list[Text]:
    return [Text(60, 30, "Example Policy Institute", 8), Text(540, 30, str(page), 8)]


def _page_one() -> list[Text]:
    texts = [Text(60, 720, TITLE, 20, True), Text(60, 695, "March 3, 2024", 12),
             Text(60, 660, "Background", 12, True), Text(320, 660, "Later Developments", 12, True)]
    # Written line by line across both columns, as a careless producer would.
    for i, (left, right) in enumerate(zip(LEFT, RIGHT + [""])):
        texts.append(Text(60, 645 - 12 * i, left))
        if right:
            texts.append(Text(320, 645 - 12 * i, right))
    texts.append(Text(4, 0, "1", 6, after=True))  # a note reference after `delayed.`
    texts += [Text(60, 585, "A second paragraph starts here and it goes"),
              Text(320, 590, "Figure 1. Rainfall by year", 9, True),
              Text(60, 573, "on for another line of the left column."),
              Text(320, 578, "Source: National weather office.", 8),
              Text(320, 550, "After the figure the text goes on in the"),
              Text(320, 538, "right column until the end of the page."),
              Text(60, 100, "1 The delay is described in the annex.", 8)]
    return texts + _footer(1)


def _page_two() -> list[Text]:
    return [Text(60, 760, TITLE, 8), Text(60, 700, "Outlook", 12, True),
            Text(60, 685, "The outlook for the region depends on the rain and on the talks between the"),
            Text(60, 673, "three governments, which are to meet again in the spring of next year."),
            Text(70, 480, "Box 1. Key facts", 10, True), Text(70, 465, "Three countries share the basin.", 9),
            ] + _footer(2)


def _page_three() -> list[Text]:
    return [Text(60, 760, TITLE, 8), Text(60, 700, "Disclaimer", 14, True),
            Text(60, 680, "This brief does not represent the views of any government.")] + _footer(3)


@pytest.fixture(scope="module")
def sample() -> bytes:
    return make_pdf([_page_one(), _page_two(), _page_three()], rects={1: [(62, 450, 300, 500)]})


@pytest.fixture(scope="module")
def raw(sample: bytes) -> RawBrief:
    brief, problems = read_pdf(sample, "sahel.pdf")
    assert problems == [] and brief is not None
    return brief


@pytest.fixture(scope="module")
def brief(raw: RawBrief) -> Brief:
    return repair(raw)[0]


def test_title_is_the_largest_type_and_the_date_line_is_read(raw: RawBrief) -> None:
    assert raw.format == "pdf" and raw.meta.title == TITLE
    assert raw.meta.date == "2024-03-03"


def test_two_columns_are_read_down_the_left_then_the_right(brief: Brief) -> None:
    starts = [p.text.split()[0:2] for p in brief.paragraphs]
    assert starts == [["Rivers", "in"], ["A", "second"], ["The", "right"], ["After", "the"], ["The", "outlook"]]
    assert [p.section for p in brief.paragraphs] == ["Background", "Background", "Later Developments",
                                                     "Later Developments", "Outlook"]


def test_hyphens_across_lines_join_words_but_keep_compounds(brief: Brief) -> None:
    assert "water consideration of which" in brief.paragraphs[0].text
    assert "the Long-Range plan" in brief.paragraphs[2].text


def test_note_is_a_note_and_its_reference_stays_in_the_text(brief: Brief) -> None:
    assert brief.paragraphs[0].text.endswith("long delayed.[1]")
    assert [(n.label, n.text, n.page) for n in brief.notes] == [("1", "The delay is described in the annex.", 1)]


def test_furniture_is_dropped_and_asides_are_kept_out_of_the_text(brief: Brief) -> None:
    text = " ".join(p.text for p in brief.paragraphs)
    for furniture in ("Example Policy Institute", TITLE, "Figure 1", "Key facts", "Disclaimer", "views of any"):
        assert furniture not in text
    assert [(a.kind, a.label, a.page) for a in brief.asides] == [
        ("caption", "Figure 1", 1), ("aside", "Box 1", 2), ("aside", "Disclaimer", 3)]
    assert brief.asides[0].text == "Figure 1. Rainfall by year\nSource: National weather office."
    assert "Three countries share the basin." in brief.asides[1].text


def test_every_line_is_numbered_in_reading_order_with_its_page(raw: RawBrief) -> None:
    assert [line.number for line in raw.lines] == list(range(1, len(raw.lines) + 1))
    assert {line.page for line in raw.lines} == {1, 2, 3}
    block = next(b for b in raw.blocks if b.text.startswith("After the figure"))
    assert raw.lines[block.line - 1].text == "After the figure the text goes on in the"


@pytest.mark.parametrize(("data", "words"), [
    (make_pdf([[]]), "has no text layer (a scanned PDF?)"),
    (b"%PDF-1.4\nnot really a pdf", "could not be opened as a PDF"),
])
def test_unreadable_pdf_gives_one_error_naming_the_file(data: bytes, words: str) -> None:
    brief, problems = read_pdf(data, "scan.pdf")
    assert brief is None and len(problems) == 1
    assert problems[0].severity == "error" and words in str(problems[0]) and str(problems[0]).startswith("scan.pdf:")
    if "scanned" in words:
        assert "Run OCR on it" in problems[0].message and ".txt" in problems[0].message


def test_a_pdf_in_the_folder_is_read_and_a_pdf_renamed_txt_still_rejected(tmp_path: Path, sample: bytes) -> None:
    (tmp_path / "sahel.pdf").write_bytes(sample)
    (tmp_path / "renamed.txt").write_bytes(sample)
    briefs, problems = read_briefs(tmp_path)
    assert [(b.source, b.format, b.original == sample) for b in briefs] == [("sahel.pdf", "pdf", True)]
    assert [(p.path, p.severity) for p in problems] == [("renamed.txt", "error")]
    assert "looks like a PDF file" in problems[0].message


def test_a_pdf_may_be_bigger_than_a_text_brief(tmp_path: Path, sample: bytes) -> None:
    (tmp_path / "sahel.pdf").write_bytes(sample)
    briefs, _ = read_briefs(tmp_path, max_bytes=len(sample) // 10)
    assert len(briefs) == 1
    briefs, problems = read_briefs(tmp_path, max_bytes=len(sample) // 40)
    assert briefs == [] and "a PDF brief may have (20 times max_brief_mb" in problems[0].message


@pytest.mark.parametrize(("lines", "joined"), [
    (["the consid-", "eration"], "the consideration"),
    (["Raytheon-", "produced"], "Raytheon-produced"),
    (["Long-", "Range"], "Long-Range"),
    (["https://example.org/its-new-", "typhon"], "https://example.org/its-new-typhon"),
    (["ends here.", "Next line"], "ends here. Next line"),
])
def test_join_lines(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


# Real briefs, as their publisher released them (see ../shared/corpus/README.md).
CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus" / "crs-pdf"


def _crs(name: str) -> Brief:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"{path} is not here")
    return _read_crs(path)


@cache
def _read_crs(path: Path) -> Brief:
    raw, problems = read_pdf(path.read_bytes(), path.name)
    assert raw is not None and problems == []
    return repair(raw)[0]


FURNITURE = ("crsreports.congress.gov", "VERSION", "Congressional Research Service ")


@pytest.mark.parametrize(("name", "title", "number"), [
    ("IF12135-army-typhon-mrc.pdf", "The U.S. Army’s Typhon Mid-Range Capability (MRC) System", "IF12135"),
    ("IN12669-pentagon-anthropic-autonomous-weapons.pdf",
     "Pentagon-Anthropic Dispute over Autonomous Weapon Systems: Potential Issues for Congress", "IN12669"),
    ("R47324-seabed-mining-abnj.pdf", "Seabed Mining in Areas Beyond National Jurisdiction: Issues for Congress",
     "R47324"),
    ("IF11175-us-mexico-trade.pdf", "U.S.-Mexico Trade Relations", "IF11175"),
])
def test_crs_title_number_no_furniture_and_a_disclaimer_aside(name: str, title: str, number: str) -> None:
    brief = _crs(name)
    assert brief.meta.title == title and brief.meta.report_number == number
    for p in brief.paragraphs:
        assert not any(f in p.text for f in FURNITURE), p.text[:80]
        assert p.text != title and not p.text.startswith("Updated ")
    assert brief.asides[-1].label == "Disclaimer" and "Disclaimer" not in {p.section for p in brief.paragraphs}


def test_crs_report_notes_are_notes_numbered_one_to_the_last() -> None:
    brief = _crs("R47324-seabed-mining-abnj.pdf")
    assert [n.label for n in brief.notes] == [str(i) for i in range(1, 261)]
    assert not any(p.text.startswith("[") for p in brief.paragraphs)
    assert brief.notes[0].text.startswith("Section 7002 of the Energy Act of 2020")
    tables = [a for a in brief.asides if a.kind == "table"]
    assert tables and tables[0].label == "Table 1" and "Polymetallic Nodules" in tables[0].text
    contents = [p for p in brief.paragraphs if p.text.startswith("Contents")]
    assert contents == []


def test_crs_text_box_is_an_aside() -> None:
    brief = _crs("IF11175-us-mexico-trade.pdf")
    box = next(a for a in brief.asides if a.kind == "aside" and a.text.startswith("Mexico’s Economy"))
    assert "132 million people" in box.text
    assert not any("132 million people" in p.text for p in brief.paragraphs)


def test_a_paragraph_running_over_a_page_is_one_paragraph_and_a_contents_page_is_left_out() -> None:
    body = [Text(60, 740 - 12 * i, f"Line {i} of the text that goes on and on across the page") for i in range(5)]
    contents = [Text(60, 700, "Contents", 14, True)] + [
        Text(60, 680 - 14 * i, f"Section {i} ........................................ {i + 2}") for i in range(6)]
    pages = [[Text(60, 760, "A Long Brief", 20, True), Text(60, 700, "Cover note", 12)],
             contents,
             body[:3] + [Text(60, 100, "and it stops at the foot of the page, in the middle of the")],
             [Text(60, 740, "sentence that the next page ends."), *body[3:]]]
    raw, _ = read_pdf(make_pdf(pages), "long.pdf")
    assert raw is not None and raw.meta.title == "A Long Brief"
    brief = repair(raw)[0]
    texts = [p.text for p in brief.paragraphs]
    assert any("in the middle of the sentence that the next page ends." in t for t in texts)
    assert not any("Section" in t or "Contents" in t or "Cover note" in t for t in texts)


def test_crs_titles_are_the_corpus_table_s_titles() -> None:
    readme = CORPUS.parent / "README.md"
    if not readme.is_file():
        pytest.skip(f"{readme} is not here")
    rows = re.findall(r"^\| (\S+\.pdf) \| [^|]+\| (.+?) \| \d{4}-", readme.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(rows) == 24
    for name, title in rows:  # the title wraps onto a second line in IF12888, IF12094 and others
        assert _crs(name).meta.title == title


@pytest.mark.parametrize(("name", "authors"), [
    ("IF12135-army-typhon-mrc.pdf", ("Andrew Feickert",)),  # closing `Name, Job title` lines
    ("IN12669-pentagon-anthropic-autonomous-weapons.pdf", ("Kelley M. Sayler",)),  # `Author Information`
    ("LSB11418-hsr-merger-review.pdf", ("Alexander H. Pepper", "Jay B. Sykes")),  # names over job titles
    # `Name, Job title` lines whose job titles wrap (`... Trade` / `and Finance`, `... Technology` / `Policy`)
    ("IF11175-us-mexico-trade.pdf", ("M. Angeles Villarreal", "Danielle M. Trachtenberg")),
    ("IF11643-nasa-artemis.pdf", ("Rachel Lindbergh",)),
    # a job title cut after `and` (`... Emergency Management and` / `Homeland Security Policy`)
    ("IF13201-nonprofit-security-grants.pdf", ("Shawn Reese",)),
    # a two-by-two grid of authors read across, then an `Acknowledgments` section
    ("R48907-military-discharges-va-benefits.pdf",
     ("Madeline E. Moreno", "Daniel T. Shedd", "Kristy N. Kamarck", "Jared S. Sussman")),
    ("R47324-seabed-mining-abnj.pdf", ("Caitlin Keating-Bitonti",)),  # the title printed again is no publisher
    # author lines in both columns of the last page: two closing blocks
    ("IF13199-trade-act-section-122.pdf", ("Danielle M. Trachtenberg", "Christopher A. Casey", "Christopher T. Zirpoli")),
])
def test_crs_authors_at_the_end_and_the_publisher(name: str, authors: tuple[str, ...]) -> None:
    brief = _crs(name)
    assert brief.meta.authors == authors
    assert brief.meta.institution == "Congressional Research Service"  # the footer, or the disclaimer's 'prepared by'
    aside = next(b for b in brief.asides if b.label == "Author Information")
    assert all(a in aside.text for a in authors)  # kept on the site, out of the reading text
    assert not any(p.text.startswith(authors[0]) for p in brief.paragraphs)  # (`..., by Name.` may cite them)
    kinds = [b.label for b in brief.asides if b.kind == "aside"]
    assert kinds.index("Author Information") < kinds.index("Disclaimer")  # in document order


def test_a_contents_list_going_on_over_a_page_is_left_out_and_so_are_its_headings() -> None:
    contents = [Text(60, 700, "Contents", 14, True)] + [
        Text(60, 680 - 14 * i, f"Section {i} ........................................ {i + 2}") for i in range(8)]
    more = [Text(60, 700, "Appendixes", 12, True),
            Text(60, 686, "Appendix A. Abbreviations ................................ 9"),
            Text(60, 660, "Contacts", 12, True),
            Text(60, 646, "Author Information ....................................... 10")]
    body = [Text(60, 740 - 12 * i, f"Line {i} of the text that goes on and on across the page.") for i in range(4)]
    pages = [[Text(60, 760, "A Long Brief", 20, True), Text(60, 700, "Cover note", 12)], contents, more, body]
    raw, _ = read_pdf(make_pdf(pages), "long.pdf")
    assert raw is not None
    texts = [p.text for p in repair(raw)[0].paragraphs] + [p.section or "" for p in repair(raw)[0].paragraphs]
    assert not any("Appendix" in t or "Contacts" in t or "......" in t for t in texts)
    assert any("Line 0 of the text" in t for t in texts)


def test_a_list_item_led_by_a_bold_phrase_is_no_heading() -> None:
    page = [Text(60, 760, "A Brief on Discharges", 20, True),
            Text(60, 700, "The statuses are these, as the services define them today:"),
            Text(60, 680, "2. General Discharge. Servicemembers whose", 10, True),
            Text(60, 668, "performance is satisfactory but who had several incidents of misconduct."),
            Text(60, 640, "The next paragraph says something else about the discharges.")]
    raw, _ = read_pdf(make_pdf([page]), "d.pdf")
    assert raw is not None
    brief = repair(raw)[0]
    assert [p.section for p in brief.paragraphs] == [None, None, None]
    assert brief.paragraphs[1].text == ("2. General Discharge. Servicemembers whose performance is satisfactory but "
                                        "who had several incidents of misconduct.")

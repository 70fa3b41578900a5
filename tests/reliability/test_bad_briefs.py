"""Every bad or unusual brief behaves as an editor expects.

The policy (README, "When a brief is not right"): a file that cannot be used is an
ERROR and nothing is built; a file that would make the site wrong (a value the editor
wrote and the engine ignored, a brief without text) is a WARNING, so the strict build
(scripts/build) fails after listing all of them, with the site written for a look;
what the engine guessed with the site still right (REPORT) is listed once per file in
the build report and the build succeeds; legitimate input handled in full builds, with
an INFO note where the editor may want to know. Each message is
`LEVEL -  file[:line]: what. How to fix.`

The table of messages is checked on the engine in process (fast, no MkDocs); the
three scripts/build runs of the same corpora prove that each level reaches the build
output and does what the table says to the build.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from briefsite.problems import Problem
from tests.reliability import corpora, htmlpage
from tests.reliability.buildrun import Run
from tests.reliability.engine import LEVELS, logged, report_lines

# The files of the rejected corpus that cannot be used, each named by its one ERROR.
REJECTED = ("empty.txt", "whitespace.txt", "nul_bytes.txt", "pdf_renamed.txt", "docx_renamed.txt", "bad_utf16.txt",
            "five_mb.txt", corpora.BROKEN_LINK, "M\u00fcller.txt", "caf\ufffd latin-1 name.txt")

# corpus, file, level, line (None: the whole file), words of the message; every message
# of the three corpora is here (test_the_table_holds_every_message).
CASES = [
    # cannot be used: the build stops, naming each file and the fix
    ("rejected", "empty.txt", "ERROR", None, "is empty. Put the brief's text in it, or remove the file."),
    ("rejected", "whitespace.txt", "ERROR", None, "is empty."),
    ("rejected", "nul_bytes.txt", "ERROR", None, "contains NUL bytes"),
    ("rejected", "pdf_renamed.txt", "ERROR", None, "looks like a PDF file, not plain text. Export it as plain text"),
    ("rejected", "docx_renamed.txt", "ERROR", None, "looks like a Word (.docx) document"),
    ("rejected", "bad_utf16.txt", "ERROR", None, "is not valid UTF-16"),
    ("rejected", "five_mb.txt", "ERROR", None, "is 5.0 MB, more than the 1 MB a brief may have"),
    ("rejected", corpora.BROKEN_LINK, "ERROR", None, "is a symbolic link, so it was not read"),
    ("rejected", "M\u00fcller.txt", "ERROR", None, "differ only in Unicode normalisation"),
    ("rejected", "caf\ufffd latin-1 name.txt", "ERROR", None, "has a name that is not valid UTF-8"),
    # guessed, reported in the same run as the errors
    ("rejected", "cp1252.txt", "REPORT", None, "read as Windows-1252"),
    ("rejected", "no_title.txt", "REPORT", 1, "has no title line"),
    ("rejected", "hangul.txt", "REPORT", None, "taken as 'ko'"),
    # the site would be wrong: a value the editor wrote was ignored, a brief has no text
    ("warned", "broken_front_matter.md", "WARNING", 3, "front matter is not valid YAML"),
    ("warned", "not_mapping.md", "WARNING", 2, "front matter is a list"),
    ("warned", "unclosed.md", "WARNING", 1, "is never closed"),
    ("warned", "wrong_types.md", "WARNING", 2, "'title' must be text, not the number 2024 (put it in quotes)"),
    ("warned", "wrong_types.md", "WARNING", 3, "'authors' must be a name or a list of names, not a mapping"),
    ("warned", "wrong_types.md", "WARNING", 4, "'institution' must be text, not a list"),
    ("warned", "wrong_types.md", "WARNING", 5, "'language' 'english' is not a language code"),
    ("warned", "wrong_types.md", "WARNING", 6, "'source_url' 'example.org/brief' is not a web address"),
    ("warned", "wrong_types.md", "WARNING", 7, "key 'summary' is unknown"),
    ("warned", "bad_date.md", "WARNING", 3, "'2023-02-30' is not a date. Write it as YYYY, YYYY-MM or YYYY-MM-DD"),
    ("warned", "bad_url.md", "WARNING", 3, "is not a web address"),
    ("warned", "no_paragraphs.txt", "WARNING", None, "has no paragraphs after its title and byline"),
    ("warned", "korean_said_english.md", "WARNING", None, "says 'language: en'. Correct it"),
    # ... and, beside them, guesses about the same files
    ("warned", "broken_front_matter.md", "REPORT", 6, "so the title 'Broken front matter' was made from the file name"),
    ("warned", "unclosed.md", "REPORT", 1, "so the title 'Unclosed' was made from the file name"),
    # a good folder: builds under --strict, guesses in the build report, notes where the
    # editor may want one
    ("accepted", "cp1252.txt", "REPORT", None, "is not UTF-8; it was read as Windows-1252. Save it as UTF-8"),
    ("accepted", "mojibake.txt", "REPORT", 3, "had mis-decoded characters"),
    ("accepted", "no_title.txt", "REPORT", 1, "so the title 'No title' was made from the file name"),
    ("accepted", corpora.NO_TITLE_DAMAGED, "REPORT", 1, "has no title line"),
    ("accepted", "slides.pptx", "REPORT", None, "is not a brief (only .txt, .md and .pdf files are read)"),
    ("accepted", "sub folder", "REPORT", None, "is a folder; briefs in sub-folders are not read"),
    ("accepted", "<script>alert(11) no title.txt", "REPORT", 1, "'<script>alert(11) no title' was made from the file name"),
    ("accepted", "<script>alert(11) no title.txt", "INFO", None, "has markup in its file name '<script>'"),
    ("accepted", "hangul.txt", "REPORT", None, "is written in Hangul script, so its language was taken as 'ko'"),
    ("accepted", "japanese.txt", "REPORT", None, "taken as 'ja'"),
    ("accepted", "cyrillic.txt", "REPORT", None, "recorded as 'und' (undetermined). Add front matter"),
    # A person the registry lacks, named by a given name in the dictionary (accents folded).
    ("accepted", "Brief ü 한국.txt", "REPORT", 5, "discovered actor 'Jürgen Müller' (person, id 'jurgen-muller') from a given name"),
    ("accepted", "duplicate_b.txt", "REPORT", None, "has the same title as duplicate_a.txt"),
    ("accepted", "crlf.txt", "REPORT", None, "has the same title as cp1252.txt"),
    ("accepted", "mojibake.txt", "REPORT", None, "has the same title as cp1252.txt"),
    ("accepted", "utf8_bom.txt", "REPORT", None, "has the same title as cp1252.txt"),
    ("accepted", "utf16_bom.txt", "REPORT", None, "has the same title as cp1252.txt"),
    ("accepted", "hostile front matter.md", "INFO", 2, "holds markup '<script>' (and 28 more lines)"),
    ("accepted", "hostile_body.txt", "INFO", 1, "holds markup '<script>'"),
    ("accepted", corpora.HOSTILE_NAMES[0], "INFO", None, "has markup in its file name '<img src=x onerror=alert(9)>'"),
    ("accepted", corpora.HOSTILE_NAMES[1], "INFO", None, "has markup in its file name '{{ x }}'"),
    ("accepted", corpora.HOSTILE_NAMES[2], "INFO", None, "has markup in its file name '<!-- c -->'"),
]


WHAT_THEN_HOW = re.compile(r"\. [A-Z].*\.$")  # what is wrong. How to fix it.


def matches(problem: Problem, name: str, level: str, line: int | None, words: str) -> bool:
    return (problem.path, problem.line, LEVELS[problem.severity]) == (name, line or 0, level) and words in problem.message


@pytest.mark.parametrize(("corpus", "name", "level", "line", "words"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[3] or 0}" for c in CASES])
def test_each_case_gives_its_message(engine: dict[str, tuple[Problem, ...]], corpus: str, name: str, level: str,
                                     line: int | None, words: str) -> None:
    found = [p for p in engine[corpus] if matches(p, name, level, line, words)]
    assert len(found) == 1, [str(p) for p in engine[corpus] if p.path == name]
    assert WHAT_THEN_HOW.search(found[0].message), found[0].message


@pytest.mark.parametrize("corpus", ["accepted", "warned", "rejected"])
def test_the_table_holds_every_message(engine: dict[str, tuple[Problem, ...]], corpus: str) -> None:
    """A message the table does not know is a change of behaviour to review, not noise."""
    rows = [case[1:] for case in CASES if case[0] == corpus]
    unknown = [str(p) for p in engine[corpus] if not any(matches(p, *row) for row in rows)]
    assert unknown == []


def test_rejected_files_are_all_named_together(engine: dict[str, tuple[Problem, ...]]) -> None:
    errors = [p.path for p in engine["rejected"] if p.severity == "error"]
    assert sorted(errors) == sorted(REJECTED)  # one error per file, none left for a second round
    assert {p.severity for p in engine["rejected"]} == {"error", "guess"}


# End to end: the scripts/build runs of the same corpora.


@pytest.mark.parametrize(("corpus", "builds"), [("accepted", 2), ("warned", 1), ("rejected", 1)])
def test_each_message_reaches_the_build_output_at_its_level(request: pytest.FixtureRequest,
                                                            engine: dict[str, tuple[Problem, ...]],
                                                            corpus: str, builds: int) -> None:
    """The accepted corpus goes through both builds, each saying it; the others stop after
    the hosted one. No ERROR or WARNING line of the build is one the engine did not make.
    Guesses are never logged one by one: the build report lists them, once, however
    many MkDocs builds ran."""
    run = request.getfixturevalue(corpus)
    expected = [logged(p) for p in engine[corpus] if p.severity != "guess"]
    assert {line: run.lines.count(line) for line in expected} == {line: builds for line in expected}
    report = report_lines(engine[corpus])
    assert len(report) > 1 and {line: run.lines.count(line) for line in report} == {line: 1 for line in report}
    assert not [p for p in engine[corpus] if p.severity == "guess" and str(p) in run.output]
    summary = ("ERROR   -  Nothing was built: ", "WARNING -  check_site")
    loud = {t for t in run.lines if t.startswith(("ERROR", "WARNING")) and not t.startswith(summary)}
    assert loud == {t for t in expected if not t.startswith("INFO")}


def test_no_traceback_ever(accepted: Run, warned: Run, rejected: Run) -> None:
    for run in (accepted, warned, rejected):
        assert "Traceback" not in run.output and "Error:" not in run.output.replace("BuildError!", "")


def test_an_error_stops_the_build_and_nothing_is_built(rejected: Run) -> None:
    assert rejected.returncode != 0
    assert f"ERROR   -  Nothing was built: {len(REJECTED)} file(s) could not be used." in rejected.output
    assert not rejected.site.exists()


def test_a_warning_fails_the_strict_build_and_keeps_the_site_aside_for_a_look(warned: Run) -> None:
    assert warned.returncode != 0
    warnings = [t for t in warned.lines if t.startswith("WARNING -  ")]
    assert f"Aborted with {len(warnings)} warnings in strict mode!" in warned.output
    look = warned.failed / "site"
    assert (look / "index.html").is_file() and (look / "knowledge.json").is_file()
    assert not warned.site.exists()  # never published


def test_guesses_and_notes_build_strict(accepted: Run) -> None:
    """A good folder always builds: what the engine guessed is in the report, not a warning."""
    assert accepted.returncode == 0
    assert not [t for t in accepted.lines if t.startswith(("WARNING", "ERROR"))]
    assert "  hangul.txt: language 'ko' told from the script (language:)" in accepted.lines
    assert "  slides.pptx: skipped: not a .txt, .md or .pdf file (export as .txt, or move it out)" in accepted.lines
    assert (accepted.out / "build-report.txt").read_text(encoding="utf-8").splitlines()[0].startswith("Build report: ")
    sources = [b["source"] for b in accepted.knowledge()["briefs"]]
    files = [unicodedata.normalize("NFC", name) for name in corpora.accepted() if name.endswith((".txt", ".md"))]
    assert sorted(sources) == sorted(files)  # no brief dropped, none doubled
    assert briefs_by_source(accepted)["no_title.txt"]["title"] == "No title"


def test_the_report_page_lists_the_same_guesses(accepted: Run) -> None:
    page = htmlpage.read(accepted.site / "report.html")
    assert page.h1 == ["Build report"]
    lines = report_lines_of(accepted)
    assert len(lines) == 15
    for line in lines:
        path, items = line.strip().split(": ", 1)
        assert f"{path} : {items}" in page.text  # the file name is bold: its own text node
    assert "report.html" in (accepted.site / "method.html").read_text(encoding="utf-8")


def briefs_by_source(run: Run) -> dict[str, dict[str, object]]:
    return {b["source"]: b for b in run.knowledge()["briefs"]}


def report_lines_of(run: Run) -> list[str]:
    """The per-file lines of the build report the run wrote."""
    return [t for t in (run.out / "build-report.txt").read_text(encoding="utf-8").splitlines() if t.startswith("  ")]


def test_warned_briefs_are_built_not_dropped(warned: Run) -> None:
    look = warned.failed / "site"
    sources = {b["source"] for b in warned.knowledge(look)["briefs"]}
    assert sources == {n for n in corpora.warned() if n.endswith((".txt", ".md"))}
    briefs = {b["source"]: b for b in warned.knowledge(look)["briefs"]}
    assert briefs["no_paragraphs.txt"]["paragraphs"] == []
    assert htmlpage.read(look / briefs["no_paragraphs.txt"]["url"]).h1 == ["Mediterranean Migration: The New Pact"]
    assert briefs["bad_date.md"]["date"] is None and briefs["bad_date.md"]["title"] == "Balkan Enlargement Fatigue"
    assert briefs["wrong_types.md"]["title"] == "Central Europe and the Energy Transition"
    assert briefs["korean_said_english.md"]["language"] == "en"


QUOTE = "The minister said \u201cwe\u2019ll act\u201d \u2013 soon."


@pytest.mark.parametrize(("corpus", "name"), [("accepted", "utf8_bom.txt"), ("accepted", "utf16_bom.txt"),
                                              ("accepted", "crlf.txt"), ("accepted", "cp1252.txt"),
                                              ("accepted", "mojibake.txt")])
def test_every_encoding_shows_the_same_text(request: pytest.FixtureRequest, corpus: str, name: str) -> None:
    run: Run = request.getfixturevalue(corpus)
    brief = next(b for b in run.knowledge()["briefs"] if b["source"] == name)
    page = htmlpage.read(run.site / brief["url"])
    assert page.h1 == ["Energy Prices in Southern Europe"]
    assert [t for _, t in page.paras] == [QUOTE]
    assert "\ufeff" not in page.text and "\u00e2\u20ac" not in page.text


def test_same_titles_two_pages_and_odd_file_names(accepted: Run) -> None:
    briefs = {b["source"]: b for b in accepted.knowledge()["briefs"]}
    a, b = briefs["duplicate_a.txt"], briefs["duplicate_b.txt"]
    assert a["title"] == b["title"] and a["id"] != b["id"]
    assert htmlpage.read(accepted.site / a["url"]).paras != htmlpage.read(accepted.site / b["url"]).paras
    for name in ("Brief ü 한국.txt", "Sécurité en Méditerranée 2021.md", "Müller Energie.txt",
                 *corpora.HOSTILE_NAMES):
        brief = briefs[unicodedata.normalize("NFC", name)]
        assert re.fullmatch(r"[a-z0-9-]+", brief["id"])
        assert (accepted.site / brief["url"]).is_file()
        on_disk = next(data for n, data in corpora.accepted().items() if unicodedata.normalize("NFC", n) == name)
        assert (accepted.site / brief["original"]).read_bytes() == on_disk
    # index.txt gets its own page; the briefs index stays the index and lists it
    assert briefs["index.txt"]["url"] == "briefs/index-2.html"
    listing = htmlpage.read(accepted.site / "briefs" / "index.html")
    assert listing.h1 == ["Briefs"] and "A Brief Named Index" in listing.text


def test_languages(accepted: Run) -> None:
    briefs = {b["source"]: b for b in accepted.knowledge()["briefs"]}
    assert {n: briefs[n]["language"] for n in ("hangul.txt", "japanese.txt", "cyrillic.txt",
                                                "Sécurité en Méditerranée 2021.md", "Brief ü 한국.txt")} == {
        "hangul.txt": "ko", "japanese.txt": "ja", "cyrillic.txt": "und",
        "Sécurité en Méditerranée 2021.md": "fr", "Brief ü 한국.txt": "en"}
    page = htmlpage.read(accepted.site / briefs["hangul.txt"]["url"])
    assert page.h1 == ["한반도 평화 프로세스의 과제"] and "김민수" in page.meta


def test_a_very_long_paragraph_is_one_paragraph(accepted: Run) -> None:
    brief = next(b for b in accepted.knowledge()["briefs"] if b["source"] == "long_paragraph.txt")
    assert len(brief["paragraphs"]) == 1 and len(brief["paragraphs"][0]["text"]) > 25_000
    page = htmlpage.read(accepted.site / brief["url"])
    assert [t for _, t in page.paras] == [brief["paragraphs"][0]["text"]]

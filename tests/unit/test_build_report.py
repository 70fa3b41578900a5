"""The build report: which messages are guesses, and how they are listed, once per file."""

from __future__ import annotations

from pathlib import Path

from briefsite.pipeline import discovered
from briefsite.ingest.files import read_briefs
from briefsite.problems import Problem, build_report, guessed, report_text
from briefsite.repair.briefs import repair
from briefsite.site.report_page import report_page

def test_stages_state_their_guesses_themselves(tmp_path: Path) -> None:
    """Each guess comes from the stage that made it, as a "guess" with its report line;
    a value the editor wrote and the engine ignored stays a warning."""
    (tmp_path / "no title.txt").write_text("this brief starts in lowercase.\n\nIt has text.\n", encoding="utf-8")
    (tmp_path / "cp1252.txt").write_bytes("Energy Prices\n\nThe minister said \u201cwe act\u201d.\n".encode("cp1252"))
    (tmp_path / "hangul.txt").write_text("한반도 정세\n\n남북 관계는 정체되어 있다.\n", encoding="utf-8")
    (tmp_path / "slides.pptx").write_bytes(b"PK")
    (tmp_path / "sub").mkdir()
    (tmp_path / "bad date.md").write_text("---\ntitle: Dated\ndate: 2023-02-30\n---\n\nText.\n", encoding="utf-8")
    raws, problems = read_briefs(tmp_path)
    for raw in raws:
        problems += repair(raw)[1]
    levels = {(p.path, p.severity, p.guess.what if p.guess else "") for p in problems}
    assert levels >= {
        ("no title.txt", "guess", "title '{v}' made from the file name"),
        ("cp1252.txt", "guess", "read as {v}"),
        ("hangul.txt", "guess", "language '{v}' told from the script"),
        ("slides.pptx", "guess", "skipped: not a .txt, .md or .pdf file"),
        ("sub", "guess", "skipped: a sub-folder"),
        ("bad date.md", "warning", ""),
    }
    assert all((p.severity == "guess") == (p.guess is not None) for p in problems)


def guess(path: str, line: int, what: str, fix: str, value: str = "") -> Problem:
    return guessed(path, line, "the full message", what, fix, value)


def test_one_line_per_file_each_guess_once_with_its_fix() -> None:
    mojibake = ("mis-decoded characters repaired", "save as UTF-8")
    problems = [
        guess("b.txt", 3, *mojibake),
        guess("b.txt", 0, "read as {v}", "save as UTF-8", "Windows-1252"),
        guess("b.txt", 9, *mojibake),  # the same guess twice: listed once
        guess("a.txt", 1, "title '{v}' made from the file name", "title:", "No title"),
        guess("a.txt", 0, "language '{v}' told from the script", "language:", "ko"),
        Problem("c.md", 2, "front matter 'date' '2023-02-30' is not a date.", "warning"),  # not in the report
    ]
    report = build_report(problems)
    assert report == (
        ("a.txt", ("language 'ko' told from the script (language:)",
                   "title 'No title' made from the file name (title:)")),
        ("b.txt", ("read as Windows-1252 (save as UTF-8)", "mis-decoded characters repaired (save as UTF-8)")),
    )
    lines = report_text(report).splitlines()
    assert lines[0].startswith("Build report: what the engine guessed, in 2 file(s); none of it fails the build.")
    assert lines[1:] == ["  a.txt: language 'ko' told from the script (language:); title 'No title' made "
                         "from the file name (title:)",
                         "  b.txt: read as Windows-1252 (save as UTF-8); mis-decoded characters repaired "
                         "(save as UTF-8)"]
    assert report_text(()) == "Build report: nothing was guessed; every brief states what the site shows.\n"


def test_a_discovered_actor_is_a_guess_about_its_brief() -> None:
    problem = discovered("a b.txt:12 (a-b, paragraph 3): discovered actor 'Omar Haddad' (person, id "
                         "'omar-haddad') from name repeated in 2 paragraphs", "actors.yml")
    assert (problem.path, problem.line, problem.severity) == ("a b.txt", 12, "guess")
    assert problem.message.endswith("2 paragraphs. Add it to actors.yml to describe it.")
    assert build_report([problem]) == (("a b.txt", ("discovered actor 'Omar Haddad' (add to the actor registry)",)),)
    other = discovered("a b.txt:20 (a-b, paragraph 5): discovered actor 'Lee Ann' (person, id 'lee-ann') from "
                       "a title", "actors.yml")
    assert build_report([problem, other, problem]) == (
        ("a b.txt", ("discovered actors 'Omar Haddad', 'Lee Ann' (add to the actor registry)",)),)


def test_an_actor_from_a_byline_is_reported_under_its_file() -> None:
    problem = discovered("a b.txt (a-b): discovered actor 'Jane Doe' (person, id 'jane-doe') from the brief's "
                         "byline", "actors.yml")
    assert (problem.path, problem.line) == ("a b.txt", 0)
    assert build_report([problem]) == (("a b.txt", ("discovered actor 'Jane Doe' (add to the actor registry)",)),)


def test_the_report_page_escapes_what_comes_from_briefs() -> None:
    page = report_page((("<script>x</script>.txt", ("title '<b>x</b>' made from the file name (title:)",)),))
    assert page.startswith("# Build report\n")
    assert "<script>" not in page and "<b>" not in page
    assert "- **&#60;script&#62;x&#60;/script&#62;.txt**:" in page
    assert "Nothing was guessed" in report_page(())


def test_several_authors_read_from_a_lead_in_are_one_item() -> None:
    problems = [guessed("a.txt", 0, "m", "author '{v}' read from the title or first sentence", "authors:", name)
                for name in ("Jane Doe", "John Roe")]
    assert build_report(problems) == (("a.txt", ("authors 'Jane Doe', 'John Roe' read from the title or first "
                                                 "sentence (authors:)",)),)


def test_a_discovered_name_with_an_apostrophe_is_reported_whole() -> None:
    problem = discovered("a.txt (a): discovered actor 'Ebrima M'Bai' (person, id 'ebrima-mbai') from the brief's byline",
                         "actors.yml")
    assert build_report([problem]) == (("a.txt", ("discovered actor 'Ebrima M'Bai' (add to the actor registry)",)),)


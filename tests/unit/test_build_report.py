"""The build report: which messages are guesses, and how they are listed, once per file."""

from __future__ import annotations

import pytest

from briefsite.pipeline import discovered
from briefsite.problems import Problem, Severity, build_report, relevel, report_text
from briefsite.site.report_page import report_page

# message (as a stage words it), the stage's severity, the level after relevel
LEVELS: list[tuple[str, Severity, Severity]] = [
    ("has no title line (it starts with running text), so the title 'No title' was made from the file "
     "name. Put the title on the first line, or add 'title:' front matter.", "warning", "guess"),
    ("is not UTF-8; it was read as Windows-1252. Save it as UTF-8 text.", "warning", "guess"),
    ("had mis-decoded characters 'â€™' -> '’'; they were repaired. Export it again.", "warning", "guess"),
    ("is written in Hangul script, so its language was taken as 'ko'. Add it.", "note", "guess"),
    ("is written in Cyrillic script, which many languages share, so its language is recorded as 'und' "
     "(undetermined). Add it.", "note", "guess"),
    ("has the same title as a.txt ('T'); both are published. Give one a distinct 'title:'.", "note", "guess"),
    ("is not a brief (only .txt and .md files are read), so it was skipped. Export it.", "warning", "guess"),
    ("is a folder; briefs in sub-folders are not read. Move its briefs up.", "warning", "guess"),
    ("has a name that is not valid UTF-8, so it could not be read. Rename it.", "warning", "guess"),
    # the same words at another level are another case: a file with a bad name is an error
    ("has a name that is not valid UTF-8, so it could not be read. Rename it.", "error", "error"),
    # a value the editor wrote and the engine ignored stays a warning
    ("front matter 'date' '2023-02-30' is not a date. Write it as YYYY. Fix or remove it; the value was "
     "ignored.", "warning", "warning"),
    ("front matter is not valid YAML (bad), so all of it was ignored. Fix the YAML.", "warning", "warning"),
    ("front matter key 'summary' is unknown and was ignored. Use one of: title.", "warning", "warning"),
    ("is written mostly in Hangul script but its front matter says 'language: en'. Correct it.", "warning",
     "warning"),
    ("has no paragraphs after its title and byline. Add the brief's text, or remove the file.", "warning",
     "warning"),
    ("holds markup '<script>'; it is shown as text and never runs. Export it again.", "note", "note"),
]


@pytest.mark.parametrize(("message", "given", "level"), LEVELS, ids=[f"{m[:30]}-{g}" for m, g, _ in LEVELS])
def test_relevel(message: str, given: Severity, level: Severity) -> None:
    assert relevel(Problem("a.txt", 0, message, given)).severity == level


def test_one_line_per_file_each_guess_once_with_its_fix() -> None:
    rows: list[tuple[str, int, str, Severity]] = [
        ("b.txt", 3, LEVELS[2][0], "warning"),
        ("b.txt", 0, LEVELS[1][0], "warning"),
        ("b.txt", 9, LEVELS[2][0], "warning"),  # the same guess twice: listed once
        ("a.txt", 1, LEVELS[0][0], "warning"),
        ("a.txt", 0, LEVELS[3][0], "note"),
        ("c.md", 2, LEVELS[10][0], "warning"),  # a warning: not in the report
    ]
    problems = [relevel(Problem(path, line, message, given)) for path, line, message, given in rows]
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


def test_the_report_page_escapes_what_comes_from_briefs() -> None:
    page = report_page((("<script>x</script>.txt", ("title '<b>x</b>' made from the file name (title:)",)),))
    assert page.startswith("# Build report\n")
    assert "<script>" not in page and "<b>" not in page
    assert "- **&#60;script&#62;x&#60;/script&#62;.txt**:" in page
    assert "Nothing was guessed" in report_page(())

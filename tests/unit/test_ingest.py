"""ingest and frontmatter: every bad input gives one clear problem, never an exception."""

from __future__ import annotations

import os
import runpy
from pathlib import Path

import pytest

from briefsite.ingest.frontmatter import parse_front_matter
from briefsite.ingest.decode import decode, fix_mojibake
from briefsite.ingest.files import read_brief, read_briefs
from briefsite.model import Meta, SourceLine

FIXTURES = Path(__file__).parents[1] / "fixtures"
BAD_BYTES: dict[str, bytes] = runpy.run_path(str(FIXTURES / "make_bad.py"))["BAD_BYTES"]
TEXT = "Energy Prices in Southern Europe\n\nThe minister said \u201cwe\u2019ll act\u201d \u2013 soon.\n"


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    write_bad = runpy.run_path(str(FIXTURES / "make_bad.py"))["write_bad"]
    folder: Path = write_bad(tmp_path_factory.mktemp("bad"))
    return folder


# name, severity (None: accepted without a problem), words the message must hold
BAD_CASES = [
    ("empty.txt", "error", "is empty."),
    ("whitespace.txt", "error", "is empty."),
    ("nul_bytes.txt", "error", "NUL bytes"),
    ("pdf_renamed.txt", "error", "looks like a PDF file"),
    ("docx_renamed.txt", "error", "looks like a Word (.docx)"),
    ("utf8_bom.txt", None, ""),
    ("utf16_bom.txt", None, ""),
    ("crlf.txt", None, ""),
    ("cp1252.txt", "guess", "read as Windows-1252"),
    ("mojibake.txt", "guess", "mis-decoded characters"),
    ("slides.pptx", "guess", "is not a brief"),
    ("broken_front_matter.md", "warning", "not valid YAML"),
    ("not_mapping.md", "warning", "front matter is a list"),
    ("bad_date.md", "warning", "'2023-02-30' is not a date"),
    ("Brief ü 한국.txt", None, ""),
]


@pytest.mark.parametrize(("name", "severity", "words"), BAD_CASES)
def test_bad_inputs_give_one_clear_problem(bad_folder: Path, name: str, severity: str | None, words: str) -> None:
    briefs, problems = read_briefs(bad_folder)
    mine = [p for p in problems if p.path == name]
    if severity is None:
        assert mine == []
        assert name in [b.source for b in briefs]
        return
    assert len(mine) == 1, mine
    assert mine[0].severity == severity
    assert words in mine[0].message
    # `what is wrong. How to fix it.`: two sentences, the second an instruction
    assert mine[0].message.endswith(".") and ". " in mine[0].message
    accepted = name in [b.source for b in briefs]
    assert accepted == (severity in ("warning", "guess") and name.endswith((".txt", ".md")))


def test_every_decoding_gives_the_same_text(bad_folder: Path) -> None:
    briefs, _ = read_briefs(bad_folder)
    texts = {b.source: "\n".join(line.text for line in b.lines) for b in briefs}
    for name in ("utf8_bom.txt", "utf16_bom.txt", "cp1252.txt", "crlf.txt", "mojibake.txt"):
        assert texts[name] == TEXT.rstrip("\n") + "\n", name


def test_folder_is_read_top_level_sorted_and_hidden_files_ignored(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "B.txt", "é.txt", ".hidden.txt", "Z.TXT"):
        (tmp_path / name).write_text("Title\n\nText of the brief.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    briefs, problems = read_briefs(tmp_path)
    assert [b.source for b in briefs] == ["B.txt", "Z.TXT", "a.md", "b.txt", "é.txt"]
    assert [(p.path, p.severity) for p in problems] == [("sub", "guess")]


def test_missing_folder_is_an_error_not_an_exception(tmp_path: Path) -> None:
    briefs, problems = read_briefs(tmp_path / "nowhere")
    assert briefs == [] and problems[0].severity == "error"


def test_line_numbers_count_front_matter_lines() -> None:
    data = "---\ntitle: Arctic Shipping\ndate: 2023\n---\n\nFirst line.\nSecond line.\n".encode()
    brief, problems = read_brief(data, "arctic.md")
    assert problems == [] and brief is not None
    assert brief.has_front_matter
    assert brief.meta == Meta(title="Arctic Shipping", date="2023")
    assert brief.lines[0] == SourceLine(5, "")
    assert brief.lines[1] == SourceLine(6, "First line.")


def test_line_numbers_without_front_matter_start_at_one() -> None:
    brief, _ = read_brief(b"Title\r\n\r\nText\rMore\n", "x.txt")
    assert brief is not None and not brief.has_front_matter
    assert [(line.number, line.text) for line in brief.lines] == [(1, "Title"), (2, ""), (3, "Text"), (4, "More"), (5, "")]


def test_text_is_nfc() -> None:
    brief, _ = read_brief("Mu\u0308ller\n\nText.\n".encode(), "x.txt")
    assert brief is not None and brief.lines[0].text == "M\u00fcller"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "is empty"),
        (b"%PDF-1.4", "PDF"),
        (b"PK\x03\x04rest", "zip"),
        (b"\xd0\xcf\x11\xe0rest", "old Word"),
        (b"{\\rtf1 text}", "RTF"),
        (b"text\x00more", "NUL"),
        (b"\xff\xfeA\x00\x00\xd8", "UTF-16"),  # a BOM, then an unpaired surrogate
    ],
)
def test_decode_rejects(data: bytes, expected: str) -> None:
    decoded = decode(data)
    assert decoded.error is not None and expected in decoded.error


@pytest.mark.parametrize(
    ("data", "text", "note"),
    [
        ("plain ASCII".encode(), "plain ASCII", None),
        ("caf\u00e9".encode(), "caf\u00e9", None),
        ("caf\u00e9".encode("utf-8-sig"), "caf\u00e9", None),
        ("\u201cquoted\u201d".encode("utf-16-be").join([b"\xfe\xff", b""]), "\u201cquoted\u201d", None),
        ("the \u201cdeal\u201d \u2013 done".encode("cp1252"), "the \u201cdeal\u201d \u2013 done", "Windows-1252"),
    ],
)
def test_decode_accepts(data: bytes, text: str, note: str | None) -> None:
    decoded = decode(data)
    assert decoded.error is None and decoded.text == text
    assert (decoded.note is not None and note in decoded.note) if note else decoded.note is None


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        ("It\u00e2\u20ac\u2122s the deal", "It\u2019s the deal"),  # â€™ -> ’
        ("caf\u00c3\u00a9 policy", "caf\u00e9 policy"),  # Ã© -> é
        ("It\u2019s already right", "It\u2019s already right"),  # curly quotes stay curly
        ("Na\u00efve \u201cquotes\u201d \ufb01ne", "Na\u00efve \u201cquotes\u201d \ufb01ne"),  # ligature kept
        ("plain ascii & <b>html</b>", "plain ascii & <b>html</b>"),
    ],
)
def test_fix_mojibake(line: str, fixed: str) -> None:
    lines, note = fix_mojibake(["ok", line])
    assert lines == ["ok", fixed]
    assert (note is None) == (line == fixed)
    if note:
        assert note[0] == 2


FM_CASES = [
    # front matter lines, expected meta, expected (line, words) problems
    (["title: Arctic", "authors: [A. One, B. Two]"], Meta(title="Arctic", authors=("A. One", "B. Two")), []),
    (["authors: Ana Costa and Li Wei"], Meta(authors=("Ana Costa", "Li Wei")), []),
    (["date: 2021-10-12", "language: ko"], Meta(date="2021-10-12", language="ko"), []),
    (["date: 2021-10"], Meta(date="2021-10"), []),
    (["date: 2021"], Meta(date="2021"), []),
    (["date: 2021-13-01"], Meta(), [(2, "'date' '2021-13-01' is not a date")]),
    (["date: 12 October 2021"], Meta(), [(2, "is not a date")]),
    (["date: 2020-02-29"], Meta(date="2020-02-29"), []),
    (["date: 2021-02-29"], Meta(), [(2, "is not a date")]),
    (["title: 1984"], Meta(), [(2, "'title' must be text, not the number 1984")]),
    (["language: no"], Meta(language="no"), []),  # Norwegian, not YAML's false
    (["language: English"], Meta(), [(2, "not a language code")]),
    (["source_url: https://x.org/a"], Meta(source_url="https://x.org/a"), []),
    (["source_url: x.org"], Meta(), [(2, "not a web address")]),
    (["author: Ana Costa"], Meta(), [(2, "Rename it to 'authors'")]),
    (["title: Ok", "colour: red"], Meta(title="Ok"), [(3, "key 'colour' is unknown")]),
    (["authors: [1, 2]"], Meta(), [(2, "must be a name or a list of names")]),
    (["title:"], Meta(), []),
    (["title: [unclosed"], Meta(), [(2, "not valid YAML")]),
    (["just text"], Meta(), [(2, "not 'key: value' lines")]),
]


@pytest.mark.parametrize(("block", "meta", "expected"), FM_CASES)
def test_front_matter(block: list[str], meta: Meta, expected: list[tuple[int, str]]) -> None:
    found, end, problems = parse_front_matter(["---", *block, "---", "Body"])
    assert found == meta
    assert end == len(block) + 2
    assert [line for line, _ in problems] == [line for line, _ in expected]
    for (_, message), (_, words) in zip(problems, expected):
        assert words in message and message.endswith(".")


def test_front_matter_absent_or_unclosed() -> None:
    assert parse_front_matter(["Title", "---"]) == (Meta(), 0, [])
    meta, end, problems = parse_front_matter(["---", "title: x", "Body"])
    assert (meta, end) == (Meta(), 0) and "never closed" in problems[0][1]


def test_front_matter_only_brief_is_accepted() -> None:
    brief, problems = read_brief(b"---\ntitle: Only Metadata\n---\n", "x.md")
    assert brief is not None and problems == [] and brief.meta.title == "Only Metadata"


# files that cannot be read at all: each an error naming the fix, never an exception ------------


def test_a_file_over_the_size_limit_is_rejected_unread(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"Title\n\n" + b"word " * 300_000)
    (tmp_path / "ok.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    briefs, problems = read_briefs(tmp_path, max_bytes=1_000_000)
    assert [b.source for b in briefs] == ["ok.txt"]
    assert [(p.path, p.severity) for p in problems] == [("big.txt", "error")]
    assert "is 1.5 MB, more than the 1 MB" in problems[0].message and "max_brief_mb" in problems[0].message


@pytest.mark.parametrize("target", ["nowhere.txt", "../outside.txt", "inside.md"])
def test_a_symbolic_link_is_an_error_and_never_followed(tmp_path: Path, target: str) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    (tmp_path / "outside.txt").write_text("Secret Title\n\nroot:x:0:0\n", encoding="utf-8")
    (folder / "inside.md").write_text("Inside\n\nA real brief.\n", encoding="utf-8")
    (folder / "link.txt").symlink_to(folder / target)
    briefs, problems = read_briefs(folder)
    assert [b.source for b in briefs] == ["inside.md"]
    assert [(p.path, p.severity) for p in problems] == [("link.txt", "error")]
    assert "is a symbolic link, so it was not read" in problems[0].message


def test_a_fifo_is_an_error_and_reading_never_blocks(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    briefs, problems = read_briefs(tmp_path)
    assert briefs == [] and [(p.path, p.severity) for p in problems] == [("pipe.txt", "error")]
    assert "not a regular file" in problems[0].message


def test_the_original_bytes_are_the_ones_read(tmp_path: Path) -> None:
    data = "Title\r\n\r\nText \u2019.\r\n".encode("utf-8-sig")
    (tmp_path / "a.txt").write_bytes(data)
    briefs, _ = read_briefs(tmp_path)
    assert briefs[0].original == data


def test_names_equal_once_normalised_are_an_error_not_a_lost_brief(tmp_path: Path) -> None:
    (tmp_path / "M\u00fcller.txt").write_text("Title\n\nText one.\n", encoding="utf-8")  # NFC
    (tmp_path / "Mu\u0308ller.txt").write_text("Title\n\nText two.\n", encoding="utf-8")  # NFD
    briefs, problems = read_briefs(tmp_path)
    assert [b.source for b in briefs] == ["M\u00fcller.txt"]
    assert [(p.path, p.severity) for p in problems] == [("M\u00fcller.txt", "error")]
    assert "Unicode normalisation" in problems[0].message


def test_markup_gives_a_note_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "<b>name.txt").write_text("Title\n\nPlain.\n\nA <script>x</script> here.\n", encoding="utf-8")
    briefs, problems = read_briefs(tmp_path)
    assert len(briefs) == 1
    assert sorted((p.line, p.severity) for p in problems) == [(0, "note"), (5, "note")]


def test_a_file_name_that_is_not_utf8_is_an_error_not_a_crash(tmp_path: Path) -> None:
    import os

    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text("Title\n\nText.\n", encoding="utf-8")
    briefs, problems = read_briefs(tmp_path)
    assert briefs == []
    assert [(p.path, p.severity) for p in problems] == [("caf\ufffd.txt", "error")]
    assert "not valid UTF-8" in problems[0].message


@pytest.mark.parametrize("name", ["brief.txt~", "brief.txt.swp", ".brief.txt.swp", "#brief.txt#", "~$brief.docx",
                                  "brief.bak", "brief.txt.part"])
def test_editors_backup_and_lock_files_are_ignored(tmp_path: Path, name: str) -> None:
    (tmp_path / "brief.txt").write_text("Title\n\nText of the brief.\n", encoding="utf-8")
    (tmp_path / name).write_bytes(b"\x00swap bytes")
    briefs, problems = read_briefs(tmp_path)
    assert [b.source for b in briefs] == ["brief.txt"] and problems == []


@pytest.mark.parametrize("name", ["tab\there.txt", "line\nbreak.txt", "rlo\u202egnp.txt"])
def test_a_control_character_in_a_file_name_gets_a_note(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("Title\n\nText of the brief.\n", encoding="utf-8")
    briefs, problems = read_briefs(tmp_path)
    assert [b.source for b in briefs] == [name]
    [note] = problems
    assert note.severity == "note" and "control character in its file name" in note.message
    assert "\n" not in note.path and "\t" not in note.path and "\u202e" not in note.path  # named safely

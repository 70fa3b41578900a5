"""markup: markup in a brief is found once per file, with its first line, for a note."""

from __future__ import annotations

import pytest

from briefsite.ingest.markup import find_markup, name_markup


@pytest.mark.parametrize(
    ("lines", "line", "sample"),
    [
        (["Title", "", "x <script>alert(1)</script> y"], 3, "'<script>'"),
        (['<img src=x onerror="alert(1)">'], 1, "'<img src=x onerror=\"alert(1)\">'"),
        (["see <!-- hidden --> here"], 1, "'<!-- hidden -->'"),
        (["<!-- material/tags -->"], 1, "'<!-- material/tags -->'"),
        (["a {{ config }} b"], 1, "'{{ config }}'"),
        (["a {% include 'x' %} b"], 1, "\"{% include 'x' %}\""),
        (["[click](javascript:alert(1))"], 1, "'javascript:alert(1))'"),
        (["ok", "</div> and <b>bold</b>", "<i>"], 2, "'</div>'"),
    ],
)
def test_markup_is_found_with_its_line(lines: list[str], line: int, sample: str) -> None:
    found = find_markup(enumerate(lines, start=1))
    assert found is not None and found[0] == line
    assert f"holds markup {sample}" in found[1] and "shown as text" in found[1]


@pytest.mark.parametrize(
    "text",
    ["a < b and c > d", "x<3 and y>2", "[^1] {#p-1} # heading --- [a](#)", "Figure 1: <= 5", "{ x }"],
)
def test_text_that_is_not_markup_gets_no_note(text: str) -> None:
    assert find_markup([(1, text)]) is None


def test_one_note_counts_the_other_lines() -> None:
    found = find_markup([(1, "<b>"), (2, "plain"), (3, "<i>"), (4, "{{ x }}")])
    assert found is not None and found[0] == 1 and "(and 2 more lines)" in found[1]


@pytest.mark.parametrize(
    ("name", "shown"),
    [("<img src=x onerror=alert(1)>.txt", "'<img src=x onerror=alert(1)>'"), ("{{ x }} & {% y %}.md", "'{{ x }}'"),
     ("Brief ü 한국.txt", None)],
)
def test_file_names(name: str, shown: str | None) -> None:
    expected = None if shown is None else (f"has markup in its file name {shown}; the name is shown as text. "
                                            "Rename the file if that was not meant.")
    assert name_markup(name) == expected

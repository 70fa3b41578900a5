"""text.starts.finditer_at: the very matches of finditer, tried only at the candidate starts."""

from __future__ import annotations

import re

import pytest

from briefsite.extract.actors.discovery import _TITLE_APPOSED, _TITLE_BEFORE, _TITLE_START
from briefsite.text.starts import finditer_at


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ann Linde met Vice President Kamala Harris.",
        "Minister of Foreign Affairs, Nanaia Mahuta, said so; Dr Houssin agreed.",
        "his envoy Keith Kellogg and the special envoy Steve Witkoff",
        "General Motors, Prime Minister Fumio Kishida and PRESIDENT Moon Jae-in",
        "ſpecial Envoy Li Wei and \u212aing Charles",  # letters IGNORECASE folds to s and k
        "Mr. Smith, Mrs Jones, Ms Lee and Prof. Kim; mr smith is no title",
        "no title here at all",
        "",
    ],
)
def test_the_title_patterns_find_what_finditer_finds(text: str) -> None:
    for pattern in (_TITLE_BEFORE, _TITLE_APPOSED):
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in finditer_at(pattern, _TITLE_START, text)] == expected


def test_matches_do_not_overlap_and_resume_after_the_last() -> None:
    pattern, starts = re.compile(r"\bab+"), re.compile(r"(?=a)")
    assert [m.group() for m in finditer_at(pattern, starts, "abb ab aab abab")] == ["abb", "ab", "ab"]
    assert [m.group() for m in pattern.finditer("abb ab aab abab")] == ["abb", "ab", "ab"]

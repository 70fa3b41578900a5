"""Unit tests of `search_assess`: the very match `ASSESS.search` finds, from fewer alternatives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefsite.extract.conclusions.assess import ASSESS, ASSESS_WORDS, search_assess

ROOT = Path(__file__).resolve().parents[2]

# One sentence per alternative of ASSESS, in the pattern's order, and a few more for the
# alternatives whose words differ in form (a shortcut word missing would fail here).
MATCHING = [
    "The figures indicate that the plan failed.",
    "The episode demonstrates the limits of sanctions.",
    "The shift reflects a change in priorities.",
    "The exercise serves as a warning to Moscow.",
    "The visit was clearly intended to reassure Seoul.",
    "The move could be seen as a concession.",
    "This is largely because the talks stalled.",
    "In other words, the deal is dead.",
    "This means the budget will shrink.",
    "The main obstacle remains funding.",
    "Its security rests on American guarantees.",
    "The decline is a result of the drought.",
    "The plan is arguably too modest.",
    "Beijing appears to want a deal.",
    "The government does not seem ready.",
    "It is striking that no one objected.",
    "Calm is in Moscow's best interests.",
    "Ankara is seeking to widen its role.",
    "Tehran wants to keep its options open.",
    "To secure the border, the army moved north.",
    "This is a turning point for the region.",
    "The approach is unsustainable.",
    "The blockade is also an attempt to gain leverage.",
    "The arrangement serves both sides.",
    "Their response has been to double the tariffs.",
    "The vote marks the end of an era.",
    "Brussels has little leverage over the junta.",
    "Water is now the most contested resource.",
    "The ministry has struggled to recruit staff.",
    "The ministry struggles to recruit staff.",
    "Parliament has repeatedly failed to act.",
    "The plan fails to address the deficit.",
    "This is only one of many examples.",
    "Trust is a key element of the accord.",
    "Turkey is pivotal to the corridor.",
    "The situation is particularly fragile.",
    "Which makes diversions far more difficult.",
    "The new rules make it harder to export.",
    "Success depends largely on the weather.",
    "The strait has become a strategic battleground.",
    "The European Union needs stronger tools.",
    "The coalition faces the risk of collapse.",
    "The party risks losing its majority.",
    "The risk of escalation is now higher.",
    "This pressure has forced the regime to negotiate.",
]


def test_every_alternative_has_a_row() -> None:
    assert len(MATCHING) == ASSESS.pattern.count("|") - _inner_bars(ASSESS.pattern) + 1


def _inner_bars(pattern: str) -> int:
    """The `|` inside groups or classes (not alternatives of ASSESS itself)."""
    depth, cls, inner, i = 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth:
            inner += 1
        i += 1
    return inner


@pytest.mark.parametrize("sentence", MATCHING)
def test_each_alternative_is_found(sentence: str) -> None:
    whole = ASSESS.search(sentence)
    found = search_assess(sentence)
    assert whole is not None and found is not None, sentence
    assert (found.start(), found.group(0)) == (whole.start(), whole.group(0))


@pytest.mark.parametrize("sentence", [
    "The minister visited Paris on Monday.",
    "Exports rose by 4 percent in 2023.",
])
def test_a_sentence_without_any_cue_word_is_not_searched(sentence: str) -> None:
    assert ASSESS_WORDS.isdisjoint(re.findall(r"[a-z]+", sentence.lower()))
    assert search_assess(sentence) is None and ASSESS.search(sentence) is None


def test_letters_that_fold_to_ascii_always_go_to_the_pattern() -> None:
    # IGNORECASE matches the long s to "s": "Reſts on" is "rests on" to ASSESS.
    assert ASSESS.search("Its security reſts on guarantees.")
    assert search_assess("Its security reſts on guarantees.")


def test_every_form_of_a_stem_alternative_is_a_shortcut_word() -> None:
    forms = ["serve", "serves", "struggle", "struggles", "fail", "fails", "make", "makes", "making",
             "depend", "depends", "risk", "risks", "mark", "marks", "marked", "face", "faces", "facing",
             "reflect", "reflects", "point", "points", "appear", "appears", "seem", "seems"]
    assert set(forms) <= ASSESS_WORDS


def test_an_earlier_alternative_wins_at_the_same_offset() -> None:
    # "this means" and "means" (a way to) could both start at "means"; the whole
    # pattern takes the leftmost start, then the first alternative.
    sentence = "The programme is a means to an end, and this means delay."
    whole, found = ASSESS.search(sentence), search_assess(sentence)
    assert whole is not None and found is not None
    assert (found.start(), found.end()) == (whole.start(), whole.end())


def test_the_real_briefs_get_the_same_matches() -> None:
    files = [*ROOT.glob("briefs/*.txt"), *ROOT.glob("briefs/*.md"), *ROOT.glob("tests/annotated/*/briefs/*")]
    sentences = {s for f in files if f.is_file()
                 for line in f.read_text(encoding="utf-8", errors="replace").splitlines()
                 for s in re.split(r"(?<=[.!?;:])\s+", line) if s}
    assert len(sentences) > 1000
    def span(m: re.Match[str] | None) -> tuple[int, int] | None:
        return m.span() if m else None
    differ = [s for s in sentences if span(search_assess(s)) != span(ASSESS.search(s))]
    assert differ == []

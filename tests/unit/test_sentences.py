"""Sentence boundaries: pysbd plus the rule for sentences that end in initials."""

from __future__ import annotations

import pytest

from briefsite.text.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks with the U.S. China may use the Olympics.",
         ["Talks with the U.S.", "China may use the Olympics."]),
        ("Seoul relies on the U.S. The alliance holds.", ["Seoul relies on the U.S.", "The alliance holds."]),
        ("It wrote to the U.K. However, no reply came.", ["It wrote to the U.K.", "However, no reply came."]),
        # initials inside a sentence stay inside it
        ("The U.S. Congress will vote on it.", ["The U.S. Congress will vote on it."]),
        ("The U.S. State Department has said so.", ["The U.S. State Department has said so."]),
        ("U.S. officials met Mr. Lee in Sept. last year.", ["U.S. officials met Mr. Lee in Sept. last year."]),
        ("Sanctions from the U.S. and the E.U. remain.", ["Sanctions from the U.S. and the E.U. remain."]),
    ],
)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_leave_out_only_the_spaces_between_sentences() -> None:
    text = "First one with the U.S.   The second.  Third?"
    spans = sentence_spans(text)
    # One span over the whole text would leave nothing out too: say where each sentence is.
    assert [(s.start, s.end) for s in spans] == [(0, 23), (26, 37), (39, 45)]
    covered = {i for s in spans for i in range(s.start, s.end)}
    assert [text[i] for i in range(len(text)) if i not in covered] == [" "] * 5

"""Sentence boundaries: pysbd plus the rule for sentences that end in initials."""

from __future__ import annotations

import pytest

from briefsite.text import sentences as sentences_module
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
        # a quotation of several sentences is cut into them; abbreviations inside it are no stops
        ("“The world agrees. Our task is hard. We must act,” said Ms Doe.",
         ["“The world agrees.", "Our task is hard.", "We must act,” said Ms Doe."]),
        ("He said: “Mr. Lee met Gen. Park. They agreed.” Then he left.",
         ["He said: “Mr. Lee met Gen. Park.", "They agreed.”", "Then he left."]),
        ("She called it “a farce” and left.", ["She called it “a farce” and left."]),
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


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked. The front held.", "EU ministers met. NATO. Done.", "It costs $500,000. Funds follow.",
        "A long-term plan. Moscow’s answer came.", "In 2024. The year ended.", "A question? Yes.", "Ends here!",
        "Richard H. Job gains rose.", "Gen. Smith left. He returned.", "It is. The end.", "(more) The Committee met.",
        "Agreed (ICRC). Then more.", "Items (a) one. (b) two.", "The “quoted. Words” here.", "Wide  space. Here.",
        "Section 24. Next one.", "The U.S. Congress met.", "Act vii. Next.", "He said 'no. Never' then.",
        "Trailing   ", "One sentence without a stop", "The U.S. and Japan agreed. Talks follow.",
        "The U.N., the EU and others met. Done.", "Aid from the U.S. The talks went on.", "Ends in the U.S.",
    ],
)
def test_plain_stops_cut_as_pysbd_does(text: str) -> None:
    # The shortcut either steps aside (None) or cuts exactly where pysbd cuts.
    plain = sentences_module._plain_spans(text)
    assert plain is None or plain == sentences_module._pysbd_spans(text)
    assert sentence_spans(text) == sentences_module._pysbd_spans(text)


@pytest.mark.parametrize("text", [
    "The talks stalled. The talks stalled.  Then they resumed.\nThey stalled again.",
    "Yes. Yes. Yes.",
    "He met the U.S. envoy on 3 May. The envoy left. \u00a0 The envoy left.",
    "",
])
def test_segmenter_finds_the_spans_pysbd_finds(text: str) -> None:
    import pysbd

    from briefsite.text.sentences import _Segmenter

    def spans(segmenter: pysbd.Segmenter) -> list[tuple[str, int, int]]:
        return [(s.sent, s.start, s.end) for s in segmenter.segment(text)]

    assert spans(_Segmenter(language="en", clean=False, char_span=True)) == spans(
        pysbd.Segmenter(language="en", clean=False, char_span=True))

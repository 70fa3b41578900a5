"""The one fold: what it equates, and that every folded span maps back to the source."""

from __future__ import annotations

import pytest

from briefsite.text import fold as fold_module
from briefsite.text.fold import fold, fold_key


@pytest.mark.parametrize(
    ("text", "low", "kept"),
    [
        ("Kim Jong-un", "kim jong un", "Kim Jong un"),
        ("KIM  JONG\u2013UN", "kim jong un", "KIM JONG UN"),
        ("Bogotá", "bogota", "Bogota"),  # accents go, for actors and themes alike
        ("Élysée", "elysee", "Elysee"),
        ("\ufb01ne", "fine", "fine"),  # compatibility forms (ligatures) unfold
        ("İstanbul", "istanbul", "Istanbul"),
        ("it\u2019s", "it's", "it's"),
        ("co\u00adop", "coop", "coop"),  # soft hyphen vanishes
        ("zero\u200bwidth", "zerowidth", "zerowidth"),
        ("U.S.\u2013China", "us china", "US China"),  # initialism dots go
        ("e.g. this", "eg this", "eg this"),
        ("Mr. Kim", "mr. kim", "Mr. Kim"),  # one letter and a dot is no initialism
        ("Ko-\nrea", "korea", "Korea"),  # a word broken at a line end is joined
        ("insur-  \r\n  gencies", "insurgencies", "insurgencies"),
        ("Korea-\nUS talks", "korea us talks", "Korea US talks"),  # a capital after the break: two words
        ("talks\u2014\nand", "talks and", "talks and"),  # a dash at a line end is punctuation
        ("well- known", "well known", "well known"),
        ("  A\r\n\r\n  b", "a b", "A b"),  # runs of white space are one space, none leading
        ("", "", ""),
    ],
)
def test_fold(text: str, low: str, kept: str) -> None:
    folded = fold(text)
    assert (folded.low, folded.text) == (low, kept)
    assert len(folded.low) == len(folded.text) == len(folded.origin) == len(folded.ends)


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        ("talks with the U.S. on Friday", "us", "U.S."),  # the dots belong to the span
        ("the U.S.-DPRK talks", "us dprk", "U.S.-DPRK"),
        ("in Bogotá today", "bogota", "Bogotá"),
        ("the Ko-\nrean war", "korean", "Ko-\nrean"),
        ("a \ufb01ne point", "fine", "\ufb01ne"),
        ("said  Kim   Jong-un.", "kim jong un", "Kim   Jong-un"),
        ("co\u00adoperation", "cooperation", "co\u00adoperation"),
    ],
)
def test_a_folded_match_maps_back_to_the_source(text: str, phrase: str, source: str) -> None:
    folded = fold(text)
    at = folded.low.index(phrase)
    start, end = folded.span(at, at + len(phrase))
    assert text[start:end] == source


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kim Jong-un", " kim jong un "), ("U.S.", "US"), ("Türkiye", "Turkiye"), ("Moon\u2019s", "moon's")],
)
def test_fold_key_equates(a: str, b: str) -> None:
    assert fold_key(a) == fold_key(b)


@pytest.mark.parametrize(
    "text",
    [
        "", " ", "  lead and trail  ", "plain words", "U.S. and U.N. forces", "a U.S.-led team", "e.g. x",
        "Ko-\nrea and insur-\n  gencies", "dash at end —\nnext", "curly ’quotes’ and `ticks`",
        "soft\u00adhy\u00adphen and zero\u200bwidth", "Bogotá, Türkiye, Élysée", "ﬁnance ligature",
        "İstanbul and ΣΟΦΟΣ", "tabs\tand\nnew\r\nlines", "\u3000ideographic space", "diaeresis \u00a8 alone",
        "\u00ad\u200b  leading invisibles", "A.B.\u00adC.", "한국 and 日本", "x\u2013y\u2014z",
    ],
)
def test_slices_fold_as_the_character_loop(text: str) -> None:
    # The fast path must give exactly what the rules' loop gives, or step aside (None).
    joins, dots = fold_module._dropped(text)
    fast = fold_module._fold_by_slices(text, joins, dots)
    assert fast is None or fast == fold_module._fold_by_chars(text, joins, dots)
    assert fold(text) == fold_module._fold_by_chars(text, joins, dots)

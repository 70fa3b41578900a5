"""`word_before` scans back by hand; it must find what its regex definition finds."""

from __future__ import annotations

import pytest

from briefsite.extract.actors.rules import _WORD_BEFORE, word_before
from briefsite.text.fold import fold

TEXT = ("Said U.S. officials: the co-chair's view   (in 2024) was—plainly—Kim Jong-un’s; "
        "Ōtsuka_san and 北朝鮮 met\tthe  D.P.R.K. envoy ")


@pytest.mark.parametrize("start", range(len(TEXT) + 1))
def test_word_before_is_its_regex(start: int) -> None:
    folded = fold(TEXT)
    m = _WORD_BEFORE.search(folded.text, 0, start)
    assert word_before(folded, start) == (m.group(1) if m else "")

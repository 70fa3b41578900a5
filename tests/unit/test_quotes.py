"""Quoted sentences on the generated pages: site/context.py's `nested`."""

from __future__ import annotations

from briefsite.site.context import nested
from briefsite.site.markdown import Md


def test_a_quoted_sentence_keeps_its_own_quotation_in_single_marks() -> None:
    assert nested(Md("“We object,” said Jane Doe.")) == "‘We object,’ said Jane Doe."
    assert nested(Md("“An invasion is an act of aggression.")) == "An invasion is an act of aggression."
    assert nested(Md("Talks resumed.")) == "Talks resumed."

"""Abbreviation definitions found by Schwartz and Hearst's method, on any subject."""

from __future__ import annotations

import pytest

from briefsite.extract.abbreviations import find_abbreviations
from briefsite.text.shortforms import long_form as _long_form
from briefsite.model import Brief, BriefId, Meta, Paragraph


@pytest.mark.parametrize(("short", "before", "long"), [
    ("SLBM", "North Korea tested a submarine-launched ballistic missile", "submarine-launched ballistic missile"),
    ("ECOWAS", "the summit of the Economic Community of West African States", "Economic Community of West African States"),
    ("FDA", "a statement of the Food and Drug Administration", "Food and Drug Administration"),
    ("USMCA", "under the United States-Mexico-Canada Agreement", "United States-Mexico-Canada Agreement"),
    ("DPRK", "as it did in 2021", None),  # no words whose letters spell it
    ("EU", "EU", None),
])
def test_the_long_form_is_the_shortest_run_of_words_that_spells_the_short_form(short: str, before: str,
                                                                              long: str | None) -> None:
    assert _long_form(short, before) == long


def test_the_first_definition_of_a_short_form_wins_and_each_keeps_its_place() -> None:
    paras = (Paragraph(1, "The National Intelligence Service (NIS) briefed the assembly.", None, 1),
             Paragraph(2, "A new intelligence service (NIS) was set up; the ICBM (ICBM) test.", None, 3))
    brief = Brief(BriefId("b"), "b.txt", Meta(title="T"), paras)
    [nis] = find_abbreviations([brief])
    assert (nis.short, nis.long, nis.paragraph) == ("NIS", "National Intelligence Service", 1)

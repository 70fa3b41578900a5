"""Views held as stands on a thing named after the verb (`welcomed the initiative`, `reaffirmed
their support`, `agreed that`): the forms of joint statements and communiqués, where whole
paragraphs report what two leaders or bodies agreed, welcomed and looked forward to."""

from __future__ import annotations

import pytest

from briefsite.extract.conclusions.attribution import find_attribution


@pytest.mark.parametrize(("sentence", "holder"), [
    ("Mr Ortega and Mr Lindqvist agreed that there is a pressing need for better market access.",
     "Mr Ortega and Mr Lindqvist"),
    ("The two ministers recognised that there is scope for further exchanges.", "The two ministers"),
    ("Mr Ortega warmly welcomed a proposal by the other government.", "Mr Ortega"),
    ("They reaffirmed their governments' continuing support for the organisation.", "They"),
    ("The Council condemned the attack in the strongest terms.", "The Council"),
    ("The leaders looked forward to a further round of talks in April.", "The leaders"),
    ("The ministers noted with satisfaction the recent commitment of both sides.", "The ministers"),
])
def test_a_named_holder_taking_a_stand_holds_a_view(sentence: str, holder: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert sentence[found.subject[0]:found.subject[1]] == holder


@pytest.mark.parametrize("sentence", [
    "The discussions underscored the need for a clear recognition of the role of marketing boards.",
    "The murder of a protester, and the anger it caused, underscored the depth of the crisis.",
    "The report welcomes no easy answers.",
])
def test_a_stand_needs_a_named_holder(sentence: str) -> None:
    assert find_attribution(sentence) is None

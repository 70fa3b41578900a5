"""Conclusion sections through the phrase index: heading words and addressed actors."""

from __future__ import annotations

import pytest

from briefsite.extract.conclusions.sections import Sections, is_concluding, is_recommending, run_in_heading
from briefsite.model import Actor, ActorId
from briefsite.repair.paragraphs import split_run_in


def actor(actor_id: str, name: str, *aliases: str) -> Actor:
    return Actor(id=ActorId(actor_id), name=name, kind="organisation", aliases=aliases)


SECTIONS = Sections([
    actor("eu", "European Union", "EU"),
    actor("us", "United States", "US", "U.S."),
    actor("south-korea", "South Korea", "ROK"),
    actor("korea", "Korea"),
])


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ("Recommendations for the EU", "eu"),
        ("Recommendations for the EU and the United States", "eu"),  # the first named
        ("Options for South Korea", "south-korea"),  # the longer of overlapping names
        ("What the U.S. should do", "us"),
        ("Lessons for us", None),  # names keep their case: the pronoun is no actor
        ("Recommendations", None),
        (None, None),
    ],
)
def test_section_actor(section: str | None, expected: str | None) -> None:
    assert SECTIONS.actor(section) == expected


@pytest.mark.parametrize(
    ("section", "concluding", "recommending"),
    [
        ("Conclusions and Perspectives", True, False),
        ("Key Findings", True, False),
        ("Key-findings", True, False),  # the one fold: a hyphen is a space
        ("The way forward", True, True),
        ("Policy implications", True, True),
        ("Forecasts", False, False),  # whole words only, as before
        ("Internal Context", False, False),
        ("Inconclusive", False, False),
    ],
)
def test_section_words(section: str, concluding: bool, recommending: bool) -> None:
    assert (is_concluding(section), is_recommending(section)) == (concluding, recommending)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Conclusions. The EU should act.", "Conclusions"),
        ("Context. The EU should act.", "Context"),
        ("North Korea. China does not agree with it.", None),  # names only: no heading
        ("Relations with the U.S. North Korea's dialogue has stalled.", "Relations with the U.S."),
    ],
)
def test_run_in_heading_is_the_repair_stage_rule(text: str, heading: str | None) -> None:
    found = split_run_in(text)
    assert run_in_heading(text) == heading == (found[0] if found else None)

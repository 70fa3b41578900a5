"""Sections for the conclusion rules: which headings mark conclusions, advice, an addressee.

Input: a section heading (set by the repair stage or run in at a paragraph's start) and the
actors recognised. Output: whether the heading marks conclusions (`is_concluding`) or
recommendations (`is_recommending`), the actor it addresses (`Sections.actor`: "Recommendations
for the EU"), and the run-in heading that opens a paragraph's text (`run_in_heading`, by the
repair stage's rule).
Heading words and actor names are found with the one phrase index (`text.phrases`), on the
one fold, so they follow the boundary and longest-leftmost rules of actors and themes.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefsite.model import Actor, ActorId
from briefsite.repair.paragraphs import split_run_in
from briefsite.text.fold import fold, fold_key
from briefsite.text.phrases import PhraseIndex, longest_leftmost

_CONCLUDING = PhraseIndex((fold_key(w), True) for w in """
    conclusion conclusions concluding perspective perspectives recommendation recommendations
    outlook implication implications summary prospect prospects scenario scenarios forecast
    options assessment""".split())
_CONCLUDING_PHRASES = PhraseIndex((fold_key(w), True) for w in (
    "key findings", "key judgments", "key judgements", "key points", "key takeaways",
    "looking ahead", "way forward", "what next", "bottom line",
))
_RECOMMENDING = PhraseIndex((fold_key(w), True) for w in (
    "recommendation", "recommendations", "policy", "options", "way forward", "what next", "what to do",
))
def is_concluding(section: str | None) -> bool:
    """Return True when a section heading names conclusions, outlook, recommendations ..."""
    if not section:
        return False
    folded = fold(section)
    return bool(_CONCLUDING.find(folded) or _CONCLUDING_PHRASES.find(folded))


def is_recommending(section: str | None) -> bool:
    """Return True when a section heading names recommendations, policy, options ..."""
    return bool(section and _RECOMMENDING.find(fold(section)))


def run_in_heading(text: str) -> str | None:
    """Return the run-in heading that opens `text`, if any (without its full stop).

    The repair stage's detector (`repair.paragraphs.split_run_in`), the one rule for what a
    run-in heading is: repaired paragraphs have theirs split off already, and text that
    reaches this stage unrepaired (the annotated sets) is read by the same rule.
    """
    found = split_run_in(text)
    return found[0] if found else None


class Sections:
    """The actors' names in one phrase index, to tell whom a section heading addresses."""

    __slots__ = ("_index",)

    def __init__(self, actors: Sequence[Actor]) -> None:
        # Names match with case kept ("EU", not "eu"): a heading's "us" is no actor.
        self._index: PhraseIndex[tuple[int, ActorId, str]] = PhraseIndex(
            (fold_key(name), (order, actor.id, fold(name.strip()).text))
            for order, actor in enumerate(actors)
            for name in (actor.name, *actor.aliases)
        )

    def actor(self, section: str | None) -> ActorId | None:
        """Return the actor a section heading names ("Recommendations for the EU"), if any:
        of names that overlap the longest counts (`longest_leftmost`), then the first in the
        heading, then the first actor given."""
        if not section:
            return None
        folded = fold(section)
        finds = [
            (hit.start, hit.end, value)
            for hit in self._index.find(folded)
            for value in hit.values
            if folded.text[hit.start : hit.end] == value[2]
        ]
        chosen = longest_leftmost(finds, lambda f: (f[0], f[1]), lambda f: f[2][0])
        return chosen[0][2][1] if chosen else None

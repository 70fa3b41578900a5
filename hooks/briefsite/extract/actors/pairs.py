"""`Both countries`, `the two Governments`: the two states a bilateral brief is about.

Input: a brief's paragraphs and the mentions found in it so far, with each actor's state.
Output: for each `both countries`, `the two governments`, `the two nations` (and the like), a
mention of each of the two states the brief names most, when two states stand clearly above
the rest (the third named less often than the second); none otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from briefsite.model import Actor, ActorId, Brief, Mention, Span

__all__ = ["paired_states"]

_PAIR = re.compile(r"\b(?:[Bb]oth|[Tt]he\s+two|[Ee]ach\s+of\s+the\s+two)\s+(?:countries|[Gg]overnments|nations|states)\b"
                   r"|\b[Ee]ach\s+other['’]s\s+countr(?:y|ies)\b")


def paired_states(brief: Brief, mentions: Sequence[Mention], by_id: Mapping[ActorId, Actor]) -> list[Mention]:
    """Return a mention of each of the brief's two main states on every phrase naming them as a pair."""
    if not any(_PAIR.search(p.text) for p in brief.paragraphs):
        return []
    counts = Counter(m.target for m in mentions if (a := by_id.get(ActorId(m.target))) is not None and a.kind == "state")
    ranked = counts.most_common(3)
    if len(ranked) < 2 or len(ranked) == 3 and ranked[2][1] >= ranked[1][1]:
        return []
    pair = sorted(target for target, _ in ranked[:2])
    return [Mention(target, brief.id, p.number, Span(m.start(), m.end()), m.group(0))
            for p in brief.paragraphs for m in _PAIR.finditer(p.text) for target in pair]

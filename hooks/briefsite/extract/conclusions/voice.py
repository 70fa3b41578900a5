"""Whom a brief speaks for, and what the subject of the sentence before was.

Input: one brief's sentences and the actor mentions of its paragraphs. Output: the
case-folded names of the bodies the text speaks for (`speakers`), and the subject of a
sentence (`sentence_subject`), which a pronoun in the next sentence stands for.

A fact sheet, a statement or a ministerial release speaks in the first person of a
government ("our partners", "we will"): there the body named as the subject of a sentence
that also says "our" or "we" is the speaker ("Through this agreement, the United States will
work with our partners"), and what that body "will" do is its announced plan, as "we will"
is, not the author's forecast (`described.describes_measure`). An analysis that says "in our
view" or "we argue" speaks for its authors, not for a body: those frames do not count, and a
brief needs several sentences in the first person plural before any body counts as its voice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from briefsite.extract.conclusions.described import clause_subject
from briefsite.extract.conclusions.subjects import FINITE_VERB
from briefsite.model import Mention, Sentence

_I = re.IGNORECASE

# Case kept: "US" and "U.S." are the United States, not "us".
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|[Oo]urselves)\b")
# The authors' own first person: their view and their method, not a body's voice.
_AUTHORIAL = re.compile(
    r"\b(?:in\s+our\s+(?:view|opinion|judg(?:e)?ment|assessment|analysis|reading)|our\s+(?:analysis|research|"
    r"findings|data|study|survey|estimates?|calculations?|model|sample|interviews?)|(?:we|us)\s+(?:argue|find|found|"
    r"show|estimate|conclude|suggest|recommend|propose|examine|analy[sz]e|discuss|assess|consider|focus|turn|"
    r"note|see|believe|think|expect)|let\s+us)\b",
    _I,
)
MIN_SENTENCES = 3  # sentences in a body's first person before the brief counts as its voice


def _first_person(text: str) -> bool:
    return bool(_FIRST_PLURAL.search(_AUTHORIAL.sub(" ", text)))


# An auxiliary or copula ends a subject more surely than a word in -s ("These actions are").
_AUXILIARY = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|does|did|do)\b",
                        _I)


def sentence_subject(text: str) -> str:
    """Return the subject of the first auxiliary (else finite verb) of `text` ("" if none)."""
    verb = _AUXILIARY.search(text) or FINITE_VERB.search(text)
    if verb is None:
        return ""
    return clause_subject(text, verb.start())


def speakers(sentences: Iterable[tuple[Sentence, Sequence[Mention]]]) -> tuple[str, ...]:
    """Return the case-folded names of the bodies a brief speaks for, sorted.

    `sentences`: each sentence of the brief with the actor mentions of its paragraph (offsets
    in the paragraph). A body counts when one of its mentions opens the subject of a sentence
    in the first person plural, and of those, the bodies that do so most often; all their names
    in the brief then count."""
    sentences = list(sentences)
    voiced = [(s, ms) for s, ms in sentences if _first_person(s.text)]
    if len(voiced) < MIN_SENTENCES:
        return ()
    counts: Counter[str] = Counter()
    for sentence, mentions in voiced:
        verb = FINITE_VERB.search(sentence.text)
        if verb is None:
            continue
        subject = clause_subject(sentence.text, verb.start())
        start = sentence.text.rfind(subject, 0, verb.start() + 1) if subject else -1
        if start < 0:
            continue
        end = start + len(subject)
        base = sentence.span.start
        inside = [m for m in mentions if base + start <= m.span.start and m.span.end <= base + end]
        if inside and sentence.text[start : min(m.span.start for m in inside) - base].strip().lower() in {"", "the"}:
            counts.update({m.target for m in inside})
    if not counts:
        return ()
    # The voice is one body (or bodies named together): the one most often subject beside "our";
    # "Russia attacked our allies", once, does not make Russia a speaker.
    most = max(counts.values())
    targets = {t for t, n in counts.items() if n == most}
    return tuple(sorted({m.surface.casefold() for _, ms in sentences for m in ms if m.target in targets}))

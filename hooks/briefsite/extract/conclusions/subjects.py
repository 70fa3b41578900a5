"""The subject of a clause: who holds a view, whom advice addresses, what a measure is.

Input: the text of one sentence and an offset in it (a verb, a modal). Output: the span of
the clause's grammatical subject (`subject_span`), whether a span can name who holds a view
(`real_subject`), and where the auxiliaries and adverbs before a verb begin (`frame_start`).
Pieces are cut at commas, but not at those of a date ("May 7, 2025") or inside parentheses;
opening adverbials, dates, numbers, note markers and participles are skipped.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Auxiliaries and adverbs between a speaker and the verb ("has also repeatedly said"): walked
# back from the verb (`frame_start`), since a pattern that tries them at every word is slow.
_ADVERB_WORDS = frozenset(
    "has have had also once again then often repeatedly publicly reportedly recently later further thus "
    "therefore subsequently previously initially still already".split()
)

# Subjects that are the author or the text itself, never a reported speaker.
_AUTHORIAL = re.compile(
    r"^(?:it|this|that|these|those|which|what|there|we|i|one|the\s+authors?|the\s+(?:brief|paper|analysis|"
    r"report|study)|this\s+\w+)$|^(?:it|this|these|there|we|such)\b",
    _I,
)
# Segments that open a sentence without being its subject: "In October,", "As a result,".
_INTRO = re.compile(
    r"^(?:(?:in|on|at|as|after|before|during|since|until|despite|given|with|without|for|from|by|to|under|"
    r"when|while|although|though|if|because|following|regarding|however|moreover|meanwhile|first|second|"
    r"third|finally|thus|therefore|yet|but|and|then|instead|also|for\s+example|in\s+turn|"
    r"namely|that\s+is|together|further|furthermore|later|similar(?:ly)?|likewise|notably|specifically|"
    r"(?:more|most|quite)\s+\w+ly|(?!italy\b)\w{3,}ly(?!\s+\w)|"
    # Participles are lower case: "Beijing" and "Red" open a subject, "considering" does not.
    r"(?-i:[a-z][\w-]*(?:ing|ed))|"
    r"which|who|whom|whose|where|respectively)\b"
    # a date, a number, a note marker or a statute's paragraph: no subject
    r"|[\d\W]*$|(?:\(\w+\))+[\d\W]*$|[\[(]?\d+[\])]?\s)",
    _I,
)
# A comma that separates clause pieces: not inside parentheses, not in "May 7, 2025".
_COMMA = re.compile(r"(,)(?![^(]*\))(?!\s*\d{4}\b)(?!\d)")
_PARENS = re.compile(r"\([^()]*\)")
# The first finite verb of a clause: its subject ends there ("FEMA issued a release stating ...").
FINITE_VERB = re.compile(
    r"\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|does|did|do|"
    r"(?-i:[a-z]+ed)|(?-i:[a-z]{3,}[^s]s))\b",
    _I,
)

# A capital participle opening the sentence: "Using data from ...,", "Addressing readiness, ...";
# only before a comma, since "Funding for the program" and "Beijing" open a subject.
_CAP_PARTICIPLE = re.compile(
    r"^(?-i:[A-Z][a-z]+ing\s+(?!ha[sd]\b|have\b|is\b|was\b|are\b|were\b|will\b|would\b|said\b|says\b)[a-z])"
)

def subject_span(text: str, end: int) -> tuple[int, int]:
    """Return the span of the grammatical subject of the clause that ends at `end`.

    The clause is cut at commas; opening adverbials ("In October,"), participles and
    relative clauses are skipped, so "In addition to X, EU countries should" -> "EU countries"
    and "Germany and Italy, which consume the most gas, ought to" -> "Germany and Italy".
    """
    start = max(text.rfind(";", 0, end), text.rfind(":", 0, end)) + 1
    pos = start
    pieces = _COMMA.split(text[start:end])
    for i, piece in enumerate(pieces):
        stripped = piece.strip()
        opener = _INTRO.match(stripped) or (i < len(pieces) - 1 and _CAP_PARTICIPLE.match(stripped))
        if piece != "," and stripped and not opener:
            lead = len(piece) - len(piece.lstrip())
            return (pos + lead, pos + lead + len(stripped))
        pos += len(piece)
    return (end, end)

def real_subject(subject: str) -> bool:
    """Return True if `subject` can name who holds a view: a noun phrase of at most 12 words
    (asides in parentheses not counted), with a word, not the author and not a bare date."""
    words = _PARENS.sub(" ", subject).split()
    if not words or len(words) > 12 or _AUTHORIAL.match(" ".join(words)):
        return False
    return any(sum(c.isalpha() for c in w) >= 2 for w in words) and not _INTRO.fullmatch(" ".join(words))


def frame_start(text: str, verb_start: int) -> int:
    """Return where the run of auxiliaries and adverbs before a verb begins."""
    start = verb_start
    while True:
        head = text[:start].rstrip()
        word = head[head.rfind(" ") + 1 :] if " " in head else head
        if not word or not (word.lower() in _ADVERB_WORDS or (word.endswith("ly") and word.isalpha() and word.islower())):
            return start
        start = len(head) - len(word)

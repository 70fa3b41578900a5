"""What: whether the words around a date report a happening, of which kind, and whether it is
still to come.

Input: a sentence's text and the span of one date in it. Output: the kind of happening
nearest the date (`speech`, `statement`, `test`, `meeting`, `summit`, `election`,
`sanctions`, `agreement`, `visit`, or `event` for another happening), or None when the words
report none (`demand was 77,000 in 2015`, `up from 26th place in 2014`: a figure, not a
happening); and whether the sentence speaks of it as still to come.

The words are English words of any subject (a body adopts, a court rules, a bank raises a
rate), not the names of one region's events; the nearest one to the date decides the kind,
the earlier on a tie.
"""

from __future__ import annotations

import re

KINDS = ("speech", "statement", "test", "meeting", "summit", "election", "sanctions", "agreement", "visit", "event")
LABELS = {"speech": "Speech", "statement": "Statement", "test": "Test", "meeting": "Meeting", "summit": "Summit",
          "election": "Election", "sanctions": "Sanctions", "agreement": "Agreement", "visit": "Visit", "event": ""}

_WORDS = {
    "summit": r"summits?",
    "election": (r"(?:by-|general\s+|presidential\s+|parliamentary\s+)?elections?|(?:re-)?elected|referend(?:um|a|ums)"
                 r"|ballots?|inaugurat\w+|polls"),
    "sanctions": r"sanction(?:s|ed|ing)?|embargo(?:es|ed)?|asset\s+freezes?|blacklist(?:ed)?",
    "test": (r"tests?|tested|test-fired|test-launch\w*|launch(?:es|ed)?|fired|detonat\w+|"
             r"(?:missile|rocket|satellite)\s+launch\w*"),
    "agreement": (r"agreements?|agreed|signed|signing|treat(?:y|ies)|accords?|deals?|cease-?fires?|armistice|"
                  r"memorand(?:um|a)|pacts?|ratifi\w+|communiqu[eé]s?"),
    "visit": r"visit(?:s|ed|ing)?|trips?|travell?ed|toured|tours?",
    "meeting": (r"meetings?|met|talks|negotiations?|negotiated|conferences?|sessions?|consultations|hearings?|"
                r"forums?|congress(?:es)?|plenum|gatherings?|convened"),
    "speech": (r"speech(?:es)?|remarks|spoke|lectures?|keynote|testified|testimony|"
               r"(?:his|her|their|its|the|an|inaugural|annual|policy|year['’]s)\s+address(?:es)?|addressed"),
    "statement": (r"statements?|said|stated|announc\w+|declar\w+|warn(?:ed|ing)|propos(?:ed|al)|called\s+(?:for|on)|"
                  r"urged|condemn\w*|congratulat\w+|issued|press\s+(?:release|conference|briefing)|told|claimed|"
                  r"denounced|critici[sz]\w+|welcomed|rejected|reaffirmed|pledged|vowed|threatened|unveiled|"
                  r"appeal(?:ed)?|remark(?:ed)?|apologi[sz]ed|demanded|insisted|acknowledged|confirmed|responded|replied|notified"),
    "event": (r"votes?|voted|voting|adopt\w*|approv\w+|decid\w+|decisions?|passed|enact\w+|began|begun|started|ended|closed|"
              r"opened|publish\w*|released|introduc\w+|establish\w*|founded|created|appointed|resign\w+|award\w*|"
              r"won|attack\w*|invad\w+|invasions?|occup\w+|withdr[ae]w\w*|wars?|coups?|protests?|strikes?|"
              r"bomb(?:ed|ing|ings)|killed|collaps\w+|suspend\w+|suspension|resum\w+|held|took\s+place|occurred|"
              r"parades?|exercises|drills?|deploy\w+|allocat\w+|pandemic|outbreak|crisis|revolution|"
              r"independence|summoned|expelled|arrest\w*|executed|joined|entered\s+into\s+force|took\s+office|"
              r"came\s+to\s+power|failed|hired|raised|lowered|imposed|lifted|ruled|ruling|verdict|"
              r"invited|hosted|organi[sz]ed|staged|conducted|marked|anniversary|accession|merged|broke\s+out|erupted|launch\w*|reopen\w*|"
              r"seized|captured|end(?:ed|ing|s)|expir\w+|deadlines?|took\s+effect|came\s+into\s+force|shot\s+down|sank|struck|exploded|earthquake|flood(?:s|ing)?|fell|crashed"),
}
_KIND_RE = re.compile("|".join(rf"(?P<{k}>\b(?:{w})\b)" for k, w in _WORDS.items()), re.IGNORECASE)
# Words that put what they speak of in the future, relative to the writer.
FUTURE = re.compile(
    r"\b(?:will|shall|would\s+be\s+held|scheduled|due\s+(?:in|on|by|for|to\s+be)|expected|planned|plans?\s+to|"
    r"set\s+to|to\s+be\s+(?:held|signed|published|decided|elected|adopted|launched)|upcoming|forthcoming|"
    r"deadline|(?:is|are)\s+to\s+\w+|intends?\s+to|aims?\s+to|coming|next|ahead\s+of)\b|['’]ll\b",
    re.IGNORECASE,
)
_NEAR = 40  # `today` counts only with a happening this many characters from it


def kind_near(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> str | None:
    """Return the kind of happening named nearest the date at text[start:end], looking only at
    text[lo:hi] (the date's own part of the sentence), or None when none is named there."""
    hi = len(text) if hi is None else hi
    best: tuple[int, int, str] | None = None
    for m in _KIND_RE.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        gap = start - m.end() if m.end() <= start else m.start() - end
        rank = (max(gap, 0), 0 if m.end() <= start else 1, m.lastgroup or "event")
        best = rank if best is None or rank < best else best
    return best[2] if best else None


def close_to_happening(text: str, start: int, end: int) -> bool:
    """Whether a happening is named within a few words of text[start:end] (for `today`)."""
    return kind_near(text, start, end, max(0, start - _NEAR), min(len(text), end + _NEAR)) is not None


def is_expected(date: str, brief_date: str | None, window: str) -> bool:
    """Whether a happening at `date` is still to come for the brief: after the brief's date
    (compared as precisely as both are known), or, where that cannot tell (no brief date, the
    same year), spoken of in the future (`will`, `scheduled`, `expected`, `deadline`)."""
    if brief_date:
        n = min(len(date), len(brief_date))
        if date[:n] != brief_date[:n]:
            return date[:n] > brief_date[:n]
    return FUTURE.search(window) is not None

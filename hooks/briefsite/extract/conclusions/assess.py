"""The assessment cues: the genre's ways of judging, and a quick search of them.

Input: a sentence (quotes masked). Output: `search_assess`, the same match as
`ASSESS.search`, found by searching only the alternatives whose words the sentence holds.
ASSESS is the largest cue pattern (conclusions/cues.py holds the others) and Python's regex
engine tries every alternative at every offset: searched whole, it was the largest single
cost of judging sentences.
"""

from __future__ import annotations

import re

from briefsite.text.gate import FOLDS_TO_ASCII, words_of

_I = re.IGNORECASE

# Each alternative of ASSESS with the words it needs: one of them, as a whole word in any case
# (`^`: it opens the sentence with one of ASSESS_OPENINGS). `search_assess` searches only the
# alternatives whose words a sentence holds: the regex engine tries every alternative at
# every offset, and this one pattern was the largest single cost of judging sentences.
_ASSESS_CUES: tuple[tuple[str, str], ...] = (
    ("that",
     r"\b(?:indicat|show|suggest|reveal|prove|confirm|impl|mean)(?:e|es|ed|s|ies|ied|n|ing)?\s+that\b"),
    (("demonstrates demonstrated demonstrate demonstraty demonstraties illustrates illustrated illustrate "
      "illustraty illustraties underlines underlined underline underliny underlinies underscores "
      "underscored underscore underscory underscories testifies testified testifie testifiy testifiies "
      "attestes attested atteste attesty attesties"),
     r"\b(?:demonstrat|illustrat|underlin|underscor|testifi|attest)(?:es|ed|e|y|ies)\b"),
    ("reflect reflects point points suggests",
     r"(?<!\bto\s)\b(?:reflects?|points?\s+to|suggests)\b"),  # not "updated to reflect": a purpose
    ("serve serves",
     r"\bserves?\s+(?:to|as)\b"),
    ("intended meant aimed calculated",
     r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:intended|meant|aimed|calculated)\s+(?:to|at)\b"),
    ("seen interpreted read understood viewed regarded considered judged described treated explained",
     r"\b(?:can|could|may|might|should|must)\s+(?:also\s+|thus\s+|therefore\s+|hence\s+)?be\s+"
     r"(?:seen|interpreted|read|understood|viewed|regarded|considered|judged|described|treated|explained)\s+(?:as|by)\b"),
    ("because",
     r"\bthis\s+is\s+(?:\w+\s+)?because\b"),
    ("words",
     r"\bin\s+other\s+words\b"),
    ("means",
     r"\bthis\s+means\b"),
    (("key factor reason obstacle challenge problem driver cause aim goal objective question issue risk "
      "lesson threat weakness strength vulnerability advantage constraint"),
     r"\bthe\s+(?:\w+\s+)?(?:decisive|main|key|real|principal|primary|underlying|fundamental|chief|"
     r"biggest|greatest|most\s+important)\s+(?:key|factor|reason|obstacle|challenge|problem|driver|cause|aim|"
     r"goal|objective|question|issue|risk|lesson|threat|weakness|strength|vulnerability|advantage|constraint)\b"),
    ("rests relies hinges rest rely hinge",
     r"\b(?:rests|relies|hinges|rest|rely|hinge)\s+on\b"),
    ("due result consequence evidenced sign indication signal",
     r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:due\s+to|a\s+result\s+of|the\s+result\s+of|a\s+consequence\s+of|"
     r"evidenced\s+by|a\s+sign\s+of|an\s+indication\s+of|a\s+signal\s+of)\b"),
    ("undoubtedly clearly evidently obviously arguably reality fact",
     r"\b(?:undoubtedly|clearly|evidently|obviously|arguably|in\s+reality|in\s+fact)\b"),
    ("appears appear seems seem",
     r"\b(?:appears?|seems?)\s+to\b"),
    ("appear seem",
     r"\bdoes\s+not\s+(?:appear|seem)\b"),
    ("significant telling clear evident obvious striking",
     r"\bit\s+is\s+(?:significant|telling|clear|evident|obvious|striking)\s+that\b"),
    ("interest interests",
     r"\bin\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+['’]s?\s+)?(?:best\s+)?interests?\b"),
    # Ascribed intentions are the analyst's reading, not a reported fact.
    ("trying seeking attempting aiming striving",
     r"\b(?:is|are)\s+(?:also\s+|now\s+|clearly\s+)?(?:trying|seeking|attempting|aiming|striving)\s+to\b"),
    ("wants intends seeks aims strives",
     r"\b(?:wants|intends|seeks|aims|strives)\s+(?:to\b|the\b|a\b)"),
    ("^",
     r"^(?:in\s+order\s+)?to\s+(?!date\b)[a-z]+\b[^,]*,"),
    ("^",
     r"^(?:this|these|that|such\s+\w+)\s+(?:is|are|was|were|remains|represents|amounts\s+to|marks|constitutes)\s+"
     r"(?:not\s+|also\s+|therefore\s+|thus\s+|essentially\s+|clearly\s+)?(?:a|an|the)\b"),
    (("beneficial detrimental crucial decisive counterproductive insufficient unsustainable incompatible "
      "inconsistent unclear uncertain doubtful questionable unrealistic vital essential"),
     r"\b(?:is|are|remains?)\s+(?:\w+ly\s+|also\s+|thus\s+|therefore\s+|particularly\s+)?"
     r"(?:beneficial|detrimental|crucial|decisive|counterproductive|"
     r"insufficient|unsustainable|incompatible|inconsistent|unclear|uncertain|doubtful|questionable|"
     r"unrealistic|vital|essential)\b"),
    # What a measure is for or what it amounts to: "is a way to gain leverage", "serves both sides".
    ("way means attempt bid tool instrument lever",
     r"\b(?:is|are|was|were)\s+(?:also\s+|thus\s+|partly\s+|above\s+all\s+)?(?:a|an|one|the)\s+(?:\w+\s+)?"
     r"(?:way|means|attempt|bid|tool|instrument|lever)\s+(?:to|of|for)\b"),
    ("serve serves",
     r"\bserves?\s+(?:both|all|each|(?:the\s+)?(?:\w+['’]s?\s+)?(?:interests?|purposes?|goals?|aims?))\b"),
    ("response answer reaction strategy aim goal",
     r"\b(?:response|answer|reaction|strategy|aim|goal)\s+(?:has\s+been|is|was|remains)\s+to\s+[a-z]"),
    ("mark marks marked",
     r"\bmark(?:s|ed)?\s+(?:the|a)\s+(?:\w+\s+)?(?:end|beginning|start|turning\s+point|shift|break|departure|"
     r"watershed|new\s+phase|new\s+stage)\b"),
    # The weight an actor carries: "have limited leverage", "has little reason to hurry".
    ("leverage influence room reason incentive capacity choice options say interest",
     r"\b(?:has|have|had)\s+(?:little|limited|no|few|less|more|considerable|significant|much|real|enough|an|every|"
     r"(?:a\s+)?(?:strong|clear))\s+"
     r"(?:leverage|influence|room|reason|incentive|capacity|choice|options|say|interest)\b"),
    ("most least",
     r"\b(?:is|are|remains?|has\s+become)\s+(?:now\s+|still\s+|by\s+far\s+)?the\s+(?:single\s+)?(?:most|least)\s+"
     r"(?!recent\b|likely\b|probable\b)\w+"),
    ("struggled",
     r"\b(?:has|have)\s+struggled\s+to\b"),
    ("struggle struggles",
     r"\bstruggles?\s+to\b"),
    # Failure judged: "while Congress has failed to act", "the plan fails to address".
    ("failed",
     r"\b(?:has|have|had)\s+(?:\w+ly\s+)?failed\s+to\b"),
    ("fail fails",
     r"\bfails?\s+to\b"),
    # Classing a case among others: "This is one of many examples of ...".
    ("^",
     r"^(?:this|these|that|such\s+\w+)\s+(?:is|are|was|were|remains)\s+(?:not\s+|also\s+|only\s+)?one\s+of\b"),
    # Weight given to a part: "is a key part of", "an essential element of", "is key to".
    ("part element component pillar piece ingredient condition prerequisite",
     r"\b(?:a|an|the)\s+(?:key|central|crucial|vital|critical|essential|integral|pivotal|indispensable)\s+"
     r"(?:part|element|component|pillar|piece|ingredient|condition|prerequisite)\b"),
    ("key central pivotal instrumental integral indispensable",
     r"\b(?:is|are|remains?|has\s+been|have\s+been)\s+(?:\w+ly\s+|also\s+|thus\s+|therefore\s+)?"
     r"(?:key|central|pivotal|instrumental|integral|indispensable)\s+(?:to|for)\b"),
    # A predicate graded by an intensifier is an evaluation: "can be particularly disruptive".
    (("particularly especially extremely exceptionally increasingly deeply highly remarkably unusually so "
      "too"),
     r"\b(?:is|are|be|remains?|has\s+been|have\s+been)\s+(?:particularly|especially|extremely|exceptionally|"
     r"increasingly|deeply|highly|remarkably|unusually|so|too)\s+(?!many\b|much\b|far\b|few\b|long\b)[a-z]+\b"),
    # An effect judged by comparison: "which makes diversions ... more difficult".
    ("make makes making",
     r"\bmak(?:e|es|ing)\s+(?:[^,;.]{1,120}?\s+)?(?:more|less)\s+(?:difficult|dangerous|likely|costly|expensive|"
     r"vulnerable|attractive|complicated|urgent|important|effective|efficient|[a-z]+ful|[a-z]+ble)\b"),
    ("make makes making",
     r"\bmak(?:e|es|ing)\s+(?:it\s+)?(?:harder|easier|impossible|difficult)\b"),
    ("depend depends",
     r"\bdepends?(?:\s*,\s*[\w\s]+?,)?\s+(?:largely\s+|mainly\s+|heavily\s+)?on\b"),
    ("become",
     r"\bha(?:s|ve)\s+become\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:arena|theatre|theater|battleground|testing\s+ground|"
     r"source|symbol|liability|obstacle)\b"),
    ("needs",
     r"\b(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+needs\s+(?!to\b|of\b|are\b|is\b|for\b|and\b)[a-z]"),
    # Risk judged in the present: "faces the risk of", "they risk losing", "the risk ... is higher".
    ("face faces facing",
     r"\bfac(?:e|es|ing)\s+(?:a|the)\s+(?:\w+\s+)?(?:risk|danger|threat|prospect)\s+of\b"),
    ("risk risks",
     r"\brisks?\s+(?-i:[a-z]+ing)\b"),
    ("higher greater lower smaller real rising growing considerable significant",
     r"\b(?:risk|danger|threat|likelihood|probability|chance)s?\s+of\s+[^,;]*?\b(?:is|are)\s+(?:now\s+|much\s+|far\s+)?"
     r"(?:higher|greater|lower|smaller|real|rising|growing|considerable|significant)\b"),
    # Effects traced by a demonstrative subject: "This mediation has given Armenia cover".
    ("^",
     r"^(?:this|these|that|such)\s+(?:[\w-]+\s+){0,3}(?:has|have|had)\s+(?:also\s+)?(?:allowed|enabled|given|"
     r"helped|led|forced|pushed|prevented|weakened|strengthened|undermined|complicated|made)\b"),
)
ASSESS = re.compile("|".join(part for _, part in _ASSESS_CUES), _I)
# the openings of its `^(?:in order )?to ...` and `^(?:this|these|that|such) ...` alternatives
ASSESS_OPENINGS = ("to", "in", "this", "these", "that", "such")
_ASSESS_PARTS = tuple((None if words == "^" else frozenset(words.split()), re.compile(part, _I))
                      for words, part in _ASSESS_CUES)
ASSESS_WORDS = frozenset(w for words, _ in _ASSESS_PARTS if words for w in words)


def search_assess(text: str) -> re.Match[str] | None:
    """Return `ASSESS.search(text)`, searching only the alternatives whose words `text` holds.

    The same match: ASSESS's is the leftmost, and of those starting there the first
    alternative's; each alternative stands whole at the top of the pattern, so alone it
    matches just as it does inside it."""
    if not FOLDS_TO_ASCII.isdisjoint(text):
        return ASSESS.search(text)
    words = words_of(text)  # shared with the other cues of the sentence
    opens = text.lower().startswith(ASSESS_OPENINGS)
    best: re.Match[str] | None = None
    for needs, part in _ASSESS_PARTS:
        if (opens if needs is None else not needs.isdisjoint(words)):
            m = part.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
    return best

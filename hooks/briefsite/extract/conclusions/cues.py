"""The cue patterns of the conclusion rules: the genre's ways of advising, predicting, judging.

Input: none (compiled once at import). Output: compiled regular expressions, one per cue
family, read by `rules.judge`, which decides which cue counts and in what order. This module
holds the English; `rules` holds the decisions, so a new cue is added here and a new
precedence there.
"""

from __future__ import annotations

import re

from briefsite.text.dates import MONTH_NAMES

_I = re.IGNORECASE

# --- recommendations -------------------------------------------------------------------

DEONTIC = re.compile(
    r"\b(?:should|ought\s+(?:\w+\s+)?to|must|needs?\s+to|has\s+to|have\s+to|shall)\b"
    r"(?!\s+(?:ha(?:ve|s)\s+(?:been|\w+ed)\b))",  # "should have done": hindsight, not advice
    _I,
)
# "must" of certainty or inference: "must be well aware", "must have known".
MUST_CERTAINTY = re.compile(
    r"\bmust\s+(?:not\s+)?(?:surely\s+|certainly\s+|also\s+|by\s+now\s+)?"
    # "must have known" infers; "must have served" states a requirement
    r"(?:have\s+(?:\w+ly\s+)?(?:known|realised|realized|understood|been\s+aware|felt|believed|thought|seen|"
    r"expected|calculated|decided|hoped|assumed|noticed|recognised|recognized|anticipated|intended|wanted|"
    r"been\s+(?:clear|obvious|evident|tempting))\b"
    r"|be\s+(?:(?:well|fully|very|all\s+too|only\s+too|\w+ly)\s+)?"
    r"(?:aware|conscious|clear|obvious|evident|true|the\s+case|concerned|worried|convinced|certain|sure|"
    r"frustrated|disappointed|pleased|tempting|realising|realizing|feeling|hoping|counting)\b)",
    _I,
)
# Discourse formulas that use "should"/"must" to steer the reader, not an actor.
DISCOURSE = re.compile(
    r"\b(?:it|this)\s+(?:should|must)\s+(?:also\s+)?be\s+(?:noted|stressed|emphasi[sz]ed|remembered|"
    r"recalled|pointed\s+out|added|underlined|borne\s+in\s+mind|said|admitted|acknowledged)",
    _I,
)
# "the need to" / "no need to" are nouns; "had to" is narrative; "the time it needs to" is a
# relative clause describing a noun, not advice to "it".
NOT_DEONTIC_BEFORE = re.compile(
    r"\b(?:the|a|no|any|of|had|may|might|could|will|would)\s+$"
    r"|\b(?:the|a|an|all|every|everything|anything)\s+(?:[\w-]+\s+){0,2}(?:it|they|he|she|we|you)\s+$",
    _I,
)
IMPERSONAL = re.compile(
    r"\bit\s+(?:is|would\s+be|remains|will\s+be|seems)\s+(?:\w+ly\s+|therefore\s+|thus\s+|also\s+|now\s+|"
    r"equally\s+|more\s+|most\s+|particularly\s+)*(?:important|essential|crucial|vital|necessary|desirable|"
    r"advisable|imperative|critical|prudent|wise|sensible|indispensable|recommended|advisable|urgent|"
    r"worth\s+(?:considering|exploring|pursuing)|"
    # negative advice: "it would be a mistake to treat migration as ..."
    r"a\s+(?:\w+\s+)?(?:mistake|error)|an\s+error|wrong|unwise|imprudent|naive|short-sighted|counterproductive)"
    r"\s+(?:for\s+(?P<addr>[^,]+?)\s+)?(?:not\s+|never\s+)?to\b",
    _I,
)
INTERESTS = re.compile(
    r"\bit\s+(?:is|would\s+be|remains)\s+(?:\w+ly\s+|therefore\s+|thus\s+|also\s+)*in\s+(?:the\s+)?"
    r"(?:best\s+|own\s+|long-term\s+)?interests?\s+of\s+(?P<addr>.+?)\s+to\b(?=\s+\w)",
    _I,
)
# Tolerant of misspelt nouns ("the best coarse of action"): any short word before "of action".
BEST_COURSE = re.compile(
    r"\bthe\s+(?:best|wisest|right|most\s+\w+|optimal|preferred|preferable)\s+"
    r"(?:\w{4,8}\s+of\s+action|option|approach|way\s+forward|response|solution|policy)\s+(?:is|would\s+be|remains)\b",
    _I,
)
OPTION_CONSIDERED = re.compile(
    r"\b(?:one|an|another|a\s+further|the\s+first)\s+(?:\w+\s+)?(?:approach|option|solution|step|measure|"
    r"idea|possibility|avenue|instrument|tool)s?\s+(?:that|which)\s+(?:may|might|could|should)\s+"
    r"(?:also\s+)?be\s+(?:considered|explored|pursued|examined|envisaged)",
    _I,
)
ADVISED = re.compile(
    r"\b(?:is|are)\s+(?:therefore\s+|also\s+)?(?:advised|encouraged|recommended|urged|called\s+(?:up)?on)\s+to\b"
    r"|\bwould\s+(?:do\s+well|be\s+well\s+advised|be\s+wise)\s+to\b"
    r"|\b(?:we|i)\s+(?:recommend|propose|suggest|urge)\b|\bit\s+is\s+recommended\s+that\b"
    r"|^(?:this|that|these|such\s+\w+|the\s+situation)\s+(?:\w+\s+)?(?:calls?\s+for|requires?|demands?)\b",
    _I,
)
# A proposal in a recommendations section: "European navies could also take part ...".
PROPOSAL_COULD = re.compile(r"\b(?:could|might)\s+(?:also|usefully|additionally|further)\s+\w", _I)

# --- forecasts ------------------------------------------------------------------------

WILL = re.compile(r"\b(?:will|won['’]t|shall)\b", _I)
WILL_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|political|good|ill|free|popular|strong|its|their|his|her|of|at|no|public|national)\s+$", _I
)
WILL_NOUN_AFTER = re.compile(r"^\s*(?:to\b|of\b|and\b|[,.;:)]|$)", _I)
LIKELY = re.compile(
    r"\b(?:un)?likely\s+(?:to|that|for)\b|\b(?:most|very|highly|quite)\s+(?:un)?likely\b"
    r"|\b(?:is|are|remains?|seems?)\s+(?:\w+ly\s+)?(?:possible|probable|improbable|inevitable|unlikely|likely)\b"
    r"(?!\s+(?:tied|linked|related|connected|due|driven|motivated|explained|based|rooted|aimed|intended|"
    r"meant|the|a|an)\b)"
    r"|\bit\s+is\s+(?:\w+\s+)?(?:probable|possible|improbable|unlikely|likely)\s+that\b"
    r"|\b(?:is|are)\s+(?:widely\s+|also\s+|therefore\s+)?(?:expected|set|poised|bound|slated|projected|"
    r"forecast|predicted)\s+to\b|\b(?:is|are)\s+going\s+to\b|\bon\s+(?:track|course)\s+to\b"
    r"|\bin\s+the\s+(?:coming|next|following)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b"
    r"|\bthere\s+is\s+(?:also\s+)?(?:a|the|an)\s+(?:\w+\s+)?(?:risk|chance|likelihood|probability|"
    r"possibility|danger|prospect)\s+(?:of|that)\b",
    _I,
)
PAST_LIKELY = re.compile(r"\b(?:was|were)\s+(?:the\s+)?(?:(?:least|most|less|more|very|also)\s+)?(?:un)?likely\b", _I)
PROBABLY = re.compile(r"\b(?:probably|presumably|perhaps)\b", _I)
PROBABLY_EPISTEMIC = re.compile(
    r"\b(?:is|are|was|were)\s+(?:probably|presumably)\b|\b(?:probably|presumably)\s+(?:is|are|was|were)\b", _I
)
# Lower-case "may" only: a capital "May" mid-sentence is the month (or a name).
WEAK_MODAL = re.compile(r"\b(?:(?-i:may)|might|could)\b(?!\s+(?:well\s+)?have\s+\w+(?:ed|en|wn|ne)\b)", _I)
WOULD = re.compile(r"\bwould\b(?!\s+(?:like|rather)\b)", _I)
# Epistemic readings of a modal judge the present, not the future: "may be due to".
EPISTEMIC_TAIL = re.compile(
    r"^\s+(?:(?:also|well|partly|thus|therefore)\s+)?(?:be\s+(?:due|because|the\s+result|a\s+result|"
    r"explained|attributed|linked|related|tied|connected|seen|interpreted|read|understood|viewed|regarded|"
    r"considered|judged|described|an\s+attempt|a\s+sign|a\s+signal|part\s+of)\b|have\s+\w+(?:ed|en|wn|ne)\b"
    r"|reflect|indicate|suggest|mean)",
    _I,
)
CONCESSIVE_LEAD = re.compile(r"\b(?:while|although|though|even\s+if|whereas|granted)\b[^,;]*$", _I)
RELATIVE_LEAD = re.compile(r"\b(?:which|who|whom|whose)\b[^,;]*$", _I)
WOULD_SUBORDINATE = re.compile(
    r"\b(?:which|that|who|whom|whose|if|whether|unless|when|where|as\s+if|once)\b[^,;]*$", _I
)
# A modal inside what someone's message or claim says: "the message that it may ...".
REPORTED_NOUN = re.compile(
    r"\b(?:message|claim|statement|argument|assertion|promise|threat|announcement|declaration|suggestion|"
    r"belief|position|insistence|warning|pledge|assumption|expectation|hope|calculation|conviction)s?\s+that\b[^,;]*$",
    _I,
)
# "was confident that China could back them up": a backshifted modal in past narrative.
BACKSHIFT = re.compile(r"\b(?:was|were|had)\b|\b(?-i:[a-z]+ed)\s+that\b", _I)
# A condition that opens the sentence ("If the rules were reversed, ..."): its "were" is no backshift.
CONDITION_LEAD = re.compile(r"^\s*(?:if|unless|even\s+if|were|had|should)\b[^,;]*,", _I)
PAST_ABILITY = re.compile(
    r"^\s+not\b[^.]*\b(?:in\s+(?:\d{4}|" + "|".join(MONTH_NAMES) + r")|last\s+(?:year|month|week)|at\s+the\s+time|then)\b",
    _I,
)

# --- assessments ----------------------------------------------------------------------

ASSESS = re.compile(
    r"\b(?:indicat|show|suggest|reveal|prove|confirm|impl|mean)(?:e|es|ed|s|ies|ied|n|ing)?\s+that\b"
    r"|\b(?:demonstrat|illustrat|underlin|underscor|testifi|attest)(?:es|ed|e|y|ies)\b"
    r"|(?<!\bto\s)\b(?:reflects?|points?\s+to|suggests)\b"  # not "updated to reflect": a purpose
    r"|\bserves?\s+(?:to|as)\b"
    r"|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:intended|meant|aimed|calculated)\s+(?:to|at)\b"
    r"|\b(?:can|could|may|might|should|must)\s+(?:also\s+|thus\s+|therefore\s+|hence\s+)?be\s+"
    r"(?:seen|interpreted|read|understood|viewed|regarded|considered|judged|described|treated|explained)\s+(?:as|by)\b"
    r"|\bthis\s+is\s+(?:\w+\s+)?because\b|\bin\s+other\s+words\b|\bthis\s+means\b"
    r"|\bthe\s+(?:\w+\s+)?(?:decisive|main|key|real|principal|primary|underlying|fundamental|chief|"
    r"biggest|greatest|most\s+important)\s+(?:key|factor|reason|obstacle|challenge|problem|driver|cause|aim|"
    r"goal|objective|question|issue|risk|lesson|threat|weakness|strength|vulnerability|advantage|constraint)\b"
    r"|\b(?:rests|relies|hinges|rest|rely|hinge)\s+on\b"
    r"|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:due\s+to|a\s+result\s+of|the\s+result\s+of|a\s+consequence\s+of|"
    r"evidenced\s+by|a\s+sign\s+of|an\s+indication\s+of|a\s+signal\s+of)\b"
    r"|\b(?:undoubtedly|clearly|evidently|obviously|arguably|in\s+reality|in\s+fact)\b"
    r"|\b(?:appears?|seems?)\s+to\b|\bdoes\s+not\s+(?:appear|seem)\b"
    r"|\bit\s+is\s+(?:significant|telling|clear|evident|obvious|striking)\s+that\b"
    r"|\bin\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+['’]s?\s+)?(?:best\s+)?interests?\b"
    # Ascribed intentions are the analyst's reading, not a reported fact.
    r"|\b(?:is|are)\s+(?:also\s+|now\s+|clearly\s+)?(?:trying|seeking|attempting|aiming|striving)\s+to\b"
    r"|\b(?:wants|intends|seeks|aims|strives)\s+(?:to\b|the\b|a\b)|^(?:in\s+order\s+)?to\s+(?!date\b)[a-z]+\b[^,]*,"
    r"|^(?:this|these|that|such\s+\w+)\s+(?:is|are|was|were|remains|represents|amounts\s+to|marks|constitutes)\s+"
    r"(?:not\s+|also\s+|therefore\s+|thus\s+|essentially\s+|clearly\s+)?(?:a|an|the)\b"
    r"|\b(?:is|are|remains?)\s+(?:\w+ly\s+|also\s+|thus\s+|therefore\s+|particularly\s+)?"
    r"(?:beneficial|detrimental|crucial|decisive|counterproductive|"
    r"insufficient|unsustainable|incompatible|inconsistent|unclear|uncertain|doubtful|questionable|"
    r"unrealistic|vital|essential)\b"
    # What a measure is for or what it amounts to: "is a way to gain leverage", "serves both sides".
    r"|\b(?:is|are|was|were)\s+(?:also\s+|thus\s+|partly\s+|above\s+all\s+)?(?:a|an|one|the)\s+(?:\w+\s+)?"
    r"(?:way|means|attempt|bid|tool|instrument|lever)\s+(?:to|of|for)\b"
    r"|\bserves?\s+(?:both|all|each|(?:the\s+)?(?:\w+['’]s?\s+)?(?:interests?|purposes?|goals?|aims?))\b"
    r"|\b(?:response|answer|reaction|strategy|aim|goal)\s+(?:has\s+been|is|was|remains)\s+to\s+[a-z]"
    r"|\bmark(?:s|ed)?\s+(?:the|a)\s+(?:\w+\s+)?(?:end|beginning|start|turning\s+point|shift|break|departure|"
    r"watershed|new\s+phase|new\s+stage)\b"
    # The weight an actor carries: "have limited leverage", "has little reason to hurry".
    r"|\b(?:has|have|had)\s+(?:little|limited|no|few|less|more|considerable|significant|much|real|enough|an|every|"
    r"(?:a\s+)?(?:strong|clear))\s+"
    r"(?:leverage|influence|room|reason|incentive|capacity|choice|options|say|interest)\b"
    r"|\b(?:is|are|remains?|has\s+become)\s+(?:now\s+|still\s+|by\s+far\s+)?the\s+(?:single\s+)?(?:most|least)\s+"
    r"(?!recent\b|likely\b|probable\b)\w+"
    r"|\b(?:has|have)\s+struggled\s+to\b|\bstruggles?\s+to\b"
    # Failure judged: "while Congress has failed to act", "the plan fails to address".
    r"|\b(?:has|have|had)\s+(?:\w+ly\s+)?failed\s+to\b|\bfails?\s+to\b"
    # Classing a case among others: "This is one of many examples of ...".
    r"|^(?:this|these|that|such\s+\w+)\s+(?:is|are|was|were|remains)\s+(?:not\s+|also\s+|only\s+)?one\s+of\b"
    # Weight given to a part: "is a key part of", "an essential element of", "is key to".
    r"|\b(?:a|an|the)\s+(?:key|central|crucial|vital|critical|essential|integral|pivotal|indispensable)\s+"
    r"(?:part|element|component|pillar|piece|ingredient|condition|prerequisite)\b"
    r"|\b(?:is|are|remains?|has\s+been|have\s+been)\s+(?:\w+ly\s+|also\s+|thus\s+|therefore\s+)?"
    r"(?:key|central|pivotal|instrumental|integral|indispensable)\s+(?:to|for)\b"
    # A predicate graded by an intensifier is an evaluation: "can be particularly disruptive".
    r"|\b(?:is|are|be|remains?|has\s+been|have\s+been)\s+(?:particularly|especially|extremely|exceptionally|"
    r"increasingly|deeply|highly|remarkably|unusually|so|too)\s+(?!many\b|much\b|far\b|few\b|long\b)[a-z]+\b"
    # An effect judged by comparison: "which makes diversions ... more difficult".
    r"|\bmak(?:e|es|ing)\s+(?:[^,;.]{1,120}?\s+)?(?:more|less)\s+(?:difficult|dangerous|likely|costly|expensive|"
    r"vulnerable|attractive|complicated|urgent|important|effective|efficient|[a-z]+ful|[a-z]+ble)\b"
    r"|\bmak(?:e|es|ing)\s+(?:it\s+)?(?:harder|easier|impossible|difficult)\b"
    r"|\bdepends?(?:\s*,\s*[\w\s]+?,)?\s+(?:largely\s+|mainly\s+|heavily\s+)?on\b"
    r"|\bha(?:s|ve)\s+become\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:arena|theatre|theater|battleground|testing\s+ground|"
    r"source|symbol|liability|obstacle)\b"
    r"|\b(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+needs\s+(?!to\b|of\b|are\b|is\b|for\b|and\b)[a-z]"
    # Risk judged in the present: "faces the risk of", "they risk losing", "the risk ... is higher".
    r"|\bfac(?:e|es|ing)\s+(?:a|the)\s+(?:\w+\s+)?(?:risk|danger|threat|prospect)\s+of\b"
    r"|\brisks?\s+(?-i:[a-z]+ing)\b"
    r"|\b(?:risk|danger|threat|likelihood|probability|chance)s?\s+of\s+[^,;]*?\b(?:is|are)\s+(?:now\s+|much\s+|far\s+)?"
    r"(?:higher|greater|lower|smaller|real|rising|growing|considerable|significant)\b"
    # Effects traced by a demonstrative subject: "This mediation has given Armenia cover".
    r"|^(?:this|these|that|such)\s+(?:[\w-]+\s+){0,3}(?:has|have|had)\s+(?:also\s+)?(?:allowed|enabled|given|"
    r"helped|led|forced|pushed|prevented|weakened|strengthened|undermined|complicated|made)\b",
    _I,
)
# A cheap test before ASSESS, the largest pattern, which the regex engine tries at every
# offset: each alternative of ASSESS needs one of these whole words (in any case) or opens
# the sentence with one of ASSESS_OPENINGS. Keep it in step with ASSESS (tests/unit/test_cues.py).
ASSESS_WORDS = frozenset(
    [stem + end for stem in ("demonstrat", "illustrat", "underlin", "underscor", "testifi", "attest")
     for end in ("es", "ed", "e", "y", "ies")]
    + """that reflect reflects point points suggests serve serves intended meant aimed calculated seen interpreted
    read understood viewed regarded considered judged described treated explained because words means key factor
    reason obstacle challenge problem driver cause aim goal objective question issue risk lesson threat weakness
    strength vulnerability advantage constraint rests relies hinges rest rely hinge due result consequence evidenced
    sign indication signal undoubtedly clearly evidently obviously arguably reality fact appear appears seem seems
    significant telling clear evident obvious striking interest interests trying seeking attempting aiming striving
    wants intends seeks aims strives beneficial detrimental crucial decisive counterproductive insufficient
    unsustainable incompatible inconsistent unclear uncertain doubtful questionable unrealistic vital essential way
    attempt bid tool instrument lever response answer reaction strategy mark marks marked leverage influence room
    incentive capacity choice options say most least struggled struggle struggles failed fail fails part element
    component pillar piece ingredient condition prerequisite central pivotal instrumental integral indispensable
    particularly especially extremely exceptionally increasingly deeply highly remarkably unusually so too make
    makes making depend depends become needs face faces facing risks higher greater lower smaller real rising
    growing considerable""".split()
)
# the openings of its `^(?:in order )?to ...` and `^(?:this|these|that|such) ...` alternatives
ASSESS_OPENINGS = ("to", "in", "this", "these", "that", "such")
_WORD = re.compile(r"[a-z]+")
# Letters that IGNORECASE matches to a-z though lower() does not make them a-z: no shortcut then.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def may_assess(text: str) -> bool:
    """Return False only where ASSESS cannot match `text`; True means: search it."""
    if not _FOLDS_TO_ASCII.isdisjoint(text):
        return True
    low = text.lower()
    return low.startswith(ASSESS_OPENINGS) or not ASSESS_WORDS.isdisjoint(_WORD.findall(low))


# A judgement in the present tense: counts only where the section marks conclusions.
EPISTEMIC_LIKELY = re.compile(
    r"\b(?:is|are)\s+(?:most\s+|very\s+|highly\s+)?(?:likely|probably)\s+(?:tied|linked|related|connected|due|driven|"
    r"motivated|explained|based|rooted|aimed|intended|meant|the|a|an)\b",
    _I,
)
PLAIN_PRESENT = re.compile(
    # not a progressive or a passive ("is announcing", "is administered by"): they describe what is
    # done; evaluative adjectives of those forms still judge ("is worrying", "is limited")
    r"\b(?:(?:is|are)(?!\s+(?:\w+ly\s+)?(?:being\s+|not\s+)?(?!(?:interesting|worrying|concerning|alarming|"
    r"striking|troubling|encouraging|promising|misleading|lacking|limited|complicated|divided|isolated|"
    r"unprecedented|outdated|misguided|unfounded|justified|warranted|exaggerated|overstated|constrained|"
    r"stretched|needed|required|shrinking|intensifying|growing|declining|deteriorating|weakening|eroding|"
    r"worsening|narrowing|widening|losing|gaining|struggling|failing|challenging|sending\s+(?:a|the))\b)(?-i:[a-z]+(?:ing|ed)|known|made|done|run|held|given|taken|seen|shown|set|"
    r"built|paid|sold|led|met|sent|spent|found|brought)\b)|remains?|seems?|appears?|lies|depends?|cannot|can|constitutes?|represents?|poses?|"
    r"holds?|means?|rests?|is\s+showing|are\s+showing)\b",
    _I,
)

"""The cue patterns of the conclusion rules: the genre's ways of advising, predicting, judging.

Input: none (compiled once at import). Output: compiled regular expressions, one per cue
family, read by `rules.judge`, which decides which cue counts and in what order. This module
holds the English; `rules` holds the decisions, so a new cue is added here and a new
precedence there.
"""

from __future__ import annotations

import re

from briefsite.text.dates import MONTH_NAMES
from briefsite.text.gate import Gated

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
# The same weight put on a clause: "it is imperative that Congress insist", "it is key that the
# situation not escalate" (not after "why" or "how": "I will set out why it is imperative that").
IMPERSONAL_THAT = re.compile(
    r"(?<!\bwhy\s)(?<!\bhow\s)\bit\s+(?:is|would\s+be|remains|will\s+be)\s+(?:\w+ly\s+|therefore\s+|thus\s+|also\s+|"
    r"now\s+|equally\s+|more\s+|most\s+|particularly\s+|even\s+more\s+)*(?:important|essential|crucial|vital|"
    r"necessary|desirable|advisable|imperative|critical|urgent|key|paramount)\s+that\s+"
    r"(?P<addr>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,5})?",
    _I,
)
# The speaker's own appeal: "we call on all sides to", "I urge you to", "Let us chart a new path",
# "We need bold new solutions" (a clause that opens with it).
FIRST_PERSON_DIRECTIVE = re.compile(
    r"\b(?-i:I|[Ww]e)\s+(?:\w+ly\s+|also\s+|again\s+|therefore\s+|now\s+|all\s+)*(?:call\s+(?:on|upon)|urge|"
    r"appeal\s+(?:to|for)|encourage|invite)\b|^\W*(?:so\s+|and\s+|now\s+)?let\s+us\b"
    r"|(?:^\W*|;\s+|\b(?:and|but|so)\s+)we\s+(?:all\s+|also\s+|still\s+|really\s+)?need\b",
    _I,
)
# An imperative: a sentence that opens with a word, not of a closed class, set straight before a
# determiner ("Foster an environment where", "Offer the Saudis a clear choice", "Second, restrict
# the integration of"). A declarative sentence opens with its subject, and a subject is not
# followed by "the"; the words that can be (prepositions, conjunctions, determiners, numerals,
# adverbs and auxiliaries: closed classes of English grammar) are set aside.
IMPERATIVE = re.compile(
    r"^\W*(?:(?:first|second|third|fourth|fifth|finally|next|lastly|above\s+all|in\s+addition|in\s+particular"
    r"|at\s+the\s+same\s+time)\s*,\s*)?(?P<verb>[A-Za-z]+)\s+(?:the|a|an|its|their|our|this|these|those|more|greater|"
    r"any|every|each|some|clear|further)\b", _I)
NOT_IMPERATIVE = frozenset("""
    about above across after against along amid amidst among amongst around as at before behind below beneath beside
    besides between beyond but by despite during except for from in inside into like near of off on onto out outside
    over past per since than through throughout till to toward towards under underneath unlike until unto up upon via
    with within without given and or nor yet so because although though while whereas if unless once whether when
    where why how thus hence still now then today here there also even only just perhaps meanwhile instead rather
    not too all both half such what which who quite many almost nearly earlier later a an the no every each some
    any one two three four five six seven eight nine ten is are was were has have had do does did will can could
    should would may might must shall let imagine ask i we you he she it they this that these those
    read see click download visit subscribe share follow watch listen learn explore contact sign register find
""".split())  # the last line: a web page's calls to action ("Read the full report here."), not advice
# A reported view whose verb advises ("The Council urges all States to", "Crisis Group recommends
# that"): its holder's recommendation.
DIRECTIVE_CUE = re.compile(r"^(?:urge[sd]?|call(?:s|ed)?\s+(?:on|upon|for)|appeal(?:s|ed)?|encourage[sd]?|"
                           r"recommend(?:s|ed)?|advise[sd]?|invite[sd]?|propose[sd]?)\b", _I)
INTERESTS = re.compile(
    r"\bit\s+(?:is|would\s+be|remains)\s+(?:\w+ly\s+|therefore\s+|thus\s+|also\s+)*in\s+(?:the\s+)?"
    r"(?:best\s+|own\s+|long-term\s+)?interests?\s+of\s+(?P<addr>.+?)\s+to\b(?=\s+\w)",
    _I,
)
# Tolerant of misspelt nouns ("the best coarse of action"): any short word before "of action".
BEST_COURSE = Gated(
    re.compile(
        r"\bthe\s+(?:best|wisest|right|most\s+\w+|optimal|preferred|preferable)\s+"
        r"(?:\w{4,8}\s+of\s+action|option|approach|way\s+forward|response|solution|policy)\s+(?:is|would\s+be|remains)\b",
        _I,
    ),
    "best wisest right most optimal preferred preferable",
    "action option approach forward response solution policy",
    "is would remains",
)
OPTION_CONSIDERED = Gated(
    re.compile(
        r"\b(?:one|an|another|a\s+further|the\s+first)\s+(?:\w+\s+)?(?:approach|option|solution|step|measure|"
        r"idea|possibility|avenue|instrument|tool)s?\s+(?:that|which)\s+(?:may|might|could|should)\s+"
        r"(?:also\s+)?be\s+(?:considered|explored|pursued|examined|envisaged)",
        _I,
    ),
    "approach approachs option options solution solutions step steps measure measures idea ideas possibility "
    "possibilitys avenue avenues instrument instruments tool tools",
    "that which",
    "may might could should",
)
ADVISED = Gated(
    re.compile(
        r"\b(?:is|are)\s+(?:therefore\s+|also\s+)?(?:advised|encouraged|recommended|urged|called\s+(?:up)?on)\s+to\b"
        r"|\bwould\s+(?:do\s+well|be\s+well\s+advised|be\s+wise)\s+to\b"
        r"|\b(?:we|i)\s+(?:recommend|propose|suggest|urge)\b|\bit\s+is\s+recommended\s+that\b"
        r"|^(?:this|that|these|such\s+\w+|the\s+situation)\s+(?:\w+\s+)?(?:calls?\s+for|requires?|demands?)\b",
        _I,
    ),
    "advised encouraged recommended urged called well wise recommend propose suggest urge call calls require requires "
    "demand demands",
)
# A proposal in a recommendations section: "European navies could also take part ...".
PROPOSAL_COULD = re.compile(r"\b(?:could|might)\s+(?:also|usefully|additionally|further)\s+\w", _I)

# --- forecasts ------------------------------------------------------------------------

WILL = re.compile(r"\b(?:will|won['’]t|shall)\b", _I)
# "will" before a near date announces a schedule ("will hold a second vote on October 4th",
# "will host the exercise next month", "will shortly present"), not the author's forecast.
SCHEDULED = re.compile(
    r"\b(?:on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + "|".join(MONTH_NAMES) + r")\b|shortly|tomorrow|tonight"
    r"|next\s+(?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|later\s+(?:today|this\s+(?:week|month))"
    r"|this\s+(?:week|weekend|afternoon|evening))\b", _I)
WILL_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|political|good|ill|free|popular|strong|its|their|his|her|of|at|no|public|national)\s+$", _I
)
WILL_NOUN_AFTER = re.compile(r"^\s*(?:to\b|of\b|and\b|[,.;:)]|$)", _I)
LIKELY = Gated(
    re.compile(
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
    ),
    "likely unlikely possible probable improbable inevitable expected set poised bound slated projected forecast "
    "predicted going track course coming next following risk chance likelihood probability possibility danger prospect",
)
PAST_LIKELY = re.compile(r"\b(?:was|were)\s+(?:the\s+)?(?:(?:least|most|less|more|very|also)\s+)?(?:un)?likely\b", _I)
PROBABLY = re.compile(r"\b(?:probably|presumably|perhaps)\b", _I)
PROBABLY_EPISTEMIC = re.compile(
    r"\b(?:is|are|was|were)\s+(?:probably|presumably)\b|\b(?:probably|presumably)\s+(?:is|are|was|were)\b", _I
)
# Lower-case "may" only: a capital "May" mid-sentence is the month (or a name).
# A perfect after a modal looks back ("could have made", "may have underestimated"): irregular
# participles are a closed class of English grammar.
_PERFECT = (r"have\s+(?:\w+(?:ed|en|wn|ne)|made|had|led|felt|kept|lost|paid|put|set|sent|spent|left|meant|brought|"
            r"bought|thought|caught|taught|sold|told|found|built|come|become|run|got|said|won|held|struck|fought|hit|cut)\b")
WEAK_MODAL = re.compile(r"\b(?:(?-i:may)|might|could)\b(?!\s+(?:well\s+)?" + _PERFECT + ")", _I)
WOULD = re.compile(r"\bwould\b(?!\s+(?:like|rather)\b)", _I)
# Epistemic readings of a modal judge the present, not the future: "may be due to".
# So do a progressive ("may be trying to", "may now be changing"), a perfect, the idiom "could not
# be more timely", and a concession answered in the same sentence ("may be compelling, but it is
# misleading"): the author weighs what is the case.
EPISTEMIC_TAIL = re.compile(
    r"^(?:\s+(?:(?:also|well|partly|thus|therefore)\s+)?(?:be\s+(?:due|because|the\s+result|a\s+result|"
    r"explained|attributed|linked|related|tied|connected|seen|interpreted|read|understood|viewed|regarded|"
    r"considered|judged|described|an\s+attempt|a\s+sign|a\s+signal|part\s+of)\b|" + _PERFECT +
    r"|reflect|indicate|suggest|mean)"
    r"|\s+(?:(?:now|indeed|still|already|also|well|partly|even)\s+)*be\s+(?-i:[a-z]+ing)\b(?<!\bbeing)"
    r"|\s+not\s+(?:be\s+|have\s+been\s+)?(?:more|less|better|worse)\b"
    r"|[^.;,:!?]*,\s+but\b)",
    _I,
)
# A likelihood compared ("far less likely to have", "more likely than") states a tendency, and "it
# is possible to succeed" a feasibility: judgements of what is, not forecasts.
COMPARED_LIKELY = re.compile(r"\b(?:more|less)\s+(?:un)?likely\s+(?:to|than)\b|\bpossible\s+to\s+(?-i:[a-z])", _I)
CONCESSIVE_LEAD = re.compile(r"\b(?:while|although|though|even\s+if|whereas|granted)\b[^,;]*$"
                             r"|^\s*\w+\s+as\s+(?:it|they|this|that|these|he|she|we|you|one)\s+$", _I)  # "Brutal as it may seem"
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

# ASSESS, the largest family, has a module of its own: conclusions/assess.py.

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

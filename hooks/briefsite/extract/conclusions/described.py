"""What a modal sentence describes rather than predicts: laws, bills, programmes, commitments.

Input: the text of one sentence and the offset of a future or conditional modal in it.
Output: whether the modal describes a measure (`describes_measure`) instead of the author's
forecast.

"The bill would require ...", "S. 1547 would reauthorize ...", "The agreement will provide
...": a legal instrument or programme as subject, with a verb of what instruments do (the
operative verbs of legislative drafting: require, authorize, prohibit, establish, provide,
amend ...), states its content, not a prediction; "would have added" of a defeated bill is
its content too. A claim of its effect ("This rule will enhance security") stays a forecast.
"We will support ...", "I have decided ...": a first-person subject with "will" announces
the speaker's own measures (a fact sheet, a ministerial release), not a forecast; so does the
body the text speaks for, named ("the United States will work with our partners": see
`speakers`). A sum of money ("a further $500,000 will go to ...") is a measure whatever its
verb. A pronoun subject ("They will be discontinued ...") stands for the previous sentence's
subject, and a long subject is judged by its head ("Principal payments from ... will be
reinvested").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefsite.extract.conclusions.subjects import subject_span

_I = re.IGNORECASE

# The nouns that name a legal instrument, and the citations of bills and laws: whatever
# verb of drafting follows states their content.
_LEGAL = re.compile(
    r"(?:\b(?:H\.\s?R\.|S\.|P\.\s?L\.|H\.\s?Res\.|S\.\s?Res\.|Pub\.\s?L\.)\s?\d"
    r"|\b(?:bills?|acts?|laws?|legislation|provisions?|sections?|subsections?|titles?|amendments?|rules?|"
    r"regulations?|orders?|statutes?|proposals?|resolutions?|requests?|budgets?|waivers?|notices?|directives?|"
    r"memorandum|appropriations?|authori[sz]ations?|version|treaty|treaties|contracts?|funding)\b)",
    _I,
)
# Programmes, agreements and measures also have effects ("sanctions will reduce revenue"):
# only the strictly operative verbs state their content.
_PROGRAMME = re.compile(
    r"\b(?:agreements?|initiatives?|programs?|programmes?|plans?|frameworks?|guidance|packages?|deals?|"
    r"accords?|mechanisms?|funds?|grants?|credits?|measures?|actions?|process|processes|policy|policies|"
    r"reforms?|declarations?|arrangements?|licen[cs]es?|permits?|mandates?|tariffs?|surcharges?|sanctions?|"
    r"contributions?|commitments?|pledges?|partnerships?|projects?|missions?|payments?|information|efforts?)\b",
    _I,
)
_LEAD = r"^\s+(?:also\s+|not\s+|only\s+|further\s+|additionally\s+|generally\s+|instead\s+|continue\s+to\s+)*"
_STRICT = (
    r"have\s+\w+(?:ed|en|wn|ne|t)\b"
    r"|(?:require|direct|authori[sz]e|reauthori[sz]e|prohibit|bar|ban|establish|provide|permit|allow|amend|"
    r"repeal|exempt|appropriate|create|fund|add|set|cap|codify|define|specify|mandate|grant|impose|apply|"
    r"include|cover|offer|invest|take\s+effect|enter\s+into\s+force|expire|sunset|award|allocate|transfer|"
    r"rescind|supersede|override|preempt|designate|delegate|instruct|obligate|reimburse|pay|consist|contain|"
    r"complement|assist|support\s+the\s+(?:work|operations|efforts|delivery))\b"
    r"|be\s+(?:in\s+effect|effective|subject|eligible|required|allowed|permitted|prohibited|available|funded|"
    r"administered|discontinued|reinvested|allocated|updated|awarded|used\s+(?:to|for)|applied|issued|capped|"
    r"extended|terminated|renewed|phased|paid|provided|established|treated|deemed|spent|disbursed|delivered|found|obtained)\b"
)
_OPERATIVE_STRICT = re.compile(_LEAD + "(?:" + _STRICT + ")", _I)
_OPERATIVE = re.compile(
    _LEAD + "(?:" + _STRICT + r"|(?:extend|limit|increase|decrease|raise|lower|modify|replace|terminate|"
    r"change|eliminate|restructure|revise|update|clarify|prevent|preclude|restrict|expand|reduce|remove|treat|"
    r"deem|give|assign|make|cost|last|continue|implement|conform|streamline|consolidate|rename|support|"
    r"discontinue|shift|move|redirect|cut|double|halve|"
    r"reorgani[sz]e)\b)",
    _I,
)
# "may" and "could" of permission under a rule: what a claimant, an applicant or an agency is
# allowed to do ("the claimant may file a supplemental claim", "States may petition EPA").
PERMISSION = re.compile(
    r"^\s+(?:also\s+|still\s+|then\s+|instead\s+|either\s+|only\s+|not\s+)*(?:file|appeal|submit|request|apply|petition|"
    r"elect|appear|access|claim|deduct|qualify|enter\s+into|obtain|waive|withdraw|sue|opt|"
    r"be\s+(?:eligible|entitled|reimbursed|permitted|allowed|exempt)|receive\s+(?:a|an|the)?\s*(?:benefits?|refund|"
    r"credit|payment|grant)|not\s+exceed|exceed)\b",
    _I,
)
# A sum, with its article and one qualifier ("a further", "an additional", an OCR's "a fbrther").
_MONEY = re.compile(r"(?:an?\s+(?:[a-z]+\s+)?)?[$€£]\s?\d[\d,.]*(?:\s+(?:million|billion|thousand))?")
_BUDGET_CHANGE = re.compile(
    r"\s+(?:also\s+)?(?:increase|decrease|rise|fall|decline|grow|drop)\s+(?:in\s+funding\s+)?(?:by\s+[^,;]*?\s+)?"
    r"from\s+[^,;]*?\b(?:FY|fiscal\s+year\s+)\d{2,4}\b[^,;]*?\bto\b",
    _I,
)
# The last clause break: a comma, semicolon, colon or dash, but not the comma of "$500,000".
_CLAUSE_START = re.compile(r"(?:(?<!\d)[,;:—]\s*(?:and|but|while|whereas)?)\s+(?=(?:[^,;:—]|(?<=\d),(?=\d))*$)", _I)
_FIRST_PERSON = re.compile(r"^(?:(?:and|but|so|now)\s+)?(?:we|i|together,?\s+we)$", _I)
# What a timetable says "will" happen: publishing, meeting, attending, being somewhere ("the
# allocations will be published in December", "service members will participate in this
# year's exercise", "the minister will be in Tokyo until Friday"), a fact about a schedule.
_SCHEDULED = re.compile(
    r"^\s+(?:also\s+|again\s+)?(?:be\s+(?:published|announced|released|held|set\s+at|confirmed|"
    r"protected\s+at|in\s+(?=(?-i:[A-Z])))|take\s+place|participate|attend|travel\s+to|arrive|convene)\b",
    _I,
)
# Verbs of giving and convening right after "will", with a named giver: an announced measure
# ("Australia will commit a further $9 million", "Microsoft will provide free assessments").
_GIVING = re.compile(
    r"^\s+(?:also\s+|further\s+|additionally\s+)*(?:provide|commit|offer|allocate|invest|contribute|purchase|"
    r"donate|award|grant|assist|extend|host|launch|convene|sign|disburse|deploy\s+\d|make\s+available)\b",
    _I,
)
_NAMED = re.compile(r"^(?:the\s+)?(?-i:[A-Z])")
_HEDGED = re.compile(r"\b(?:probably|likely|unlikely|perhaps|possibly|almost\s+certainly)\b", _I)


def clause_subject(text: str, modal_start: int) -> str:
    """Return the subject of the clause the modal stands in: the words since the last comma
    or conjunction ("..., and Mineral Resources Program funding would ..."), else the
    sentence's subject."""
    m = _CLAUSE_START.search(text, 0, modal_start)
    local = text[m.end() if m else 0 : modal_start].strip()
    if m and local and len(local.split()) <= 8:
        return local
    start, end = subject_span(text, modal_start)
    return text[start:end]


# Where a noun phrase's head ends: its first preposition ("Principal payments | from agency debt").
_POSTMODIFIER = re.compile(r"\s(?:from|of|for|in|on|under|with|by|at|up\s+to|between|across)\s", _I)
_PRONOUN = re.compile(r"^(?:they|it|these|this|those)$", _I)


def _head(subject: str) -> str:
    """Return the head of a noun phrase: the words before its first preposition."""
    m = _POSTMODIFIER.search(subject)
    return subject[: m.start()] if m else subject


def _names_speaker(subject: str, speakers: Sequence[str]) -> bool:
    """Return True if `subject` names a body the text speaks for ("The United States and Ukraine")."""
    folded = " " + " ".join(subject.split()).casefold() + " "
    return any(f" {s} " in folded or folded.startswith((f" {s}'", f" {s}’")) for s in speakers)


def describes_measure(text: str, modal_start: int, modal_end: int, speakers: Sequence[str] = (),
                      antecedent: str = "") -> bool:
    """Return True if the modal at [modal_start, modal_end) states what a measure does or
    the speaker's own commitment, not the author's forecast.

    `speakers`: the case-folded names of the bodies the text speaks for (`speakers`);
    `antecedent`: the subject of the previous sentence, for a pronoun subject."""
    if _BUDGET_CHANGE.match(text, modal_end):
        return True  # "... would decrease from $41.0 million for FY2026 to $25.2 million for FY2027"
    subject = clause_subject(text, modal_start)
    if not subject and _FIRST_PERSON.match(text[:modal_start].strip()):
        subject = text[:modal_start].strip()  # "And I will continue ...": the speaker
    if not subject and _MONEY.fullmatch(text[:modal_start].strip()):
        subject = text[:modal_start].strip()  # "$500,000 will assist ...": a sum is no speaker, but a measure
    if _PRONOUN.match(subject.strip()) and antecedent:
        subject = antecedent  # "These actions will be in effect ... They will be discontinued ..."
    if len(subject.split()) > 14:
        subject = _head(subject)
    if not subject or len(subject.split()) > 14:
        return False
    after = text[modal_end:]
    word = text[modal_start:modal_end].lower()
    if word in {"will", "shall"} and _HEDGED.search(after):
        return False
    if word in {"may", "could", "can"} and PERMISSION.match(after):
        return True
    if _FIRST_PERSON.match(subject.strip()) or (speakers and _names_speaker(subject, speakers)):
        return word in {"will", "shall"}
    if word == "will" and _NAMED.match(subject.strip()) and _GIVING.match(after):
        return True
    if word == "will" and _SCHEDULED.match(after):
        return True
    if _LEGAL.search(subject):
        return bool(_OPERATIVE.match(after))
    if word in {"will", "shall"} and _MONEY.fullmatch(subject.strip()):
        return True  # "a further $500,000 will go to the IOM": a sum is allotted, whatever the verb
    programme = _PROGRAMME.search(subject) or _MONEY.fullmatch(subject.strip())
    return bool(programme and _OPERATIVE_STRICT.match(after))

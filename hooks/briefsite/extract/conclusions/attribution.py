"""Views the text attributes to someone else, and quotations.

Input: the text of one sentence. Output: the same text with quoted words masked (so no cue
inside a quotation counts as the author's), and, when the sentence reports what someone
said, believes or claims, an `Attribution` with the cue and the attributing subject's span.

Reported speech is recognised by its frame, not by its content: a subject followed by a
verb of saying or believing ("Kim said", "the NIS believes that", "officials maintain
that", "a survey found that"), of characterising ("Wong described Australia as ..."), of
proposing or blaming ("Rabuka proposed declaring ...", "politicians blame migrants for
..."), "according to X", "in the view of X", "criticised by X", or a participle of saying
with a clause ("by stressing that ...", "adding that ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefsite.extract.conclusions.subjects import FINITE_VERB, frame_start, real_subject, subject_span
from briefsite.text.gate import Gated, words_of

_I = re.IGNORECASE

_NON_SPACE = re.compile(r"\S")
_AND_END = re.compile(r"\sand\s*$")

_QUOTES = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^»]*(?:»|$)|„[^“”]*(?:[“”]|$)")

# Verbs that report speech whatever follows them.
_SAY = (
    r"said|says|say|stated|told|tells|argued|argues|argue|accused|accuses|asserted|asserts|alleged|"
    r"alleges|warned|contended|contends|denied|denies|deny|admitted|admits|admit|wrote|writes|remarked|"
    r"reiterated|reiterates|insisted|insists|insist|threatened|threatens|vowed"
)
# Verbs that report a view only when a clause or quotation follows ("maintains that").
_VIEW = (
    r"maintained|maintains|maintain|believes|believe|believed|thinks|think|estimates|estimate|estimated|"
    r"fears|fear|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|responded|responds|"
    r"acknowledged|acknowledges|affirmed|affirms|reaffirmed|reaffirms|confirmed|confirms|conceded|concedes|"
    r"promised|promises|considers|consider|assesses|assessed|hopes|hope|"
    r"expects|expect|expected|predicts|predicted|concluded|concludes|suggested|"
    r"recommended|recommends|recommend|indicated|cautioned|observed|speculate|speculates|speculated|"
    r"point\s+out|points\s+out|pointed\s+out|highlight|highlights|highlighted|"
    r"add|adds|contend|counter|counters|countered|agreed|agrees|recogni[sz]ed|recogni[sz]es"
)
# Also nouns or verbs of action ("the United States", "declared a strategy"): only with "that" or a quote.
_NOUNISH = (r"(?-i:states|state)|claims|claimed|claim|declared|declares|announced|announces|warns|warn|vows|pledged|pledges|"
            r"reports|reported|report|found|finds|find")
# Verbs of characterising: a view only with an object and "as" ("describes the mission as ...").
_AS_VIEW = (r"described|describes|describe|sees|see|saw|regards|regard|regarded|views|viewed|portrays|portrayed|"
            r"portray|characterises|characterised|characterizes|characterized|brands|branded")
# Verbs of proposing: a view with "that", a quote, "X to" or a gerund ("proposed declaring ...").
_PROPOSE = r"proposed|proposes|propose|urged|urges|urge|blamed|blames|blame"
_ADVERBS = ""
_FINITE = re.compile(
    rf"\b{_ADVERBS}(?P<verb>(?P<say>{_SAY})|(?P<view>{_VIEW})|(?P<noun>{_NOUNISH}))\b"
    # What may follow: "that" (after a time or an aside: "estimated in November that",
    # "insists, on the contrary, that"), a quotation, "X to" (expect prices to rise),
    # "his position that", or a bare clause (believes the situation is ...).
    rf"(?P<tail>\s*(?:(?:(?:in|on|at|last|this|earlier|late|early|during)\s+[\w-]+(?:\s+\d{{4}})?\s+)?that\b"
    rf"|,\s*[^,;]{{1,40}},\s*that\b|:|,?\s*[“\"«]|\w+(?:\s+\w+){{0,3}}\s+to\b|\w+\s+of\b|on\b|"
    # a bare clause with a pronoun subject: "believes we must secure ..."
    rf"(?:we|they|he|she|it|i|you|there)\s+(?:\w+\s+)?(?:is|are|was|were|will|would|must|should|can|could|"
    rf"may|might|has|have|had|needs?)\b|"
    rf"(?:his|her|its|their|the)\s+(?:position|view|belief|claim)\b|"
    rf"(?:the|a|an|its|their|this|that|these|such)\s+[\w'’-]+(?:\s+[\w'’-]+){{0,4}}\s+"
    rf"(?:is|are|was|were|will|would|has|"
    rf"have|had|can|could|may|might)\b)?)",
    _I,
)
# "describes the mission as", "sees these deals as"; "proposed declaring", "blame migrants for".
_CHARACTERISE = re.compile(rf"\b{_ADVERBS}(?P<verb>{_AS_VIEW})\s+(?:[^\s,;.]+\s+){{1,8}}?as\b", _I)
_PROPOSING = re.compile(
    rf"\b{_ADVERBS}(?P<verb>{_PROPOSE})\s+(?:that\b|[“\"«]|(?-i:[a-z]+ing)\b|"
    rf"[\w'’-]+(?:\s+[\w'’-]+){{0,3}}\s+(?:to|for)\b)",
    _I,
)
# Verbs of taking a stand on a thing named after them: a view with its object ("welcomed the
# initiative", "reaffirmed their support", "looked forward to", "noted with satisfaction").
_STAND = (r"welcomed|welcomes|reaffirmed|reaffirms|condemned|condemns|deplored|deplores|applauded|applauds|"
          r"commended|commends|praised|praises|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|underlined|underscored|"
          r"looked\s+forward|look\s+forward|looks\s+forward|noted\s+with\s+(?:satisfaction|concern|regret|appreciation)")
# Who takes a stand is named (`France`, `Mr Fraser and Mr Talboys`, `The Council`), a pronoun
# or a party to talks (`The leaders`, `Both governments`): `The discussions underscored the need` is no one's view.
_NAMED_HOLDER = re.compile(r"[Tt]he\s+[A-Z]|(?!The\b)[A-Z]|(?:[Tt]hey|[Hh]e|[Ss]he)\b|(?:[Tt]he|[Bb]oth)\s+(?:two\s+|three\s+)?"
                           r"(?:leaders|ministers|governments|delegations|parties|sides|presidents|member\s+states|"
                           r"participants|officials)\b")
_STANDING = re.compile(rf"\b(?P<verb>{_STAND})\s+(?:(?:warmly|strongly|firmly)\s+)?(?:to\s+)?"
                       r"(?:the|a|an|their|its|his|her|this|these|those|(?-i:[A-Z]))\b", _I)
# "Latest reports indicate ...", "Some studies suggest that ...": the sources are the subject.
_SOURCE_NOUNS = re.compile(
    r"\b(?P<src>reports|studies|surveys|estimates|assessments|analyses|polls|"
    r"findings|accounts|sources|observers|analysts|experts|officials)\s+(?:\w+ly\s+)?"
    r"(?P<verb>indicate|suggest|show|say|state|claim|estimate|find|found|put|place|point\s+to)\b",
    _I,
)
_IMPERSONAL = re.compile(
    r"\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|also\s+|now\s+)?(?:reported|said|alleged|claimed|"
    r"believed|estimated|rumou?red|understood|argued|suggested|noted)\s+that\b|\b(?:is|are|was|were)\s+(?:reportedly|said\s+to|"
    r"believed\s+to|alleged\s+to|reported\s+to|thought\s+to|rumou?red\s+to)\b",
    _I,
)
_PARTICIPLE = re.compile(
    r"\b(?:by\s+)?(?:stressing|adding|saying|claiming|arguing|insisting|noting|warning|stating|declaring|"
    r"emphasi[sz]ing|maintaining|asserting)\s+(?:\w+ly\s+)?that\b",
    _I,
)
# The source ends at a comma or after a parenthesis: "according to intelligence (NIS) affects ...".
# "according to the same standards", "according to plan": a measure, not a source.
# The speaker named after the verb, closing the sentence: "..., says ACT Leader Richard Prebble.",
# "..., say the Greens.", "...,” said Mr Locke."
_SAYS_AFTER = re.compile(r",[”\"’]?\s+(?P<verb>says|said|say|adds|added|writes|wrote|warns|warned|argues|argued)\s+"
                         r"(?P<src>(?:the\s+)?(?-i:[A-Z])[^,.;:!?“”\"]{1,80}?)(?:\s+(?:today|yesterday))?\s*[.!]?\s*$", _I)
_ACCORDING = re.compile(
    r"\baccording\s+to\s+(?!(?:the\s+|a\s+|its\s+|their\s+)?(?:same|plan|schedule|standards?|rules?|criteria|"
    r"terms|definition|formula|procedures?|guidelines?|requirements?|needs?|priorit(?:y|ies)|law|statute|"
    r"the\s+following)\b)(?P<src>[^,;:()]+(?:\([^)]*\))?)",
    _I,
)
_IN_VIEW = re.compile(
    r"\bin\s+the\s+(?:view|opinion|assessment)\s+of\s+(?P<src>[^,;:]+)"
    r"|\bin\s+(?P<src2>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s?\s+(?:view|opinion)\b"
    r"|\b(?:criticised|criticized|condemned|denied|disputed)\s+by\s+(?P<src3>[^,;:]+)"
    # "As President Biden said in Vilnius, ...": the view that follows is the speaker's
    r"|^as\s+(?P<src4>[^,;:]+?)\s+(?:has\s+|have\s+|had\s+)?(?:said|stated|noted|argued|put\s+it|warned|"
    r"agreed|reported|acknowledged|observed|recognised|recognized)\b"
    # "Participants shared their organization's views on ...": views given to their holder
    r"|^(?P<src5>(?:the\s+|some\s+|many\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:also\s+)?(?:shared|expressed|voiced|"
    r"set\s+out|outlined|aired)\s+(?:their|his|her|its)\s+(?:[\w’'-]+\s+){0,2}(?:views?|concerns?|assessments?|"
    r"opinions?|perspectives?|positions?)\b",
    _I,
)
# A participle used as an adjective: "the alleged errors", "its stated mission", "regarding alleged".
_ADJECTIVAL = re.compile(
    r"(?:\b\d+|\b(?:the|a|an|its|their|his|her|our|these|those|this|several|of|two|main|other|"
    r"regarding|about|on|for|with|against|to|in|newly|recently|previously)|['’]s?)\s+$",
    _I,
)
_EMBEDDING = re.compile(r"\b(?:demonstrat|show|suggest|indicat|mean|prove|confirm|reveal)\w*\s+that\b[^,;]*$", _I)
_NEGATED = re.compile(r"\b(?:did|does|do|could|would)\s+not\s+$", _I)
_THAT_OR_QUOTE = re.compile(r"(?:\w+\s+){0,3}that\b|,\s*[^,;]{1,40},\s*that\b|:|,?\s*[“\"«]")
# One adverb that opens a sentence without a comma: "Then prime minister X insisted ...".
_LEAD_ADVERB = re.compile(r"^(?:then|now|later|also|still|yet|meanwhile|however|moreover|again|earlier)\s+", _I)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", _I)
_MODAL_BEFORE = re.compile(r"\b(?:should|must|will|would|may|might|could|can|to)\s+$", _I)
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|that)\b", _I)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reported view: the cue that reports it and the span of who holds it (or an empty one)."""

    cue: str
    start: int
    subject: tuple[int, int]


def mask_quotes(text: str) -> str:
    """Return `text` with the words inside quotation marks replaced, offsets unchanged."""
    return _QUOTES.sub(lambda m: m.group(0)[0] + _NON_SPACE.sub("_", m.group(0)[1:]), text)


# A verb of saying that closes its sentence, with at most its hearer and a time after it.
_CLOSING_SAY = re.compile(r"(?:said|says|told|tells|added|adds|wrote|writes|warned|stated)\b(?:\s+(?!that\b)[\w’'-]+){0,7}"
                          r"\s*[.!]?\s*$", _I)


def _speaker(text: str, verb_start: int) -> tuple[int, int] | None:
    """Return the span of the speaker before a verb of saying, None when it is the author."""
    before = text[:verb_start]
    if _PASSIVE_BEFORE.search(before) or _MODAL_BEFORE.search(before):
        return None
    segment = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    if _EMBEDDING.search(before):
        return None  # "X demonstrates that Moscow believes ...": the author's inference about a belief
    if _RELATIVE.search(segment) and not segment.strip()[:1].isupper():
        return None  # "..., which has argued that": the main clause says something else
    span = subject_span(text, verb_start)
    piece = segment.strip()
    if 0 < len(piece.split()) <= 8 and len(segment) < verb_start and _CLOSING_SAY.match(text, verb_start) \
            and real_subject(piece):  # "No region is as dangerous ..., the commander told the Senate today."
        begin = verb_start - len(segment) + (len(segment) - len(segment.lstrip()))
        return begin, begin + len(piece)
    if span[0] == span[1]:  # the clause opened with an adverb and no comma
        piece = segment.lstrip()
        lead = _LEAD_ADVERB.match(piece)
        if lead and piece[lead.end():].strip():
            begin = verb_start - len(piece) + lead.end()
            span = (begin, begin + len(piece[lead.end():].rstrip()))
    verb = FINITE_VERB.search(text, span[0], span[1])
    if verb and _AND_END.search(text[: span[1]]):
        # "The Secretary also expanded on his concerns and claimed that": the first verb's subject
        span = (span[0], len(text[: frame_start(text, verb.start())].rstrip()))
    return span if real_subject(text[span[0] : span[1]]) else None


def _reports(m: re.Match[str]) -> bool:
    """Return True if a verb of saying, believing or announcing has what it needs after it."""
    tail = m.group("tail").strip()
    if m.group("view"):
        return bool(tail)
    if m.group("noun"):
        return bool(_THAT_OR_QUOTE.match(tail))
    return bool(tail) or m.group("verb").lower() not in {"insisted", "insists", "insist"}


def _forms(alternatives: str) -> frozenset[str]:
    """Return the words an alternation of plain words spells ("emphasi[sz]ed" gives both)."""
    words = re.sub(r"\(\?-i:|[()]", "", alternatives).replace("\\s+", " ").split("|")
    out: set[str] = set()
    for word in words:
        out.update(word.replace("[sz]", c).split()[0] for c in "sz")
    return frozenset(out)


# Every frame below needs one of these words: a sentence without any is no reported view, and
# the frames (long alternations tried at every word) are not run on it.
_TRIGGERS = _forms("|".join((_SAY, _VIEW, _NOUNISH, _AS_VIEW, _PROPOSE, _STAND))) | frozenset(
    "according view opinion assessment criticised criticized condemned denied disputed indicate suggest show "
    "say state claim estimate find found put place point stressing adding saying claiming arguing insisting "
    "noting warning stating declaring emphasising emphasizing maintaining asserting reported said alleged "
    "claimed believed estimated rumoured rumored understood reportedly thought stated noted warned agreed "
    "acknowledged observed recognised recognized shared expressed voiced outlined aired set point points pointed "
    "highlight highlights highlighted add adds contend counter counters countered".split()
)

# Each frame of a verb needs a verb of its own list: a sentence another frame's word let in skips it.
_FRAMES = tuple(Gated(frame, " ".join(sorted(_forms(verbs)))) for frame, verbs in (
    (_FINITE, "|".join((_SAY, _VIEW, _NOUNISH))), (_CHARACTERISE, _AS_VIEW), (_PROPOSING, _PROPOSE),
    (_STANDING, _STAND)))


def find_attribution(text: str) -> Attribution | None:
    """Return the first frame of reported speech or belief in `text` (quotes masked), if any."""
    if _TRIGGERS.isdisjoint(words_of(text)):
        return None
    m = _ACCORDING.search(text)
    if m:
        return Attribution(m.group(0).split()[0] + " to", m.start(), (m.start("src"), m.end("src")))
    m = _SAYS_AFTER.search(text)
    if m and real_subject(m.group("src")):
        return Attribution(m.group("verb"), m.start("verb"), (m.start("src"), m.end("src")))
    m = _IN_VIEW.search(text)
    if m:
        group = next(g for g in ("src", "src2", "src3", "src4", "src5") if m.group(g))
        if group in ("src", "src2", "src3") or real_subject(m.group(group)):  # not "As previously stated"
            return Attribution(m.group(0), m.start(), (m.start(group), m.end(group)))
    m = _SOURCE_NOUNS.search(text)
    if m:
        src = subject_span(text, m.start("verb"))
        return Attribution(m.group("verb"), m.start("verb"), src if src[0] != src[1] else (m.start("src"), m.end("src")))
    frames = sorted((m for frame in _FRAMES for m in frame.finditer(text)), key=lambda f: f.start())
    for m in frames:
        if m.re is _FINITE and not _reports(m):
            continue
        if _ADJECTIVAL.search(text, 0, m.start("verb")) or _NEGATED.search(text, 0, m.start("verb")):
            continue
        span = _speaker(text, frame_start(text, m.start()))
        if span is not None and (m.re is not _STANDING or _NAMED_HOLDER.match(text, span[0])):
            return Attribution(m.group("verb"), m.start("verb"), span)
    m = _PARTICIPLE.search(text)
    if m:  # "North Korea ... softened its position by stressing that": the clause's subject speaks
        comma = text.rfind(",", 0, m.start())
        candidates = [subject_span(text, m.start())]
        if comma > candidates[0][0]:  # "..., today, President Biden is stating that": the clause just before
            candidates.insert(0, (comma + 1 + len(text[comma + 1 :]) - len(text[comma + 1 :].lstrip()), m.start()))
        for span in candidates:
            verb = FINITE_VERB.search(text, span[0], span[1])
            if verb:
                span = (span[0], verb.start())
            if span[0] != span[1] and real_subject(text[span[0] : span[1]]):
                return Attribution(m.group(0), m.start(), span)
    m = _IMPERSONAL.search(text)
    if m:  # "it is reported that ...": the sources go unnamed
        return Attribution(m.group(0), m.start(), (m.start(), m.start()))
    return None

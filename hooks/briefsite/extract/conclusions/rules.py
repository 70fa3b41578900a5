"""Cue rules that decide what kind of judgement one sentence states.

Input: the text of one sentence (and whether it stands in a conclusions-like section).
Output: a `Verdict`: the kind (forecast, recommendation, assessment or None), the cue that
decided it, where the recommendation's addressee may be named, and, for views the text
attributes to someone else, where the attributing subject stands.

The rules are written for the genre (think-tank briefs), not for particular sentences:
modal and hedging verbs for forecasts, deontic verbs and "it is important to"-frames for
recommendations, verbs of inference ("indicates that", "can be seen as") for assessments.
Precedence when several cues fire: recommendation > forecast > assessment, because a
recommendation usually rests on a forecast ("X should act, since Y will happen") and a
forecast is often introduced by an inference ("this suggests that Y will happen").
Quoted words are masked before matching: what a quotation says is never the author's cue.
Modals read epistemically judge the present and count as assessments, not forecasts or
advice: "must be aware", "must have known", "may be due to", "is likely tied to".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefsite.extract.conclusions.addressed import generic_subject, options_frame
from briefsite.extract.conclusions.attribution import Attribution, find_attribution, mask_quotes
from briefsite.extract.conclusions.assess import search_assess
from briefsite.extract.conclusions.cues import (
    ADVISED,
    BACKSHIFT,
    BEST_COURSE,
    COMPARED_LIKELY,
    CONCESSIVE_LEAD,
    CONDITION_LEAD,
    DEONTIC,
    DIRECTIVE_CUE,
    FIRST_PERSON_DIRECTIVE,
    DISCOURSE,
    EPISTEMIC_LIKELY,
    EPISTEMIC_TAIL,
    IMPERSONAL,
    IMPERSONAL_THAT,
    IMPERATIVE,
    INTERESTS,
    LIKELY,
    MUST_CERTAINTY,
    NOT_DEONTIC_BEFORE,
    NOT_IMPERATIVE,
    OPTION_CONSIDERED,
    PAST_ABILITY,
    PAST_LIKELY,
    PLAIN_PRESENT,
    PROBABLY,
    PROBABLY_EPISTEMIC,
    PROPOSAL_COULD,
    RELATIVE_LEAD,
    REPORTED_NOUN,
    SCHEDULED,
    WEAK_MODAL,
    WILL,
    WILL_NOUN_AFTER,
    WILL_NOUN_BEFORE,
    WOULD,
    WOULD_SUBORDINATE,
)
from briefsite.extract.conclusions.described import describes_measure
from briefsite.extract.conclusions.subjects import subject_span
from briefsite.model import ConclusionKind


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a sentence states: kind None means it is no conclusion (narrative, fact)."""

    kind: ConclusionKind | None
    cue: str = ""
    cue_start: int = 0  # offset of the cue in the sentence, for finding the subject
    addressee_span: tuple[int, int] | None = None  # where a "for X to" frame names the addressee
    attribution: Attribution | None = None


def _recommendation(text: str, recommending_section: bool, listed: bool = False) -> Verdict | None:
    options = options_frame(text)
    if options:
        return Verdict("recommendation", options[0], options[1], options[2])
    low = f" {text.lower()}"  # each frame below needs a word of its own: " it ", " we ", " i ", "let us"
    for frame in (INTERESTS, IMPERSONAL, IMPERSONAL_THAT) if " it " in low else ():
        m = frame.search(text)
        if m:
            addr = (m.start("addr"), m.end("addr")) if m.group("addr") else None
            return Verdict("recommendation", m.group(0), m.start(), addr)
    m = FIRST_PERSON_DIRECTIVE.search(text) if " we " in low or " i " in low or "let us" in low else None
    if m:
        return Verdict("recommendation", m.group(0), m.start())
    m = None if listed else IMPERATIVE.match(text)  # an item under "will work together to:" is no imperative
    if m and _imperative(m.group("verb"), m.start("verb") > 0 or m.group("verb")[:1].isupper()) and _finished(text):
        return Verdict("recommendation", m.group(0), m.start())
    for gated in (BEST_COURSE, OPTION_CONSIDERED, ADVISED):
        m = gated.search(text)
        if m:
            return Verdict("recommendation", m.group(0), m.start())
    if DISCOURSE.search(text):
        text = DISCOURSE.sub(lambda d: "x" * len(d.group(0)), text)
    for m in DEONTIC.finditer(text):
        before = text[: m.start()]
        word = m.group(0).lower()
        if NOT_DEONTIC_BEFORE.search(before):
            continue
        if word == "should" and not before.strip():
            continue  # "Should Iran expel the inspectors, ..." is a condition
        if word == "must" and MUST_CERTAINTY.match(text, m.start()):
            continue
        if word == "shall":
            continue  # legal or future "shall": left to the forecast rules
        if RELATIVE_LEAD.search(before) and word != "must":
            continue  # "a state which should be ..." describes, does not advise
        if REPORTED_NOUN.search(before):
            continue  # "sends a message that no one should profit": what the message says
        if word != "should" and generic_subject(text[slice(*subject_span(text, m.start()))]):
            continue  # "a petitioner must request review within a year": a rule, not advice
        return Verdict("recommendation", m.group(0), m.start())
    if recommending_section:
        m = PROPOSAL_COULD.search(text)
        if m:
            return Verdict("recommendation", m.group(0), m.start())
    return None


def _imperative(word: str, placed: bool) -> bool:
    """Return whether `word`, opening a sentence before a determiner, is a verb in the imperative:
    not of a closed class, no participle, plural or adverb (`Given the`, `Data such`, `Earlier`)."""
    low = word.lower()
    return placed and low not in NOT_IMPERATIVE and not low.endswith(("ing", "ed", "ly", "s"))


def _finished(text: str) -> bool:
    # A sentence, not a button or a link's title ("Leave a Comment", "Read the full report").
    return len(text.split()) >= 5 and text.rstrip(" \"'”’)").endswith((".", "!", ";"))


def _forecast(text: str, speakers: Sequence[str], antecedent: str) -> Verdict | None:
    for m in WILL.finditer(text):
        before = text[: m.start()]
        if WILL_NOUN_BEFORE.search(before) or WILL_NOUN_AFTER.match(text[m.end() :]):
            continue
        if RELATIVE_LEAD.search(before) or REPORTED_NOUN.search(before):
            continue  # "the president, who will be elected in March": a fact about a schedule
        if SCHEDULED.search(text, m.end()):
            continue  # "will hold a second vote on October 4th": a date in the diary
        if describes_measure(text, m.start(), m.end(), speakers, antecedent):
            continue  # "The agreement will provide ...", "We will support ...": content, not forecast
        return Verdict("forecast", m.group(0), m.start())
    likely = LIKELY.search(text)
    if likely and (PAST_LIKELY.search(text, 0, likely.end()) or COMPARED_LIKELY.search(text, 0, likely.end() + 6)):
        likely = None  # "taxpayers were most likely to claim ...": a past frequency; "less likely to": a tendency
    if likely:
        return Verdict("forecast", likely.group(0), likely.start())
    for m in WEAK_MODAL.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        if EPISTEMIC_TAIL.match(after) or CONCESSIVE_LEAD.search(before):
            continue
        if RELATIVE_LEAD.search(before) or REPORTED_NOUN.search(before):
            continue
        if m.group(0).lower() == "could" and PAST_ABILITY.match(after):
            continue
        if m.group(0).lower() != "may" and BACKSHIFT.search(CONDITION_LEAD.sub("", before)):
            continue
        if describes_measure(text, m.start(), m.end()):
            continue
        return Verdict("forecast", m.group(0), m.start())
    for m in WOULD.finditer(text):
        before = text[: m.start()]
        main = CONDITION_LEAD.sub("", before)
        if WOULD_SUBORDINATE.search(before) or BACKSHIFT.search(main) or REPORTED_NOUN.search(before):
            continue
        if describes_measure(text, m.start(), m.end(), speakers, antecedent):
            continue  # "The bill would require ...": what the bill says
        return Verdict("forecast", m.group(0), m.start())
    probably = PROBABLY.search(text)
    if probably and not PROBABLY_EPISTEMIC.search(text):
        return Verdict("forecast", probably.group(0), probably.start())
    return None


def _assessment(text: str, weighted: bool) -> Verdict | None:
    m = search_assess(text) or PROBABLY_EPISTEMIC.search(text) or EPISTEMIC_LIKELY.search(text)
    m = m or MUST_CERTAINTY.search(text) or COMPARED_LIKELY.search(text)  # "must be aware": the author's inference
    if m is None:  # a modal read epistemically: "may be due to", "may have underestimated"
        m = next((w for w in WEAK_MODAL.finditer(text) if EPISTEMIC_TAIL.match(text[w.end() :])), None)
    if m:
        return Verdict("assessment", m.group(0), m.start())
    if weighted and not (SCHEDULED.search(text) and WILL.search(text)):  # a date in the diary judges nothing
        m = PLAIN_PRESENT.search(text)
        if m:
            return Verdict("assessment", m.group(0), m.start())
    return None


def judge(text: str, *, weighted: bool = False, recommending_section: bool = False,
          speakers: Sequence[str] = (), antecedent: str = "", listed: bool = False) -> Verdict:
    """Return the kind of judgement `text` (one sentence) states, with its cue.

    `weighted`: the sentence stands where authors put their conclusions, so a plain-present
    judgement counts as an assessment. `recommending_section`: the section is named for
    recommendations, so "X could also ..." is read as a proposal. `speakers`: the names of
    the bodies the brief speaks for (`voice.speakers`), whose "will" announces a plan;
    `antecedent`: the previous sentence's subject, which a pronoun subject stands for.
    `listed`: the sentence is an item of a list led in by "... to:", an infinitive, not an order.
    """
    masked = mask_quotes(text)
    if masked.rstrip().endswith("?"):
        return Verdict(None)  # a question asks; it states no judgement
    attribution = find_attribution(masked)
    verdict = (
        _recommendation(masked, recommending_section, listed)
        or _forecast(masked, speakers, antecedent)
        or _assessment(masked, weighted)
        or Verdict(None)
    )
    if attribution is None:
        return verdict
    # A reported view is that speaker's judgement: keep its kind, default assessment.
    return Verdict(
        "recommendation" if DIRECTIVE_CUE.match(attribution.cue) else verdict.kind or "assessment",
        attribution.cue,
        attribution.start,
        None,
        attribution,
    )

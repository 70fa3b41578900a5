"""Unit tests of the conclusion forms of legislative research and fact sheets (issue 11, part 3):
options laid before a legislature, descriptions of bills and programmes, announced measures,
permissions under a rule, questions, and who holds a reported view. One row per form."""

from __future__ import annotations

import pytest

from briefsite.extract.conclusions.attribution import find_attribution
from briefsite.extract.conclusions.extract import UNNAMED, extract_conclusions
from briefsite.extract.conclusions.rules import judge
from briefsite.extract.conclusions.voice import speakers
from briefsite.model import Brief, BriefId, Mention, Meta, Paragraph, Span
from briefsite.text.sentences import paragraph_sentences


def _label(sentence: str) -> str | None:
    verdict = judge(sentence)
    return "attributed" if verdict.attribution is not None else verdict.kind


FORMS: list[tuple[str, str | None]] = [
    # options laid before a legislature or government: advice, not a forecast
    ("Congress may wish to consider whether to extend the program.", "recommendation"),
    ("Congress may consider whether to reauthorize the fund.", "recommendation"),
    ("Congress could require the agency to report annually.", "recommendation"),
    ("Congress could, for instance, amend the act to require more information.", "recommendation"),
    ("In its oversight role, Congress may also assess cooperation with Mexico.", "recommendation"),
    ("Congress also may consider oversight of tariff policies.", "recommendation"),
    ("Policymakers could expand the credit to renters.", "recommendation"),
    ("Members may consider whether and how to engage in such consultation.", "recommendation"),
    ("Lawmakers might decide to examine the Army's approach.", "recommendation"),
    ("The U.S. Senate could ratify the convention.", "recommendation"),
    ("As Congress oversees the program, it may consider its architecture.", "recommendation"),
    ("Options include raising the cap and ending the exemption.", "recommendation"),
    ("Options for Congress could include conducting oversight hearings.", "recommendation"),
    ("Potential oversight considerations for Congress could include the following:", "recommendation"),
    ("Issues for Congress in considering reauthorization may include the availability of revenues.", "recommendation"),
    ("One option could be to amend the statutory bars to benefits.", "recommendation"),
    ("Another area of consideration is how new claims might affect spending.", "recommendation"),
    ("The government may wish to review its export controls.", "recommendation"),
    ("The Administration could impose new tariffs on steel.", "forecast"),  # no verb of weighing: a possibility
    ("Congress could not act on that authority in 1990.", None),  # a negation: no option
    ("These actions also include exceptions for unaccompanied children.", None),  # describes, no modal
    # what a bill, a law or a programme does: content, not a forecast
    ("The bill would require the agencies to conduct a joint study.", None),
    ("In the Senate, S. 933, as ordered to be reported, would permit the Administrator greater flexibility.", None),
    ("Legislation introduced in 2020 would have transferred the service to State.", None),
    ("The budget request would eliminate the Ecosystems Mission Area.", None),
    ("Funding for Facilities would decrease from $180.1 million to $149.9 million.", None),
    ("The agreement will provide security assistance for ten years.", None),
    ("The initiative will offer financial rewards for information.", None),
    ("These actions will be in effect when encounters exceed our capacity.", None),
    ("$500,000 will assist the United Nations Office for the Coordination of Humanitarian Affairs.", None),
    ("$2 million will be allocated to the ICRC, and a fbrther $500,000 will go to the IOM.", None),  # a sum, any verb
    ("Principal payments from agency debt and agency mortgage-backed securities up to $20 billion per month "
     "will be reinvested in Treasury securities.", None),  # a long subject judged by its head
    ("Principal payments in excess of $20 billion will continue to be reinvested.", None),
    ("ARPA-H announced the UPGRADE program, a cybersecurity effort that will invest more than $50 million.", None),
    ("Sanctions will continue to reduce Russia's oil revenue.", "forecast"),  # an effect, continued
    ("This proposed rule will enhance security at the border.", "forecast"),  # an effect, not content
    ("Sanctions will reduce Russia's oil revenue.", "forecast"),  # a programme's effect
    # the speaker's own measures and named givers: announced, not predicted
    ("We will support Ukraine's defensive needs over the long term.", None),
    ("Together, we will expand intelligence sharing.", None),
    ("Australia will commit a further $9 million to humanitarian assistance.", None),
    ("Microsoft will also provide free cybersecurity assessments.", None),
    ("China will continue to offer policing assistance.", "forecast"),  # not a verb of giving after "will"
    ("We will probably see more attacks.", "forecast"),  # hedged: a forecast
    ("And I will continue working with world leaders to ensure supplies.", None),  # the speaker, after "And"
    # a timetable: what is scheduled to happen is no forecast
    ("Pupil premium allocations for 2017-18 will be published in June.", None),
    ("The grant will be set at a final rate of £77 per pupil.", None),
    ("U.S. service members will participate in this year's exercise alongside Thai troops.", None),
    ("The minister will be in Tokyo until at least the end of the month.", None),
    ("Elections will take place in March.", None),
    ("The regime will be in trouble if prices rise.", "forecast"),  # `in` a state, not a place
    ("The talks will probably take place in March.", "forecast"),  # hedged
    # permission under a rule
    ("If the claimant disagrees, the claimant may file a supplemental claim.", None),
    ("States may petition EPA to remove the waiver.", None),
    ("Survivors may be eligible for the pension.", None),
    # questions ask
    ("Will the new tank replace the current fleet one for one?", None),
    ("• How many years will it take to field the new tanks?", None),
    # reported speech with a past verb backshifts its modals
    ("The court also concluded that the Secretary could not rely on that letter.", "attributed"),
    # views held by reports and unnamed sources
    ("Latest reports indicate there are five million vulnerable people.", "attributed"),
    ("In recent weeks it is reported that 20,000 people crossed the border.", "attributed"),
    ("President Biden believes we must secure our border.", "attributed"),
    ("Advocates of a moratorium point out that the fleets lose money.", "attributed"),
    ("Supporters add that a moratorium would reduce inequality.", "attributed"),
    ("Moreover, it has been argued that their closure would increase catch.", "attributed"),
    ("The history of the talks suggests that pressure works.", "assessment"),  # the author's inference
    ("A 2022 report recommended that Congress consider legislation.", "attributed"),
    ("This action sends a clear message that no one should profit from smuggling.", None),  # what a message says
    ("Russia's offensive demonstrates that Moscow still believes time is on its side.", "assessment"),
    # evaluative forms of the author's own judgement (issue 11: assessment recall)
    ("The sanctions regime has failed to change Tehran's course.", "assessment"),  # failure judged
    ("That is one of the few levers left to the Commission.", "assessment"),  # a case classed
    ("Port access is a key part of the deal.", "assessment"),  # weight given to a part
    ("Trust between the navies is key to avoiding incidents.", "assessment"),
    ("Supply chains are especially fragile in the region.", "assessment"),  # an intensified predicate
    ("The mountains make resupply far more difficult.", "assessment"),  # an effect compared
    ("This information will be updated as appropriate to reflect decisions of the Board.", None),  # a purpose
    ("Supply chains are many in the region.", None),  # no evaluative grading
    # present tense that describes rather than judges, in a weighted place
    ("Veterans must have been discharged other than dishonorably to qualify.", None),
    ("The M-1 Abrams Tank is designed to maneuver under fire.", None),
    ("To date, the Senate has not ratified the convention.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), FORMS, ids=[s[:50] for s, _ in FORMS])
def test_form(sentence: str, expected: str | None) -> None:
    assert _label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "weighted", "expected"),
    [
        ("USAID is delivering emergency food assistance in Honduras.", True, None),  # progressive: a report
        ("The policy is administered by the ministry.", True, None),  # passive: a description
        ("Its fiscal room for manoeuvre is shrinking.", True, "assessment"),  # a trend judged
        ("The United States is a leader in the campaign to improve food security.", True, "assessment"),
    ],
)
def test_weighted_present(sentence: str, weighted: bool, expected: str | None) -> None:
    assert judge(sentence, weighted=weighted).kind == expected


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("On April 4, 2025, FEMA issued a press release stating that funds will be returned.", "FEMA"),
        ("In a press release on April 25, 2024, VA stated that it conducted outreach.", "VA"),
        ("Reportedly, in September 2025, the Chief of Staff stated that prototypes would be ready.", "the Chief of Staff"),
        ("Later that same day, President Trump announced that he was imposing a surcharge.", "President Trump"),
        ("Namely, it noted that the provision would create a gap.", None),  # "it": no holder, not "Namely"
        ("More broadly, some argue that the projections are wrong.", "some"),
        ("Anthropic has further stated its models are used across the department.", "Anthropic"),
        ("FEMA’s testimony in a hearing on May 7, 2025, stated that funds were available.",
         "FEMA’s testimony in a hearing on May 7, 2025"),
        ("Some reports suggest that prototypes are to feature a hybrid engine.", "Some reports"),
    ],
)
def test_holder_is_a_noun_phrase(sentence: str, holder: str | None) -> None:
    found = find_attribution(sentence)
    got = None if found is None else sentence[found.subject[0] : found.subject[1]]
    assert got == holder


@pytest.mark.parametrize(
    "sentence",
    [
        "The FTC identified two main categories of alleged benefits.",  # adjective, not a verb of saying
        "The ITA’s stated mission is to strengthen U.S. industry.",
        "The BCMR did not consider the letter and declined to upgrade his discharge.",
        "Many mining pools have opened facilities in the United States in areas with cheap power.",
        "(c)(4)(C)(ii)(III), the Administrator shall consider the effects.",
        "Congress may consider how to ensure that applicants are evaluated according to the same standards.",
    ],
)
def test_no_holder(sentence: str) -> None:
    assert find_attribution(sentence) is None


def test_unnamed_sources_hold_an_impersonal_report() -> None:
    text = "In recent weeks it is reported that 20,000 Afghans entered Pakistan."
    brief = Brief(BriefId("b9"), "b9.txt", Meta(), (Paragraph(2, text, None, 1),))
    (found,) = extract_conclusions([brief])
    assert found.attributed_to == UNNAMED


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Science Systems Mission Area would decrease from $276.1 million for FY2026 to $156.7 million for FY2027.", None),
        ("Under the plan, Energy funding would increase from $35.9 million for FY2026 to $38.0 million for FY2027, "
         "and Mineral Resources Program funding would increase to $80 million.", None),
        ("Taxpayers in the Northeast were the most likely to claim the credit.", None),  # a past frequency
        ("Prices would rise from 2 percent to 3 percent by 2030.", "forecast"),  # no fiscal year: a forecast
    ],
)
def test_budgets_and_frequencies(sentence: str, expected: str | None) -> None:
    assert _label(sentence) == expected


def test_participle_speaker_is_the_clause_before_it() -> None:
    text = "More than two years after the assault, today, President Biden is stating unequivocally that we will stand."
    found = find_attribution(text)
    assert found is not None and text[found.subject[0] : found.subject[1]] == "President Biden"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A petitioner must request a final review within 365 calendar days.", None),  # a rule of procedure
        ("All parties to a reportable deal must submit certain information.", None),
        ("Users who borrow from a protocol must first provide collateral.", None),
        ("You have to operate within its parameters.", None),  # generic "you"
        ("The EU must lift its restrictions.", "recommendation"),
        ("Brussels ought to make budget support conditional.", "recommendation"),
        ("Member States need to coordinate their export controls.", "recommendation"),
        ("The government must act before the summer.", "recommendation"),
        ("The claimant should be given more time.", "recommendation"),  # "should" advises whoever the subject
    ],
)
def test_rules_of_procedure_are_not_advice(sentence: str, expected: str | None) -> None:
    assert _label(sentence) == expected


def test_offices_are_addressable() -> None:
    assert _label("The president must veto the bill.") == "recommendation"
    assert _label("The claimant must submit the form within a year.") is None


def test_coordinated_verbs_share_the_first_subject() -> None:
    text = "The Secretary also expanded on his policy concerns and claimed that these provided a basis."
    found = find_attribution(text)
    assert found is not None and text[found.subject[0] : found.subject[1]] == "The Secretary"
    assert find_attribution("As of May 2022, FHWA had 13 agreements in 7 states: California, Florida.") is None


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("As President Biden said in Vilnius last year, Ukraine's future is in NATO.", "President Biden"),
        ("Participants shared their organization’s views on cybersecurity challenges.", "Participants"),
        ("As the war drags on, prices rise.", None),
        ("As previously stated, the request would eliminate the mission area.", None),
    ],
)
def test_views_given_to_their_holder(sentence: str, holder: str | None) -> None:
    found = find_attribution(sentence)
    assert (None if found is None else sentence[found.subject[0] : found.subject[1]]) == holder


@pytest.mark.parametrize(
    ("sentence", "antecedent", "expected"),
    [
        ("They will be discontinued when encounters fall.", "These actions", None),  # the actions' content
        ("They will make it easier to remove those without a basis to remain.", "These actions", "forecast"),
        ("They will be discontinued when encounters fall.", "", "forecast"),  # nothing to stand for
        ("It will seek observer status.", "China", "forecast"),  # an actor's behaviour
    ],
)
def test_pronoun_subject_stands_for_the_previous_subject(sentence: str, antecedent: str, expected: str | None) -> None:
    assert judge(sentence, antecedent=antecedent).kind == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Through this agreement, the United States will work with our partners.", None),
        ("The United States and Ukraine will deepen security cooperation.", None),  # a joint commitment
        ("The United States will probably reduce its support.", "forecast"),  # hedged
        ("Russia will continue to impose costs on Ukraine.", "forecast"),  # not the speaker
    ],
)
def test_the_speakers_will_announces(sentence: str, expected: str | None) -> None:
    assert judge(sentence, speakers=("united states",)).kind == expected


def _brief(*texts: str) -> Brief:
    return Brief(BriefId("b8"), "b8.txt", Meta(), tuple(Paragraph(i, t, None, i) for i, t in enumerate(texts, 1)))


def _mentions(brief: Brief, target: str, name: str) -> list[Mention]:
    return [Mention(target, brief.id, p.number, Span(i, i + len(name)), name)
            for p in brief.paragraphs for i in range(len(p.text)) if p.text.startswith(name, i)]


def test_speakers_are_bodies_named_with_our() -> None:
    brief = _brief(
        "Today, the United States is sending a signal of our support. We will stand with Ukraine.",
        "Through this agreement, the United States will work with our partners. Russia attacked our allies.",
        "Russia will continue its assault.",
    )
    mentions = _mentions(brief, "united-states", "United States") + _mentions(brief, "russia", "Russia")
    assert speakers((s, mentions) for p in brief.paragraphs for s in paragraph_sentences(brief, p)) == ("united states",)
    forecasts = [c.sentence.text for c in extract_conclusions([brief], mentions) if c.kind == "forecast"]
    assert forecasts == ["Russia will continue its assault."]  # the speaker's "will" announces


def test_an_analysis_in_our_view_speaks_for_no_body() -> None:
    brief = _brief(
        "In our view, the United States will reduce its support. We argue that the United States is tired.",
        "The United States will cut aid. Our analysis shows that the United States is wavering.",
    )
    mentions = _mentions(brief, "united-states", "United States")
    assert speakers((s, mentions) for p in brief.paragraphs for s in paragraph_sentences(brief, p)) == ()


def test_the_briefs_own_institution_announces_what_it_will_do() -> None:
    # a committee's own statement: `the Committee will` is its commitment; another body's `will` is a forecast
    texts = ("The Committee will continue to monitor the implications of incoming information.",
             "Inflation will probably remain low through next year.")
    own = Brief(BriefId("b9"), "b9.txt", Meta(institution="Regional Monetary Policy Committee"),
                tuple(Paragraph(i, t, None, i) for i, t in enumerate(texts, 1)))
    forecasts = [c.sentence.text for c in extract_conclusions([own], []) if c.kind == "forecast"]
    assert forecasts == ["Inflation will probably remain low through next year."]
    # the same text from a brief with no institution of its own: both are forecasts
    assert len([c for c in extract_conclusions([_brief(*texts)], []) if c.kind == "forecast"]) == 2


@pytest.mark.parametrize(("sentence", "expected"), [
    # a modal weighing what is the case: the author's assessment, not a forecast
    ("That narrative may be compelling, but it is misleading.", "assessment"),
    ("That may now be changing.", "assessment"),
    ("India may be trying to escape mutual vulnerability.", "assessment"),
    ("This fear could have made crises much more dangerous.", "assessment"),
    ("An expansion of that diplomacy could not be more timely.", "assessment"),
    ("Community providers are far less likely to have military training.", "assessment"),
    ("Brutal as it may seem, the Union can have one system or the other.", None),
    # and what still looks ahead
    ("Prices may rise next year.", "forecast"),
    ("The bank may be forced to cut rates.", "forecast"),
    ("Russia is likely to escalate.", "forecast"),
    ("Russia is more likely to escalate, and the West will respond.", "forecast"),
])
def test_epistemic_modals_and_compared_likelihoods(sentence: str, expected: str | None) -> None:
    assert _label(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "New Caledonia will hold a second such vote on October 4th.",
    "Thailand will host the exercise next month.",
    "The mission will shortly present its preliminary statement.",
    "We will have much more to say tomorrow.",
])
def test_a_date_in_the_diary_is_no_forecast(sentence: str) -> None:
    assert _label(sentence) is None
    assert judge(sentence, weighted=True).kind is None


def test_a_forecast_with_a_far_date_stays_one() -> None:
    assert _label("Growth will slow sharply over the coming decade.") == "forecast"


@pytest.mark.parametrize("sentence", [
    "It is imperative that Congress insist the department provide more details.",
    "At the same time, it is key that the situation not escalate any further.",
    "In view of the situation, we call on all sides to ease the tensions.",
    "I urge you to review the targets you have set.",
    "Let us chart a new and better path.",
    "We need bold new solutions to avoid the same mistakes.",
])
def test_the_speakers_own_appeal_is_a_recommendation(sentence: str) -> None:
    assert _label(sentence) == "recommendation"


def test_a_view_held_with_an_advising_verb_is_its_holders_recommendation() -> None:
    verdict = judge("The Council urges all States to cooperate actively.")
    assert (verdict.kind, verdict.attribution is not None) == ("recommendation", True)
    assert judge("The minister said that the deal was good.").kind == "assessment"


@pytest.mark.parametrize("sentence", [
    "Today I want to set out why it is imperative that we address the imbalance.",
    "It was also clear that to proceed, we need more information.",
])
def test_no_appeal_in_a_reason_or_an_aside(sentence: str) -> None:
    assert _label(sentence) != "recommendation"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Foster an environment where Iran keeps to the nuclear restrictions.", "recommendation"),
    ("Offer the Saudis a clear choice in Yemen.", "recommendation"),
    ("Second, restrict the integration of open models into critical systems.", "recommendation"),
    ("The new plan increases tolls in three phases.", None),
    ("Data such as these transactions are combined into a block.", None),
    ("Given the short time frame, the deal was delayed.", None),
    ("Leave a Comment", None),
    ("Read the full report on our website.", None),
])
def test_an_imperative_before_a_determiner_advises(sentence: str, expected: str | None) -> None:
    assert _label(sentence) == expected


def test_items_under_an_infinitive_lead_in_are_no_imperatives() -> None:
    texts = ("The two countries will work together to:", "Achieve a just peace that respects the rights of all.",
             "We recommend the following actions:", "Offer the Saudis a clear choice in Yemen.")
    brief = Brief(BriefId("b"), "b.txt", Meta(), tuple(Paragraph(i, t, None, i) for i, t in enumerate(texts, 1)))
    kinds = {c.sentence.paragraph: c.kind for c in extract_conclusions([brief])}
    assert kinds.get(2) is None and kinds.get(4) == "recommendation"


@pytest.mark.parametrize(("sentence", "holder"), [
    ("The government is again showing a double standard in the aid vote, says ACT Leader Richard Prebble.",
     "ACT Leader Richard Prebble"),
    ("Their criticisms are little more than a joke, North Shore Member of Parliament Wayne Mapp said today.",
     "North Shore Member of Parliament Wayne Mapp"),
    ("We should not stand by while a firm refits the jets, say the Greens.", "the Greens"),
])
def test_a_speaker_named_after_the_verb_holds_the_view(sentence: str, holder: str) -> None:
    attribution = judge(sentence).attribution
    assert attribution is not None and sentence[slice(*attribution.subject)] == holder


def test_the_publishers_own_short_name_speaks_in_its_own_voice() -> None:
    meta = Meta(title="Stop the Repairs", institution="Green Party")
    text = "We should not stand by while a firm refits the jets, say the Greens."
    brief = Brief(BriefId("b"), "b.txt", meta, (Paragraph(1, text, None, 1),))
    [conclusion] = extract_conclusions([brief])
    assert (conclusion.kind, conclusion.attributed_to) == ("recommendation", None)


def test_quoted_paragraphs_run_on_to_the_speaker_named_at_their_end() -> None:
    texts = ("“The government has a duty to act,” said spokesperson Keith Locke.",
             "“As a nation we shouldn’t help the armed forces, who burned East Timor.",
             "“He was soft-pedalling, calling it “philosophy” (yesterday’s Herald).",
             "“Now he must justify the funding,” said Mr Locke.")
    brief = Brief(BriefId("b"), "b.txt", Meta(), tuple(Paragraph(i, t, None, i) for i, t in enumerate(texts, 1)))
    held = {c.sentence.paragraph: c.attributed_to for c in extract_conclusions([brief])}
    assert held.get(2) and held.get(3) and held.get(2) == held.get(4)

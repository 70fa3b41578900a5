"""Unit tests of the conclusions stage: one row per cue, positive and negative."""

from __future__ import annotations

import pytest

from briefsite.extract.conclusions.rules import judge
from briefsite.extract.conclusions.extract import (
    attributed_statements,
    extract_conclusions,
    is_concluding,
    own_conclusions,
    run_in_heading,
)
from briefsite.model import Actor, ActorId, Brief, BriefId, Meta, Mention, Paragraph, Span, ThemeId

# (sentence, expected label): label is a kind, "attributed" or None (no conclusion).
CUES: list[tuple[str, str | None]] = [
    # forecasts
    ("North Korea will continue to develop its military potential.", "forecast"),
    ("Tehran is likely to respond by limiting inspections.", "forecast"),
    ("A ceasefire is unlikely to hold through the winter.", "forecast"),
    ("It is unlikely that North Korea will carry out such provocations.", "forecast"),
    ("It is highly likely for them to respond to future US messages.", "forecast"),
    ("The Chinese involvement may contribute to the resumption of talks.", "forecast"),
    ("This may be hampered by the fact that the team was suspended.", "forecast"),
    ("Coastal states might become the next front of the conflict.", "forecast"),
    ("A further increase could hit energy-intensive industries hardest.", "forecast"),
    ("Jihadist groups are expected to expand towards the coast.", "forecast"),
    ("Moscow will probably seek to resume talks.", "forecast"),
    ("North Korea may see an opportunity in the end of the president's term.", "forecast"),  # not advice
    ("A quarantine would make it harder for Washington to respond.", "forecast"),
    ("There is also the risk of inducing excessive expectations.", "forecast"),
    ("If the rules were reversed, thousands of people would lose their status.", "forecast"),  # counterfactual
    ("The technology may shorten the time it needs to field a missile.", "forecast"),  # "needs to": a relative
    # recommendations
    ("EU countries should maintain contacts with North Korean diplomats.", "recommendation"),
    ("The EU should also monitor the possibility of resuming aid.", "recommendation"),
    ("Germany must lift its restrictions on long-range weapons.", "recommendation"),
    ("The Commission needs to use joint purchasing.", "recommendation"),
    ("Poland ought to take the lead in a training coalition.", "recommendation"),
    ("Brussels ought also to fund coast guard capacity-building.", "recommendation"),
    ("It is important to persuade the US and strengthen cooperation.", "recommendation"),
    ("It is desirable to promote it as a multilateral framework.", "recommendation"),
    ("It is crucial not to push Ankara into choosing sides.", "recommendation"),
    ("It is in the interests of the EU and its Member States to remain flexible.", "recommendation"),
    ("Therefore, the best coarse of action is to approach the issue carefully.", "recommendation"),
    ("The best course of action is to keep channels open.", "recommendation"),
    ("One approach that may be considered is sending a special envoy.", "recommendation"),
    ("The issue of easing sanctions needs to be approached with caution.", "recommendation"),
    ("The EU would be well advised to increase its maritime presence.", "recommendation"),
    ("It would be a mistake to treat migration as a security problem alone.", "recommendation"),
    ("Washington would do well to restore legal pathways.", "recommendation"),
    # assessments
    ("These signals indicate that Pyongyang wants a favourable partner.", "assessment"),
    ("This demonstrates North Korea's reluctance to escalate tensions.", "assessment"),
    ("The recent moves show that it has adapted its foreign policy.", "assessment"),
    ("The missile tests are intended to persuade the U.S. to negotiate.", "assessment"),
    ("This can be interpreted as an attempt to blur the line between peace and war.", "assessment"),
    ("The reliance on mercenaries can be seen as a way of protecting the juntas.", "assessment"),
    ("The history of the talks suggests a pattern of brinkmanship.", "assessment"),
    ("The data show a pattern of brinkmanship.", None),  # "show" of data without "that": a fact
    ("The history of the talks suggests that sanctions rarely work.", "assessment"),
    ("The demonstration of capabilities serves to strengthen its position.", "assessment"),
    ("Then, the decisive key to resolving the crisis is held by the United States.", "assessment"),
    ("This is because the threat has turned from potential to real.", "assessment"),
    ("This may be due to the partial resumption of trade with China.", "assessment"),  # epistemic may
    ("The lack of criticism is likely tied to the resumption of trade.", "assessment"),  # epistemic likely
    ("North Korea must be well aware of this fact.", "assessment"),  # must of certainty
    ("The Serbian leadership must have expected a strong reaction.", "assessment"),
    ("For Cairo, pressure on the border is a way to gain leverage over the dam.", "assessment"),
    ("The deal serves both sides.", "assessment"),
    ("Australia’s response has been to outbid China.", "assessment"),
    ("The summit marked the end of the North's isolation.", "assessment"),
    ("The United States and the EU have limited leverage over either government.", "assessment"),
    ("The UAE is now the most influential outside power in the region.", "assessment"),
    ("The Forum has struggled to speak with one voice.", "assessment"),
    ("Its commitments depend, however, on Congress.", "assessment"),
    ("Russia needs ammunition that its own factories cannot produce.", "assessment"),
    ("The Horn of Africa faces the risk of a new interstate conflict.", "assessment"),
    ("Pacific governments risk losing control of their security agenda.", "assessment"),
    ("The risk of an accidental clash is higher than at any time since 2017.", "assessment"),
    ("This mediation has given Armenia diplomatic cover.", "assessment"),
    ("The South Pacific has become an arena of open competition.", "assessment"),
    # attributed views
    ("Kim said the hostile policy has remained the main obstacle.", "attributed"),
    ("The NIS believes the situation is not as bad as suggested.", "attributed"),
    ("Kim Yo-jong, Vice Department Director, said, “the declaration is a good idea”.", "attributed"),
    ("According to the IAEA, inspectors could not verify the stockpile.", "attributed"),
    ("North Korean authorities admit that the food situation is difficult.", "attributed"),
    ("Iranian officials maintain that the programme is peaceful.", "attributed"),
    ("The Kremlin claims that the strikes are terrorist acts.", "attributed"),
    ("He accused South Korea of escalating tensions.", "attributed"),
    ("Zelensky stated that Ukraine “will never recognise occupied territories”.", "attributed"),
    ("The North softened its position by stressing that talks may begin if Seoul abandons its policy.", "attributed"),
    ("In Belgrade's view, the measures amount to expulsion.", "attributed"),
    ("Traders expect prices to rise in the summer.", "attributed"),
    ("Beijing, for its part, insists that the shoal is Chinese territory.", "attributed"),
    ("The opposition leader insists, on the contrary, that the cause is the regime.", "attributed"),
    ("Then prime minister Manasseh Sogavare insisted that no base would be built.", "attributed"),
    ("The NIS estimated in November that the North had shipped a million shells.", "attributed"),
    ("Foreign Minister Penny Wong has described Australia as “part of the Pacific family”.", "attributed"),
    ("Critics in the region see these deals as a new form of dependence.", "attributed"),
    ("Rabuka has proposed declaring the region an ocean of peace.", "attributed"),
    ("Local politicians blame migrants for rising crime.", "attributed"),
    ("A survey found that two thirds of voters disapprove.", "attributed"),
    ("Hospitals report that migrants account for a third of births.", "attributed"),
    # none: narrative, facts, quotations, nouns that look like cues
    ("In September, North Korea conducted missile tests.", None),
    ("Norway assumed the chairmanship in May 2023.", None),  # the month, not the modal
    ("Ukraine could not, however, prevent the destruction of the plant in April.", None),
    ("North Korea carried out provocations only when it was confident that China could back them up.", None),
    ("It was difficult for China to provide aid, which would undermine sanctions.", None),
    ("It should be noted that the Majlis has twice passed such bills.", None),
    ("The dialogue lacks the political will of both sides.", None),
    ("“Our troops will reach the border by the end of the year.”", None),  # bare quotation
    ("In 2025, the three states formally left ECOWAS.", None),  # "states" is a noun here
    ("North Korea declared a strategy of self-reliance.", None),  # declared + object: an act
    ("First, it is worth noting that this speech contained no criticism.", None),
    ("The report found its way to the press.", None),  # "found" without "that": an act
    ("The blame for the attack lies with the militia.", None),  # "blame" as a noun
    ("North Korea answered by declaring the whole agreement void.", None),
    ("The humanitarian needs of refugees are growing.", None),  # "needs" as a noun
]


def _label(sentence: str) -> str | None:
    verdict = judge(sentence)
    if verdict.attribution is not None:
        return "attributed"
    return verdict.kind


@pytest.mark.parametrize(("sentence", "expected"), CUES, ids=[s[:50] for s, _ in CUES])
def test_cue(sentence: str, expected: str | None) -> None:
    assert _label(sentence) == expected


def test_precedence_recommendation_over_forecast() -> None:
    # Both "must" and "will": the advice wins; a forecast framed by "suggests that" is a forecast.
    assert judge("NATO allies must prepare for the possibility that the US will reduce support.").kind == (
        "recommendation"
    )
    assert judge("The history suggests that internal problems will not soften its position.").kind == "forecast"


def test_attributed_keeps_the_kind_of_what_is_reported() -> None:
    verdict = judge("Foreign Minister Araghchi said that Tehran will respond proportionately.")
    assert verdict.attribution is not None and verdict.kind == "forecast"
    assert judge("Kim stated his openness to resume the talks.").kind == "assessment"  # the default


@pytest.mark.parametrize(
    ("sentence", "weighted", "expected"),
    [
        ("The Kremlin's demands are incompatible with Ukrainian statehood.", True, "assessment"),
        ("The American commitment cannot be taken for granted.", True, "assessment"),
        ("The American commitment cannot be taken for granted.", False, None),
        ("In 2023, Russia took over the chairmanship.", True, None),  # past narrative stays none
    ],
)
def test_weighted_sections_lower_the_threshold(sentence: str, weighted: bool, expected: str | None) -> None:
    assert judge(sentence, weighted=weighted).kind == expected


def test_could_reads_as_proposal_only_in_recommendation_sections() -> None:
    text = "European navies could also take part in transits of the Strait."
    assert judge(text).kind == "forecast"
    assert judge(text, recommending_section=True).kind == "recommendation"


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Internal Context. The borders have been closed.", "Internal Context"),
        ("Relations with the U.S. North Korea's dialogue has been deadlocked.", "Relations with the U.S."),
        ("Conclusions. The EU should act.", "Conclusions"),
        ("U.S. President Biden said so.", None),
        ("North Korea will continue. It is likely.", None),
        ("In September, North Korea conducted tests.", None),
    ],
)
def test_run_in_heading(text: str, heading: str | None) -> None:
    assert run_in_heading(text) == heading


@pytest.mark.parametrize(
    ("section", "expected"),
    [("Conclusions and Perspectives", True), ("Policy implications", True), ("Outlook", True),
     ("Recommendations for the EU", True), ("Internal Context", False), (None, False)],
)
def test_concluding_sections(section: str | None, expected: bool) -> None:
    assert is_concluding(section) is expected


# --- the whole stage on a small brief ---------------------------------------------------

ACTORS = (
    Actor(ActorId("eu"), "EU", "organisation", aliases=("European Union",)),
    Actor(ActorId("south-korea"), "South Korea", "state", aliases=("South Korean",)),
    Actor(ActorId("us"), "United States", "state", aliases=("US",)),
    Actor(ActorId("kim-jong-un"), "Kim Jong Un", "person", aliases=("Kim",)),
)
P1 = (
    "In addition to implementing sanctions, EU countries should maintain contacts. "
    "At this current stage, the South Korean government should focus on restoring relations. "
    "In pursuing this, it is important to persuade the US. "
    "Kim said the talks will resume."
)
P2 = "Recommendations for the EU. Sanctions relief should be offered only in exchange for steps."
BRIEF = Brief(
    BriefId("b1"), "b1.txt", Meta(title="T"),
    (Paragraph(1, P1, None, 1), Paragraph(2, P2, None, 3)),
)


def _mentions(paragraph: int, text: str, names: dict[str, str]) -> list[Mention]:
    found = []
    for surface, target in names.items():
        start = text.index(surface)
        found.append(Mention(target, BriefId("b1"), paragraph, Span(start, start + len(surface)), surface))
    return found


MENTIONS = _mentions(1, P1, {"EU": "eu", "South Korean": "south-korea", "US": "us", "Kim": "kim-jong-un"})
THEMES = _mentions(1, P1, {"sanctions": "sanctions"})


def test_extract_conclusions_end_to_end() -> None:
    found = extract_conclusions([BRIEF], MENTIONS, THEMES, ACTORS)
    assert [c.id for c in found] == ["b1-p1-s1", "b1-p1-s2", "b1-p1-s3", "b1-p1-s4", "b1-p2-s2"]
    eu, seoul, persuade, kim, relief = found
    assert (eu.kind, eu.addressee, eu.actors, eu.themes) == ("recommendation", "eu", ("eu",), (ThemeId("sanctions"),))
    assert seoul.addressee == "south-korea"
    assert persuade.addressee is None and persuade.actors == ("us",)  # the US is the object, not the addressee
    assert (kim.kind, kim.attributed_to) == ("forecast", "kim-jong-un")
    assert relief.addressee == "eu" and relief.in_conclusion_section  # named by the run-in heading
    assert relief.cue == "should"
    assert own_conclusions(found) == (eu, seoul, persuade, relief)
    assert attributed_statements(found) == (kim,)


def test_output_is_sorted_and_deterministic() -> None:
    other = Brief(BriefId("a0"), "a0.txt", Meta(), (Paragraph(1, "Iran will probably respond.", None, 1),))
    first = extract_conclusions([BRIEF, other], MENTIONS, THEMES, ACTORS)
    assert first == extract_conclusions([other, BRIEF], MENTIONS, THEMES, ACTORS)
    assert first[0].sentence.brief == "a0"


def test_attributed_to_falls_back_to_surface_text_and_pronouns() -> None:
    text = "The NIS believes the situation is not as bad as feared. He said the talks will resume."
    brief = Brief(BriefId("b2"), "b2.txt", Meta(), (Paragraph(3, text, "Context", 1),))
    first, second = extract_conclusions([brief])
    assert first.attributed_to == "The NIS"
    assert second.attributed_to == "The NIS"  # "He" carries the last speaker of the paragraph


def test_pronoun_subject_carries_the_previous_addressee() -> None:
    text = "The EU should extend the mission. It should also offer a visa roadmap. It is important to act."
    brief = Brief(BriefId("b3"), "b3.txt", Meta(), (Paragraph(2, text, None, 1),))
    mentions = [Mention("eu", BriefId("b3"), 2, Span(4, 6), "EU")]
    first, second, third = extract_conclusions([brief], mentions, (), ACTORS)
    assert (first.addressee, second.addressee) == ("eu", "eu")
    assert third.addressee is None  # an impersonal frame has no subject to carry

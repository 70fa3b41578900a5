"""Statements quoted after a lead-in are their speaker's: extract/conclusions/quoted.py."""

from __future__ import annotations

from briefsite.extract.conclusions.extract import extract_conclusions
from briefsite.model import Brief, BriefId, Meta, Paragraph


def _brief(texts: list[str], authors: tuple[str, ...] = ()) -> Brief:
    paragraphs = tuple(Paragraph(i, t, "Section", i) for i, t in enumerate(texts, start=1))
    return Brief(BriefId("b"), "b.txt", Meta(title="T", authors=authors), paragraphs)


TEXTS = [
    "The agency launched a campaign today.",
    "Jane Doe, Director of Health at the Agency, said:",
    "People are busy with work. Small changes can help.",
    "The quiz will help anyone who takes it.",
    "John Roe, a doctor, said:",
    "We know it is hard.",
]


def test_every_sentence_after_a_lead_in_is_its_speakers_until_the_next_lead_in() -> None:
    found = {c.sentence.text: c.attributed_to for c in extract_conclusions([_brief(TEXTS)], [], [], [])}
    assert found["People are busy with work."] == "Jane Doe"
    assert found["Small changes can help."] == "Jane Doe"
    assert found["The quiz will help anyone who takes it."] == "Jane Doe"
    assert found["We know it is hard."] == "John Roe"
    assert "The agency launched a campaign today." not in found


def test_a_quotation_that_opens_with_a_mark_ends_with_the_last_quoted_paragraph() -> None:
    texts = ["The Minister said:", "“We stand with our neighbour.”", "The council meets again in May."]
    found = {c.sentence.text: c.attributed_to for c in extract_conclusions([_brief(texts)], [], [], [])}
    assert found.get("“We stand with our neighbour.”") == "Minister"
    assert found.get("The council meets again in May.") is None


def test_the_authors_own_quoted_statement_stays_the_authors() -> None:
    found = {c.sentence.text: c.attributed_to for c in extract_conclusions([_brief(TEXTS, ("Jane Doe",))], [], [], [])}
    assert found.get("Small changes can help.") is None


def test_a_speaker_named_after_the_quotation_speaks_it_and_the_quoted_paragraphs_before_it() -> None:
    texts = ["The ambassador was summoned today.",
             "“We object to the attacks,” said Minister of Trade, Jane Doe.",
             "“We repeat our call for talks.",
             "“An invasion is a breach of the law. We are ready to act,” said Ms Doe.",
             "“The costs will be high.”",
             "“We are very clear,” she said.",
             "The council meets again in May."]
    found = {c.sentence.text: c.attributed_to for c in extract_conclusions([_brief(texts)], [], [], [])}
    assert found["“We object to the attacks,” said Minister of Trade, Jane Doe."] == "Jane Doe"
    assert found["“We repeat our call for talks."] == "Doe"
    # a quotation of several sentences is cut into them, each the speaker's
    assert found["“An invasion is a breach of the law."] == "Doe"
    assert found["We are ready to act,” said Ms Doe."] == "Doe"
    assert found["“The costs will be high.”"] == "Doe"  # wholly quoted, then `she said`: the same speaker
    assert "The council meets again in May." not in found


def _with_actors(texts: list[str]) -> dict[str, str | None]:
    from pathlib import Path

    from briefsite.extract.actors.recognise import recognise
    from briefsite.extract.actors.registry import load_registry

    brief = _brief(texts)
    registry = load_registry(Path(__file__).resolve().parents[2] / "registry" / "actors.yml")[0]
    result = recognise([brief], registry)
    return {c.sentence.text: c.attributed_to
            for c in extract_conclusions([brief], result.mentions, [], result.actors)}


def test_he_or_the_general_after_a_quotation_is_the_person_named_last() -> None:
    found = _with_actors([
        "“It is an area of great contrast,” Army Gen. Joseph L. Votel said of the region.",
        "“We monitored the unprofessional acts of naval forces,” the general told the committee. "
        "“Those weeks were business as usual,” he added.",
        "The general said the strategy in Afghanistan is working.",
    ])
    assert found["“We monitored the unprofessional acts of naval forces,” the general told the committee."] \
        == "joseph-l-votel"
    assert found["“Those weeks were business as usual,” he added."] == "joseph-l-votel"
    assert found["The general said the strategy in Afghanistan is working."] == "joseph-l-votel"


def test_a_description_with_no_person_named_before_stays_as_written() -> None:
    found = _with_actors(["The general said the strategy in Afghanistan is working."])
    assert found["The general said the strategy in Afghanistan is working."] == "The general"


def test_a_claim_closed_by_its_speaker_is_the_speakers_not_the_claims_words() -> None:
    found = _with_actors(["No other region is as dangerous as this one, the regional commander told the Senate today."])
    assert found["No other region is as dangerous as this one, the regional commander told the Senate today."] \
        == "the regional commander"


def test_the_publisher_speaking_of_itself_is_the_authors_view() -> None:
    from pathlib import Path

    from briefsite.extract.actors.recognise import recognise
    from briefsite.extract.actors.registry import load_registry

    text = ("Most children with disabilities are not getting an inclusive education, Human Rights Watch said "
            "in a report released today.")
    registry = load_registry(Path(__file__).resolve().parents[2] / "registry" / "actors.yml")[0]
    for institution, holder in (("Human Rights Watch", None), (None, "Human Rights Watch")):
        brief = Brief(BriefId("b"), "b.txt", Meta(title="T", institution=institution),
                      (Paragraph(1, text, None, 1),))
        result = recognise([brief], registry)
        found = {c.sentence.text: c.attributed_to
                 for c in extract_conclusions([brief], result.mentions, [], result.actors)}
        assert found.get(text, "not a conclusion") == holder, (institution, found)


def test_a_person_named_with_the_body_they_lead_holds_the_view() -> None:
    found = _with_actors(["According to IAMO Director Thomas Glauben, trade remains the key to food security."])
    assert found["According to IAMO Director Thomas Glauben, trade remains the key to food security."] \
        == "thomas-glauben"


def test_the_sentences_of_a_quotation_are_its_speakers_named_before_or_after_it() -> None:
    texts = ["Officials met in the capital today.",
             "According to Director Jane Doe, “Prices are rising fast. Governments must act now. The poor will suffer.”",
             "“The world agrees on the goal. We have a duty to act before it is too late,” said Ms Roe."]
    found = {c.sentence.text: c.attributed_to for c in extract_conclusions([_brief(texts)], [], [], [])}
    assert found["Governments must act now."] == "Jane Doe"
    assert found["The poor will suffer.”"] == "Jane Doe"
    assert found["“The world agrees on the goal."] == "Roe"

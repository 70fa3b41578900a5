"""Discovery of actors the registry lacks: strong signals found, common capitalised phrases never."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from briefsite.extract.actors.recognise import recognise
from briefsite.model import Actor, Brief, BriefId, Meta, Paragraph
from briefsite.extract.actors.registry import load_registry

ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def registry() -> tuple[Actor, ...]:
    return load_registry(ROOT / "registry" / "actors.yml")[0]


def without(*ids: str) -> tuple[Actor, ...]:
    return tuple(a for a in registry() if a.id not in ids)


def brief(*texts: str) -> Brief:
    return Brief(BriefId("b"), "b.txt", Meta(title="T"),
                 tuple(Paragraph(i, t, None, i) for i, t in enumerate(texts, 1)))


FOUND = [
    (("In response, Zhao Lijian, spokesperson for the Chinese Ministry of Foreign Affairs, objected.",),
     "zhao-lijian", "Zhao Lijian", "person", "chinese-foreign-ministry"),
    (("President Joko Widodo visited Seoul.",), "joko-widodo", "Joko Widodo", "person", None),
    (("I thank Dr Houssin for his leadership of the committee.",), "houssin", "Houssin", "person", None),
    (("Minister of Trade, Aroha Tane Ngata, objected.",), "aroha-tane-ngata", "Aroha Tane Ngata", "person", None),
    (("Foreign Minister Ann Linde of Sweden spoke.",), "ann-linde", "Ann Linde", "person", "sweden"),
    (("Kim Yo-jong, Vice Department Director of Workers’ Party of Korea, said so.",),
     "kim-yo-jong", "Kim Yo-jong", "person", "workers-party-of-korea"),
    (("the Institute for National Security Strategy (INSS) warned.",),
     "institute-for-national-security-strategy", "Institute for National Security Strategy", "organisation", None),
    (("The Liptako-Gourma Authority (LGA) met.",), "liptako-gourma-authority", "Liptako-Gourma Authority",
     "organisation", None),
    (("Omar Haddad arrived.", "Later Omar Haddad left."), "omar-haddad", "Omar Haddad", "person", None),
    # accented names, a name ending like an English word (-sion), an Arabic article
    (("President Nicolás Fernández spoke.",), "nicolas-fernandez", "Nicolás Fernández", "person", None),
    (("Its chairman Debretsion Gebremichael spoke.",), "debretsion-gebremichael", "Debretsion Gebremichael",
     "person", None),
    # a state's possessive before a full name
    (("Kenya's Amina Wanjiru met the envoy.",), "amina-wanjiru", "Amina Wanjiru", "person", None),
    (("Sudan's Abdel Rahim al-Tayeb arrived.",), "abdel-rahim-al-tayeb", "Abdel Rahim al-Tayeb", "person", None),
    # an apostrophe inside a word is dropped from the id, not made a hyphen
    (("The Tigray People's Liberation Front (TPLF) met.",), "tigray-peoples-liberation-front",
     "Tigray People's Liberation Front", "group", None),
    # a body named by its structure, once: modifiers then a head, or a head and its complement
    (("Information received since the Federal Open Market Committee met in June.",),
     "federal-open-market-committee", "Federal Open Market Committee", "organisation", None),
    (("The Board of Governors of the Federal Reserve System voted.",),
     "board-of-governors-of-the-federal-reserve-system", "Board of Governors of the Federal Reserve System",
     "organisation", None),
    (("The Department of Justice and the Department of Homeland Security agreed.",),
     "department-of-homeland-security", "Department of Homeland Security", "organisation", None),
    (("The Securities and Exchange Commission sued.",), "securities-and-exchange-commission",
     "Securities and Exchange Commission", "organisation", None),
    (("India's Tata Group bought it.",), "tata-group", "Tata Group", "organisation", None),
    # a state's name before a body's is the body's, and its affiliation
    (("The U.S. Department of Veterans Affairs pays.",), "department-of-veterans-affairs",
     "Department of Veterans Affairs", "organisation", "united-states"),
    # a middle initial makes a person; so does a list or a pair with a person in it
    (("It was signed by Jerome H. Powell.",), "jerome-h-powell", "Jerome H. Powell", "person", None),
    (("Voting were Jerome H. Powell, Chair; Michelle W. Bowman; Lael Brainard; and Randal K. Quarles.",),
     "lael-brainard", "Lael Brainard", "person", None),
    (("Historians Anne Applebaum and Timothy Snyder wrote; Anne Applebaum, the author, said so.",),
     "timothy-snyder", "Timothy Snyder", "person", None),
    (("Admiral John Aquilino spoke.",), "john-aquilino", "John Aquilino", "person", None),
]


@pytest.mark.parametrize(("texts", "actor_id", "name", "kind", "affiliation"), FOUND)
def test_discovered(texts: tuple[str, ...], actor_id: str, name: str, kind: str, affiliation: str | None) -> None:
    reg = without("zhao-lijian", "kim-yo-jong", "joko-widodo", "tigray-peoples-liberation-front")
    result = recognise([brief(*texts)], reg)
    by_id: dict[str, Actor] = {a.id: a for a in result.discovered}
    assert actor_id in by_id, result.discovery_notes
    actor = by_id[actor_id]
    assert (actor.name, actor.kind, actor.affiliation, actor.discovered) == (name, kind, affiliation, True)
    assert actor in result.actors
    assert any(m.target == actor_id for m in result.mentions)
    assert len(result.discovery_notes) == len(result.discovered)
    assert any(f"id '{actor_id}'" in n and n.startswith("b.txt:") for n in result.discovery_notes)


def test_defined_acronym_then_matches_alone() -> None:
    result = recognise([brief("The Liptako-Gourma Authority (LGA) met.", "The LGA agreed.")], registry())
    assert {(m.paragraph, m.surface) for m in result.mentions if m.target == "liptako-gourma-authority"} == {
        (1, "Liptako-Gourma Authority"), (1, "LGA"), (2, "LGA")}


def test_discovered_surname_resolves_after_full_name() -> None:
    result = recognise([brief("His envoy Keith Kellogg flew in.", "Kellogg's plan failed.")], registry())
    assert ("Kellogg", "keith-kellogg") in {(m.surface, m.target) for m in result.mentions if m.paragraph == 2}


NOT_FOUND = [
    "the end of the Cold War",
    "the New Year’s address",
    "the New Year's Address",
    "the Winter Olympics",
    "the “No Deal” Hanoi Summit",
    "the exhibition “Self-Defence 2021”",
    "the COVID-19 pandemic",
    "Internal Context. The borders are closed.",
    "Conclusions and Perspectives. Talks may resume.",
    "Approach to South Korea. Talks may resume.",
    "Relations with the U.S. Talks may resume.",
    "In September and October tests went on.",
    "On Monday and Tuesday tests went on.",
    "the Joint Comprehensive Plan of Action (JCPOA)",
    "the Armed Conflict Location and Event Data Project (ACLED)",
    "a submarine-launched ballistic missile (SLBM)",
    "the Korean Armistice Agreement",
    "the General Assembly",
    "Minister Park spoke.",
    "President Moon Jae-in spoke.",
    "the Comprehensive Strategic Partnership Treaty",
    "the Enhanced Defense Cooperation Agreement",
    "Northern Sea Route",
    "Second Thomas Shoal",
    "the Mission of the Commission",
    "Germany's Christian Democrats",
    "China's Belt and Road Initiative",
    "Russia's Black Sea Fleet",
    "Russia's Foreign Ministry",
    # laws, programmes, funds, publications, places and things are no actors
    "the Clean Air Act",
    "the Jobs Act",
    "the Department of Defense Appropriations Act",
    "the Nonprofit Security Grant Program (NSGP)",
    "the Disaster Relief Fund",
    "a Legal Sidebar",
    "the Federal Register",
    "Federal statutes apply.",
    "the Compacts of Free Association",
    "Fort Hood",
    "Los Angeles",
    "Gun Variant",
    "Market Research",
    "General Motors",
    "the Committee",
    "Mr President, I thank you.",
]


@pytest.mark.parametrize("phrase", NOT_FOUND)
def test_common_phrases_are_not_discovered(phrase: str) -> None:
    # Repeated in two paragraphs, so repetition alone would qualify them.
    result = recognise([brief(phrase, phrase)], registry())
    assert result.discovered == (), result.discovery_notes


def test_byline_names_are_actors_of_the_text() -> None:
    # The author and the publisher, named in the text or speaking as `I`, are its actors.
    b = Brief(BriefId("b"), "b.txt", Meta(title="T", authors=("Oskar Pietrewicz",), institution="PISM"),
              (Paragraph(1, "PISM was founded in 1996.", None, 1), Paragraph(2, "I think it matters.", None, 2),
               Paragraph(3, "“I will never yield,” the leader said.", None, 3)))
    result = recognise([b], registry())
    assert {(a.id, a.kind) for a in result.discovered} == {("oskar-pietrewicz", "person"), ("pism", "organisation")}
    assert [(m.target, m.paragraph, m.surface) for m in result.mentions] == [
        ("pism", 1, "PISM"), ("oskar-pietrewicz", 2, "I")]


def test_an_institution_is_known_by_the_acronym_its_text_defines() -> None:
    b = Brief(BriefId("b"), "b.txt", Meta(title="T", institution="Public Health England"),
              (Paragraph(1, "New analysis from Public Health England (PHE) out today.", None, 1),
               Paragraph(2, "PHE’s campaign is reaching out.", None, 2)))
    result = recognise([b], registry())
    (actor,) = result.discovered
    assert (actor.id, actor.aliases) == ("public-health-england", ("PHE",))
    assert sorted({m.paragraph for m in result.mentions}) == [1, 2]


@pytest.mark.parametrize("text, name", [
    ("Jane Austen the great novelist and Dorothy Hodgkin won prizes.", "Dorothy Hodgkin"),
    ("The hostages, Eugenio Vagni and others, were held.", "Eugenio Vagni"),
])
def test_a_given_name_makes_a_person_without_a_title(text: str, name: str) -> None:
    assert name in {a.name for a in recognise([brief(text)], registry()).discovered}


@pytest.mark.parametrize("text", ["Trade through Hong Kong grew.", "They met in Addis Ababa last week.",
                                  "Surveys of the Blake Plateau began."])
def test_places_that_open_with_a_given_name_are_not_people(text: str) -> None:
    assert recognise([brief(text)], registry()).discovered == ()


def test_a_mixed_case_name_that_acts_in_two_paragraphs_is_an_organisation() -> None:
    b = brief("DeepSeek spent only $5.6 million.", "DeepSeek’s models are cheap, unlike PyTorch tools.")
    (actor,) = recognise([b], registry()).discovered
    assert (actor.name, actor.kind) == ("DeepSeek", "organisation")


@pytest.mark.parametrize(("texts", "actor_id", "short"), [
    (("The U.S. Central Command area of responsibility is vast.", "Centcom supported the envoy."),
     "central-command", "Centcom"),
    (("The European Union Agency for Law Enforcement Cooperation met.", "EUROPOL agreed."),
     "european-union-agency-for-law-enforcement-cooperation", None),  # not the starts of its words
    (("The Northern Fleet Command sailed.", "Nortcom reported it."), "northern-fleet-command", None),  # a word skipped
])
def test_a_body_is_known_by_the_clipped_compound_of_its_name(texts: tuple[str, ...], actor_id: str,
                                                            short: str | None) -> None:
    result = recognise([brief(*texts)], registry())
    by_id: dict[str, Actor] = {a.id: a for a in result.discovered}
    assert actor_id in by_id, [a.id for a in result.discovered]
    if short is None:
        assert not any(m.paragraph == 2 and m.target == actor_id for m in result.mentions)
    else:
        assert short in by_id[actor_id].aliases
        assert {(m.paragraph, m.surface) for m in result.mentions if m.target == actor_id} >= {(2, short)}


def test_a_groups_state_word_is_part_of_its_name() -> None:
    result = recognise([brief("The Kurdish Liberation Front and the Syrian Resistance Movement met in Raqqa.")],
                       registry())
    names = {a.name: a.affiliation for a in result.discovered}
    assert names.get("Syrian Resistance Movement", "missing") is None, names


def test_a_body_named_in_the_singular_is_the_one_named_in_the_plural() -> None:
    result = recognise([brief("The Free Valley Forces took the town.", "Free Valley Force partners held it.")],
                       registry())
    found = [a for a in result.discovered if a.id.startswith("free-valley")]
    assert [(a.id, "Free Valley Force" in a.aliases) for a in found] == [("free-valley-forces", True)]
    assert {m.paragraph for m in result.mentions if m.target == "free-valley-forces"} == {1, 2}


def test_a_family_name_with_an_accent_is_found_alone_after_the_full_name() -> None:
    result = recognise([brief("Protests against President Faure Gnassingbé grew.", "Gnassingbé is the last one.")],
                       registry())
    assert {(m.paragraph, m.surface) for m in result.mentions if m.target == "faure-gnassingbe"} == {
        (1, "Faure Gnassingbé"), (2, "Gnassingbé")}


def test_an_acronym_defined_inside_a_treatys_name_makes_no_actor() -> None:
    result = recognise([brief("The Administration will withdraw from the Intermediate-range Nuclear Forces (INF) "
                              "Treaty, and from the Open Skies Monitoring Commission (OSMC) Agreement.")], registry())
    assert [a.id for a in result.discovered] == [], [a.id for a in result.discovered]


def test_an_acronym_that_leaves_out_the_department_names_the_whole_department() -> None:
    # the body named first in a list, then defined with initials of its last words only
    result = recognise([brief("Input came from the Commission on Care, veterans groups, and the Department of "
                              "Regional Waterways (RW), and leaders reached a compromise.", "The RW has announced "
                              "draft standards.")], registry())
    assert {(m.paragraph, m.surface) for m in result.mentions if m.target == "department-of-regional-waterways"} == {
        (1, "Department of Regional Waterways"), (1, "RW"), (2, "RW")}

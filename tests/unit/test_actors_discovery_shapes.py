"""Discovery of actors by the shape of their names (issue 11): honorifics before a person's
name, names cut short or run on, and events, titles and things that are no actors."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from briefsite.extract.actors.recognise import recognise
from briefsite.extract.actors.registry import load_registry
from briefsite.model import Actor, Brief, BriefId, Meta, Paragraph

ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def registry() -> tuple[Actor, ...]:
    return load_registry(ROOT / "registry" / "actors.yml")[0]


def brief(*texts: str) -> Brief:
    return Brief(BriefId("b"), "b.txt", Meta(title="T"),
                 tuple(Paragraph(i, t, None, i) for i, t in enumerate(texts, 1)))


def discovered(*texts: str) -> dict[str, Actor]:
    return {a.id: a for a in recognise([brief(*texts)], registry()).discovered}


@pytest.mark.parametrize(("text", "actor_id"), [
    ("Professor Kevin Fenton, Director of Health at the agency, said:", "kevin-fenton"),
    ("Professor Sir Muir Gray, Clinical Adviser for the campaign, said:", "muir-gray"),
    ("In senior roles we have Dame Sue Ion, Chair of the Advisory Board.", "sue-ion"),
    ("Lord Hennessy opened the debate.", "hennessy"),
])
def test_an_honorific_is_a_title_not_part_of_the_name(text: str, actor_id: str) -> None:
    found = discovered(text)
    assert actor_id in found, sorted(found)
    assert not any(i.startswith(("professor", "sir-", "dame", "lord")) for i in found), sorted(found)


@pytest.mark.parametrize(("text", "actor_id", "not_id"), [
    ("The priorities laid out by the Office of the U.S. Trade Representative bore a resemblance.",
     "office-of-the-u-s-trade-representative", "office-of-the-u-s-trade"),
    ("The Office of the Special Envoy closed.", "office-of-the-special-envoy", "office-of-the-special"),
    # a title after the complement, then a person: the title is the person's
    ("The Department of Regional Waterways Secretary Jane Moreau spoke.", "department-of-regional-waterways",
     "department-of-regional-waterways-secretary"),
])
def test_the_office_of_a_post_is_named_with_the_post(text: str, actor_id: str, not_id: str) -> None:
    found = discovered(text)
    assert actor_id in found and not_id not in found, sorted(found)


@pytest.mark.parametrize(("text", "actor_id", "not_id"), [
    ("Delegates of the Cambodia Ministry of Agriculture, Forestry, and Fisheries (MAFF) spoke.",
     "ministry-of-agriculture-forestry-and-fisheries", "ministry-of-agriculture"),
    ("A Council of Policy Analysts in the ASEAN region (CPAAR) was set up.",
     "council-of-policy-analysts-in-the-asean-region", "council-of-policy-analysts-in-the-asean"),
])
def test_a_name_runs_on_to_the_acronym_defined_for_all_of_it(text: str, actor_id: str, not_id: str) -> None:
    found = discovered(text)
    assert actor_id in found and not_id not in found, sorted(found)


def test_a_list_after_a_name_with_its_own_acronym_stays_a_list() -> None:
    found = discovered("The Ministry of Health (MoH), Finance, and Trade (FT) met.")
    assert "ministry-of-health" in found and not any("finance" in i for i in found), sorted(found)


def test_a_name_only_ever_after_the_is_an_events_not_a_persons() -> None:
    text = "Asylum seekers arrived during what is known as the Mariel Boatlift, when the regime let them go."
    assert "mariel-boatlift" not in discovered(text, "Later came the Mariel Boatlift.")


def test_a_persons_name_after_the_before_a_noun_is_still_a_person() -> None:
    found = discovered("The decision of the Omar Haddad regime mattered.", "The Omar Haddad government fell.")
    assert "omar-haddad" in found, sorted(found)


@pytest.mark.parametrize("text", ["Canberra signed the Falepili Union treaty with Tuvalu.",
                                  "The Coral Sea Alliance agreement was renewed."])
def test_a_name_before_a_treatys_noun_is_the_treatys(text: str) -> None:
    assert discovered(text) == {}


def test_a_body_before_a_verb_is_a_body() -> None:
    assert "coral-sea-alliance" in discovered("The Coral Sea Alliance agreed to meet.")


def test_a_verb_in_ing_that_opens_the_sentence_is_not_part_of_the_name() -> None:
    texts = ("The United States and U.S. officials agree.", "Getting Congress to approve the deal comes first.")
    result = recognise([brief(*texts)], registry())
    assert not result.discovered, [a.id for a in result.discovered]
    assert ("Congress", "us-congress") in {(m.surface, m.target) for m in result.mentions if m.paragraph == 2}


def test_a_word_in_ing_inside_a_sentence_stays_in_the_name() -> None:
    assert "national-mapping-agency" in discovered("Officials of the National Mapping Agency met.")


def test_a_mixed_case_publication_is_no_organisation() -> None:
    assert discovered("HillNotes will feature maps.", "HillNotes builds on a tradition.") == {}


def test_a_persons_given_names_alone_are_that_person() -> None:
    texts = ("The workers, Mary Jean Lacaba, Eugenio Vagni and Andreas Notter, are held.",
             "“Please release Mary Jean, Eugenio and Andreas,” said the president.")
    result = recognise([brief(*texts)], registry())
    assert "mary-jean" not in {a.id for a in result.discovered}
    assert ("Mary Jean", "mary-jean-lacaba") in {(m.surface, m.target) for m in result.mentions if m.paragraph == 2}


def test_a_known_persons_given_names_make_no_new_person() -> None:
    # the registry's Abdel Fattah el-Sisi (and al-Burhan)
    assert "abdel-fattah" not in discovered("Later Abdel Fattah left.", "Then Abdel Fattah spoke.")


def test_a_party_leader_named_once_is_a_person_and_his_surname_after_is_him() -> None:
    found = discovered("The government is showing a double standard, says ACT Leader Richard Prebble.",
                       "Green Party Co-Leader Jeanette Fitzsimons said it.", "It is wrong, said Mr Prebble.")
    assert {"richard-prebble", "jeanette-fitzsimons"} <= set(found) and "prebble" not in found
    assert all(found[i].kind == "person" for i in ("richard-prebble", "jeanette-fitzsimons"))


@pytest.mark.parametrize(("text", "actor_id", "alias"), [
    ("Representatives of Federated Growers of Lakeland (Inc.) (FGL) met in the capital.", "federated-growers-of-lakeland", "FGL"),
    ("Physicians for Clean Water (PCW) said the wells were unsafe.", "physicians-for-clean-water", "PCW"),
    ("The Harbour Pilots Company (Ltd) (HPC) refused the contract.", "harbour-pilots-company", "HPC"),
])
def test_a_body_of_members_or_with_its_legal_form_is_defined_by_its_acronym(text: str, actor_id: str, alias: str) -> None:
    found = discovered(text)
    assert actor_id in found and alias in found[actor_id].aliases, sorted(found)
    assert found[actor_id].kind == "organisation"


@pytest.mark.parametrize("text", [
    "Critical Infrastructure Sectors (CIS) were named in the plan.",
    "Prisoners of War (POWs) were exchanged.",
    "Joint Statement of General Principles Agreed by the two federations.",
])
def test_things_named_with_an_acronym_or_after_a_rank_word_are_no_actors(text: str) -> None:
    found = discovered(text)
    assert not {"critical-infrastructure-sectors", "prisoners-of-war", "principles-agreed"} & set(found), sorted(found)


@pytest.mark.parametrize(("text", "actor_id"), [
    ("Former Secretary of State Dorothy Kellerman and her deputy announced the task force.", "dorothy-kellerman"),
    ("Secretary of the Army Daniel Okafor visited the base.", "daniel-okafor"),
    ("Minister for Foreign Affairs and Trade Penelope Varga spoke first.", "penelope-varga"),
])
def test_a_name_after_a_title_and_its_office_is_a_person(text: str, actor_id: str) -> None:
    found = discovered(text)
    assert actor_id in found and found[actor_id].kind == "person", sorted(found)
    assert not {"state-dorothy-kellerman", "army-daniel-okafor"} & set(found)

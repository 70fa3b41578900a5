"""Names that name an actor only in context: short names settled by the brief's state, a
body's head noun after `the`, a state's name inside a body's name, a publisher the registry lists."""

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


def brief(*texts: str, institution: str | None = None) -> Brief:
    return Brief(BriefId("b"), "b.txt", Meta(title="T", institution=institution),
                 tuple(Paragraph(i, t, None, i) for i, t in enumerate(texts, 1)))


def tags(*texts: str, institution: str | None = None) -> list[set[tuple[str, str]]]:
    """Return, per paragraph, {(surface, actor id)}."""
    result = recognise([brief(*texts, institution=institution)], registry())
    return [{(m.surface, m.target) for m in result.mentions if m.paragraph == n} for n in range(1, len(texts) + 1)]


CASES = [
    # `Congress` is the legislature of the state the brief is about ...
    (("The United States and U.S. officials disagree.", "Congress may act; the Senate voted."),
     1, {("Congress", "us-congress"), ("Senate", "us-senate")}),
    # ... and names nothing the registry knows in a brief about another state
    (("Peru and Lima disagree; Peru's president spoke.", "Congress may act."), 1, set()),
    (("South Korea's South Korean voters.", "The National Assembly passed it."), 1,
     {("National Assembly", "south-korean-national-assembly")}),
    # `the Committee` after `the Federal Open Market Committee`: the body of that head named last
    (("The Federal Open Market Committee met.", "The Committee decided; the Committee’s view held."), 1,
     {("Committee", "federal-open-market-committee")}),
    # a house style that lower-cases short names: `the commission` after `the European Commission`
    (("The European Commission’s plan is out.", "Sharing the burden is the commission’s job."), 1,
     {("commission", "european-commission")}),
    # but `the agency` in lower case may be any agency (one named by its acronym): nobody
    (("The European Space Agency flew.", "The agency will fly again."), 1, set()),
    # any capitalised head of a body's name named before, not only an organisation noun
    (("The International Monetary Fund met.", "Directors welcomed the Fund’s plans."), 1,
     {("Fund", "imf")}),
    # but not the head of a seat of government (`the House` is not the White House), nor a word
    # of a state's name (`the State` is not the Islamic State)
    (("The White House said so.", "The House passed the bill."), 1, set()),
    (("The Islamic State struck.", "The State must protect them."), 1, set()),
    # a head with no body of its own named before is nobody
    (("The Committee decided.",), 0, set()),
    # a state's name before a body's is part of the body's name, not a mention of the state
    (("The U.S. Department of Veterans Affairs pays; the Department of Veterans Affairs agrees.",), 0,
     {("U.S. Department of Veterans Affairs", "department-of-veterans-affairs"),
      ("Department of Veterans Affairs", "department-of-veterans-affairs")}),
    # the head alone after its full name: `the Board of Governors` is the body that starts so
    (("The Board of Governors of the Federal Reserve System voted.", "The Board of Governors approved."), 1,
     {("Board of Governors", "board-of-governors-of-the-federal-reserve-system")}),
    # `the President`: the person the brief named last with that title
    (("President Biden spoke.", "The President and his team agreed; the President of Peru did not."), 1,
     {("President", "joe-biden"), ("Peru", "peru")}),
    # the title with its office before the name, set off by a comma; then `the Chairperson` alone
    (("The Chairperson of the Commission of the Regional Union, Amadou Traoré Diallo, is concerned.",
      "The Chairperson strongly condemns the attack."), 1, {("Chairperson", "amadou-traore-diallo")}),
    (("“We object,” said Minister of Foreign Affairs, Aroha Tane Ngata.", "The Minister said more would follow."), 1,
     {("Minister", "aroha-tane-ngata")}),
    # `the government`: of the state the brief is most about, not `the government of` another
    (("Peru held elections; Peru's voters came out.", "The government banned protests; the government of Chile did not."),
     1, {("The government", "peru"), ("Chile", "chile")}),
    # one plural head for two bodies named before
    (("The Department of Justice and the Department of Homeland Security agreed.",
      "A rule from the Departments of Justice and Homeland Security applies."), 1,
     {("Justice", "department-of-justice"), ("Homeland Security", "department-of-homeland-security")}),
]


@pytest.mark.parametrize(("texts", "index", "expected"), CASES)
def test_context(texts: tuple[str, ...], index: int, expected: set[tuple[str, str]]) -> None:
    assert tags(*texts)[index] == expected


def test_federal_statutes_name_no_actor() -> None:
    assert tags("Federal statutes and the Clean Air Act apply in Los Angeles.") == [set()]


def test_a_publisher_the_registry_lists_is_an_actor_of_its_text() -> None:
    assert tags("The White House convened officials.", institution="The White House") == [
        {("White House", "white-house")}]


def test_a_publisher_the_registry_lacks_is_an_actor_of_its_text() -> None:
    result = recognise([brief("The Institute for Korean Studies said so.", institution="Institute for Korean Studies")],
                       registry())
    assert [(a.id, a.kind) for a in result.discovered] == [("institute-for-korean-studies", "organisation")]
    assert [m.surface for m in result.mentions] == ["Institute for Korean Studies"]


def test_a_part_of_a_web_address_names_no_actor() -> None:
    assert tags("Details are on GOV.UK and at nato.int; the UK agreed.") == [{("UK", "united-kingdom")}]


def test_the_head_of_the_publishers_name_is_the_publisher() -> None:
    texts = ("The Library of Canadian Records is pleased to launch it.", "The Library’s economists will write.")
    assert tags(*texts, institution="Library of Canadian Records")[1] == {("Library", "library-of-canadian-records")}


def _pair_brief(*texts: str) -> Brief:
    return Brief(BriefId("b"), "b.txt", Meta(title="T"), tuple(Paragraph(i, t, None, i) for i, t in enumerate(texts, 1)))


def test_both_countries_are_the_two_states_a_bilateral_brief_names_most() -> None:
    texts = ("Australia and New Zealand signed the accord in Canberra.", "New Zealand and Australia met again; "
             "Japan sent an observer.", "Both countries agreed to meet. The two Governments will report.")
    result = recognise([_pair_brief(*texts)], registry())
    third = {m.target for m in result.mentions if m.paragraph == 3}
    assert third == {"australia", "new-zealand"}
    surfaces = sorted({m.surface for m in result.mentions if m.paragraph == 3})
    assert surfaces == ["Both countries", "The two Governments"]


def test_no_pair_when_a_third_state_is_named_as_often() -> None:
    texts = ("Australia, Japan and New Zealand met.", "Both countries agreed.")
    result = recognise([_pair_brief(*texts)], registry())
    assert not [m for m in result.mentions if m.paragraph == 2]

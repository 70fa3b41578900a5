"""Who issued a statement without a byline: ingest/issuer.py on titles and first sentences."""

from __future__ import annotations

import pytest

from briefsite.ingest.issuer import Issuer, issuer, without_archive_mark


@pytest.mark.parametrize(("title", "opening", "by", "text", "want"), [
    ("Statement by the Secretary General of the Alliance on the Summit", [], "", "",
     Issuer((), None)),  # an office alone names no one
    ("PRESS STATEMENT BY SECURITY COUNCIL PRESIDENT ON RECENT ATTACKS",
     ["Following is today's press statement by the Security Council President, Jane Doe (Norway):"], "", "",
     Issuer(("Jane Doe",), "Security Council")),
    ("Press Statement by the Regional Security Council on the Border", [], "", "",
     Issuer((), "Regional Security Council")),
    ("Remarks by President Jane Doe at the Summit", [], "", "", Issuer(("Jane Doe",), None)),
    ("", ["The ACME Secretary General, Dr. Jane Doe, welcomes the news."], "ACME Secretary General", "",
     Issuer(("Jane Doe",), "ACME")),
    ("A Statement on the Prize", ["(Oslo, 7 October 2016) ACME warmly congratulates the winner."], "",
     "The Alliance for Conflict Monitoring Estimates (ACME) is an institute.",
     Issuer((), "Alliance for Conflict Monitoring Estimates")),
    ("New Series of Notes", ["The Library of the Assembly is pleased to launch a new series."], "", "",
     Issuer((), "Library of the Assembly")),
    ("New Series of Notes", ["The minister is pleased to launch a new series."], "", "", Issuer((), None)),
    ("Press statement on a Treaty", ["Geneva, 30 March 2021 - Today, Jane Doe, Secretary General of the Federation of "
                                     "Relief Societies (FRS), said:"], "", "", Issuer(("Jane Doe",), "FRS")),
    ("Minister outlines next steps", ["The Tánaiste and Minister for Foreign Affairs, Jane Doe TD, has welcomed the "
                                      "conclusions.", "The Tánaiste said:"], "", "", Issuer(("Jane Doe",), None)),
    ("ACME Chair-in-Office welcomes the agreement", ["BERN - The chair has welcomed it."], "", "",
     Issuer((), "ACME")),
    ("", ["Geneva (ACME) – The International Committee for Relief (ACME) is concerned about the fighting."], "", "",
     Issuer((), "International Committee for Relief")),
    ("Relief Group Appeals", ["Geneva/ Manila (ACME) – The ACME has again appealed to the group."], "", "",
     Issuer((), "ACME")),
    ("ACME welcomes the agreement", ["Didier Doe, Foreign Minister, has welcomed it. “It is a step,” Doe said."], "", "",
     Issuer((), "ACME")),  # a name reported in the third person is no author
    ("", ["Capital, 18 December 2016 – The Hon. Jane Doe, Minister of Health; the Hon. John Roe, Minister of Trade; "
          "and the Hon. Ann Poe, Minister of Finance, today issued the following statement:"], "", "",
     Issuer(("Jane Doe", "John Roe", "Ann Poe"), None)),  # a minister's portfolio is no body
    ("", ["BRONX, NY—Representative Jane Doe, Chairman of the House Committee on Trade, today released the following "
          "statement on the announcement:"], "", "", Issuer(("Jane Doe",), "House Committee on Trade")),
    ("The Foreign Office on the situation", ["A Foreign Office Spokesperson issued the following statement today "
                                             "(10 May) regarding the attacks:"], "", "", Issuer((), "Foreign Office")),
    ("Return to the Agreement (Statement by Foreign Minister DOE Jane)", [], "", "", Issuer(("DOE Jane",), None)),
    ("Statement by Commission President von der Doe following the announcement", [], "", "",
     Issuer(("von der Doe",), None)),
    ("", ["The Chairperson of the Commission of the Regional Union, Jane Doe, is extremely concerned by the fighting."],
     "", "", Issuer((), "Commission of the Regional Union")),  # reported in the third person: the body, no author
    ("ACME Director-General's statement on the Emergency Committee", [], "", "Image: Dr Jane Doe. Director-General ACME",
     Issuer(("Jane Doe",), "ACME")),  # a possessive title; the holder named beside the office, before or after it
    ("Statement by the Spokesperson of the High Representative Jane Doe following the election",
     ["CAPITAL, Country, May 20, 2014/Press Agency (PA)/ — In the context of the election, the Spokesperson of the "
      "High Representative Jane Doe, made today the following statement:"], "", "", Issuer((), None)),
    ("Education Barriers for Children", ["Video: Barriers", "(Capital) – A majority of children are not in school, "
                                         "Rights Monitor International said in a report released today."], "", "",
     Issuer((), "Rights Monitor International")),  # the body a press release reports as saying its first sentence
    ("Talks Resume", ["Talks resumed on the border, Jane Doe said today."], "", "", Issuer((), None)),  # a person
    # the issuing body acting today in the first sentence, as a press release has it
    ("Refugee Day", ["The Greens have recognised World Refugee Day today, saying it should mark a start."], "", "",
     Issuer((), "Greens")),
    ("A Team for the Senate", ["The Rural Party today launched its Senate team in the capital."], "", "",
     Issuer((), "Rural Party")),
    ("A Team for the Senate", ["The United States today launched a new fund."], "", "", Issuer((), None)),  # a place
    ("A Team for the Senate", ["Jane Doe today announced a new fund."], "", "", Issuer((), None)),  # a person
])
def test_issuer(title: str, opening: list[str], by: str, text: str, want: Issuer) -> None:
    assert issuer(title, opening, by, text) == want


def test_archive_mark() -> None:
    assert without_archive_mark("Britain and the World (Archived)") == "Britain and the World"
    assert without_archive_mark("Archived Papers of the Council") == "Archived Papers of the Council"


def test_a_body_speaking_of_itself_as_the_committee_is_the_institution() -> None:
    text = ("Information received since the Regional Monetary Policy Committee met in June indicates growth. "
            "The Committee seeks to foster stability. The Committee decided to lower the rate. "
            "The Committee will act as appropriate.")
    assert issuer("Policy statement", [text], "", text) == Issuer((), "Regional Monetary Policy Committee")
    # a brief about a council that acts only twice names no institution
    text = "The Security Council met. The Council condemned the attack. The Council will meet again."
    assert issuer("A Meeting", [text], "", text).institution is None


def test_a_publisher_citing_its_own_analysis_is_the_institution() -> None:
    text = "Rains failed again. Sahel Watch Group’s analysis finds that clashes rose by half."
    assert issuer("The Climate Factor", [text], "", text).institution == "Sahel Watch Group"
    # two bodies' findings, or a person's, name no institution
    two = text + " The Dryland Research Institute’s data shows the same."
    assert issuer("The Climate Factor", [two], "", two).institution is None
    person = "Jane Doe’s research shows that clashes rose."
    assert issuer("The Climate Factor", [person], "", person).institution is None

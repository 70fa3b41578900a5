"""Who issued a statement without a byline: ingest/issuer.py on titles and first sentences."""

from __future__ import annotations

import pytest

from briefsite.ingest.issuer import Issuer, issuer, without_archive_mark


@pytest.mark.parametrize(("title", "opening", "by", "text", "want"), [
    ("Statement by the Secretary General of the Alliance on the Summit", [], "", "",
     Issuer(None, None)),  # an office alone names no one
    ("PRESS STATEMENT BY SECURITY COUNCIL PRESIDENT ON RECENT ATTACKS",
     ["Following is today's press statement by the Security Council President, Jane Doe (Norway):"], "", "",
     Issuer("Jane Doe", "Security Council")),
    ("Press Statement by the Regional Security Council on the Border", [], "", "",
     Issuer(None, "Regional Security Council")),
    ("Remarks by President Jane Doe at the Summit", [], "", "", Issuer("Jane Doe", None)),
    ("", ["The ACME Secretary General, Dr. Jane Doe, welcomes the news."], "ACME Secretary General", "",
     Issuer("Jane Doe", "ACME")),
    ("A Statement on the Prize", ["(Oslo, 7 October 2016) ACME warmly congratulates the winner."], "",
     "The Alliance for Conflict Monitoring Estimates (ACME) is an institute.",
     Issuer(None, "Alliance for Conflict Monitoring Estimates")),
    ("New Series of Notes", ["The Library of the Assembly is pleased to launch a new series."], "", "",
     Issuer(None, "Library of the Assembly")),
    ("New Series of Notes", ["The minister is pleased to launch a new series."], "", "", Issuer(None, None)),
    ("Press statement on a Treaty", ["Geneva, 30 March 2021 - Today, Jane Doe, Secretary General of the Federation of "
                                     "Relief Societies (FRS), said:"], "", "", Issuer("Jane Doe", "FRS")),
    ("Minister outlines next steps", ["The Tánaiste and Minister for Foreign Affairs, Jane Doe TD, has welcomed the "
                                      "conclusions.", "The Tánaiste said:"], "", "", Issuer("Jane Doe", None)),
    ("ACME Chair-in-Office welcomes the agreement", ["BERN - The chair has welcomed it."], "", "",
     Issuer(None, "ACME")),
    ("", ["Geneva (ACME) – The International Committee for Relief (ACME) is concerned about the fighting."], "", "",
     Issuer(None, "International Committee for Relief")),
    ("Relief Group Appeals", ["Geneva/ Manila (ACME) – The ACME has again appealed to the group."], "", "",
     Issuer(None, "ACME")),
    ("ACME welcomes the agreement", ["Didier Doe, Foreign Minister, has welcomed it. “It is a step,” Doe said."], "", "",
     Issuer(None, "ACME")),  # a name reported in the third person is no author
])
def test_issuer(title: str, opening: list[str], by: str, text: str, want: Issuer) -> None:
    assert issuer(title, opening, by, text) == want


def test_archive_mark() -> None:
    assert without_archive_mark("Britain and the World (Archived)") == "Britain and the World"
    assert without_archive_mark("Archived Papers of the Council") == "Archived Papers of the Council"

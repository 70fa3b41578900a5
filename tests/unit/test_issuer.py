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
])
def test_issuer(title: str, opening: list[str], by: str, text: str, want: Issuer) -> None:
    assert issuer(title, opening, by, text) == want


def test_archive_mark() -> None:
    assert without_archive_mark("Britain and the World (Archived)") == "Britain and the World"
    assert without_archive_mark("Archived Papers of the Council") == "Archived Papers of the Council"

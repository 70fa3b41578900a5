"""Heads of ministers' and members' media releases, numbered titles and dated contact lines:
the layouts of blind-11, written with made-up names and texts."""

from __future__ import annotations

import pytest

from briefsite.repair.briefs import repair
from tests.unit.test_metadata_layouts import BODY, raw


def test_a_release_label_over_an_honourable_member_names_the_author() -> None:
    text = (f"MEDIA RELEASE\nThe Hon Jane Citizen MP\nParliamentary Secretary to the Minister for Trade\n"
            f"XY 04 079    Saturday 27 November 2004\nRegion readies for the storm season\n\n{BODY}\n")
    brief, _ = repair(raw(text))
    assert (brief.meta.title, brief.meta.authors, brief.meta.date, brief.meta.report_number) == (
        "Region readies for the storm season", ("Jane Citizen",), "2004-11-27", "XY 04 079")
    assert [p.text for p in brief.paragraphs] == [BODY]


def test_a_joint_release_names_each_member_over_the_title() -> None:
    text = ("JOINT MEDIA RELEASE\nRobert Example MP\nShadow Minister for Island Affairs\nAnna Sample MP\n"
            f"Shadow Minister for the Environment, Heritage and Water\n5 January 2006\nParty announces a strategy\n\n{BODY}\n")
    brief, _ = repair(raw(text))
    assert (brief.meta.title, brief.meta.authors, brief.meta.date) == (
        "Party announces a strategy", ("Robert Example", "Anna Sample"), "2006-01-05")
    assert [p.text for p in brief.paragraphs] == [BODY]


def test_a_member_without_a_release_label_is_read_as_before() -> None:
    brief, _ = repair(raw(f"Jane Citizen MP\nShadow Minister for Trade\nA Plan for Exporters\n\n{BODY}\n"))
    assert brief.meta.title != "Shadow Minister for Trade"


@pytest.mark.parametrize(("head", "title", "number"), [
    ("113 Joint Statement by Two Federations", "Joint Statement by Two Federations", "113"),
    ("1 Harbour Statement", "Harbour Statement", "1"),
    ("Minister Pursues Reform in Refugee Arrangements MPS 100/2000", "Minister Pursues Reform in Refugee Arrangements",
     "MPS 100/2000"),
    ("10 Questions on the Ceasefire", "10 Questions on the Ceasefire", None),
    ("3 Key Takeaways from the Summit", "3 Key Takeaways from the Summit", None),
    ("1 Year On from the Coup", "1 Year On from the Coup", None),
    ("2024 Budget Outlook", "2024 Budget Outlook", None),
    ("Climate Talks at COP 28", "Climate Talks at COP 28", None),
])
def test_a_number_printed_with_the_title_is_the_document_number(head: str, title: str, number: str | None) -> None:
    brief, _ = repair(raw(f"{head}\nCanberra, 20 March 1978\n\n{BODY}\n"))
    assert (brief.meta.title, brief.meta.report_number) == (title, number)


def test_the_date_on_the_contacts_line_dates_the_release() -> None:
    text = (f"News Room\nA Minister Leaves for Talks\n\n{BODY}\n\n30 September 2000 Media Contact: Sam Example "
            "(02) 6277 0000\n\nMedia Release Index\n")
    brief, _ = repair(raw(text))
    assert (brief.meta.title, brief.meta.date) == ("A Minister Leaves for Talks", "2000-09-30")
    assert [p.text for p in brief.paragraphs] == [BODY]
    assert "Press contacts" in [a.label for a in brief.asides]


def test_a_web_menu_above_the_title_is_page_furniture() -> None:
    text = (f"Media centre\nNews Releases\nReporters' toolkit\nHot topics\nPress contacts\n"
            f"Joint Statement on the Day of Zero Tolerance to Harmful Practices\n\n{BODY}\n")
    brief, _ = repair(raw(text))
    assert brief.meta.title == "Joint Statement on the Day of Zero Tolerance to Harmful Practices"
    assert [p.text for p in brief.paragraphs] == [BODY]


def test_a_title_and_byline_of_short_lines_are_no_menu() -> None:
    brief, _ = repair(raw(f"Water Wars\nJane Citizen\nJohn Example\nLakeside Institute\nMarch 2025\n\n{BODY}\n"))
    assert (brief.meta.title, brief.meta.authors) == ("Water Wars", ("Jane Citizen", "John Example"))


def test_a_byline_set_in_columns_is_read_column_by_column() -> None:
    text = ("Joint Statement on the Day of Zero Tolerance to Harmful Practices\nUNXF    UNYA\n"
            "Executive Director    Executive Director\nDr. Jane Citizen    Anthony Marlow\n\n"
            f"NEW YORK, 6 February 2011 - {BODY}\n")
    brief, _ = repair(raw(text))
    assert brief.meta.authors == ("Jane Citizen", "Anthony Marlow")
    assert brief.meta.date == "2011-02-06"


def test_a_skip_link_and_a_letterhead_in_capitals_stand_over_the_title() -> None:
    brief, _ = repair(raw(f"Skip to Main Navigation\nStatement October 19, 2019\nStatement from Lakeside Bank President "
                          f"Jane Citizen on the Annual Meetings\n\n{BODY}\n"))
    assert (brief.meta.title, brief.meta.authors, brief.meta.date) == (
        "Statement from Lakeside Bank President Jane Citizen on the Annual Meetings", ("Jane Citizen",), "2019-10-19")
    brief, _ = repair(raw(f"THE LAKESIDE BANK\nJoint Statement from the Lakeside Bank and the Fund on Debt Relief\n\n{BODY}\n"))
    assert (brief.meta.title, brief.meta.institution) == (
        "Joint Statement from the Lakeside Bank and the Fund on Debt Relief", "THE LAKESIDE BANK")

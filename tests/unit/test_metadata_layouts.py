"""The plain-text head layouts of real publishers, one row each: what `read_head` must read.

The heads are written for these tests in the ways think tanks, international organisations
and government research services lay out a brief pasted from its PDF; none is copied. Each
row gives the head, then title, authors, institution, date and report number, and the first
body line (the line the paragraphs must start with).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from briefsite.ingest.metadata import read_head
from briefsite.model import Meta, RawBrief, SourceLine
from briefsite.repair.briefs import repair
from briefsite.site.citations import family_name

BODY = "The government announced on Monday that it would extend the programme for two more years."


class Case(NamedTuple):
    head: str
    title: str
    authors: tuple[str, ...] = ()
    institution: str | None = None
    date: str | None = None
    report: str | None = None


LAYOUTS: dict[str, Case] = {
    # Title and byline, with and without a blank line.
    "byline after a blank line": Case(
        "Holding the Line in the Baltic\n\nKatarzyna Nowak, Polish Institute of Eastern Affairs\n",
        "Holding the Line in the Baltic", ("Katarzyna Nowak",), "Polish Institute of Eastern Affairs"),
    "byline directly under the title": Case(
        "Cross-Strait Tensions and the Risk of Miscalculation\nLin Mei-hua, Institute for Regional Studies\n",
        "Cross-Strait Tensions and the Risk of Miscalculation", ("Lin Mei-hua",), "Institute for Regional Studies"),
    # Titles wrapped over two or three lines.
    "title over two lines": Case(
        "Water, Power and Borders: Managing the\nMekong after the Drought\n\nNguyen Thi Lan (Senior Fellow, "
        "Mekong Policy Centre)\n",
        "Water, Power and Borders: Managing the Mekong after the Drought", ("Nguyen Thi Lan",), "Mekong Policy Centre"),
    "title over three lines, no blank before the byline": Case(
        "The European Union and\nthe Western Balkans:\nEnlargement as Geopolitics\nBy Marko Petrović\n",
        "The European Union and the Western Balkans: Enlargement as Geopolitics", ("Marko Petrović",)),
    # `By A and B`, `Name, Job title, Institution`, `Name (Job title, Institution)`.
    "By A and B": Case(
        "Rethinking Sanctions on Myanmar\n\nBy Aung Min Thu and Sarah Collins\n",
        "Rethinking Sanctions on Myanmar", ("Aung Min Thu", "Sarah Collins")),
    "By A, B and C, Institution": Case(
        "A Fragile Truce in Sudan\n\nBy Amira Hassan, Jonas Berg, and Fatou Ndiaye, Horn Policy Institute\n",
        "A Fragile Truce in Sudan", ("Amira Hassan", "Jonas Berg", "Fatou Ndiaye"), "Horn Policy Institute"),
    "Name, Job title, Institution": Case(
        "Why the Sahel Matters to Europe\n\nJane Whitfield, Senior Research Fellow, Royal Institute of "
        "International Affairs\n",
        "Why the Sahel Matters to Europe", ("Jane Whitfield",), "Royal Institute of International Affairs"),
    "Name (Job title, Institution)": Case(
        "Korea's Nuclear Debate\n\nSoo-Ho Lim (Senior Research Fellow, INSS)\n",
        "Korea's Nuclear Debate", ("Soo-Ho Lim",), "INSS"),
    "Name, Job title at Institution": Case(
        "NATO's Eastern Flank after Vilnius\n\nMaria Lopez, Nonresident Senior Fellow at the Atlantic Council\n",
        "NATO's Eastern Flank after Vilnius", ("Maria Lopez",), "Atlantic Council"),
    "Name with honorific, a dash, Institution": Case(
        "Europe's Gas Problem Is Not Over\n\nDr. Sophie Martin — Centre for Energy Policy\n",
        "Europe's Gas Problem Is Not Over", ("Sophie Martin",), "Centre for Energy Policy"),
    "Name, Institution that has no institution word in a list": Case(
        "The Arctic Council after 2022\n\nErik Lindqvist, Nordic Security Review\n",
        "The Arctic Council after 2022", ("Erik Lindqvist",), "Nordic Security Review"),
    # Several authors on one line or on several; an institution line; a job-title line.
    "Name, Institution without an institution word": Case(
        "Britain and the Indo-Pacific Tilt\n\nJane Whitfield, Chatham House\n",
        "Britain and the Indo-Pacific Tilt", ("Jane Whitfield",), "Chatham House"),
    "two names joined by a comma alone are two authors": Case(
        "Poland's Defence Spending\n\nAnna Kowalczyk, Piotr Nowak\n",
        "Poland's Defence Spending", ("Anna Kowalczyk", "Piotr Nowak")),
    "several authors on one line": Case(
        "Food Security in West Africa\n\nAmadou Diallo & Claire Fontaine\n",
        "Food Security in West Africa", ("Amadou Diallo", "Claire Fontaine")),
    "authors on several lines, then an institution line": Case(
        "Debt Relief for Small Island States\n\nTevita Fifita, Economist\nRachel Moore, Policy Analyst\n"
        "Pacific Development Forum\n",
        "Debt Relief for Small Island States", ("Tevita Fifita", "Rachel Moore"), "Pacific Development Forum"),
    "name, job title and institution stacked": Case(
        "Climate Finance after Baku\n\nOlusegun Adeyemi\nHead of Climate Programme\nAfrica Policy Research "
        "Institute\n",
        "Climate Finance after Baku", ("Olusegun Adeyemi",), "Africa Policy Research Institute"),
    "an institution line and no author": Case(
        "Trade Measures and the Green Transition\nOrganisation for Economic Co-operation and Development\n",
        "Trade Measures and the Green Transition", (), "Organisation for Economic Co-operation and Development"),
    # Dates in the forms publishers use, and report numbers.
    "Updated Month D, YYYY and a report number": Case(
        "Iran's Nuclear Program: Status and Options\nUpdated March 3, 2025\n\nR12345\n\nJim Zanotti\n",
        "Iran's Nuclear Program: Status and Options", ("Jim Zanotti",), None, "2025-03-03", "R12345"),
    "Updated wins over the first-version date": Case(
        "Ukraine Aid: Frequently Asked Questions\n\nJanuary 10, 2025 | Updated March 3, 2025\n",
        "Ukraine Aid: Frequently Asked Questions", (), None, "2025-03-03"),
    "D Month YYYY under the byline": Case(
        "Serbia, Kosovo and the EU\n\nLena Hoffmann, Foundation for European Studies\n3 March 2025\n",
        "Serbia, Kosovo and the EU", ("Lena Hoffmann",), "Foundation for European Studies", "2025-03-03"),
    "Month YYYY": Case(
        "Migration on the Central Mediterranean Route\n\nLucia Romano\nMarch 2025\n",
        "Migration on the Central Mediterranean Route", ("Lucia Romano",), None, "2025-03"),
    "ISO date": Case(
        "Digital Public Infrastructure in India\n\n2025-03-03\n",
        "Digital Public Infrastructure in India", (), None, "2025-03-03"),
    "Published: with a weekday": Case(
        "Space Debris and Arms Control\n\nPublished: Monday, 3 March 2025\n",
        "Space Debris and Arms Control", (), None, "2025-03-03"),
    "report series number and date on one line": Case(
        "The Black Sea Grain Corridor\n\nPolicy Paper No. 25 · 3 March 2025\n\nAndrii Kovalenko, Kyiv Security "
        "Forum\n",
        "The Black Sea Grain Corridor", ("Andrii Kovalenko",), "Kyiv Security Forum", "2025-03-03",
        "Policy Paper No. 25"),
    "a dateline before the title": Case(
        "3 March 2025\n\nChina's New Coast Guard Law\n\nWei Zhang, Asia Maritime Centre\n",
        "China's New Coast Guard Law", ("Wei Zhang",), "Asia Maritime Centre", "2025-03-03"),
    "a report number before the title": Case(
        "No. 25\nThe Future of UN Peacekeeping\n\nIngrid Solberg\n",
        "The Future of UN Peacekeeping", ("Ingrid Solberg",), None, None, "No. 25"),
    "an all-capitals title and no byline": Case(
        "THE WAR IN UKRAINE AND EUROPEAN SECURITY\n\nPolicy Paper No. 14\n",
        "THE WAR IN UKRAINE AND EUROPEAN SECURITY", (), None, None, "Policy Paper No. 14"),
    # What stands above the title: a label naming the kind of paper, a publisher and its motto.
    "a label above the title": Case(
        "POLICY BRIEF\n\nEurope's Choice on China\n\nJana Novak\n27 February 2025\n",
        "Europe's Choice on China", ("Jana Novak",), None, "2025-02-27"),
    "a label with a number and a date above the title": Case(
        "POLICY BRIEF 192 | MARCH 2025\n\nClimate Security in the Lake Chad Basin\n\nAmina Bello and Peter Okoth\n",
        "Climate Security in the Lake Chad Basin", ("Amina Bello", "Peter Okoth"), None, "2025-03", "POLICY BRIEF 192"),
    "a publisher and its motto above the title": Case(
        "Congressional Research Service\nInforming the legislative debate since 1914\n\nU.S. Foreign Aid to "
        "Ukraine\n\nUpdated February 10, 2025\nR47890\n\nJohn Smith\nSpecialist in Foreign Affairs\n",
        "U.S. Foreign Aid to Ukraine", ("John Smith",), "Congressional Research Service", "2025-02-10", "R47890"),
    "an international organisation above the title": Case(
        "United Nations Development Programme\n\nHuman Development and the Digital Divide\n\nMarch 2025\n",
        "Human Development and the Digital Divide", (), "United Nations Development Programme", "2025-03"),
    "a publisher over its web address and product number under the title": Case(
        "INSIGHT\n\nIran's Nuclear Program: Status and Options\n\nUpdated March 3, 2025\n\nCongressional Research "
        "Service\nhttps://crsreports.congress.gov\nIN12345\n",
        "Iran's Nuclear Program: Status and Options", (), "Congressional Research Service", "2025-03-03", "IN12345"),
    "a publisher under its parent body, a numbered series, then the title": Case(
        "UNITED NATIONS\nDepartment of Economic and Social Affairs\n\nPolicy Brief No. 153\n\nDebt Distress in "
        "Developing Countries\n\nMarch 2025\n",
        "Debt Distress in Developing Countries", (), "Department of Economic and Social Affairs", "2025-03",
        "Policy Brief No. 153"),
    "a series label in mixed case": Case(
        "Strategic Comments\n\nThe Houthis and Red Sea shipping\n", "The Houthis and Red Sea shipping"),
    "a job with a one-word portfolio": Case(
        "Haiti's Gangs and the Kenyan-led Mission\n\nBy Diego Da Rin, Senior Analyst, Haiti\n\n3 March 2025\n",
        "Haiti's Gangs and the Kenyan-led Mission", ("Diego Da Rin",), None, "2025-03-03"),
    "Author: and Date: lines": Case(
        "Water Rights on the Nile\n\nAuthor: Maria Gonzalez\nDate: 3 March 2025\n",
        "Water Rights on the Nile", ("Maria Gonzalez",), None, "2025-03-03"),
    "a byline in capitals": Case(
        "Deterrence in the Taiwan Strait\n\nMICHAEL CHEN AND SARAH PARK\n",
        "Deterrence in the Taiwan Strait", ("Michael Chen", "Sarah Park")),  # written as running text writes names
    "a label with its byline, a date, web furniture": Case(
        "Why the Sahel Matters for Europe\nCommentary by Jane Doe\nMay 23, 2024\n8 min read\nShare\n",
        "Why the Sahel Matters for Europe", ("Jane Doe",), None, "2024-05-23"),
    "names and a date on one line, set apart by a bar": Case(
        "Why the Sahel Matters for Europe\nJane Doe and John Smith | May 23, 2024\n",
        "Why the Sahel Matters for Europe", ("Jane Doe", "John Smith"), None, "2024-05-23"),
    "a research briefing's number with series letters": Case(
        "Why the Sahel Matters for Europe\nResearch Briefing\nNumber CBP 9876\nBy Jane Doe\n23 May 2024\n",
        "Why the Sahel Matters for Europe", ("Jane Doe",), None, "2024-05-23", "Number CBP 9876"),
    "topic tags under the byline": Case(
        "Why the Sahel Matters for Europe\nAnalysis\nPublished 23 May 2024\nJane Doe\nSenior Fellow, Africa "
        "Programme\nTopics: Security, Migration\n",
        "Why the Sahel Matters for Europe", ("Jane Doe",), "Africa Programme", "2024-05-23"),
    "a label over the title, a service, a reference and date joined by a dash": Case(
        "AT A GLANCE\nWhy the Sahel Matters for Europe\nMembers' Research Service\nAuthor: Jane Doe\n"
        "PE 762.345 – May 2024\n",
        "Why the Sahel Matters for Europe", ("Jane Doe",), "Members' Research Service", "2024-05", "PE 762.345"),
    "a letter-spaced office and name, a reference and date": Case(
        "FURTHER AID TO THE REGION\nMEDIA RELEASE\nM I N I S T E R FOR FOREIGN AFFAIRS J O H N S M I T H\n"
        "AA 01 021 4 October 2001\n",
        "FURTHER AID TO THE REGION", ("John Smith",), "MINISTER FOR FOREIGN AFFAIRS", "2001-10-04", "AA 01 021"),
    "a photo credit under the title, a label-by byline": Case(
        "Why the Sahel Matters for Europe\nPhoto: Agency photographer\nCommentary by Jane Doe\nPublished May 23, 2024\n",
        "Why the Sahel Matters for Europe", ("Jane Doe",), None, "2024-05-23"),
    "a standfirst under the title, then label, date, reading time and byline": Case(
        "Why the Sahel Matters for Europe\nThe EU must rethink its approach to a region in turmoil.\nExpert comment\n"
        "Updated 23 May 2024\n4 minute read\nJane Doe\nSenior Research Fellow, Africa Programme\n",
        "Why the Sahel Matters for Europe", ("Jane Doe",), "Africa Programme", "2024-05-23"),
    "a document symbol, date and label above the title": Case(
        "SC/15678\n23 May 2024\nMeeting Coverage\nSecurity Council Extends Mandate of Sahel Mission\n",
        "Security Council Extends Mandate of Sahel Mission", (), None, "2024-05-23", "SC/15678"),
    "two names set apart by a comma, a label before the date": Case(
        "Why the Sahel Matters for Europe\nJane Doe, John Smith\nResearch Published May 23, 2024\n",
        "Why the Sahel Matters for Europe", ("Jane Doe", "John Smith"), None, "2024-05-23"),
    "authors with their jobs set apart by semicolons, a dotted date": Case(
        "Why the Sahel Matters for Europe\nJane Doe, Senior Fellow; John Smith, Fellow\n23.05.2024\n",
        "Why the Sahel Matters for Europe", ("Jane Doe", "John Smith"), None, "2024-05-23"),
    "a name, then its institution on the next line": Case(
        "Why the Sahel Matters for Europe\nMay 23rd, 2024\nJane Doe\nChatham House\n",
        "Why the Sahel Matters for Europe", ("Jane Doe",), "Chatham House", "2024-05-23"),
    "a government page: label, summary, From: bodies and a minister, published and delivered dates": Case(
        "Funding for Rural Schools (Archived)\nSpeech\nThe minister set out next year's funding.\n"
        "From: Department for Rural Affairs, Schools Agency and The Rt Hon Jane Doe MP\nPublished 8 March 2016\n"
        "Delivered on: 2 February 2016 (Original script, may differ from delivered version)\n"
        "Location: Town Hall, Leeds\n",
        "Funding for Rural Schools", ("Jane Doe",), "Department for Rural Affairs", "2016-02-02"),
    "a statement by an office holder named in the title, a number run into its date": Case(
        "Statement by Fund Managing Director Jane Doe Following the Board Meeting\n"
        "Press Release No. 12/13January 17, 2012\n",
        "Statement by Fund Managing Director Jane Doe Following the Board Meeting", ("Jane Doe",), None,
        "2012-01-17", "Press Release No. 12/13"),
    "a statement by a body named in the title, a dotted month": Case(
        "Press Statement by the North Atlantic Council on the Region\n19 Nov. 1998\n",
        "Press Statement by the North Atlantic Council on the Region", (), "North Atlantic Council", "1998-11-19"),
    "a date in parentheses after the title": Case(
        "Formation of a Unity Government (January 12, 2015)\n",
        "Formation of a Unity Government", (), None, "2015-01-12"),
    "a centre's name over a standfirst, then the By line: the By line is the byline": Case(
        "A Message to Our Community\nAsia Centre\nIn a note to the staff, the president reflects on the year.\n"
        "Link Copied\nBy Jane Q. Doe\nPublished on Jun 4, 2020\n",
        "A Message to Our Community", ("Jane Q. Doe",), "Asia Centre", "2020-06-04"),
    "a blog's tag line and an empty date stamp": Case(
        "Aid Workers Held in the South\nTag Archives: Geneva\nPublished on\n",
        "Aid Workers Held in the South"),
    "a web page's section names under the title": Case(
        "FACT SHEET: A Security Agreement\nBriefing Room\nStatements and Releases\nJune 13, 2024\n",
        "FACT SHEET: A Security Agreement", (), None, "2024-06-13"),
    "a place and date line, a numbered bulletin": Case(
        "Belarus after the Elections\n\nWarsaw, 12 March 2025\n\nPISM Bulletin No. 25 (2345)\n\nAnna Maria Dyner\n",
        "Belarus after the Elections", ("Anna Maria Dyner",), None, "2025-03-12", "PISM Bulletin No. 25 (2345)"),
    "a report number and date joined by a comma": Case(
        "Belarus after the Elections\n\nBulletin No. 25 (2345), 12 March 2025\n",
        "Belarus after the Elections", (), None, "2025-03-12", "Bulletin No. 25 (2345)"),
    "a title directly above the first paragraph": Case(
        "Deterrence in the Taiwan Strait", "Deterrence in the Taiwan Strait"),
    # Web pages pasted whole: a deck line, labels with a space before the colon, a section name.
    "a deck under the title, then `Author :` and `Source :` lines": Case(
        "Grain Reserves and the Next Price Shock\nThis crisis is unlike the last ones, as it has many causes.\n"
        "Author : Jane Doe\nSource : https://example.org/grain-reserves\n",
        "Grain Reserves and the Next Price Shock", ("Jane Doe",)),
    "the page's category, one word, straight under the title": Case(
        "A Letter to Our Readers\nCommentary\nBy Jane Doe\nPublished on Jun 4, 2020\n",
        "A Letter to Our Readers", ("Jane Doe",), None, "2020-06-04"),
    "a title wrapped before its last word, after a possessive": Case(
        "Europe's Energy Crisis and Its\nDiscontents\nBy Jane Doe\n",
        "Europe's Energy Crisis and Its Discontents", ("Jane Doe",)),
    "a date and the kind of page on one line": Case(
        "The Ministry on the Situation in the Region\n18.11.2017 - Press release\n",
        "The Ministry on the Situation in the Region", (), None, "2017-11-18"),
    "a section name, then a deck saying the title again": Case(
        "Statement by Commission President Jane Doe following the vote on the budget\nEU News\n"
        "Statement given yesterday by Commission President Jane Doe following the vote on the budget.\n",
        "Statement by Commission President Jane Doe following the vote on the budget", ("Jane Doe",)),
    "a title and its subtitle on the next line, then the date": Case(
        "Pakistan Should Address Pashtun Grievances\nConduct Transparent Investigation into Activist’s Death\n"
        "February 15, 2019\n", "Pakistan Should Address Pashtun Grievances", (), None, "2019-02-15"),
    "a title, then a numbered subtitle and the byline": Case(
        "A Steady Course on the Gulf\n10 Principles for a Sustainable Policy\nJane Doe\nJanuary 29, 2019\n",
        "A Steady Course on the Gulf", ("Jane Doe",), None, "2019-01-29"),
    "a title, its subtitle and a second deck line, then the date": Case(
        "The Islands Take a Vote\nReferendums in the Pacific are drawing outside attention\n"
        "Three powers are all involved\nSep 19th 2020\n",
        "The Islands Take a Vote", (), None, "2020-09-19"),
    "a column's name, one word, over the title and its deck": Case(
        "Meridian\nThe Asylum Compromise\nLet the humanitarians sound humane\nSep 19th 2020\n",
        "The Asylum Compromise", (), None, "2020-09-19"),
    "the byline's name printed over the title": Case(
        "Sarah Jenkins\nGreens Mark World Refugee Day with New Hope\nMedia Release\n20 June 2009\n",
        "Greens Mark World Refugee Day with New Hope", ("Sarah Jenkins",), None, "2009-06-20"),
    "a title opening with a country that is also a given name, then its subtitle": Case(
        "Jordan Faces a Water Crisis\nThe Aquifers Are Running Dry Across the Kingdom\nMarch 3, 2025\n",
        "Jordan Faces a Water Crisis", (), None, "2025-03-03"),
    "a title wrapped before a preposition": Case(
        "Deterrence and Diplomacy in the Taiwan Strait\nAfter the 2024 Election\nMarch 3, 2025\n",
        "Deterrence and Diplomacy in the Taiwan Strait After the 2024 Election", (), None, "2025-03-03"),
    "a public body's web site under the byline": Case(
        "Chief Welcomes Counterpart for Talks\nJan. 29, 2019\nNews\nBy Jane Doe | Contact Author\nDefense.gov\n",
        "Chief Welcomes Counterpart for Talks", ("Jane Doe",), "Defense.gov", "2019-01-29"),
    "a view counter above the title, and a date beside an office's byline": Case(
        "Statement 80 Views\nChairman's Statement on the Situation\nSeptember 24th, 2017  •  Author:   Foreign "
        "Ministers of the League  •  1 minute read\n", "Chairman's Statement on the Situation", (), None, "2017-09-24"),
    "a press desk as the source": Case(
        "Keep Calm and Keep Trading\nSource: ACME Press\n", "Keep Calm and Keep Trading", (), "ACME"),
    "a title ending in a question mark, no byline and no date": Case(
        "The Sahel After the Coups: What Role for Europe?\n",
        "The Sahel After the Coups: What Role for Europe?"),
}


def raw(text: str, name: str = "brief.txt", meta: Meta = Meta()) -> RawBrief:
    lines = tuple(SourceLine(i, t) for i, t in enumerate(text.split("\n"), start=1))
    return RawBrief(name, meta, lines)


@pytest.mark.parametrize("case", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_layout_is_read(case: Case) -> None:
    brief, problems = repair(raw(f"{case.head}\n{BODY}\n"))
    got = brief.meta
    assert (got.title, got.authors, got.institution, got.date, got.report_number) == (
        case.title, case.authors, case.institution, case.date, case.report)
    assert [p.text for p in brief.paragraphs] == [BODY]  # no metadata line became a paragraph
    # An author or institution read from the title is reported as a guess; nothing else is.
    assert [p for p in problems if not (p.guess and "read from the title" in p.guess.what)] == []


# Openings that are no title: the title comes from the file name, with a warning that says
# what the first line was taken for.
RUNNING, HEADING, CAPTION = "running text", "a section heading", "a figure caption or source note"
NO_TITLE: dict[str, tuple[str, str]] = {
    "running text": ("Lithium is now the most discussed mineral in Latin America, and the governments\n"
                     "of Chile, Argentina and Bolivia each claim a model of their own.\n", RUNNING),
    "a title-case sentence": ("The Ministry Has Announced New Sanctions Against Three Banks.\n", RUNNING),
    "a section heading": ("Executive Summary\n", HEADING),
    "a second section heading": ("Key Findings\n", HEADING),
    "a figure caption": ("Figure 1: Defence spending in the Nordic states, 2014-2024\n", CAPTION),
    "a source note": ("Source: World Bank, International Debt Statistics\n", CAPTION),
    "a paragraph with no blank line under its first line": (
        "Regional Security Cooperation in\nSoutheast Asia has grown since 2015, when the ministers agreed to "
        "meet twice a year\nand to share maritime data.\n", RUNNING),
}


@pytest.mark.parametrize(("opening", "kind"), NO_TITLE.values(), ids=NO_TITLE.keys())
def test_opening_that_is_no_title(opening: str, kind: str) -> None:
    brief, problems = repair(raw(f"{opening}\n{BODY}\n", "nordic_defence.txt"))
    assert brief.title == "Nordic defence" and brief.meta.authors == () and brief.meta.date is None
    assert [p.message.split(" (")[0] for p in problems] == ["has no title line"]
    assert f"(it starts with {kind})" in problems[0].message
    assert brief.paragraphs and brief.paragraphs[-1].text == BODY


def test_a_heading_under_the_title_is_no_institution() -> None:
    brief, _ = repair(raw(f"Gaza after the War\n\nThe Role of the Security Council\n\n{BODY}\n"))
    assert (brief.meta.authors, brief.meta.institution) == ((), None)
    assert [(p.section, p.text) for p in brief.paragraphs] == [("The Role of the Security Council", BODY)]


@pytest.mark.parametrize("heading", ["South Korea", "Russia's Calculus"])
def test_a_name_like_heading_after_the_byline_is_no_author(heading: str) -> None:
    brief, _ = repair(raw(f"China's Arctic Ambitions\n\nJohn Doe, Polar Institute\n\n{heading}\n\n{BODY}\n"))
    assert brief.meta.authors == ("John Doe",)
    assert [(p.section, p.text) for p in brief.paragraphs] == [(heading, BODY)]


def test_markdown_byline_in_italics() -> None:
    brief, _ = repair(raw(f"# Sanctions on Russia: Year Three\n\n*By Jane Doe, Example Institute*\n\n{BODY}\n", "s.md"))
    assert (brief.title, brief.meta.authors, brief.meta.institution) == (
        "Sanctions on Russia: Year Three", ("Jane Doe",), "Example Institute")
    assert [p.text for p in brief.paragraphs] == [BODY]


def test_what_no_field_holds_stays_reachable() -> None:
    brief, _ = repair(raw(f"{LAYOUTS['a publisher and its motto above the title'].head}\n{BODY}\n"))
    assert [(a.label, a.text) for a in brief.asides] == [("Publication details",
                                                          "Informing the legislative debate since 1914")]
    brief, _ = repair(raw(f"Europe's Defence Gap\n\nMarch 3, 2025 | Commentary\n\nBy Max Bergmann\n\n{BODY}\n"))
    assert (brief.meta.date, brief.meta.authors) == ("2025-03-03", ("Max Bergmann",))
    assert [a.text for a in brief.asides] == ["March 3, 2025 | Commentary"]  # 'Commentary' is in no field


# Dates: a date is never invented, and only a real one is read.
DATES: dict[str, tuple[str, str | None]] = {
    "no date": ("Title of a Brief\n\nAna Costa\n", None),
    "31 February is no date": ("Title of a Brief\n\nAna Costa\nDate: 31 February 2025\n", None),
    "a year in the title is no date": ("The Budget for 2025\n\nAna Costa\n", None),
    "Updated wins over the first version": ("Title of a Brief\n\nMarch 1, 2025\nUpdated March 3, 2025\n",
                                            "2025-03-03"),
    "Last updated": ("Title of a Brief\n\nLast updated 4 April 2025\n", "2025-04-04"),
    "an explicit date line further down": ("Title of a Brief\n\nAna Costa\n\nIntro text here.\n\n"
                                           "Date: 12 October 2021\n", "2021-10-12"),
    "a weekday, an ordinal and the time of day": ("Title of a Brief\nAna Costa\nSaturday 20th June 2009, 12:16pm\n",
                                                  "2009-06-20"),
    "the time and zone after the date": ("Title of a Brief\nMarch 3, 2025 at 14:30 CET\n", "2025-03-03"),
    "a number after a month is no time": ("Title of a Brief\nAna Costa\nJune 2009, 12\n", None),
}


@pytest.mark.parametrize(("head", "date"), DATES.values(), ids=DATES.keys())
def test_date(head: str, date: str | None) -> None:
    assert repair(raw(f"{head}\n{BODY}\n"))[0].meta.date == date


@pytest.mark.parametrize("dateline", ["WASHINGTON, March 3, 2025 —", "BRUSSELS, 3 March 2025 –", "Geneva, 3 March 2025:"])
def test_dateline_opening_the_text_dates_the_brief_and_stays_in_it(dateline: str) -> None:
    brief, _ = repair(raw(f"Press Briefing on the Talks\n\n{dateline} {BODY}\n"))
    assert brief.meta.date == "2025-03-03"
    assert [p.text for p in brief.paragraphs] == [f"{dateline} {BODY}"]


def test_a_dateline_with_the_country_and_an_agency_dates_the_brief() -> None:
    text = f"Statement on the Election\n\nCAPITAL, Republic of Somewhere, May 20, 2014/Press Agency (PA)/ — {BODY}\n"
    assert repair(raw(text))[0].meta.date == "2014-05-20"


def test_dateline_alone_above_the_title() -> None:
    brief, _ = repair(raw(f"WASHINGTON, March 3, 2025 —\n\nPress Briefing on the Talks\n\n{BODY}\n"))
    assert (brief.title, brief.meta.date) == ("Press Briefing on the Talks", "2025-03-03")
    assert [p.text for p in brief.paragraphs] == [BODY]


# Authors at the end ---------------------------------------------------------------------

TAIL: dict[str, tuple[str, tuple[str, ...]]] = {
    "Name and Job title lines": (
        "Author Information\n\nJim Zanotti\nSpecialist in Middle Eastern Affairs\n\nClayton Thomas\n"
        "Specialist in Middle Eastern Affairs\n", ("Jim Zanotti", "Clayton Thomas")),
    "Name, Job title lines": (
        "Author Information\n\nJim Zanotti, Specialist in Middle Eastern Affairs\nKathleen J. McInnis, "
        "Specialist in International Security\n", ("Jim Zanotti", "Kathleen J. McInnis")),
    "About the authors, with a contact line": (
        "About the Authors\n\nMele Tupou\nResearch Fellow\nmele.tupou@example.org\n", ("Mele Tupou",)),
}


@pytest.mark.parametrize(("tail", "authors"), TAIL.values(), ids=TAIL.keys())
def test_authors_at_the_end(tail: str, authors: tuple[str, ...]) -> None:
    text = f"Israel and Hamas: Ceasefire Talks\n\n{BODY}\n\nSecond paragraph of the text.\n\n{tail}\nDisclaimer\n\n" \
           "This document was prepared for members of the legislature.\n"
    brief, problems = repair(raw(text))
    assert brief.meta.authors == authors and problems == []
    assert [(p.section, p.text) for p in brief.paragraphs] == [
        (None, BODY), (None, "Second paragraph of the text."),
        ("Disclaimer", "This document was prepared for members of the legislature.")]  # the text after it stays
    # the block leaves the body but is kept, word for word
    assert [a.text.split("\n") for a in brief.asides] == [[line for line in tail.split("\n") if line]]


def test_authors_at_the_end_do_not_replace_the_byline() -> None:
    text = f"Ceasefire Talks\n\nAna Costa, Gulf Studies Centre\n\n{BODY}\n\nAuthor Information\n\nJim Zanotti\n" \
           "Specialist in Middle Eastern Affairs\n"
    brief, _ = repair(raw(text))
    assert (brief.meta.authors, brief.meta.institution) == (("Ana Costa",), "Gulf Studies Centre")
    assert len(brief.asides) == 1 and [p.text for p in brief.paragraphs] == [BODY]


def test_a_source_address_is_the_source_link_not_the_institution() -> None:
    brief, _ = repair(raw(f"Grain Reserves\nAuthor : Jane Doe\nSource : https://example.org/grain\n\n{BODY}\n"))
    assert (brief.meta.source_url, brief.meta.institution) == ("https://example.org/grain", None)


def test_a_wires_press_release_line_names_the_issuer() -> None:
    text = f"Double Standard In East Timor - Prebble\nFriday, 20 August 1999, 10:07 am\nPress Release: ACT New Zealand\n\n{BODY}\n"
    brief, _ = repair(raw(text))
    assert (brief.meta.title, brief.meta.institution, brief.meta.date) == (
        "Double Standard In East Timor - Prebble", "ACT New Zealand", "1999-08-20")
    headline, _ = repair(raw(f"Sanctions Package\nPress release: UK announces new sanctions\n\n{BODY}\n"))
    assert headline.meta.institution is None


def test_a_letterhead_names_the_author_and_the_end_mark_dates_the_release() -> None:
    text = (f"KEVIN RUDD M.P.\nMEDIA RELEASE\nShadow Minister for Foreign Affairs\nCONTRIBUTION TO RELIEF EFFORT OBSCENE\n\n"
            f"{BODY}\n\nEnds 19 February 2003\n\nFurther information: Kevin Rudd, MP 0418 000 000\n")
    brief, _ = repair(raw(text))
    assert (brief.meta.title, brief.meta.authors, brief.meta.institution, brief.meta.date) == (
        "CONTRIBUTION TO RELIEF EFFORT OBSCENE", ("Kevin Rudd",), None, "2003-02-19")
    assert [p.text for p in brief.paragraphs] == [BODY]
    assert [a.label for a in brief.asides] == ["Publication details", "Press contacts"]


def test_a_name_over_a_title_without_a_release_label_is_no_letterhead() -> None:
    brief, _ = repair(raw(f"Jordan Faces a Water Crisis\nAmman Policy Centre\n\n{BODY}\n"))
    assert brief.meta.title == "Jordan Faces a Water Crisis" and brief.meta.authors == ()


def test_a_credit_line_at_the_foot_names_the_author() -> None:
    brief, _ = repair(raw(f"Farmers and Herders\n\n{BODY}\n\nLead Contributor: Jane Doe\n\nVisualizations: John Roe\n"))
    assert brief.meta.authors == ("Jane Doe",)
    assert [(a.label, a.text) for a in brief.asides] == [("Credits", "Lead Contributor: Jane Doe")]


def test_a_closing_bio_names_the_author() -> None:
    text = f"Ceasefire Talks\n\n{BODY}\n\nAbout the Author\n\nJim Zanotti is a specialist in Middle Eastern affairs.\n"
    brief, _ = repair(raw(text))
    assert brief.meta.authors == ("Jim Zanotti",) and brief.meta.institution is None
    assert [(a.label, a.text) for a in brief.asides] == [("About the Author", "Jim Zanotti is a specialist in Middle "
                                                                               "Eastern affairs.")]
    assert [p.text for p in brief.paragraphs] == [BODY]


@pytest.mark.parametrize(("bio", "authors", "institution"), [
    ("Jane Doe is a Senior Communications Specialist with ACME South Asia.", ("Jane Doe",), "ACME"),
    ("Jane Doe is a senior fellow at the Centre for Trade Policy.", ("Jane Doe",), "Centre for Trade Policy"),
    ("Jane Doe is U.S. special envoy for global food security.", (), None),  # no byline, heading or body: text
    ("Jane Doe is a research analyst with the Asia program at the Stimson Center. She holds a PhD.\n\n"
     "John Roe is the director of the Asia program.\n\nWatch the launch here.", ("Jane Doe", "John Roe"),
     "Stimson Center"),
    ("Jane Doe is a good example of a reformer.", (), None),  # no job: a sentence of the text
])
def test_closing_bio_lines(bio: str, authors: tuple[str, ...], institution: str | None) -> None:
    brief, _ = repair(raw(f"Ceasefire Talks\n\n{BODY}\n\n{bio}\n"))
    assert (brief.meta.authors, brief.meta.institution) == (authors, institution)
    kept = [line for line in bio.split("\n\n") if not line.startswith(("Jane", "John"))] if authors else [bio]
    assert [p.text for p in brief.paragraphs] == [BODY, *kept]


# The closing furniture of a pasted web page --------------------------------------------

LINKS = "Council Decision 2025/1 of 2 May 2025 amending Decision 2014/2\n\nPress conference, 19 December 2024\n\n"


@pytest.mark.parametrize(("tail", "heading"), [
    (f"{LINKS}Visit the meeting page\nLast review: 21 May 2025\n", "From the source page"),
    (f"{LINKS}Page last updated 3 March 2025\n", "From the source page"),
    (f"Related documents\n\n{LINKS}", "Related documents"),
    (f"See also:\n\n{LINKS}", "See also"),
    ("People\n\nJane Doe\n\nJohn A.B.\n\nTags\n\nclimate change, gender, rural women\n", "People"),
    ("Popular posts from this blog\n\nSay No To Tobacco\n", "Popular posts from this blog"),
    ("Back to Press Releases\n", "From the source page"),
    ("Return to top\n", "From the source page"),
])
def test_a_pasted_pages_closing_links_are_an_aside(tail: str, heading: str) -> None:
    text = f"Sanctions Package Agreed\n\n{BODY}\n\nThe Union remains ready to act.\n\n{tail}"
    brief, _ = repair(raw(text))
    assert [p.text for p in brief.paragraphs] == [BODY, "The Union remains ready to act."]
    assert [(a.label, a.text.split("\n")) for a in brief.asides] == [
        (heading, [line for line in tail.split("\n") if line])]  # every word kept, out of the text


@pytest.mark.parametrize(("tail", "heading"), [
    ("###\n\nMedia contact: Jane Doe, 020 7946 0000\n", "Press contacts"),
    ("Agency press office\n\nMain switchboard 020 7946 0000\n\nOut of hours 020 7946 0001\n", "Press contacts"),
    ("For media and interview requests, please contact Jane Doe (+46 8 000 00 00).\n", "Press contacts"),
    ("For interviews or more information, please contact:\n\nIn Geneva: Jane Doe, +41 79 000 00 00\n", "Press contacts"),
    ("See also the work of our counterparts in other legislatures:\n\nAustralia: Library Blog\n\n"
     "UK: Commons Library Blog\n", "See also the work of our counterparts in other legislatures"),
])
def test_a_press_releases_contacts_and_see_also_lists_are_asides(tail: str, heading: str) -> None:
    brief, _ = repair(raw(f"Sanctions Package Agreed\n\n{BODY}\n\n{tail}"))
    assert [p.text for p in brief.paragraphs] == [BODY]
    assert [a.label for a in brief.asides] == [heading]


def test_a_last_line_that_is_no_way_back_stays_the_briefs() -> None:
    brief, _ = repair(raw(f"Sanctions Package Agreed\n\n{BODY}\n\nBack to square one.\n"))
    assert [p.text for p in brief.paragraphs] == [BODY, "Back to square one."]


def test_numbered_notes_under_a_notes_heading_are_the_briefs_notes() -> None:
    tail = "Background\n\n1. Search the quiz online.\n\n2. Download the images\nand the short film.\n"
    brief, _ = repair(raw(f"Sanctions Package Agreed\n\n{BODY}\n\n{tail}"))
    assert [p.text for p in brief.paragraphs] == [BODY]
    assert [(n.label, n.text) for n in brief.notes] == [("1", "Search the quiz online."),
                                                        ("2", "Download the images\nand the short film.")]


def test_an_unnumbered_reference_list_is_the_briefs_notes() -> None:
    refs = ["Jones, P. and I. Harris. 2008. “Gridded Datasets.” Climate Research Unit.",
            "GADM. 2012. “Database of Global Administrative Areas”."]
    brief, _ = repair(raw(f"Climate and Conflict\n\n{BODY}\n\nData Sources:\n\n" + "\n\n".join(refs) + "\n"))
    assert [p.text for p in brief.paragraphs] == [BODY]
    assert [n.text for n in brief.notes] == refs


def test_a_background_section_of_prose_stays_in_the_body() -> None:
    brief, _ = repair(raw(f"Sanctions Package Agreed\n\n{BODY}\n\nBackground\n\nThe talks began in 2019.\n"))
    assert brief.notes == () and [p.text for p in brief.paragraphs][-1] == "The talks began in 2019."


def test_the_publishers_closing_about_block_is_an_aside() -> None:
    text = (f"Sanctions Package Agreed\nInstitute for Peace Studies\n\n{BODY}\n\n"
            "Institute for Peace Studies (IPS)\n\nIPS is an independent institute founded in 1966.\n")
    brief, _ = repair(raw(text))
    assert [p.text for p in brief.paragraphs] == [BODY]
    assert [(a.label, a.text) for a in brief.asides] == [
        ("Institute for Peace Studies (IPS)", "IPS is an independent institute founded in 1966.")]


@pytest.mark.parametrize("tail", [
    # the brief's own list: introduced by a colon, or under a heading of its own
    "The next steps are:\n\nRaise the budget\n\nTrain the staff\n\nLast updated: 3 March 2025\n",
    "Next Steps\n\nRaise the budget\n\nTrain the staff\n\nLast updated: 3 March 2025\n",
    # no stamp and no links heading: short closing lines are the brief's
    "Raise the budget\n\nTrain the staff\n",
])
def test_a_closing_list_of_the_briefs_own_stays_in_the_body(tail: str) -> None:
    brief, _ = repair(raw(f"Sanctions Package Agreed\n\n{BODY}\n\n{tail}"))
    body = " ".join([p.section or "" for p in brief.paragraphs] + [p.text for p in brief.paragraphs])
    assert "Raise the budget" in body and "Train the staff" in body


# Front matter wins over all of it ---------------------------------------------------------


def test_front_matter_wins() -> None:
    meta = Meta(title="Iran's Nuclear Program", authors=("Jane Doe",), institution="Example Institute",
                date="2024-12", report_number="X1")
    head = read_head(raw("Iran's Nuclear Program\nUpdated March 3, 2025\n\nR12345\n\nJim Zanotti, CRS\n\n"
                         f"{BODY}\n", meta=meta).lines, meta)
    assert head.meta == meta
    assert head.used == {1, 2, 4, 6}  # still metadata, not paragraphs


@pytest.mark.parametrize(("head", "title", "institution", "date", "number"), [
    # a kind-of-publication label under the title is a detail, not part of the title nor an author
    ("A New Era in Relations\nFact Sheet\nOffice of the Spokesperson\nAugust 7, 2026\n\nA delegation went.\n",
     "A New Era in Relations", "Office of the Spokesperson", "2026-08-07", None),
    ("Joint Statement on the Dialogue\nMedia Note\nOffice of the Spokesperson\nJuly 17, 2026\n\nThe text follows.\n",
     "Joint Statement on the Dialogue", "Office of the Spokesperson", "2026-07-17", None),
    # `key: value` fields on one line, separated by bars
    ("Democracy Assistance: State Should Plan\nReport: GAO-26-108754 | Published: 2026-03-09 | Source: U.S. "
     "Government Accountability Office\n\nWhat GAO Found.\n",
     "Democracy Assistance: State Should Plan", "U.S. Government Accountability Office", "2026-03-09", "GAO-26-108754"),
    # a label followed by its date and time
    ("EU agrees 17th package of sanctions\nCouncil of the EU\nPress release 20 May 2025 13:15\n\nThe Council adopted.\n",
     "EU agrees 17th package of sanctions", "Council of the EU", "2025-05-20", None),
])
def test_labels_and_keyed_fields_in_the_head(head: str, title: str, institution: str, date: str,
                                             number: str | None) -> None:
    lines = tuple(SourceLine(n, t) for n, t in enumerate(head.split("\n"), start=1))
    meta = read_head(lines, Meta()).meta
    assert (meta.title, meta.authors, meta.institution, meta.date, meta.report_number) == (
        title, (), institution, date, number)


def test_a_known_title_spans_its_wrapped_lines_so_the_date_under_it_is_read() -> None:
    """A PDF's title (its largest type) wrapped over two lines whose second looks like a name."""
    lines = tuple(SourceLine(n, t) for n, t in enumerate(
        ["Recent Developments in Hart-Scott-Rodino", "Merger Review", "", "April 15, 2026"], start=1))
    head = read_head(lines, Meta(title="Recent Developments in Hart-Scott-Rodino Merger Review"))
    assert (head.meta.authors, head.meta.date) == ((), "2026-04-15")


def test_the_title_printed_twice_is_not_a_publisher_over_it() -> None:
    # a report's cover, then its summary page: the same two title lines around the date (the
    # title known from the PDF's largest type)
    title = "Seabed Mining in Areas Beyond National Jurisdiction: Issues for Congress"
    text = ("Seabed Mining in Areas Beyond National\nJurisdiction: Issues for Congress\n\nUpdated April 15, 2026\n\n"
            f"Seabed Mining in Areas Beyond National\nJurisdiction: Issues for Congress\n\n{BODY}\n")
    head = read_head(raw(text).lines, Meta(title=title))
    assert (head.meta.title, head.meta.institution, head.meta.date) == (title, None, "2026-04-15")
    assert head.used == {1, 2, 4, 6, 7} and head.asides == ()


@pytest.mark.parametrize(("line", "date"), [
    ("For release at 2 p.m. EDT July 31, 2019", "2019-07-31"),
    ("Embargoed until 00:01 GMT, 3 March 2025", "2025-03-03"),
    ("For immediate release: 3 March 2025", "2025-03-03"),
    ("Embargoed until 14.30 on 3 March 2025", "2025-03-03"),
])
def test_a_press_releases_embargo_line_states_its_date_and_is_no_title(line: str, date: str) -> None:
    brief, problems = repair(raw(f"{line}\n\n{BODY}\n"))
    assert brief.meta.date == date and [p.text for p in brief.paragraphs] == [BODY]
    assert [p.severity for p in problems] == ["guess"]  # the title: made from the file name, reported


def test_a_body_named_with_its_article_is_an_institution_not_an_author() -> None:
    brief, _ = repair(raw(f"New Actions to Secure the Border\nThe White House\nJune 4, 2024\n\n{BODY}\n"))
    assert (brief.meta.authors, brief.meta.institution, brief.meta.date) == ((), "The White House", "2024-06-04")


def test_a_pasted_table_is_a_table_not_paragraphs() -> None:
    text = f"School Funding\n\n{BODY}\n\nPupils\tPer pupil rate\n\nPrimary\t£1,320\n\nSecondary\t£935\n\n{BODY}\n"
    brief, _ = repair(raw(text))
    assert [p.text for p in brief.paragraphs] == [BODY, BODY]
    assert [(a.kind, a.text) for a in brief.asides] == [("table", "Pupils | Per pupil rate\nPrimary | £1,320\n"
                                                                  "Secondary | £935")]


def test_one_line_with_a_tab_stays_text() -> None:
    brief, _ = repair(raw(f"School Funding\n\n{BODY}\n\nRates\there\n"))
    assert [p.text for p in brief.paragraphs][-1] == "Rates here"


def test_a_list_of_related_links_inside_the_text_is_an_aside() -> None:
    text = (f"Nuclear Crises\n\n{BODY}\n\nRelated Content\n\nWhy the crisis matters\n\nJane Doe\n\n"
            f"Wednesday, March 6, 2019\n\n{BODY}\n")
    brief, _ = repair(raw(text))
    assert [p.text for p in brief.paragraphs] == [BODY, BODY]
    assert [(a.label, a.text) for a in brief.asides] == [
        ("Related Content", "Why the crisis matters\nJane Doe\nWednesday, March 6, 2019")]


def test_a_related_heading_over_the_briefs_own_text_stays() -> None:
    text = f"Nuclear Crises\n\n{BODY}\n\nRelated\n\nThe talks resumed in May and ended in June.\n"
    assert len(repair(raw(text))[0].paragraphs) >= 2


def test_a_photographs_caption_and_credit_are_a_figure() -> None:
    caption = "People wait in a line with groceries at the supermarket in Kyiv."
    brief, _ = repair(raw(f"Food Crisis\n\n{BODY}\n\n{caption}\n\nJane Doe, Getty Images\n\n{BODY}\n"))
    assert [p.text for p in brief.paragraphs] == [BODY, BODY]
    assert [(a.kind, a.text) for a in brief.asides] == [("caption", f"{caption}\nJane Doe, Getty Images")]


@pytest.mark.parametrize("credit", ["© 2018 Jane Doe", "© 2019 AP Photo/Jane Doe", "(c) 2020 Jane Doe"])
def test_a_copyright_credit_under_a_caption_makes_a_figure(credit: str) -> None:
    caption = "People wait in a line with groceries at the supermarket in Kyiv."
    brief, _ = repair(raw(f"Food Crisis\n\n{BODY}\n\n{caption}\n\n{credit}\n\n{BODY}\n"))
    assert [p.text for p in brief.paragraphs] == [BODY, BODY]
    assert [(a.kind, a.text) for a in brief.asides] == [("caption", f"{caption}\n{credit}")]


def test_a_pages_topic_tags_are_an_aside_not_a_paragraph() -> None:
    brief, _ = repair(raw(f"Food Crisis\n\n{BODY}\n\n{BODY}\n\nKEYWORDS: REFUGEES, TRADE POLICY\n"))
    assert [p.text for p in brief.paragraphs] == [BODY, BODY]
    assert [(a.kind, a.label, a.text) for a in brief.asides] == [("aside", "Tags", "KEYWORDS: REFUGEES, TRADE POLICY")]


@pytest.mark.parametrize(("name", "family"), [("Soo-Ho Lim", "Lim"), ("MOTEGI Toshimitsu", "Motegi"),
                                              ("Ursula von der Leyen", "von der Leyen"), ("Jan van Dijk", "van Dijk")])
def test_the_family_name_a_short_citation_uses(name: str, family: str) -> None:
    assert family_name(name) == family


def test_a_closing_bio_names_the_institution_of_a_centre_for_a_cause() -> None:
    # `for a`, `against` inside an institution's name (`Center for a New American Security`)
    brief, _ = repair(raw(f"Keeping the Promise to Veterans\nJane Doe\nFebruary 13, 2019\n\n{BODY}\n\n"
                          "Jane Doe is a Senior Fellow at the Center for a New Regional Security.\n"))
    assert (brief.meta.authors, brief.meta.institution) == (("Jane Doe",), "Center for a New Regional Security")
    assert [p.text for p in brief.paragraphs] == [BODY]


def test_a_byline_name_cut_short_is_completed_from_the_text() -> None:
    head = "Temporary Status and Migration\nJanuary 23, 2019\nAna Costa, & Jane Ra\n\n"
    note = "This brief is based on a paper by Ana Costa and Jane Rao, June 2018."
    assert repair(raw(f"{head}{BODY}\n\n{note}\n"))[0].meta.authors == ("Ana Costa", "Jane Rao")
    # a whole name written again in the text is no cut name
    text = f"{head}{BODY} Jane Ra spoke to Jane Rao.\n"
    assert repair(raw(text))[0].meta.authors == ("Ana Costa", "Jane Ra")

"""repair and its rules: one row per kind of damage, with the look-alikes it must leave."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefsite.repair.damage import (
    Evidence,
    fix_ocr,
    is_page_number,
    is_rule_line,
    is_stray_character,
    join_hyphenated,
    running_headers,
    strip_links,
)
from briefsite.ingest.files import read_brief, read_briefs
from briefsite.ingest.metadata import parse_byline, parse_date_line, read_head
from briefsite.model import Brief, Meta, RawBrief, SourceLine
from briefsite.repair.paragraphs import heading_line, is_broken, join_text, split_run_in
from briefsite.repair.briefs import DROP_RULES, assign_ids, repair
from tests.sourcebody import source_body

ROOT = Path(__file__).parents[2]
DAMAGED = ROOT / "tests" / "fixtures" / "damaged"
NO_EVIDENCE = Evidence(frozenset())


def raw(text: str, source: str = "brief.txt") -> RawBrief:
    brief, problems = read_brief(text.encode(), source)
    assert brief is not None, problems
    return brief


def texts(brief: Brief) -> list[str]:
    return [p.text for p in brief.paragraphs]


# 1. hard-wrapped lines -------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("the European", "Union", "the European Union"),
        ("an indented", "   line", "an indented line"),
        ("a dash—", "and more", "a dash—and more"),
        ("a spaced dash -", "and more", "a spaced dash - and more"),
    ],
)
def test_join_text(left: str, right: str, joined: str) -> None:
    assert join_text(left, right, NO_EVIDENCE)[0] == joined


def test_wrapped_lines_make_one_paragraph_and_blank_lines_split() -> None:
    brief, _ = repair(raw("Title Here\n\nOne sentence\n   wraps here.\n\nAnother one.\n"))
    assert texts(brief) == ["One sentence wraps here.", "Another one."]
    assert [p.line for p in brief.paragraphs] == [3, 6]


# 2. line-end hyphens --------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "join"),
    [
        ("negoti-", "ations", True),  # a known word
        ("diversi-", "fication,", True),  # punctuation after the word
        ("decarbon-", "isation", True),  # a fragment, not a word: typesetter's split
        ("Decem-", "ber", True),  # a proper noun of the word list, split
        ("So-", "mali", True),
        ("end-of-", "war", False),  # already a compound
        ("Yo-", "jong", False),  # a name
        ("anti-", "American", False),  # capitalised second part
        ("COVID-", "19", False),  # a code
        ("cross-", "border", False),  # two words: a compound
        ("well-", "known", False),
    ],
)
def test_join_hyphenated_by_word_list(left: str, right: str, join: bool) -> None:
    assert join_hyphenated(left, right, NO_EVIDENCE) is join


@pytest.mark.parametrize(
    ("left", "right", "evidence", "join"),
    [
        ("cross-", "border", "crossborder trade", True),  # the brief spells it joined
        ("co-", "operation", "co-operation matters", False),  # the brief spells it hyphenated
        ("Seok-", "youl", "Yoon Seok-youl said", False),
    ],
)
def test_join_hyphenated_by_evidence(left: str, right: str, evidence: str, join: bool) -> None:
    assert join_hyphenated(left, right, Evidence.of([evidence])) is join


def test_hyphen_joins_are_recorded() -> None:
    brief, _ = repair(raw("Title Here\n\nThe negoti-\nations on end-of-\nwar terms.\n"))
    assert texts(brief) == ["The negotiations on end-of-war terms."]
    assert [(r.line, r.rule, r.after) for r in brief.repairs if r.rule == "hyphen-join"] == [(4, "hyphen-join", "negotiations")]


# 3. damage lines --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "stray", "page", "rule"),
    [
        ("b", True, False, False),
        ("•", True, False, False),
        ("a", False, False, False),  # a word
        ("I", False, False, False),
        ("12", False, True, False),
        ("- 12 -", False, True, False),
        ("– 7 –", False, True, False),
        ("Page 3 of 9", False, True, False),
        ("page 3", False, True, False),
        ("3/9", False, True, False),
        ("2019", False, False, False),  # a year, not a page
        ("12.", False, False, False),
        ("12 members agreed", False, False, False),
        ("---", False, False, True),
        ("* * *", False, False, True),
        ("--", False, False, False),
    ],
)
def test_damage_line_rules(line: str, stray: bool, page: bool, rule: bool) -> None:
    assert (is_stray_character(line), is_page_number(line), is_rule_line(line)) == (stray, page, rule)


def test_running_headers_need_three_repeats_and_a_header_shape() -> None:
    lines = ["EU Energy Brief | CEES", "text", "EU Energy Brief | CEES", "Page 4", "EU Energy Brief | CEES",
             "North Korea.", "North Korea.", "North Korea.", "and the", "and the", "and the",
             "Policy Brief 3", "Policy Brief 4", "Policy Brief 5", "Twice only", "Twice only"]
    assert running_headers(lines) == {"eu energy brief | cees", "policy brief #"}


def test_dropped_lines_are_recorded_and_neighbours_join() -> None:
    text = "Title Here\n\nHeader Line X\nThe text\n12\ngoes on\n\nb\n\nand ends.\nHeader Line X\n\nMore.\nHeader Line X\n"
    brief, _ = repair(raw(text))
    assert texts(brief) == ["The text goes on and ends.", "More."]
    dropped = sorted((r.line, r.rule, r.before) for r in brief.repairs if r.rule in DROP_RULES)
    assert dropped == [(3, "running-header", "Header Line X"), (5, "page-number", "12"),
                       (8, "stray-character", "b"), (11, "running-header", "Header Line X"),
                       (14, "running-header", "Header Line X")]


# 4. OCR confusions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("the idea i1s good", "the idea is good"),
        ("talks with lran", "talks with Iran"),
        ("the end 0f talks", "the end of talks"),
        ("the Presldent said", "the President said"),
        ("it wilI come", "it will come"),
        ("a c1ear signal", "a clear signal"),
        ("from lceland and", "from Iceland and"),
        ("compromise. lt has", "compromise. It has"),
        ("“lran’s” plan", "“Iran’s” plan"),
        ("(i1s),", "(is),"),
        # real tokens that must stay
        ("the F-35 and P5 and G7", None),
        ("COVID-19 and SARS-CoV-2", None),
        ("5G networks and 1.5 track", None),
        ("in 2019 resolution 1718", None),
        ("the 1st and 10th and 1990s", None),
        ("Kim Il Sung and Jong-il", None),
        ("10km and 1bn and A400M", None),
        ("IAEA and Lula and Blinken", None),
        ("the Sahel and Mali", None),
    ],
)
def test_fix_ocr(text: str, fixed: str | None) -> None:
    result, changes = fix_ocr(text)
    assert result == (fixed or text)
    assert bool(changes) == (fixed is not None)


# 5. broken paragraphs -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("previous", "following", "broken"),
    [
        ("the difficult situation, the upcoming", "presidential elections in South Korea.", True),
        ("beneficial to North Korea. China", "does not fully comply with the sanctions.", True),
        ("economic restructuring, such as the", "abolition of the “privileged economy,”", True),
        ("communication lines. This is a", "“conditional” acceptance of the declaration.", True),
        ("Zhao Lijian, spokesperson for the", "Chinese Ministry of Foreign Affairs, brought up", True),
        ("it is unlikely that it will carry out such “strategic", "provocations.”", True),
        ("restoring inter-Korean relations. In", "pursuing this, it is important", True),
        ("On September 21, when", "President Moon Jae-in again proposed", True),
        ("the bloc has lost leverage,", "As a result the states left.", True),
        # complete paragraphs stay apart
        ("restoring inter-Korean relations.", "Then the key is held by the US.", False),
        ("carry out such “strategic provocations.”", "Then, the decisive key", False),
        ("It was resolved” (September 25).", "Chairman Kim presented", False),
        ("Three options:", "lower tariffs on steel.", False),
        ("Is this the end?", "perhaps not.", False),
        ("Approach to South Korea", "North Korea's policy towards its neighbour", False),
        ("The Arctic Council in a Divided North", "Relations with Russia are frozen.", False),
    ],
)
def test_is_broken(previous: str, following: str, broken: bool) -> None:
    assert is_broken(previous, following) is broken


def test_heading_line_is_not_joined_to_its_paragraph() -> None:
    text = "Title Here\n\nFirst paragraph ends.\n\nOutlook for the Region\n\nthe text under it starts low.\n"
    brief, _ = repair(raw(text))
    assert [(p.section, p.text) for p in brief.paragraphs] == [
        (None, "First paragraph ends."), ("Outlook for the Region", "the text under it starts low.")]


def test_short_continuation_line_after_open_sentence_is_not_a_heading() -> None:
    text = "Title Here\n\nA statement by the spokesperson for the\n\nChinese Ministry of Foreign Affairs\n\nwas clear.\n"
    brief, _ = repair(raw(text))
    assert texts(brief) == ["A statement by the spokesperson for the Chinese Ministry of Foreign Affairs was clear."]
    assert brief.sections == ()


# 6. link stubs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("basic [assumptions of policy](#). The", "basic assumptions of policy. The"),
        ("see [the report](https://example.org/r?x=1) now", "see the report now"),
        ("[a](#) and [b](#top)", "a and b"),
        ("[not a link] (#) stays", None),
        ("a [bracket] alone", None),
        ("text (in parentheses)", None),
    ],
)
def test_strip_links(text: str, stripped: str | None) -> None:
    result, changes = strip_links(text)
    assert result == (stripped or text)
    assert bool(changes) == (stripped is not None)


# 7. headings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "heading", "rest"),
    [
        ("Internal Context. The borders have been closed.", "Internal Context", "The borders have been closed."),
        ("Approach to South Korea. North Korea's policy is set.", "Approach to South Korea", "North Korea's policy is set."),
        ("Relations with the U.S. North Korea's dialogue has stalled.", "Relations with the U.S.",
         "North Korea's dialogue has stalled."),
        ("Conclusions and Perspectives. Despite the situation, it goes on.", "Conclusions and Perspectives",
         "Despite the situation, it goes on."),
        ("Market Design. The price cap was a compromise.", "Market Design", "The price cap was a compromise."),
        ("Europe's Options. The EU missions were suspended.", "Europe's Options", "The EU missions were suspended."),
        ("U.S. Policy. The administration is divided on it.", "U.S. Policy", "The administration is divided on it."),
        # sentences that only look like it
        ("North Korea. China does not comply with sanctions.", None, None),
        ("Mali. The army's campaign in the north goes on.", None, None),
        ("Kim Jong Un. He said so in January this year.", None, None),
        ("Mr. Kim said that talks could resume.", None, None),
        ("The U.S. Congress did not agree to it.", None, None),
        ("The U.S. has not yet answered the letter.", None, None),
        ("Yes. The government agreed to talk.", None, None),
        ("However. The government agreed to talk.", None, None),
        ("This Is Important. The government agreed.", None, None),
        ("In 2019. The government agreed to talk.", None, None),
        ("The talks failed. The government left.", None, None),
        ("Energy security matters. The government agreed.", None, None),
        ("A Very Long Heading With Far Too Many Words. The text.", None, None),
        ("Internal Context. the borders are closed.", None, None),
        ("Internal Context.", None, None),
    ],
)
def test_split_run_in(text: str, heading: str | None, rest: str | None) -> None:
    assert split_run_in(text) == ((heading, rest) if heading else None)


def test_run_in_heading_used_as_a_name_elsewhere_is_not_a_heading() -> None:
    context = "Talks with the Arctic Council resumed."
    assert split_run_in("Arctic Council. The members met in June.", context) is None
    assert split_run_in("Arctic Council. The members met in June.") == ("Arctic Council", "The members met in June.")


@pytest.mark.parametrize(
    ("line", "markdown", "heading"),
    [
        ("Approach to South Korea", False, "Approach to South Korea"),
        ("1. Introduction", False, "1. Introduction"),
        ("2.1 Science and Climate", False, "2.1 Science and Climate"),
        ("## Supply Chains", True, "Supply Chains"),
        ("Relations with the U.S.", False, "Relations with the U.S."),
        ("What Next for the Arctic?", False, "What Next for the Arctic?"),
        ("## Supply Chains", False, None),  # a `#` in a .txt brief is text
        ("The talks failed.", False, None),
        ("Energy security matters", False, None),
        ("the lower case line", False, None),
        ("Relations with the", False, None),
        ("North Korea, China,", False, None),
        ("It Is Over", False, None),
        ("One Two Three Four Five Six Seven Eight Nine Ten Eleven", False, None),
    ],
)
def test_heading_line(line: str, markdown: bool, heading: str | None) -> None:
    assert heading_line(line, markdown) == heading


def test_orphan_heading_stays_as_text() -> None:
    brief, _ = repair(raw("Title Here\n\nSome text.\n\nFinal Remarks\n"))
    assert [(p.section, p.text) for p in brief.paragraphs] == [(None, "Some text."), (None, "Final Remarks")]


# metadata --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "institution"),
    [
        ("Oskar Pietrewicz", ("Oskar Pietrewicz",), None),
        ("Soo-Ho Lim (Senior Research Fellow, INSS)", ("Soo-Ho Lim",), "INSS"),
        ("By Ana Costa and Li Wei, CSIS", ("Ana Costa", "Li Wei"), "CSIS"),
        ("Amadou Diallo & Claire Fontaine", ("Amadou Diallo", "Claire Fontaine"), None),
        ("Jean de la Fontaine (Institute for Security Studies)", ("Jean de la Fontaine",), "Institute for Security Studies"),
        ("Rose Brown (Senior Fellow)", ("Rose Brown",), None),
        ("김민수 (통일연구원)", ("김민수",), "통일연구원"),
        ("Internal Context", None, None),
        ("Approach to South Korea", None, None),
        ("North Korea is showing signs of breaking away", None, None),
        ("Policy Analysis", None, None),
        ("In 2021 talks resumed", None, None),
        ("Arctic Policy Institute", None, None),
    ],
)
def test_parse_byline(line: str, authors: tuple[str, ...] | None, institution: str | None) -> None:
    assert parse_byline(line) == ((authors, institution) if authors else None)


@pytest.mark.parametrize(
    ("line", "bare", "date"),
    [
        ("Date: 12 October 2021", False, "2021-10-12"),
        ("Published 2021-10-12", False, "2021-10-12"),
        ("Published on October 12, 2021", False, "2021-10-12"),
        ("Date: October 2021", False, "2021-10"),
        ("12 October 2021", True, "2021-10-12"),
        ("12 October 2021", False, None),  # a bare date only next to the title
        ("Date: 31 February 2021", False, None),
        ("Date: soon", False, None),
        ("Published reports show that 2021 was bad.", False, None),
    ],
)
def test_parse_date_line(line: str, bare: bool, date: str | None) -> None:
    assert parse_date_line(line, bare) == date


def lines(*texts: str) -> tuple[SourceLine, ...]:
    return tuple(SourceLine(i, t) for i, t in enumerate(texts, start=1))


def test_read_head_wrapped_title_and_byline() -> None:
    head = read_head(lines(" North Korea signs of breaking away from isolationism and",
                           "restarting cooperation with South Korea and the US", "",
                           "Soo-Ho Lim (Senior Research Fellow, INSS)", "", "North Korea is showing signs."), Meta())
    assert head.meta == Meta(title="North Korea signs of breaking away from isolationism and restarting "
                                   "cooperation with South Korea and the US", authors=("Soo-Ho Lim",), institution="INSS")
    assert head.used == {1, 2, 4}


def test_read_head_front_matter_wins() -> None:
    head = read_head(lines("Arctic Shipping", "", "Ana Costa (CSIS)", "Date: 3 March 2023", "", "Text."),
                     Meta(title="Arctic Shipping", institution="Arctic Institute"))
    assert head.meta == Meta(title="Arctic Shipping", authors=("Ana Costa",), institution="Arctic Institute",
                             date="2023-03-03")
    assert head.used == {1, 3, 4}


def test_read_head_body_sentence_is_no_title_nor_byline() -> None:
    head = read_head(lines("Lithium is now the most discussed mineral in Latin America, and",
                           "the governments of Chile, Argentina and Bolivia each claim a model.", "",
                           "Oskar Pietrewicz", "", "More text."), Meta())
    assert head.meta == Meta() and head.used == frozenset() and not head.titled


def test_no_title_gets_file_name_and_a_warning() -> None:
    brief, problems = repair(raw("Lithium is now the most discussed mineral in Latin America, and the governments "
                                 "of Chile, Argentina and Bolivia each claim a model.\n", "latin_america-lithium.txt"))
    assert brief.title == "Latin america lithium"
    assert len(problems) == 1 and "made from the file name" in problems[0].message
    assert len(brief.paragraphs) == 1


def test_no_paragraphs_is_a_warning() -> None:
    brief, problems = repair(raw("Mediterranean Migration: The New Pact\n\nLucia Romano\n"))
    assert brief.paragraphs == () and brief.meta.authors == ("Lucia Romano",)
    assert [p.message.split(".")[0] for p in problems] == ["has no paragraphs after its title and byline"]


def test_markdown_title_heading_is_metadata() -> None:
    brief, _ = repair(raw("# Trade Talks\n\n## Background\n\nThe talks began.\n", "trade.md"))
    assert brief.title == "Trade Talks"
    assert [(p.section, p.text) for p in brief.paragraphs] == [("Background", "The talks began.")]


# ids ---------------------------------------------------------------------------------------


def test_assign_ids_unique_and_deterministic() -> None:
    briefs = [repair(raw("Same Title\n\nText.\n", name))[0]
              for name in ("b.txt", "a.md", "a.txt", "a-2.txt", "Brief ü 한국.txt", "Brief u.txt")]
    ids = {b.source: b.id for b in assign_ids(briefs)}
    assert ids == {"a-2.txt": "a-2", "a.md": "a", "a.txt": "a-3", "b.txt": "b",
                   "Brief u.txt": "brief-u", "Brief ü 한국.txt": "brief-u-2"}
    assert [b.source for b in assign_ids(briefs)] == [b.source for b in briefs]
    assert assign_ids(list(reversed(briefs))) == list(reversed(assign_ids(briefs)))


# nothing is lost ------------------------------------------------------------------------------


def alnum(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def repaired_body(brief: Brief) -> str:
    parts: list[str] = []
    section = None
    for p in brief.paragraphs:
        if p.section != section and p.section is not None:
            parts.append(p.section.lstrip("#"))
        section = p.section
        parts.append(p.text)
    return "\n".join(parts)


def all_briefs() -> list[RawBrief]:
    real, _ = read_briefs(ROOT / "briefs")
    damaged, _ = read_briefs(DAMAGED)
    return real + damaged


@pytest.mark.parametrize("raw_brief", all_briefs(), ids=lambda r: r.source)
def test_every_word_of_the_body_survives_in_order(raw_brief: RawBrief) -> None:
    brief, _ = repair(raw_brief)
    assert alnum(repaired_body(brief)) == alnum(source_body(raw_brief, brief))


@pytest.mark.parametrize("raw_brief", all_briefs(), ids=lambda r: r.source)
def test_repair_is_deterministic(raw_brief: RawBrief) -> None:
    assert repair(raw_brief) == repair(raw_brief)


# the damaged fixtures, as a reader would check them --------------------------------------------


def fixture(name: str) -> Brief:
    briefs, _ = read_briefs(DAMAGED)
    return repair(next(b for b in briefs if b.source == name))[0]


def test_fixture_eu_energy() -> None:
    brief = fixture("eu_energy.txt")
    body = " ".join(texts(brief))
    assert brief.meta.authors == ("Marta Kowalczyk",)
    assert brief.meta.institution == "Centre for European Energy Studies"
    assert brief.sections == ("Market Design", "Renewables and Grids")
    for word in ("dependence", "diversification", "negotiations", "permanent tools of", "It has never",
                 "cross-border interconnectors", "the cross-border capacity", "depends in turn on the networks."):
        assert word in body
    for damage in ("EU Energy Brief", " 12 ", "- 14 -", "0f", "lt has"):
        assert damage not in body
    assert len(brief.paragraphs) == 4


def test_fixture_sahel() -> None:
    brief = fixture("sahel_security.txt")
    assert brief.meta.date == "2023-03-03"
    assert brief.meta.institution == "Institute for Security Studies"
    assert texts(brief)[1].startswith("The Economic Community") and "bloc in January. This is a serious blow" in texts(brief)[1]
    assert "“Russian proxies.”" in texts(brief)[2]
    assert texts(brief)[3].startswith("Mali. The army's")  # a sentence, not a heading


def test_fixture_indo_pacific_markdown() -> None:
    brief = fixture("indo_pacific_trade.md")
    assert brief.meta.date == "2023-07" and brief.meta.authors == ("Hana Takeda", "Rajiv Menon")
    assert brief.sections == ("Background", "Supply Chains", "Recommendations")
    assert "The de-risking agenda of the G7" in texts(brief)[1] and "5G equipment" in texts(brief)[1]
    assert not any("](" in t for t in texts(brief))


def test_fixture_arctic() -> None:
    brief = fixture("arctic_council.txt")
    assert brief.title == ("The Arctic Council in a Divided North: cooperation, science and the limits of diplomacy")
    assert brief.meta.authors == ("Ingrid Solberg", "Mikael Virtanen")
    assert brief.sections == ("1. Introduction", "2. Science and Climate", "3. Outlook")
    assert "from Iceland and Finland" in texts(brief)[1]


def test_fixture_latin_america() -> None:
    brief = fixture("latin_america_lithium.txt")
    body = " ".join(texts(brief))
    for word in ("a different model", "EU-Mercosur", "COVID-19 pandemic", "Indigenous communities"):
        assert word in body


# the bad fixtures that are accepted: what repair makes of them ----------------------------------

BAD = ROOT / "tests" / "fixtures" / "bad"


@pytest.mark.parametrize(
    ("name", "title", "authors", "paragraphs", "problem"),
    [
        ("hangul.txt", "한반도 평화 프로세스의 과제", ("김민수",), 2, "taken as 'ko'"),  # a note, not a warning
        ("no_title.txt", "No title", (), 2, "made from the file name"),
        ("no_paragraphs.txt", "Mediterranean Migration: The New Pact", ("Lucia Romano",), 0, "has no paragraphs"),
        ("wrong_types.md", "Central Europe and the Energy Transition", (), 1, None),
        ("not_mapping.md", "Danube Shipping After the Blockade", (), 1, None),
        ("bad_date.md", "Balkan Enlargement Fatigue", (), 1, None),
        ("Brief ü 한국.txt", "Korea and Europe: Partners in Green Technology", ("Ji-woo Park",), 1, None),
        ("duplicate_a.txt", "Fisheries in the Barents Sea", (), 1, None),
    ],
)
def test_accepted_bad_fixtures(name: str, title: str, authors: tuple[str, ...], paragraphs: int,
                               problem: str | None) -> None:
    brief, problems = repair(raw((BAD / name).read_text(encoding="utf-8"), name))
    assert (brief.title, brief.meta.authors, len(brief.paragraphs)) == (title, authors, paragraphs)
    if problem is None:
        assert problems == []
    else:
        assert [problem in p.message for p in problems] == [True]


def test_duplicate_titles_get_distinct_ids() -> None:
    briefs = [repair(raw((BAD / n).read_text(encoding="utf-8"), n))[0] for n in ("duplicate_a.txt", "duplicate_b.txt")]
    assert briefs[0].title == briefs[1].title
    assert len({b.id for b in assign_ids(briefs)}) == 2


def test_a_brief_named_index_does_not_replace_the_briefs_index_page() -> None:
    briefs = [repair(raw("Title\n\nText.\n", n))[0] for n in ("index.txt", "index-2.txt", "Index.md")]
    assert [b.id for b in assign_ids(briefs)] == ["index-3", "index-2-2", "index-2"]


@pytest.mark.parametrize("item", ["• Between 4.2 and 7.2 million displaced;", "- food aid;", "2. More food aid;",
                                  "(b) shelter;", "iii) medical care."])
def test_list_items_are_not_a_sentence_broken_across_paragraphs(item: str) -> None:
    assert not is_broken("• 100,000 civilians requiring immediate emergency assistance;", item)
    assert is_broken("The plan, which was", "adopted in 2020")

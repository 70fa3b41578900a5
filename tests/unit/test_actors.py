"""Actor recognition: one row per alias variant and per context rule, positive and negative."""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import pytest

from briefsite.extract.actors import matcher as matcher_module
from briefsite.extract.actors.recognise import ActorResult, recognise
from briefsite.model import Actor, ActorId, Brief, BriefId, Meta, Paragraph
from briefsite.extract.actors.registry import load_registry

ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def registry() -> tuple[Actor, ...]:
    actors, problems = load_registry(ROOT / "registry" / "actors.yml")
    assert not problems, problems
    return actors


def brief(*texts: str, bid: str = "b", authors: tuple[str, ...] = ()) -> Brief:
    paragraphs = tuple(Paragraph(i, t, None, i) for i, t in enumerate(texts, 1))
    return Brief(BriefId(bid), f"{bid}.txt", Meta(title="T", authors=authors), paragraphs)


def found(*texts: str, paragraph: int | None = None) -> set[tuple[str, str]]:
    """Return {(surface, actor id)} of the last paragraph (or the one given)."""
    b = brief(*texts)
    number = paragraph or len(texts)
    result = recognise([b], registry())
    return {(m.surface, m.target) for m in result.mentions if m.paragraph == number}


ALIASES = [
    ("Kim Jong Un spoke.", "Kim Jong Un", "kim-jong-un"),
    ("Kim Jong-un spoke.", "Kim Jong-un", "kim-jong-un"),
    ("Kim Jong-Un spoke.", "Kim Jong-Un", "kim-jong-un"),
    ("KIM JONG UN spoke.", "KIM JONG UN", "kim-jong-un"),
    ("Kim Jongun spoke.", "Kim Jongun", "kim-jong-un"),
    ("Kim Jong-\nun spoke.", "Kim Jong-\nun", "kim-jong-un"),
    ("김정은 위원장", "김정은", "kim-jong-un"),
    ("Kim Yo-jong warned.", "Kim Yo-jong", "kim-yo-jong"),
    ("Yoon Seok-youl opposes it.", "Yoon Seok-youl", "yoon-suk-yeol"),
    ("Yoon Suk Yeol opposes it.", "Yoon Suk Yeol", "yoon-suk-yeol"),
    ("the Workers’ Party of Korea", "Workers’ Party of Korea", "workers-party-of-korea"),
    ("the Workers' Party of Korea", "Workers' Party of Korea", "workers-party-of-korea"),
    ("the WPK said", "WPK", "workers-party-of-korea"),
    ("China’s policy", "China", "china"),
    ("China's policy", "China", "china"),
    ("the DPRK said", "DPRK", "north-korea"),
    ("the ROK said", "ROK", "south-korea"),
    ("the U.S. said", "U.S.", "united-states"),
    ("the US said", "US", "united-states"),
    ("the United States said", "United States", "united-states"),
    ("America said", "America", "united-states"),
    ("the UNSC resolutions", "UNSC", "un-security-council"),
    ("the UN Security Council", "UN Security Council", "un-security-council"),
    ("North Korean authorities admit", "North Korean", "north-korea"),
    ("aid from WHO and", "WHO", "who"),
    ("the Biden administration's policy", "Biden administration", "biden-administration"),
    ("the Biden\nadministration said", "Biden\nadministration", "biden-administration"),
    ("opposition from US\nCongress", "US\nCongress", "us-congress"),
    ("Kremlin officials", "Kremlin", "russia"),
    ("NATO allies", "NATO", "nato"),
    # plural demonyms name the state as the singular does
    ("Venezuelans fled.", "Venezuelans", "venezuela"),
    ("South Koreans voted.", "South Koreans", "south-korea"),
    ("Pakistanis protested.", "Pakistanis", "pakistan"),
]


@pytest.mark.parametrize(("text", "surface", "target"), ALIASES)
def test_alias_variants(text: str, surface: str, target: str) -> None:
    assert (surface, target) in found(text)


COMPOUNDS = [
    ("the U.S.-South Korea alliance", {("U.S.", "united-states"), ("South Korea", "south-korea")}),
    ("China-U.S. relations", {("China", "china"), ("U.S.", "united-states")}),
    ("EU-North Korean diplomacy", {("EU", "european-union"), ("North Korean", "north-korea")}),
    ("North Korea-China relations", {("North Korea", "north-korea"), ("China", "china")}),
    ("Papua New Guinea agreed", {("Papua New Guinea", "papua-new-guinea")}),
    ("the African Union's Peace and Security Council", {("African Union", "african-union"),
                                                         ("Peace and Security Council", "au-peace-and-security-council")}),
    ("the Chinese Ministry of Foreign Affairs", {("Chinese Ministry of Foreign Affairs", "chinese-foreign-ministry")}),
    ("South Korean intelligence (NIS) says", {("South Korean intelligence", "national-intelligence-service"),
                                              ("NIS", "national-intelligence-service")}),
    ("a South Korea-North Korea-US-China declaration", {("South Korea", "south-korea"), ("North Korea", "north-korea"),
                                                         ("US", "united-states"), ("China", "china")}),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUNDS)
def test_compounds_tag_exactly(text: str, expected: set[tuple[str, str]]) -> None:
    assert found(text) == expected


# (earlier paragraphs..., the paragraph under test, expected (surface, id) or None for nothing)
CONTEXT = [
    # the North / the South: only in a brief about Korea, only as a name on its own
    (("North Korea tests missiles.", "In October the North organised a show."), ("North", "north-korea")),
    (("North Korea tests missiles.", "It blames the South's arms build-up."), ("South", "south-korea")),
    (("Mali is unstable.", "Abuses occurred in the North and centre."), None),
    (("North Korea tests missiles.", "Ships sail the North Atlantic."), None),
    (("North Korea tests missiles.", "Claims in the South China Sea grow."), None),
    (("North Korea tests missiles.", "Aid for the two Koreas."), ("two Koreas", "north-korea")),
    # capitals: acting, not places or names of events
    (("Pyongyang said no.",), ("Pyongyang", "north-korea")),
    (("Washington’s policy failed.",), ("Washington", "united-states")),
    (("MANILA HAS RESPONDED firmly.",), ("MANILA", "philippines")),
    (("Seoul and Washington agreed.",), ("Seoul", "south-korea")),
    (("The delegation visited Pyongyang in June.",), None),
    (("the Winter Olympics in Beijing will open.",), None),
    (("the Beijing Winter Olympics will open.",), None),
    (("a boycott of the Beijing Games.",), None),
    (("after skipping the Tokyo Games this year.",), None),
    (("since the Hanoi summit in 2019.",), None),
    (("talks in Vienna went on.",), None),
    (("Bogotá’s policy changed.",), ("Bogotá", "colombia")),
    (("Costs fall on poor districts in Bogotá.",), None),
    # seats of government, like capitals
    (("The White House said no.",), ("White House", "white-house")),
    (("Two summits were held at the White House.",), None),
    (("The Kremlin denied it.",), ("Kremlin", "russia")),
    (("A meeting in the Kremlin ended.",), None),
    # places and events that contain a name
    (("arms race on the Korean Peninsula.",), None),
    (("an end to the Korean War.",), None),
    (("parties to the Korean Armistice Agreement.",), None),
    (("claims in the South China Sea.",), None),
    # bare surnames and titles
    (("Moon Jae-in proposed it.", "Moon's call was dismissed."), ("Moon", "moon-jae-in")),
    (("Moon Jae-in proposed it.", "President Moon insisted."), ("Moon", "moon-jae-in")),
    (("Moon Jae-in proposed it.", "A rocket to the Moon."), None),
    (("Moon Jae-in proposed it.", "the moon rose."), None),
    (("The plan.", "Moon-era grievances resurfaced."), None),
    (("Kim Jong Un spoke.", "Kim said no."), ("Kim", "kim-jong-un")),
    (("Kim Jong Un spoke. Kim Yo-jong replied.", "Kim said no."), ("Kim", "kim-yo-jong")),
    (("Kim Yo-jong replied.", "Chairman Kim Jong Un agreed. Kim said yes."), ("Kim", "kim-jong-un")),
    (("The talks failed.", "Kim said no."), None),
    (("The talks failed.", "President Xi agreed."), ("Xi", "xi-jinping")),
    (("Joe Biden spoke.", "Biden said so."), ("Biden", "joe-biden")),
    (("Park Geun-hye was impeached.", "Park said so."), ("Park", "park-geun-hye")),
    (("Park Geun-hye and Park Jie-won met.", "Park said so."), ("Park", "park-jie-won")),
    # Not Kim Jong Un: another Kim, a person in his own right (his given name is a given name)
    (("Kim Jong Un spoke.", "Kim Jong Nam was killed."), ("Kim Jong Nam", "kim-jong-nam")),
    # common words and lowercase
    (("The vote is in March 2022.",), None),
    (("Let us see.",), None),
    (("fine china and tea.",), None),
    (("Winter Olympics and Cold War history.",), None),
]


@pytest.mark.parametrize(("texts", "expected"), CONTEXT)
def test_context_rules(texts: tuple[str, ...], expected: tuple[str, str] | None) -> None:
    got = found(*texts)
    if expected is None:
        assert got == set()
    else:
        assert expected in got


def test_span_is_the_name_only() -> None:
    b = brief("It blames China’s stance.")
    (m,) = recognise([b], registry()).mentions
    assert (m.span.start, m.span.end, m.surface) == (10, 15, "China")
    assert b.paragraphs[0].text[m.span.start : m.span.end] == "China"


def test_excluded_names_are_not_actors() -> None:
    b = brief("The Institute for National Security Strategy (INSS) says INSS data matter.")
    result = recognise([b], registry(), exclude=("INSS", "Institute for National Security Strategy"))
    assert result.mentions == () and result.discovered == ()


def test_excluded_name_removes_a_registry_actor() -> None:
    b = brief("The NIS believes the situation is not bad.")
    assert recognise([b], registry(), exclude=("National Intelligence Service",)).mentions == ()


def test_one_pass_per_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = matcher_module.Matcher.scan

    def counting(self: matcher_module.Matcher, text: str):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real(self, text)

    monkeypatch.setattr(matcher_module.Matcher, "scan", counting)
    b = brief("North Korea and China.", "Moon Jae-in and Moon.", "Nothing here.")
    recognise([b], registry())
    assert calls == [p.text for p in b.paragraphs]


def _result(order: list[Brief]) -> ActorResult:
    return recognise(order, registry())


def test_output_is_sorted_and_deterministic() -> None:
    briefs = [brief("Russia and China met. Putin spoke.", bid="z"), brief("Seoul said so. Kim Jong Un too.", bid="a"),
              brief("Zhao Lijian, spokesperson for the Chinese Ministry of Foreign Affairs, spoke.", bid="m")]
    first = _result(briefs)
    shuffled = briefs[:]
    random.Random(4).shuffle(shuffled)
    assert _result(shuffled) == first
    keys = [(m.brief, m.paragraph, m.span.start) for m in first.mentions]
    assert keys == sorted(keys)
    assert [a.id for a in first.actors] == sorted(a.id for a in first.actors)


def test_actors_are_only_those_mentioned() -> None:
    result = recognise([brief("Mongolia hosted talks.")], registry())
    assert [a.id for a in result.actors] == ["mongolia"]


def test_registry_problems_are_returned_not_raised() -> None:
    dup = (Actor(id=ActorId("x"), name="X Land", kind="state"), Actor(id=ActorId("x"), name="Other", kind="state"))
    result = recognise([brief("X Land grows.")], dup)
    assert any("duplicate id 'x'" in p.message for p in result.problems)
    assert [m.target for m in result.mentions] == ["x"]



ACCENTED = (Actor(id=ActorId("jose-marti"), name="José Martí", kind="person"),
            Actor(id=ActorId("nato"), name="North Atlantic Treaty Organization", kind="organisation",
                  aliases=("N.A.T.O.",)))


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        # The one fold (text.fold): an accent or an initialism's dots need no alias of their own.
        ("Jose Marti wrote it.", "Jose Marti", "jose-marti"),
        ("JOSÉ MARTÍ wrote it.", "JOSÉ MARTÍ", "jose-marti"),
        ("The NATO summit was held.", "NATO", "nato"),
        ("The N.A.T.O. summit was held.", "N.A.T.O.", "nato"),
    ],
)
def test_the_one_fold_equates_accents_and_dots(text: str, surface: str, actor: str) -> None:
    result = recognise([brief(text)], ACCENTED)
    assert (surface, actor) in {(m.surface, m.target) for m in result.mentions}

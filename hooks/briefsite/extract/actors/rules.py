"""Language knowledge for actor recognition: word lists and context tests.

Input: folded paragraph text (`text.fold`) and a match's offsets. Output:
yes/no answers used by `actors` and `discovery` (is this capital used as a
state, is this capitalised word a title, a month, an event ...). Registry data
says who the actors are; this module says how English refers to them.
"""

from __future__ import annotations

import re

from briefsite.text import dates
from briefsite.text.fold import Folded

# Words that put a name after them in a role, not in the span: `President Moon`.
TITLES = frozenset("""
president vice-president chairman chairwoman chair premier chancellor minister secretary
leader general marshal admiral commander ambassador envoy spokesperson spokesman spokeswoman
director senator representative governor king queen prince emperor pope mr mrs ms dr
prime foreign defence defense deputy first comrade supreme special sr secretary-general
excellency speaker representatives senators ministers presidents commissioners governors
professor sir dame lord lady baroness
""".split())

# Capitals that newspapers use for their governments (`Pyongyang said`).
CAPITALS = frozenset("""
pyongyang seoul washington beijing moscow tokyo brussels london paris berlin kyiv kiev
tehran taipei ulaanbaatar hanoi delhi canberra ottawa ankara riyadh warsaw minsk rome
madrid oslo stockholm helsinki copenhagen reykjavik bamako niamey ouagadougou n'djamena
nouakchott damascus baghdad cairo islamabad kabul manila jakarta bangkok naypyidaw
riyadh doha muscat tallinn riga vilnius chisinau havana caracas wellington bern vienna abuja
budapest prague bratislava bucharest athens lisbon dublin belgrade yerevan baku astana
brasilia pretoria sanaa beirut amman algiers tripoli rabat khartoum dakar accra cotonou lome
conakry abidjan tirana sarajevo sofia zagreb nicosia tbilisi pristina valletta podgorica skopje
ljubljana manama dhaka thimphu bishkek kathmandu colombo dushanbe dili ashgabat tashkent ramallah
lima santiago quito bogota bogotá montevideo asuncion asunción managua tegucigalpa georgetown
paramaribo luanda gaborone gitega yaounde yaoundé bangui brazzaville kinshasa malabo asmara mbabane
libreville banjul bissau nairobi maseru monrovia antananarivo lilongwe maputo windhoek kigali
freetown mogadishu hargeisa juba dodoma tunis kampala lusaka harare suva tarawa majuro apia honiara
funafuti
""".split()) | {"new delhi", "kuala lumpur", "phnom penh", "abu dhabi", "the hague", "la paz",
               "buenos aires", "panama city", "guatemala city", "san salvador", "santo domingo",
               "port au prince", "port of spain", "addis ababa", "port louis",
               "dar es salaam", "port moresby", "port vila"}

# Seats of government, used like capitals: `the Kremlin said` acts, `at the White House` is a place.
SEATS = frozenset({"white house", "kremlin", "blue house", "downing street", "elysee", "élysée",
                   "zhongnanhai"})

# A capital after one of these is a place, not a government: `the Games in Beijing`.
PLACE_WORDS = frozenset("""
in at to into near outside inside around across via visit visited visiting visits toward towards
""".split())

# A capital or name followed by one of these is an event or thing: `Hanoi summit`.
EVENT_WORDS = frozenset("""
summit summits games olympics olympic talks meeting meetings conference declaration agreement
agreements accord accords process format consensus protocol statement communique charter
treaty dialogue forum initiative airport university post times embassy station marathon
""".split())

# Phrases that contain an alias but name a place, an event or a medium, never an actor.
NOT_ACTORS = (
    "Korean Peninsula", "Korean War", "Korean Armistice Agreement", "Armistice Agreement",
    "Beijing Winter Olympics", "Beijing Olympics", "Beijing Games", "Tokyo Games",
    "Tokyo Olympics", "Pyeongchang Olympics", "South China Sea", "East China Sea",
    "Sea of Japan", "Latin America", "Latin American", "South America", "South American",
    "North America", "North American", "Central America", "Central American",
    "Indian Ocean", "Indian Ocean Region", "Hanoi summit", "Singapore summit",
    "Washington Post", "Washington Consensus", "Japan Times", "Korea Herald", "Korea Times",
    "China Daily", "Chinese New Year", "Russian Far East", "Mexico City",
    "New Year", "Cold War", "French Guiana", "French Polynesia", "Turkish Straits",
    "American Samoa", "Ukrainian Orthodox Church", "Russian Orthodox Church",
)

# `the North`/`the South` stand for the Koreas only in a brief about Korea.
REGIONS = (("the North", "north-korea"), ("the South", "south-korea"))
KOREAS = ("the two Koreas", "both Koreas", "the Koreas")
KOREA_IDS = ("north-korea", "south-korea")

# Family name first: a person of these states is called by the first word of the name.
FAMILY_FIRST = frozenset({"north-korea", "south-korea", "china", "taiwan", "vietnam"})

MONTHS = frozenset(dates.MONTHS)  # month names and abbreviations are no names
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Capitalised words that are never part of a person's name (headings, events, places, roles).
COMMON = MONTHS | DAYS | TITLES | EVENT_WORDS | frozenset("""
the a an and or of for in on at by to with from as but if then this that these those it its
their his her our we they he she there here when while since after before although however
north south east west northern southern eastern western central new old cold war warfare
year years day week month winter summer spring autumn olympics olympic games summit
party ministry council committee commission office department agency service union army
navy forces force command government administration assembly congress parliament court
national international united states republic kingdom people peoples democratic korea korean
self defence defense covid pandemic sars internal external context approach relations
conclusions conclusion perspectives introduction summary background recommendations outlook
policy strategy security peace nuclear missile missiles sanctions economy economic trade
foreign affairs global world europe european asia asian pacific atlantic arctic africa
african middle sahel sea ocean island islands peninsula region regional declaration
agreement treaty deal no yes key main first second third fourth part chapter section
annex table figure source sources note notes see also one two three
project plan programme program data event location report shoal reef strait bay river gulf
canal cape lake valley desert mountain mountains route border square palace house hall street
shrine temple station base port airport camp
""".split())

# Words that may open a sentence before a name (`Later Omar Haddad left`): dropped, not fatal.
STARTERS = frozenset("""
the a an and or but however moreover meanwhile then when while since after before although
in on at by to with from as if this that these those it its their his her our we they he she
there here later also yet so thus today now still even only both
""".split())

_WORD_BEFORE = re.compile(r"([\w'.-]+)\s*$")
_WORD_AFTER = re.compile(r"^\s*([\w'.-]+)")


def word_before(folded: Folded, start: int) -> str:
    """Return the folded word just before offset `start` (case kept), or ''."""
    # Scanned back by hand, in time linear in the word: a regex search tries every offset
    # before `start` (from 0 it was quadratic in a paragraph's length). The word is what
    # `_WORD_BEFORE` matches: word characters and `'.-`, then only spaces up to `start`.
    text = folded.text
    end = min(start, len(text))
    while end > 0 and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_'.-"):  # `\w` is isalnum() and `_`
        begin -= 1
    return text[begin:end]


def word_after(folded: Folded, end: int) -> str:
    """Return the word right after offset `end` (case kept): `'s` for a possessive, '' after punctuation."""
    rest = folded.text[end : end + 40]
    if rest.startswith("'"):
        return "'s"
    m = _WORD_AFTER.match(rest)
    return m.group(1) if m and rest.startswith(" ") else ""


def starts_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def capital_acts(folded: Folded, start: int, end: int) -> bool:
    """Return True if a capital at [start, end) stands for its government.

    It does when it is possessive or followed by a verb-like word (`Pyongyang said`,
    `Washington's policy`); it does not after a place word (`in Beijing`, `at the White
    House`), before a
    capitalised word (`Beijing Winter Olympics`) or before an event word (`Hanoi summit`).
    """
    after = word_after(folded, end)
    if after == "'s":
        return True
    before = word_before(folded, start)
    if before.lower() == "the":  # `at the White House`, `in the Kremlin`
        before = word_before(folded, start - len(before) - 1)
    if before.lower() in PLACE_WORDS:
        return False
    if after.isupper() and folded.text[start:end].isupper():
        after = after.lower()  # text in capitals (`MANILA HAS RESPONDED`): case says nothing
    if starts_capitalised(after) and not sentence_ends(folded, end):
        return False
    return after.lower().strip(".") not in EVENT_WORDS


def sentence_ends(folded: Folded, end: int) -> bool:
    """Return True if a sentence ends right after offset `end`."""
    return folded.text[end : end + 1] in {".", "!", "?", ";", ":"}


def region_applies(folded: Folded, start: int, end: int) -> bool:
    """Return True if `the North` at [start, end) is not the start of a longer name."""
    after = word_after(folded, end)
    if after == "'s":
        return True
    return not (starts_capitalised(after) and not sentence_ends(folded, end))


def bare_name_applies(folded: Folded, start: int, end: int) -> bool:
    """Return True if a bare surname at [start, end) can be a person (`Moon`, not `the Moon`).

    Not after `the`, and not before another capitalised word, which makes it part of
    a name the registry does not know (`Kim Jong Nam`).
    """
    if word_before(folded, start).lower() == "the":
        return False
    if folded.text[start:end].lower() in COMMON:
        return False
    after = word_after(folded, end)
    if after == "'s":
        return True
    return not (starts_capitalised(after) and not sentence_ends(folded, end))


def titled(folded: Folded, start: int) -> bool:
    """Return True if a title (`President`, `Chairman`) stands right before offset `start`."""
    return word_before(folded, start).lower().strip(".") in TITLES

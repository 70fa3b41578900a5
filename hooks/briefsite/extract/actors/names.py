"""What a capitalised name is, told from its structure: a lexicon of head nouns.

Input: a name as written (`Department of Homeland Security`, `Clean Air Act`, `Fort Hood`).
Output: yes/no answers and a kind, used by discovery: is it headed by an organisation noun,
is it a law, a programme, a publication, a place or a thing (never an actor), is it a
company. English names put the head last (`Federal Trade Commission`) or first with a
complement (`Court of Appeals for Veterans Claims`); the head decides what the name names,
whatever publisher wrote it.
"""

from __future__ import annotations

# Heads that make a capitalised phrase a body: governments, legislatures, courts, agencies,
# armed forces, parties, companies, international bodies and their panels and teams.
ORG_HEADS = frozenset("""
agency administration authority board bureau cabinet caucus chamber commission
committee subcommittee council court tribunal department ministry office secretariat service
directorate inspectorate congress senate parliament assembly legislature knesset bundestag duma
army navy corps guard patrol command forces force militia brigade battalion regiment police
gendarmerie party union association alliance federation league coalition network front movement
bank institute foundation university academy laboratory centre center mission panel
team organisation organization community consortium company corporation group inc corp ltd llc
plc commissioner judiciary
""".split())

# Heads of armed or political groups rather than institutions.
GROUP_HEADS = frozenset("front movement militia brigade battalion rebels coalition caucus".split())

# Heads that make a name something other than an actor, when they end it: a law or an act of
# government, a programme or fund, a publication, a place, a vehicle or a weapon, an event.
NOT_ACTOR_HEADS = frozenset("""
act acts law laws bill bills code rule rules regulation regulations order orders treaty
agreement accord accords convention charter protocol amendment amendments statute statutes
memorandum directive resolution declaration doctrine clause section title provision compact
compacts
program programs programme programmes fund funds initiative initiatives project projects grant
grants plan plans strategy account scheme facility pilot credit tax tariff funding
report reports review sidebar register journal times post insight brief bulletin record
gazette digest newsletter magazine press series note notes
zone area region corridor county city town village district province territory park bridge
tunnel road highway street avenue airport station harbor harbour bay island islands base fort
camp range valley basin mountains river lake sea ocean
vehicle vehicles tank tanks variant variants ship ships vessel class aircraft missile missiles
rifle gun platform satellite
summit conference talks games olympics war crisis exercise operation campaign
research design build care energy products intelligence farm market mining
""".split())

# Words that open a place's name: `Fort Hood`, `Los Angeles`, `San Diego`, `Mount Fuji`.
PLACE_OPENERS = frozenset("fort camp mount lake port los las san santa são sao st st. saint el".split())

# Legal forms that end a company's name (`Raw Farm, LLC`, `Tata Motors Ltd`).
COMPANY_ENDINGS = frozenset("inc inc. corp corp. co co. ltd ltd. llc plc gmbh ag sa s.a. nv bv".split())


def _bare(word: str) -> str:
    return word.lower().strip(".,;:’'").removesuffix("’s").removesuffix("'s")


def head_is_org(word: str) -> bool:
    """Return True if `word` can head an organisation's name."""
    return _bare(word) in ORG_HEADS


def not_actor(name: str) -> bool:
    """Return True if a capitalised name names no actor: it ends in a law, programme,
    publication, place or thing noun (`Clean Air Act`, `Legal Sidebar`, `Gun Variant`) or
    opens like a place (`Fort Hood`, `Los Angeles`)."""
    words = name.split()
    if not words:
        return True
    return _bare(words[-1]) in NOT_ACTOR_HEADS or (len(words) > 1 and _bare(words[0]) in PLACE_OPENERS)


def thing_name(words: list[str]) -> bool:
    """Return True if an organisation-like name is a thing named after a body: its last two
    words are capitalised and the last is a law, programme or thing noun (`Department of
    Homeland Security Grant Program`, `Federal Reserve Act`), not a joined complement
    (`Office of Management and Budget`)."""
    return len(words) >= 2 and words[-2][:1].isupper() and _bare(words[-1]) in NOT_ACTOR_HEADS


def is_group(name: str) -> bool:
    """Return True if an organisation's name is that of an armed or political group: its last
    head says so (`Tigray People's Liberation Front`; not `Armored Brigade Combat Team`)."""
    heads = [_bare(w) for w in name.split() if _bare(w) in ORG_HEADS]
    return bool(heads) and heads[-1] in GROUP_HEADS


def company(name: str) -> bool:
    """Return True if a name ends in a company's legal form."""
    words = name.split()
    return bool(words) and _bare(words[-1]) in COMPANY_ENDINGS

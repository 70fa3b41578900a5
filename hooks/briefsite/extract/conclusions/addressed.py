"""Advice laid before a legislature or a government: the options form of a recommendation.

Input: the text of one sentence (quotes masked). Output: the match of an options frame, with
the span of the addressee where the sentence names one, or None.

Legislative research services and policy institutes rarely write "Congress should"; they
lay options before the addressee with a modal of possibility or permission whose subject is
the addressee ("Congress may wish to consider", "Congress could", "Policymakers might",
"Members may also assess"), or name the options themselves ("Options include",
"Considerations for Congress could include", "Issues for Congress may include"). Read by
sentence mood and subject, these are advice, not a forecast of what the addressee will do,
so `rules` checks them before the forecast rules.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Compiled once: the conclusion rules run on every sentence.
_HEAD_END = re.compile(r"\s(?:who|which|that|of|to|in|with|under|for)\s")
_LOWER_WORDS = re.compile(r"[a-z]+")
_OPENING_CLAUSE = re.compile(r"^(?:in|as|when|while|if|for|given|beyond|besides|in\s+addition)\b[^,;]{0,120},\s*", _I)

# Who options are laid before: a legislature, its members and committees, a government,
# and the generic names for those who decide policy.
ADDRESSEE = (
    r"(?:(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?congress|parliament|(?:the\s+)?(?:(?:u\.\s?s\.|us|united\s+states)\s+)?"
    r"(?:senate|house|legislature|"
    r"government|administration|executive\s+branch|bundestag|diet|knesset)|"
    r"(?:(?:the\s+)?(?:relevant|congressional|parliamentary|appropriations|oversight|authorizing)\s+)?committees?|"
    r"members(?:\s+of\s+(?:congress|parliament|the\s+\w+))?|lawmakers|legislators|policy\s*makers|"
    r"policy-makers|decision\s*makers|decision-makers|governments|regulators|appropriators|ministers|"
    r"(?:federal|state|national|allied|partner|member)\s+(?:governments|states|agencies|regulators))"
)
_SOFTENERS = r"(?:(?:also|further|still|then|instead|therefore|thus|likewise|similarly|alternatively|additionally)\s+)*"
# "may wish to", "could choose to", "might decide to": the addressee's choice, softened.
_CHOICE = r"(?:(?:wish|want|choose|decide|elect|opt|seek|continue|need)\s+to\s+)?"
OPTION_MODAL = re.compile(
    rf"(?:^|(?<=[,;:]\s)|(?<=\bthat\s)|(?<=,\sand\s)|(?<=,\sbut\s))(?P<addr>{ADDRESSEE})\s+{_SOFTENERS}"
    # "Congress could, for instance, amend ...": an aside between the modal and the verb
    rf"(?P<modal>may|might|could|can)(?:,\s*[^,]{{1,30}},)?\s+{_SOFTENERS}{_CHOICE}{_SOFTENERS}"
    # not "could not", "may be", "might have": a prohibition, a state or hindsight
    r"(?!not\b|be\b|have\b|never\b)(?-i:[a-z]+)\b",
    _I,
)
_PRONOUN_MODAL = re.compile(
    rf",\s+(?:it|they)\s+{_SOFTENERS}(?:may|might|could)\s+{_SOFTENERS}{_CHOICE}{_SOFTENERS}"
    r"(?!not\b|be\b|have\b|never\b)(?-i:[a-z]+)\b",
    _I,
)
_EXECUTIVE = re.compile(
    r"(?:the\s+)?(?:government|administration|executive\s+branch)|governments|ministers|regulators", _I
)
# Verbs of weighing options: what an addressee "may consider", "could examine", "might wish to".
_ADVISORY = re.compile(
    r"\b(?:wish|want|choose|decide|elect|opt)\s+to\b|\b(?:consider|examine|explore|review|assess|evaluate|weigh|"
    r"monitor|debate|revisit|reconsider|clarify|study|oversee|contemplate|address|seek|request|require|direct)\b",
    _I,
)
_NAMED = re.compile(rf"\b{ADDRESSEE}\b", _I)
# "In its oversight role, Congress may ...": an opening adverbial before the addressee.
_LEAD = re.compile(r"^(?:[^,;]{0,120},\s*)+", _I)
# "Options include", "Policy options for Congress could include", "Issues for Congress in
# considering reauthorization proposals may include", "A related question could be whether".
OPTIONS_LIST = re.compile(
    r"^(?:an?\s+|the\s+|one\s+|another\s+|other\s+|some\s+|several\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:options?|considerations?|alternatives|choices)(?:\s+for\s+(?P<addr>[^,;]+?))?(?:\s+[^,;]{0,80}?)?\s+"
    r"(?:(?:may|might|could|would)\s+(?:also\s+)?)?"
    # issues, questions, approaches and steps are options only with a modal: "These actions include" describes
    r"|(?:issues|questions?|approaches|steps|actions)(?:\s+for\s+(?P<addr3>[^,;]+?))?(?:\s+[^,;]{0,80}?)?\s+"
    r"(?:may|might|could|would)\s+(?:also\s+)?)"
    r"(?:include|be\s+(?:whether|to\b|(?-i:[a-z]+ing\b))|are\s+(?:whether|the\s+following))\b"
    # "Another area of consideration is how ...", "A further issue for Congress is whether ..."
    r"|^(?:an?|the|one|another)\s+(?:\w+\s+)?(?:area|issue|question|matter)\s+(?:of|for)\s+"
    r"(?P<addr2>consideration|oversight|congress|parliament|policymakers)\s+(?:is|may\s+be|could\s+be)\s+"
    r"(?:how|whether|what|the\s+extent)\b",
    _I,
)


# Collectives that advice addresses although they are common nouns ("the country must decide").
_COLLECTIVE = re.compile(
    r"\b(?:countr(?:y|ies)|states?|nations?|region|alliance|union|west|allies|partners|leaders|authorities|"
    r"we|us|europe|europeans|americans|president|prime\s+minister|minister|chancellor|secretary|commissioner|"
    r"ambassador|envoy|leader|leadership|opposition|military|army|navy|parliament|regime|junta|movement|"
    r"government|department|ministry|agency|agencies|court|commission|council|bank|central\s+bank)\b",
    _I,
)
_ROLE_PLURALS = ("ers", "ors", "ants", "ents", "ies", "ees", "ists", "ions")
_INDEFINITE = frozenset("a an any all each every no such you one".split())
_DEFINITE = frozenset("the this that these those".split())
_ROLE_ENDINGS = ("ant", "ants", "ent", "ents", "er", "ers", "or", "ors", "ee", "ees", "ist", "ists", "ive", "ives")
_ROLE_WORDS = frozenset("party parties person persons people individual individuals user users".split())


_TRIGGERS = frozenset(
    "may might could can option options consideration considerations alternatives choices issues question "
    "questions approaches steps actions area issue matter".split()
)


def generic_subject(subject: str) -> bool:
    """Return True if `subject` names a role under a rule rather than an actor that advice
    addresses: "a petitioner", "the claimant", "All parties to a reportable deal", "Users who
    borrow", "you" (generic). Proper nouns ("the EU", "Member States"), legislatures,
    governments and collectives ("the country") are addressable."""
    words = subject.split()
    if not words or _NAMED.search(subject) or _COLLECTIVE.search(subject):
        return False
    rest = words[1:]
    if any(w[:1].isupper() for w in rest):
        return False  # a proper noun inside: "the European Commission"
    first = words[0]
    # a plural role noun opening the sentence ("Users who borrow", "Claimants"), not "Brussels"
    plural_role = first[:1].isupper() and first[1:].islower() and first.endswith(_ROLE_PLURALS)
    if first.lower() in _DEFINITE:  # "the claimant" is a role; "the issue of easing sanctions" a topic advised on
        head = _HEAD_END.split(subject + " ")[0].split()[-1].lower()
        return head.endswith(_ROLE_ENDINGS) or head in _ROLE_WORDS
    return first.lower() in _INDEFINITE or plural_role


def options_frame(text: str) -> tuple[str, int, tuple[int, int] | None] | None:
    """Return the cue, its offset and the addressee's span of an options frame in `text`."""
    if _TRIGGERS.isdisjoint(_LOWER_WORDS.findall(text.lower())):
        return None  # every frame needs a modal or a word for options
    m = OPTIONS_LIST.search(_strip_lead(text))
    if m:
        shift = len(text) - len(_strip_lead(text))
        group = next((g for g in ("addr", "addr2", "addr3") if m.group(g)), "addr")
        addr = (m.start(group) + shift, m.end(group) + shift) if m.group(group) else None
        return m.group(0), m.start() + shift, addr
    if text.rstrip().endswith("?"):
        return None
    for m in OPTION_MODAL.finditer(text):
        before = text[: m.start()]
        if before.strip() and not _LEAD.fullmatch(before) and not before.rstrip().endswith(("that", ", and", ", but", ";")):
            continue  # "the ruling held that Congress could ..." is narrative, see the lead check
        if _EXECUTIVE.fullmatch(m.group("addr")) and not _ADVISORY.search(m.group(0)):
            continue  # "the Administration could impose tariffs" may be a forecast; options take a verb of weighing
        return m.group(0), m.start(), (m.start("addr"), m.end("addr"))
    m = _PRONOUN_MODAL.search(text)  # "As Congress oversees ..., it may consider ..."
    if m:
        named = _NAMED.search(text, 0, m.start())
        if named:
            return m.group(0), m.start(), (named.start(), named.end())
    return None


def _strip_lead(text: str) -> str:
    """`text` without one opening adverbial clause ("In weighing a reauthorization, ...")."""
    m = _OPENING_CLAUSE.match(text)
    return text[m.end():] if m else text

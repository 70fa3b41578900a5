"""Organisations found by the structure of their names, in any brief.

Input: a paragraph's text. Output: `OrgName`s, each a capitalised phrase headed by an
organisation noun (`names.ORG_HEADS`), with its offsets, the acronym the text defines right
after it (`(ARPA-H)`), and the words before the head that may be a state's name
(`U.S. Department of Veterans Affairs`) for the caller to judge. Two shapes, the two ways
English builds such names: modifiers then the head (`Federal Open Market Committee`,
`Securities and Exchange Commission`) and the head with a complement (`Department of
Homeland Security`, `Board of Governors of the Federal Reserve System`, `Committee on
Foreign Investment in the United States`). A name that ends in a law, programme,
publication, place or thing noun is none (`Department of Defense Appropriations Act`), and
neither is a head alone (`the Committee`: a short name, resolved in context by `context`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from briefsite.text import dates
from briefsite.text.words import CONTINUATIONS, SENTENCE_WORDS, is_common
from briefsite.extract.actors.names import NOT_ACTOR_HEADS, head_is_org, not_actor, thing_name
from briefsite.extract.actors.rules import STARTERS, TITLES

# A word, with the dots of an abbreviation (`U.S.`, `St.`) and inner hyphens or apostrophes.
_TOKEN = re.compile(r"[^\W_][\w.'’&-]*|[^\w\s]")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,3}|St\.|Co\.|Inc\.|Corp\.|Ltd\.|Jr\.|Sr\.")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")  # what _POSSESSIVE finds in a token (no line break in one)
# Lowercase words that may join the capitalised words of one name.
_JOINERS = frozenset("of for on in and to at & the de du des la le".split())
_COMPLEMENT = frozenset("of for on in".split())
# First words that make a body's name a post's (`Vice Department Director`) or a past one's.
_NOT_OPENING = frozenset("vice deputy acting former then".split())
# Words that open a sentence before a name (`Should Congress act`, `See U.S. Congress`).
_OPENERS = STARTERS | CONTINUATIONS | SENTENCE_WORDS | frozenset({"see", "cf", "under", "per"})
_HEAD = re.compile(r"\b[A-Z][A-Za-z]+\b")
_REACH = 240  # characters around a head that its name may span
_ADJECTIVE = re.compile(r"-[a-z]+$")
_CALENDAR = frozenset(dates.MONTHS) | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MAX_COMPLEMENT = 6  # capitalised words after `of`: more is a title (`... for Improving the Quality of Life`)
# A company's or society's legal form in brackets between its name and its acronym:
# `Federated Farmers of New Zealand (Inc.) (FFNZ)`.
LEGAL_FORM = r"(?:\((?:Inc|Incorporated|Ltd|Pty\.?\s+Ltd|LLC|Corp|Co|plc|PLC|AG|GmbH|SA)\.?\)\s+)?"
_ACRONYM_AFTER = re.compile(rf"\s*{LEGAL_FORM}\((?P<acr>[A-Z][A-Za-z&-]{{1,11}})\)")
_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")
# A treaty's noun in lower case after a name: the name is the treaty's (`the Falepili Union treaty`).
_SENTENCE_END = frozenset(".!?:;\"“”\n")
_LAW_AFTER = re.compile(r"\s+(?:treaty|treaties|agreement|accord|pact|compact|convention|charter|protocol)\b")
# What may run on past a name cut short, up to an acronym defined for the longer name: the rest
# of a list of complements (`Ministry of Agriculture, Forestry, and Fisheries (MAFF)`) or a
# lowercase word (`... in the ASEAN region (NePAAA)`), a few words at most.
_RUN_ON = re.compile(r"(?:,?\s+(?:(?:and|&|of|for|in|on|the)\s+)*[A-Z][\w'’-]*|\s+[a-z]{3,}){1,5}?"
                     r"(?=\s*\((?P<acr>[A-Z][A-Za-z&-]{1,11})\))")


@dataclass(frozen=True, slots=True)
class OrgName:
    """An organisation's name as written at [start, end), and the acronym defined after it."""

    text: str
    start: int
    end: int
    acronym: str | None


class _Tok(NamedTuple):  # a tuple: made for every word near a head, and cheaper so than a dataclass
    text: str
    start: int
    end: int
    possessive: bool
    cap: bool


def _capitalised(word: str) -> bool:
    # `AI-related`, `U.S.-based` are adjectives; `FY2027` is a date.
    return word[:1].isupper() and not _ADJECTIVE.search(word) and not any(c.isdigit() for c in word)


def _windows(text: str) -> list[tuple[int, int]]:
    """Return the stretches of `text` around its capitalised organisation heads, merged:
    only those can hold a name, and reading the rest word by word would be wasted."""
    out: list[tuple[int, int]] = []
    for m in _HEAD.finditer(text):
        if not head_is_org(m.group(0)):
            continue
        start = max(0, m.start() - _REACH)
        start = text.find(" ", start) + 1 if start else 0
        end = min(len(text), m.end() + _REACH)
        end = text.rfind(" ", m.end(), end) if end < len(text) and text.rfind(" ", m.end(), end) > 0 else end
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    """Return the words of `text[start:end]`, a sentence's full stop and a possessive `'s` split off."""
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word, start = m.group(0), m.start()
        stop = word.endswith(".") and not _ABBREVIATION.fullmatch(word)
        if stop:
            word = word.rstrip(".")
        poss = word.endswith(_POSSESSIVE_ENDS) and len(word) > 2 and not word.endswith("s’") and not word.endswith("s'")
        if poss:
            word = _POSSESSIVE.sub("", word)
        if word:
            out.append(_Tok(word, start, start + len(word), poss, _capitalised(word)))
        if stop:  # a full stop ends any name
            out.append(_Tok(".", start + len(m.group(0)) - 1, start + len(m.group(0)), False, False))
    return out


def _chunks(tokens: list[_Tok]) -> list[list[_Tok]]:
    """Return the runs of capitalised words with lowercase joiners between them."""
    chunks: list[list[_Tok]] = []
    current: list[_Tok] = []
    pending: list[_Tok] = []
    for tok in tokens:
        if tok.cap:
            if current and pending:
                current.extend(pending)
            elif not current:
                pending = []
            current.append(tok)
            pending = []
            if tok.possessive:
                chunks.append(current)
                current = []
        elif current and tok.text in _JOINERS and len(pending) < 2 and (not pending or tok.text == "the"):
            pending.append(tok)
        else:
            if current:
                chunks.append(current)
            current, pending = [], []
    if current:
        chunks.append(current)
    return chunks


def _heads_after(chunk: list[_Tok], i: int) -> bool:
    """Return True if the capitalised run from `i` holds another organisation head."""
    while i < len(chunk) and chunk[i].cap:
        if head_is_org(chunk[i].text):
            return True
        i += 1
    return False


def _right_end(chunk: list[_Tok], h: int) -> int:
    """Return the end of the name headed at `h`: its complement (`of the X`) or `h + 1`."""
    if h + 1 >= len(chunk) or chunk[h].possessive or chunk[h + 1].text not in _COMPLEMENT:
        return h + 1
    first = chunk[h + 2] if chunk[h + 2].text != "the" or h + 3 >= len(chunk) else chunk[h + 3]
    if first.text.lower() in _CALENDAR or (chunk[h + 1].text in ("in", "on") and first.text.isupper()):
        return h + 1  # `Congress on June 3`, `Congress in the IIJA`: a date or a text, no complement
    end, i, words = h + 1, h + 2, 0
    while i < len(chunk):
        tok = chunk[i]
        if tok.cap:
            words += 1
            if words > _MAX_COMPLEMENT:
                return -1
            if tok.text.lower() in TITLES and chunk[i - 1].cap and not (
                    chunk[h + 2].text == "the" and (i + 1 == len(chunk) or not chunk[i + 1].cap)):
                # `Department of Homeland Security Secretary ...`: a title, then a person; but
                # `Office of the U.S. Trade Representative`: the office of a post, named in full
                break
            end = i + 1
            if tok.possessive:
                break
        elif tok.text == "in" and i + 1 < len(chunk) and chunk[i + 1].cap:
            break  # `... of the Sea in Hamburg`: a place, not the name
        elif tok.text in ("and", "&"):
            nxt = chunk[i + 1] if i + 1 < len(chunk) else None
            if nxt is None or not nxt.cap or _heads_after(chunk, i + 1):
                break  # `the Department of Justice and the Department of ...`: two names
        i += 1
    return end if end > h + 1 else h + 1


def _left_start(chunk: list[_Tok], h: int) -> int:
    """Return the start of the modifiers before the head at `h` (`Food and Drug`)."""
    s = h
    while s > 0:
        prev = chunk[s - 1]
        if prev.cap and not prev.possessive:
            s -= 1
        elif (prev.text in ("and", "&") and s >= 2 and s < h and chunk[s - 2].cap and not chunk[s - 2].possessive
              and not head_is_org(chunk[s - 2].text) and not chunk[s - 2].text.isupper()
              and (s < 3 or chunk[s - 3].text not in _COMPLEMENT)):
            # `Food and Drug Administration`; not `Bureau of X and Y Agency`, `NASA and Congress`
            s -= 2
        else:
            break
    while s < h and (chunk[s].text.lower() in _OPENERS):
        s += 1
    return s


def org_names(text: str) -> list[OrgName]:
    """Return the organisation names in `text`, longest first where they overlap, in text order."""
    found: list[tuple[int, int]] = []
    for chunk in (c for a, b in _windows(text) for c in _chunks(_tokens(text, a, b))):
        for h, tok in enumerate(chunk):
            if not (tok.cap and head_is_org(tok.text)):
                continue
            s, e = _left_start(chunk, h), _right_end(chunk, h)
            if e < 0:
                continue
            if s < h and _gerund_opens(text, chunk[s]):
                s += 1  # `Getting Congress to approve ...`: a verb that opens the sentence
            words = chunk[s:e]
            content = [w for w in words if w.cap]
            if len(content) < 2 or all(head_is_org(w.text) for w in content):
                continue  # `the Committee`, `the Mission of the Commission`: no name, only heads
            if e < len(chunk) and chunk[e].cap and chunk[e].text.lower() not in TITLES:
                continue  # `Department of Energy Loan Programs`, `Oxfam Community Aid Abroad`: a longer name
            acronym = _ACRONYM_AFTER.match(text, words[-1].end)
            defined = acronym is not None and _initials_fit(text[words[0].start:words[-1].end], acronym.group("acr"))
            if (thing_name([w.text for w in words]) and not defined) or words[0].text.lower() in _NOT_OPENING:
                continue  # a law or programme named after a body, unless defined as a body's acronym
            thing = acronym and _WORD_AFTER.match(text, acronym.end())
            if thing and thing.group(1).lower() in NOT_ACTOR_HEADS:
                continue  # `Intermediate-range Nuclear Forces (INF) Treaty`: the treaty's name
            if _LAW_AFTER.match(text, words[-1].end):
                continue  # `the Falepili Union treaty`: the name of the treaty, as a modifier
            if s >= 2 and chunk[s - 1].text in _JOINERS and not_actor(chunk[s - 2].text):
                continue  # `Compacts of Free Association`: inside the name of a thing
            found.append((words[0].start, words[-1].end))
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda se: (se[0] - se[1], se[0])):
        if all(end <= a or start >= b for a, b in chosen):
            chosen.append((start, end))
    out: list[OrgName] = []
    for start, end in sorted(chosen):
        end -= text[end - 1] in "’'"  # `Armed Forces’`: a plural's possessive
        end = _run_on(text, start, end)
        m = _ACRONYM_AFTER.match(text, end)
        acr = m.group("acr") if m and _initials_fit(text[start:end], m.group("acr")) else None
        out.append(OrgName(text[start:end], start, end, acr))
    return out


def _initials_fit(name: str, acronym: str) -> bool:
    """Return True if the acronym's letters are initials of the name's words, in order
    (lowercase joiners may be skipped or used: `DHS`, `FEMA`, `ARPA-H`, `CFIUS`)."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    words = [p for w in name.replace("-", " ").split() for p in [w] if p[:1].isalpha()]
    if not letters or letters[0] != words[0][:1].upper():
        return False

    def fit(li: int, wi: int) -> bool:
        if li == len(letters):
            return all(not w[:1].isupper() for w in words[wi:])
        if wi == len(words):
            return False
        w = words[wi]
        if w[:1].upper() == letters[li] and fit(li + 1, wi + 1):
            return True
        # A word may give two letters (`GAO` is not, `NASA`'s Aeronautics is one) or none if lowercase.
        return (not w[:1].isupper() and fit(li, wi + 1)) or (
            len(w) > 1 and li + 1 < len(letters) and w[1:2].upper() == letters[li + 1] and w[:1].upper() == letters[li]
            and fit(li + 2, wi + 1))

    return fit(0, 0)


def _run_on(text: str, start: int, end: int) -> int:
    """Return the end of the name at [start, end), run on to the acronym defined after it when
    the acronym's initials fit the longer name and not the one cut short."""
    m = _RUN_ON.match(text, end)
    if m is None or _ACRONYM_AFTER.match(text, end):
        return end
    acr = m.group("acr")
    # The acronym may leave out a state's name before the body's (`Cambodia Ministry of ...`).
    starts = [start + w.start() for w in re.finditer(r"\S+", text[start:end])]
    if any(_initials_fit(text[k:end], acr) for k in starts):
        return end
    return m.end() if any(_initials_fit(text[k:m.end()], acr) for k in starts) else end


def _gerund_opens(text: str, tok: _Tok) -> bool:
    """Return True if `tok` is an English word in -ing that opens a sentence (`Getting Congress
    to approve ...`, `Strengthening NATO ...`): a verb before the name, not part of it."""
    before = text[max(0, tok.start - 3):tok.start].rstrip()
    return (tok.text.endswith("ing") and (not before or before[-1] in _SENTENCE_END)
            and is_common(tok.text.lower()))

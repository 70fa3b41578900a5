"""Short names that name an actor only in context.

Input: the actors (registry and discovered) and, per brief, its paragraphs and the mentions
found so far. Output: the short forms to match (`Congress` for `US Congress`, `National
Assembly` for `National Assembly of South Korea`), each with the actors it may name; the
brief's own state, which settles them; and the mentions of `the Committee`, `the Department`,
`the Board`, `the Administration`, `the Library`: a body's head noun after `the` names the body of
that head the brief named last (`the Committee` after `the Federal Open Market Committee`; `the
commission` too, for the heads that house styles lower-case).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from briefsite.extract.actors.names import ORG_HEADS, head_is_org
from briefsite.extract.actors.rules import SEATS
from briefsite.text.words import is_common
from briefsite.model import Actor, ActorId, Brief, Mention, Span
from briefsite.text.fold import fold_key

_COMPLEMENT = re.compile(r"\s+(?:of|for|on|in)\s+")
# `the Committee`, `The Department’s`: a head after `the`, not the start of a longer name.
_BACK = re.compile(r"\b(?:the|The)\s+(?P<head>[A-Z][a-z]+|[a-z]+)(?P<poss>['’]s)?(?!\s+(?:[A-Z]|of\b|for\b|on\b))(?![\w-])")
# The heads that, in lower case after `the`, still name the one body of that head the brief
# named before (`the European Commission’s efforts ... is the commission’s job`), as house
# styles that lower-case short names write them; `the party`, `the army`, `the agency` (NASA,
# named by its acronym) may be any.
_LOWER_HEADS = frozenset("commission committee subcommittee council court tribunal ministry secretariat parliament "
                         "assembly legislature senate".split())  # `the agency` may be one named by its acronym


_CAPS = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
# `the Departments of Justice and Homeland Security`: one plural head for two bodies.
_PLURAL = re.compile(rf"\b(?P<head>[A-Z][a-z]+)s of (?:the )?(?P<items>{_CAPS}(?:, (?:the )?{_CAPS})*,? and (?:the )?{_CAPS})")
_ITEM = re.compile(_CAPS)


def shared_heads(brief: Brief, names: Mapping[str, str]) -> list[Mention]:
    """Return the mentions of the bodies named under one plural head (`Departments of Justice
    and Homeland Security`: `Department of Justice`, `Department of Homeland Security`), each on
    its own words, when `names` (light key -> actor id) knows the body so named."""
    out: list[Mention] = []
    for p in brief.paragraphs:
        for m in _PLURAL.finditer(p.text):
            head = m.group("head")
            if head.casefold() not in ORG_HEADS:
                continue
            for item in _ITEM.finditer(p.text, m.start("items"), m.end("items")):
                target = names.get(light(f"{head} of {item.group(0)}")) or names.get(
                    light(f"{head} of the {item.group(0)}"))
                if target:
                    out.append(Mention(target, brief.id, p.number, Span(item.start(), item.end()), item.group(0)))
    return out


# `the President`, `the Prime Minister`: a title alone after `the`, not before a name or `of`.
_TITLES = ("Vice President", "President", "Prime Minister", "Foreign Minister", "Minister", "Chancellor", "Premier",
           "Secretary-General", "Secretary General", "Director-General", "Director General", "High Representative",
           "Secretary", "Governor", "Chairperson", "Chairwoman", "Chairman", "Chair", "Speaker")
_TITLE_NAMES = "|".join(re.escape(t) for t in _TITLES)
_TITLE_BACK = re.compile(rf"\b(?:the|The)\s+(?P<title>{_TITLE_NAMES})(?!\s+(?:[A-Z]|of\b|for\b))(?![\w-])")
# The title just before a person's name, its office between them: `Minister of Foreign Affairs, `, `President `.
_TITLE_BEFORE = re.compile(rf"\b(?P<title>{_TITLE_NAMES})(?:\s+(?:of|for)\s+[^,;.]{{1,70}})?,?\s*$")


def titled_people(brief: Brief, mentions: Sequence[Mention], by_id: Mapping[ActorId, Actor]) -> list[Mention]:
    """Return the mentions of `the President` (and the like) for the person the brief named
    last with that title before the name (`President Biden ... the President`)."""
    last: dict[str, str] = {}
    texts = {p.number: p.text for p in brief.paragraphs}
    events: list[tuple[int, int, str, str]] = []  # (paragraph, offset, kind, value)
    for m in mentions:
        actor = by_id.get(ActorId(m.target))
        if actor is not None and actor.kind == "person":
            before = texts[m.paragraph][max(0, m.span.start - 90):m.span.start]
            events.append((m.paragraph, m.span.start, "person", f"{before}|{m.target}"))
    for p in brief.paragraphs:
        for found in _TITLE_BACK.finditer(p.text):
            events.append((p.number, found.start("title"), "title", found.group("title")))
    out: list[Mention] = []
    for number, offset, kind, value in sorted(events):
        if kind == "person":
            before, target = value.rsplit("|", 1)
            if titled := _TITLE_BEFORE.search(before):
                last[titled.group("title")] = target
        elif value in last:
            out.append(Mention(last[value], brief.id, number, Span(offset, offset + len(value)), value))
    return out


def head_of(name: str) -> str | None:
    """Return the casefolded head noun of a body's name (`committee` of `Federal Open Market
    Committee`, `board` of `Board of Governors of ...`), or None."""
    first = _COMPLEMENT.split(name, maxsplit=1)[0].split()
    if not first:
        return None
    last = first[-1].casefold()
    return last if last in ORG_HEADS else None


def short_forms(actors: Sequence[Actor], by_id: Mapping[ActorId, Actor],
                state_of: Mapping[ActorId, str | None]) -> dict[str, tuple[str, ...]]:
    """Return {short form: ids of the bodies it may name}: a body's name or alias without
    the name of its state before it (`US Congress`) or after `of` (`... of South Korea`),
    when what is left ends in an organisation head and names no other known actor."""
    state_forms: dict[str, set[str]] = {}
    for actor in actors:
        if actor.kind == "state":
            state_forms[actor.id] = {fold_key(f) for f in (actor.name, *actor.aliases)}
    taken = {light(f) for a in actors for f in (a.name, *a.aliases)}
    out: dict[str, set[str]] = {}
    for actor in actors:
        state = state_of.get(actor.id)
        if actor.kind in ("state", "person") or state is None or actor.discovered:
            continue
        forms = state_forms.get(state, set())
        for form in (actor.name, *actor.aliases):
            words = form.split()
            for n in (1, 2, 3):
                if len(words) > n and fold_key(" ".join(words[:n])) in forms:
                    _add(out, " ".join(words[n:]), actor.id, taken)
            if " of " in form:
                head, _, rest = form.rpartition(" of ")
                if fold_key(rest.removeprefix("the ")) in forms:
                    _add(out, head, actor.id, taken)
    return {k: tuple(sorted(v)) for k, v in sorted(out.items())}


def _add(out: dict[str, set[str]], short: str, actor_id: str, taken: set[str]) -> None:
    words = short.split()
    if words and head_is_org(words[-1]) and words[0][:1].isupper() and light(short) not in taken:
        out.setdefault(short, set()).add(actor_id)


def light(text: str) -> str:
    """Return a cheap key for comparing names: casefolded, curly apostrophes straightened."""
    return " ".join(text.replace("\u2019", "'").casefold().split())


def main_state(targets: Iterable[str], state_of: Mapping[ActorId, str | None]) -> str | None:
    """Return the state a brief is most about: the one its mentions name most, counting a
    body's or a person's mentions for its state; None on a tie or when none is named."""
    counts = Counter(s for t in targets if (s := state_of.get(ActorId(t))) is not None)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


# `the government`, `the federal government's`: of the state the brief is about (not `the government of X`).
_GOVERNMENT = re.compile(r"\b[Tt]he\s+(?:(?:federal|national|central)\s+)?government\b(?!\s+(?:of|in)\b)")


def home_government(brief: Brief, mentions: Sequence[Mention], state_of: Mapping[ActorId, str | None]) -> list[Mention]:
    """Return a mention of the state the brief is most about for each `the government` in it."""
    home = main_state((m.target for m in mentions), state_of)
    if home is None:
        return []
    return [Mention(home, brief.id, p.number, Span(m.start(), m.end()), m.group(0))
            for p in brief.paragraphs for m in _GOVERNMENT.finditer(p.text)]


def name_head(name: str) -> str | None:
    """Return the casefolded head noun of a body's name of two words or more, whatever the noun:
    its last capitalised word before a complement (`library` of `Library of Parliament`,
    `endowment` of `Carnegie Endowment for International Peace`, `fund` of `International
    Monetary Fund`), or None."""
    if (head := head_of(name)) is not None:
        return head  # `Trump administration`: an organisation noun, in either case
    first = _COMPLEMENT.split(name, maxsplit=1)[0].split()
    if len(name.split()) < 2 or not first or not first[-1].isalpha() or not first[-1][:1].isupper():
        return None
    return first[-1].casefold()


def body_heads(by_id: Mapping[ActorId, Actor]) -> dict[ActorId, str]:
    """Return {body id: the head `the <Head>` names it by}, for `back_references`: any
    capitalised head of a body's name, but a word of a state's name, which is no body's head
    alone (`the Republic`, `the State` of `Islamic State`)."""
    state_words = {w.casefold() for a in by_id.values() if a.kind == "state" for f in (a.name, *a.aliases)
                   for w in f.split()}
    return {a.id: h for a in by_id.values() if a.kind in ("organisation", "group") and light(a.name) not in SEATS
            and (h := name_head(a.name)) is not None and (h in ORG_HEADS or h not in state_words and is_common(h))}


def back_references(brief: Brief, mentions: Sequence[Mention], heads: Mapping[ActorId, str]) -> list[Mention]:
    """Return the mentions of `the <Head>` in `brief` for the body of that head named last
    (`heads`, from `body_heads`): any capitalised head of a body's name (`the Library` after
    `the Library of Parliament`), and the lower-cased heads of `_LOWER_HEADS`."""
    spans: dict[int, list[tuple[int, int]]] = {}
    ordered = sorted(mentions, key=lambda m: (m.paragraph, m.span.start))
    for m in ordered:
        spans.setdefault(m.paragraph, []).append((m.span.start, m.span.end))
    out: list[Mention] = []
    for p in brief.paragraphs:
        for found in _BACK.finditer(p.text):
            head = found.group("head")
            if head.islower() and head not in _LOWER_HEADS:
                continue
            start, end = found.start("head"), found.end("head")
            if any(a < end and start < b for a, b in spans.get(p.number, ())):
                continue
            named = [m.target for m in ordered if (m.paragraph, m.span.start) < (p.number, start)
                     and heads.get(ActorId(m.target)) == head.casefold()]
            if named:
                out.append(Mention(named[-1], brief.id, p.number, Span(start, end), p.text[start:end]))
    return out

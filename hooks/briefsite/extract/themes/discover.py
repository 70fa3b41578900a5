"""Themes discovered in the corpus itself: key phrases that recur across paragraphs and briefs.

Input: repaired `Brief`s, the taxonomy's `Theme`s and the actor stage's name mentions.
Output: extra `Theme`s (id `topic-<slug>`, no parent), one per recurring key phrase the
taxonomy does not already signal, so that a folder on a subject the taxonomy lacks
(food security, pandemic preparedness, deep-sea mining) still gets the themes its briefs
keep coming back to.

The method, the whole of it (deterministic: same briefs, same themes):
1. Candidates: runs of two or three consecutive content words of a paragraph, lowercase as
   written or opening a sentence (any other capitalised word, an actor's name or a capitalised
   multiword name ends a run:
   names are actors, not themes), each word of three letters or more, no digits, no adverb
   in -ly, none a function word or a word too general to name a subject (`STOP` below); a
   run ending in a participle (`previously discussed`) is none. The last word is taken in
   its singular (`supply chains` = `supply chain`).
2. A candidate is kept when it occurs in at least `MIN_PARAGRAPHS` paragraphs and, in a
   folder of several briefs, in at least two briefs (a phrase of one brief's own is no
   theme to compare briefs on); when at least one word is rarer in English than
   `MAX_ZIPF` on the Zipf scale of wordfreq (`work together`, `million people` are common
   English, `critical mineral`, `pandemic preparedness` are terms); when the taxonomy's
   matcher finds none of its phrases in it; and when at least a third of its paragraphs
   have no taxonomy theme (else it is a facet of themes the site already has).
3. Ranked by paragraphs, then briefs, then the phrase; a candidate two thirds of whose
   paragraphs a better-ranked one already holds is dropped (its page would repeat that
   one's). The first `MAX_THEMES` become themes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence, Set

from briefsite.extract.themes.continued import continued
from briefsite.extract.themes.find import Read, compile_themes, find_themes, read_briefs
from briefsite.model import Brief, Mention, Theme, ThemeId
from briefsite.text.slug import slugify

MIN_PARAGRAPHS = 4
MAX_THEMES = 12
MAX_ZIPF = 4.3  # a phrase whose every word is commoner than this names no subject
_WORD = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W\d_])?|\S")
STOP = frozenset("""
a about above according across after again against all almost along already also although
always among an and another any are around as at away back be because been before being
below between both but by can cannot could did do does doing done down during each either
else enough even ever every few for from further had has have having he her here hers him
his how however if in including into is it its itself just least less like likely made
make makes making many may might more most much must my near nearly need needs neither
never new next no nor not now of off often on once one only onto or other others our out
over own per perhaps rather same several shall she should since so some such than that
the their them then there these they this those though through thus to too toward towards
under until up upon very via was we well were what when where whether which while who
whom whose why will with within without would yet you your
able already amid based become became current currently due early end first full given
great certain various specific particular high higher important key large last late later least long low lower main major
mean means much part past point possible present previous recent recently second set
significant similar small strong third today total way ways whole wide year years time
times day days week weeks month months percent cent number numbers level levels use used
using well-known said says say told including include includes included according also
issue issues matter matters area areas case cases fact facts term terms order orders
""".split())


_PARTICIPLES = frozenset("known shown given taken seen made done held found".split())


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _candidates(text: str, read: Read) -> set[str]:
    """Return the candidate phrases of one paragraph (step 1 of the module docstring)."""
    # The offsets inside a name, as a set: asked of every word, a scan of the names was quadratic.
    blocked = {i for start, end in (*read.capitalised, *read.names) for i in range(start, end)}
    run: list[str] = []
    found: set[str] = set()

    def flush() -> None:
        for n in (2, 3):
            for i in range(len(run) - n + 1):
                words = run[i : i + n]
                if words[-1].endswith("ed") or words[-1] in _PARTICIPLES:
                    continue  # `previously discussed`, `lessons learned`: no subject
                found.add(" ".join([*words[:-1], _singular(words[-1])]))
        run.clear()

    opens = True  # at the start of a sentence, where a capital says nothing
    for match in _WORD.finditer(text):
        raw = match.group()
        word = raw.lower() if opens and raw[1:].islower() else raw
        opens = raw in ".!?"
        usable = (
            len(word) >= 3 and word.islower() and not word.endswith("ly") and word.replace("-", "").replace("'", "").isalpha()
            and word not in STOP and match.start() not in blocked
        )
        if usable:
            run.append(word.replace("’", "'"))
        elif run:
            flush()
    flush()
    return found


def _rarest(phrase: str) -> float:
    """Return the Zipf frequency (wordfreq, English) of the rarest word of `phrase`."""
    from wordfreq import zipf_frequency  # imported here: its word lists load in ~0.2 s

    return min(zipf_frequency(w, "en") for w in phrase.split())


def discover_themes(briefs: Sequence[Brief], themes: Sequence[Theme], names: Sequence[Mention] = (),
                    themed: Set[tuple[str, int]] = frozenset(),
                    reads: Mapping[tuple[str, int], Read] | None = None) -> tuple[Theme, ...]:
    """Return the discovered themes of `briefs`, sorted by id (see the module docstring).

    `themed` holds the (brief, paragraph) pairs the taxonomy already gives a theme; `reads`
    the paragraphs as `find.read_briefs` read them (with the actor names `names`).
    """
    reads = reads if reads is not None else read_briefs(briefs, names)
    where: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for brief in briefs:
        for p in brief.paragraphs:
            for phrase in _candidates(p.text, reads[(brief.id, p.number)]):
                where[phrase].add((brief.id, p.number))
    need_briefs = 2 if len(briefs) > 1 else 1
    matcher = compile_themes(themes)
    kept = sorted(
        (p for p, at in where.items()
         if len(at) >= MIN_PARAGRAPHS and len({b for b, _ in at}) >= need_briefs
         and len(at - themed) * 3 >= len(at) and not matcher.find(p) and _rarest(p) <= MAX_ZIPF),
        key=lambda p: (-len(where[p]), -len({b for b, _ in where[p]}), p),
    )
    chosen: list[str] = []
    for phrase in kept:  # a phrase mostly in the paragraphs of a better one would repeat its page
        if not any(len(where[phrase] & where[c]) * 3 >= len(where[phrase]) * 2 for c in chosen):
            chosen.append(phrase)
    chosen = chosen[:MAX_THEMES]
    paragraphs = {p: len(where[p]) for p in chosen}
    in_briefs = {p: {b for b, _ in where[p]} for p in chosen}
    taken = {t.id for t in themes}
    out = []
    for phrase in chosen:
        tid = ThemeId("topic-" + slugify(phrase))
        if tid in taken:
            continue
        out.append(Theme(
            tid, phrase[0].upper() + phrase[1:],
            f"A subject these briefs keep returning to: '{phrase}' recurs in {paragraphs[phrase]} "
            f"paragraphs of {len(in_briefs[phrase])} brief{'s' if len(in_briefs[phrase]) != 1 else ''}. "
            f"Found in the text, not in the taxonomy.",
            None, (phrase,),
        ))
    return tuple(sorted(out, key=lambda t: t.id))


def themes_and_mentions(briefs: Sequence[Brief], taxonomy: Sequence[Theme], names: Sequence[Mention] = ()
                        ) -> tuple[tuple[Theme, ...], tuple[Mention, ...]]:
    """Return the taxonomy with the discovered themes after it, and every theme mention."""
    reads = read_briefs(briefs, names)  # each paragraph folded once for both matchers
    mentions = find_themes(briefs, taxonomy, reads=reads)
    themed = {(m.brief, m.paragraph) for m in mentions}
    found = discover_themes(briefs, taxonomy, themed=themed, reads=reads)
    extra = find_themes(briefs, found, reads=reads) if found else ()
    signalled = (*mentions, *extra)
    everything = sorted((*signalled, *continued(briefs, signalled)),
                        key=lambda m: (m.brief, m.paragraph, m.span.start, m.span.end, m.target))
    return (*taxonomy, *found), tuple(everything)

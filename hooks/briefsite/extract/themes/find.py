"""Themes: which paragraphs of which briefs signal which theme of the taxonomy.

Input: `registry/themes.yml` (the taxonomy) and repaired `Brief`s.
Output: theme `Mention`s (a span of a paragraph's text per signal phrase). The taxonomy
file itself is read and checked by `taxonomy.py`.

Matching rules, the whole of them (the registry's header comment says the same for editors):
- Text and phrases are folded alike before matching: case, accents and compatibility forms
  (ligatures), a word hyphenated across a line end is joined (`insur-⏎gencies`, for text the
  repair stage has not seen), any run of white space or dashes (`-` `‐` `–` `—` ...) becomes one space, curly
  apostrophes become `'`, dots of initialisms go (`U.S.` = `US`), soft hyphens vanish. So
  `end-of-war declaration` = `end of war declaration`, `US–DPRK` = `U.S.-DPRK`. Each folded
  character remembers its source offset, so spans stay exact however the length changed.
- Every word of a phrase is inflected at load time: -s/-es/-ies, -ed/-d/-ied, -ing (with
  doubling: ban/banned), from the word as written or from its singular/stem (`sanctions` also
  gives `sanction`, `sanctioned`); British/American spellings (-ise/-ize, -isation/-ization,
  defence/defense, programme/program, -our/-or ...). Words left alone: function words (of, the,
  ...), words under 3 letters, words with digits or apostrophes (`COVID-19`, `China's`),
  words written `=like-this` (exact), and acronyms written in capitals, which only take -s
  (`ICBM`, `ICBMs`). A phrase with more than 4 such words inflects only its last. Words are
  best written in their base form: a stem guessed from -ing/-ed (`easing` -> `ease`) is used
  to inflect, but never matched bare, as it may be another word (`eas`, `bann`).
- A match must start and end at a word boundary (`aid` never matches `said`).
- A theme's `exclude` phrases veto its own matches that overlap them (`trade-off`).
- A match of a child theme is also a mention of each ancestor, with the same span, so the
  parent's page lists it. Of overlapping mentions of one theme only one is kept: the
  longest, then the leftmost (the phrase index's rule, `text.phrases`).
- One folded text per paragraph (`text.fold`), one pass of one phrase index for all themes.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from briefsite.model import Brief, Mention, Span, Theme, ThemeId
from briefsite.text import fold as folding
from briefsite.text.fold import DASHES
from briefsite.text.phrases import PhraseIndex, longest_leftmost
from briefsite.extract.themes.names import all_capitalised, inside_longer, name_spans, named_kind, written_as_name

_DASH_RUN = re.compile("[" + re.escape("".join(sorted(DASHES))) + "]+")
_FUNCTION_WORDS = frozenset(
    "a an and as at by for from in into its of off on or over the their to under with".split()
)
_VOWELS = frozenset("aeiou")
_ISE = re.compile(r"is(e|es|ed|ing|ation|ations|er|ers)$")
_IZE = re.compile(r"iz(e|es|ed|ing|ation|ations|er|ers)$")
# British stems and their American spellings; each form is rewritten both ways.
_SPELLINGS = (
    ("defence", "defense"), ("offence", "offense"), ("licence", "license"),
    ("programme", "program"), ("centre", "center"), ("theatre", "theater"),
    ("dialogue", "dialog"), ("catalogue", "catalog"), ("manoeuvre", "maneuver"),
    ("labour", "labor"), ("favour", "favor"), ("behaviour", "behavior"), ("honour", "honor"),
    ("neighbour", "neighbor"), ("harbour", "harbor"), ("armour", "armor"), ("rumour", "rumor"),
    ("judgement", "judgment"), ("travell", "travel"), ("fulfil", "fulfill"),
)
MAX_INFLECTED_WORDS = 4


def _stems(word: str) -> tuple[set[str], set[str]]:
    """Return (stems whose bare form matches too, stems of -ing/-ed whose bare form does not).

    `sanctions` gives the singular `sanction`; `easing` gives `eas` and `ease` only to
    inflect (eased, eases): a bare guessed stem could be another word (`eas`, `bann`).
    """
    bare, hidden = {word}, set()
    if word.endswith("ies") and len(word) > 4:
        bare.add(word[:-3] + "y")
    elif word.endswith(("sses", "xes", "zes", "ches", "shes")):
        bare.add(word[:-2])
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        bare.add(word[:-1])
    for suffix in ("ing", "ed"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            hidden |= {stem, stem + "e"}
            if len(stem) > 3 and stem[-1] == stem[-2]:
                hidden.add(stem[:-1])
    if word.endswith("ied"):
        hidden.add(word[:-3] + "y")
    return bare, hidden


def _inflect(stem: str) -> set[str]:
    forms = {stem}
    if stem.endswith("y") and stem[-2:-1] not in _VOWELS:
        forms |= {stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing"}
    elif stem.endswith("e"):
        forms |= {stem + "s", stem + "d", stem[:-1] + "ing"}
    elif stem.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {stem + "es", stem + "ed", stem + "ing"}
    else:
        forms |= {stem + "s", stem + "ed", stem + "ing"}
        if len(stem) >= 3 and stem[-1] not in _VOWELS | {"w", "x", "y"} and stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
            forms |= {stem + stem[-1] + "ed", stem + stem[-1] + "ing"}  # ban -> banned
    return forms


def _respell(form: str) -> set[str]:
    forms = {form, _ISE.sub(r"iz\1", form), _IZE.sub(r"is\1", form)}
    for british, american in _SPELLINGS:
        for a, b in ((british, american), (american, british)):
            forms |= {b + f[len(a):] for f in list(forms) if f.startswith(a)}
    return forms


@functools.lru_cache(maxsize=1 << 14)
def word_forms(raw: str) -> frozenset[str]:
    """Return the folded forms that the phrase word `raw` (as written) matches.

    Cached: a taxonomy repeats its words across phrases, and respelling is the costly part
    of compiling it."""
    exact = raw.startswith("=")
    word = folding.fold(raw.lstrip("=")).low
    if not word:
        return frozenset()
    letters = [c for c in raw if c.isalpha()]
    if exact or word in _FUNCTION_WORDS or not word.isalpha():
        return frozenset({word})
    if letters and all(c.isupper() for c in letters):
        return frozenset({word, word + "s"} if len(word) >= 3 else {word})
    if len(word) < 3:
        return frozenset({word})
    bare, hidden = _stems(word)
    forms = {f for s in bare for f in _inflect(s)} | {f for s in hidden for f in _inflect(s) - {s}}
    return frozenset(r for f in forms for r in _respell(f))


def phrase_forms(phrase: str) -> frozenset[str]:
    """Return every folded string that `phrase` matches (see the module docstring)."""
    words = [w for token in phrase.split() for w in _DASH_RUN.split(token) if w.strip("=")]
    options = [word_forms(w) for w in words]
    if sum(len(o) > 1 for o in options) > MAX_INFLECTED_WORDS:
        options = [frozenset({folding.fold(w.lstrip("=")).low}) for w in words[:-1]] + options[-1:]
    options = [o for o in options if o]
    if not options:
        return frozenset()
    return frozenset(" ".join(combo) for combo in itertools.product(*options))


def canonical(phrase: str) -> str:
    """Return the folded phrase as written, the key under which shared phrases are found."""
    return folding.fold(phrase.replace("=", " ")).low.strip()


@dataclass(frozen=True, slots=True)
class Read:
    """A paragraph as matching sees it, read once for every matcher: folded, with its names."""

    folded: folding.Folded
    names: tuple[tuple[int, int], ...]  # the actor stage's names in it
    capitalised: tuple[tuple[int, int], ...]  # its capitalised multiword names (`names.py`)


def read_paragraph(text: str, names: Sequence[tuple[int, int]] = ()) -> Read:
    """Return `text` read for matching, with the actor names `names` in it."""
    return Read(folding.fold(text), tuple(names), tuple(name_spans(text)))


def read_briefs(briefs: Sequence[Brief], names: Sequence[Mention] = ()) -> dict[tuple[str, int], Read]:
    """Return every paragraph of `briefs` read for matching, by (brief, paragraph)."""
    spans: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for m in names:
        spans[(m.brief, m.paragraph)].append((m.span.start, m.span.end))
    return {(b.id, p.number): read_paragraph(p.text, sorted(spans.get((b.id, p.number), ())))
            for b in briefs for p in b.paragraphs}


@dataclass(frozen=True, slots=True)
class ThemeMatcher:
    """Every theme's phrase forms in one phrase index, with each theme's line of ancestors."""

    index: PhraseIndex[tuple[ThemeId, bool, bool]]  # value: (theme, is_veto, phrase written as a name)
    lineage: Mapping[ThemeId, tuple[ThemeId, ...]]  # theme first, then parent, grandparent ...

    def find(self, text: str, names: Sequence[tuple[int, int]] = (),
             read: Read | None = None) -> tuple[tuple[Span, ThemeId], ...]:
        """Return (span into `text`, theme) for every signal, sorted by span then theme.

        `names` are spans of `text` the actor stage read as names; with the capitalised
        multiword names of the text itself, a match inside a longer name is dropped.
        `read` is `text` already read by `read_paragraph` (then `names` is not used).
        """
        read = read or read_paragraph(text, names)
        folded, names, capitalised = read.folded, read.names, read.capitalised
        hits: list[tuple[int, int, ThemeId, bool]] = []
        vetoes: dict[ThemeId, list[tuple[int, int]]] = defaultdict(list)
        for find in self.index.find(folded):
            for theme, veto, as_name in find.values:
                if veto:
                    vetoes[theme].append((find.start, find.end))
                else:
                    hits.append((find.start, find.end, theme, as_name))
        kept: list[tuple[Span, ThemeId]] = []
        for start, end, theme, as_name in hits:
            if any(s < end and start < e for s, e in vetoes.get(theme, ())):
                continue
            span = Span(*folded.span(start, end))
            where = (span.start, span.end)
            if not as_name and (inside_longer(where, names) or (
                    all_capitalised(text[span.start:span.end]) and inside_longer(where, capitalised)
                    and not named_kind(text, where, capitalised))):
                continue
            kept.append((span, theme))
        by_theme: dict[ThemeId, set[tuple[int, int]]] = defaultdict(set)
        for span, theme in kept:
            # The longer phrase of another family of themes says what the words mean:
            # `IT workers` is no labour signal.
            if any(inside_longer((span.start, span.end), [(o.start, o.end)])
                   and not set(self.lineage[theme]) & set(self.lineage[other])
                   for o, other in kept):
                continue
            for ancestor in self.lineage[theme]:
                by_theme[ancestor].add((span.start, span.end))
        found = [
            (Span(start, end), theme)
            for theme, spans in by_theme.items()
            for start, end in longest_leftmost(sorted(spans), lambda s: s)  # within each theme
        ]
        return tuple(sorted(found, key=lambda f: (f[0].start, f[0].end, f[1])))


def lineage(themes: Sequence[Theme]) -> dict[ThemeId, tuple[ThemeId, ...]]:
    """Return each theme's line: itself, then parent, grandparent ...; cycles and unknown parents cut."""
    parents = {t.id: t.parent for t in themes}
    lineage: dict[ThemeId, tuple[ThemeId, ...]] = {}
    for t in themes:
        line: list[ThemeId] = [t.id]
        while (parent := parents.get(line[-1])) is not None and parent in parents and parent not in line:
            line.append(parent)
        lineage[t.id] = tuple(line)
    return lineage


def compile_themes(themes: Sequence[Theme]) -> ThemeMatcher:
    """Return a matcher for `themes` (built once per taxonomy: discovery and matching share it)."""
    return _compile(tuple(themes))


@functools.lru_cache(maxsize=4)
def _compile(themes: tuple[Theme, ...]) -> ThemeMatcher:
    """Return a matcher for `themes`; unknown parents and cycles are cut, never followed."""
    entries_flat = {
        (form, value)
        for theme in themes
        for phrases, veto in ((theme.phrases, False), (theme.exclude, True))
        for phrase in phrases
        for value in ((theme.id, veto, written_as_name(phrase)),)  # once per phrase, not per form
        for form in phrase_forms(phrase)
    }
    return ThemeMatcher(PhraseIndex(sorted(entries_flat)), lineage(themes))


def find_themes(briefs: Sequence[Brief], themes: Sequence[Theme], names: Sequence[Mention] = (),
                reads: Mapping[tuple[str, int], Read] | None = None) -> tuple[Mention, ...]:
    """Return every theme mention in `briefs`, sorted by (brief, paragraph, span, target).

    `names` are the actor stage's mentions: a theme's words inside an actor's name do not
    signal it (`reads`, from `read_briefs`, holds them already when given). A broader theme
    whose paragraphs are exactly those of one narrower theme gets no mentions of its own
    (its page would repeat the narrower one's).
    """
    matcher = compile_themes(themes)
    reads = reads if reads is not None else read_briefs(briefs, names)
    mentions = [
        Mention(theme, brief.id, p.number, span, p.text[span.start : span.end])
        for brief in briefs
        for p in brief.paragraphs
        for span, theme in matcher.find(p.text, read=reads[(brief.id, p.number)])
    ]
    mentions = without_echoes(mentions, themes)
    return tuple(sorted(mentions, key=lambda m: (m.brief, m.paragraph, m.span.start, m.span.end, m.target)))


def without_echoes(mentions: Sequence[Mention], themes: Sequence[Theme]) -> list[Mention]:
    """Return `mentions` less those of each broader theme that says nothing a narrower one
    does not: its (brief, paragraph) set equals one child's."""
    where: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for m in mentions:
        where[m.target].add((m.brief, m.paragraph))
    line = lineage(themes)
    echoes = {
        t.parent for t in themes  # (in a cycle of parents, neither is the broader)
        if t.parent is not None and t.id not in line.get(t.parent, ())
        and where.get(t.id) and where.get(t.id) == where.get(t.parent)
    }
    return [m for m in mentions if m.target not in echoes]

"""Score what the site shows against the gold of one annotated set.

Input: a knowledge document (the dict `knowledge.json` holds, from a build or made in
process) for the set's briefs, the set's gold and the theme parents. Output: one
`BriefScore` per gold brief: metadata fields right (the four, and the report number when
the gold states one), text kept, and counts of (paragraph, actor), (paragraph, theme) and
sentence-label agreements, with one line per miss.

Text kept and added are counted over words as multisets (order-insensitive: a word counts
as kept when the site's paragraphs hold it as often as the reference does, wherever they
put it). The reference is the gold `body:` when given (its paragraphs for *kept*; its
paragraphs and headings for *added*, so a heading run into a paragraph is not counted as
foreign text), else the source file from its first gold text on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefsite.repair.briefs import title_from_name
from briefsite.text.slug import slugify
from evaluation.align import assign, kept, similarity, words
from evaluation.gold import META_FIELDS, AnnotatedSet, GoldBody, GoldBrief, GoldError, Tagged

KINDS = ("forecast", "recommendation", "assessment", "attributed")
SAME_SENTENCE = 0.6  # share of words a conclusion and a gold sentence must share, in order
_FRONT_MATTER = re.compile(r"\A\ufeff?---\r?\n.*?\r?\n(?:---|\.\.\.)\r?\n", re.S)
_LINE_HYPHEN = re.compile(r"(\w+)-[ \t]*\r?\n[ \t]*(?:\d{1,4}[ \t]*\r?\n[ \t]*)?(\w+)")
_DEBRIS = re.compile(r"^\s*(\S{1,2}|\d{1,4})\s*$")  # page numbers, stray letters


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass(slots=True)
class BriefScore:
    brief: str
    meta_right: int = 0
    meta_of: int = 0  # fields scored: the four, and report_number when the gold states it
    meta_wrong: list[str] = field(default_factory=list)
    source_words: int = 0
    kept_words: int = 0
    site_words: int = 0
    added_words: int = 0
    actors: Counts | None = None
    themes: Counts | None = None
    kinds: dict[str, Counts] | None = None
    kind_right: int = 0  # found conclusions whose label is the gold's
    kind_found: int = 0  # gold conclusions the site shows as some conclusion
    addressee_right: int = 0  # recommendations found as such whose addressee is the gold's
    addressee_of: int = 0
    leaked: int = 0  # gold notes and asides found in the site's paragraphs
    argued: int = 0  # gold paragraphs that argue something (annotated `argues: true`)
    argued_themed: int = 0  # of them, those the site tags with at least one theme
    misses: list[str] = field(default_factory=list)

    @property
    def meta_all_four(self) -> bool:
        """Whether title, authors, institution and date are all right (the target is per brief)."""
        return not set(self.meta_wrong) & set(META_FIELDS)

    @property
    def kept(self) -> float:
        return self.kept_words / self.source_words if self.source_words else 1.0

    @property
    def added(self) -> float:
        return self.added_words / self.site_words if self.site_words else 0.0


def _fold(text: str | None) -> str:
    return " ".join(words(text)) if text else ""


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two names are one, a dotted initialism standing for the words it abbreviates
    (`U.S. Government Accountability Office` is `United States Government Accountability Office`),
    or an acronym for the whole name (`UN` is `United Nations`)."""
    def tokens(text: str | None) -> list[str]:
        return re.findall(r"(?:\w\.){2,}|\w+", text or "")

    def match(x: list[str], y: list[str]) -> bool:
        if not x or not y:
            return not x and not y
        head = x[0]
        if "." in head:
            initials = head.replace(".", "").casefold()
            n = len(initials)
            if "".join(w[0] for w in y[:n]).casefold() == initials and match(x[1:], y[n:]):
                return True
            return initials == y[0].replace(".", "").casefold() and match(x[1:], y[1:])
        if "." in y[0]:
            return match(y, x)
        return head.casefold() == y[0].casefold() and match(x[1:], y[1:])

    def acronym(x: list[str], y: list[str]) -> bool:  # `UN` for `United Nations`, `SIPRI` for its long name
        initials = "".join(w[0] for w in y if w.casefold() not in ("of", "for", "the", "and", "on", "in"))
        return len(x) == 1 and x[0].isupper() and len(x[0]) >= 2 and x[0] == initials.upper() and len(y) > 1

    ta, tb = tokens(a), tokens(b)
    return match(ta, tb) or acronym(ta, tb) or acronym(tb, ta)


def score_meta(gold: GoldBrief, brief: dict[str, Any], out: BriefScore) -> None:
    got: dict[str, Any] = {"title": brief["title"], "authors": brief["authors"],
                           "institution": brief["institution"], "date": brief["date"],
                           "report_number": brief.get("report_number")}  # absent from older sites
    want: dict[str, Any] = {"title": gold.meta.title, "authors": list(gold.meta.authors),
                            "institution": gold.meta.institution, "date": gold.meta.date,
                            "report_number": gold.meta.report_number}
    fields = (*META_FIELDS, "report_number") if gold.meta.has_report_number else META_FIELDS
    out.meta_of = len(fields)
    for f in fields:
        if f == "authors":  # order aside: the byline's order is not what readers check
            ok = sorted(map(_fold, got[f])) == sorted(map(_fold, want[f]))
        elif f == "date":
            ok = got[f] == want[f]
        elif f == "title" and want[f] is None:  # no title stated: the file name's, reported as a guess
            ok = got[f] == title_from_name(gold.source)
        elif f == "institution":
            ok = same_name(got[f], want[f])
        else:
            ok = _fold(got[f]) == _fold(want[f])
        out.meta_right += ok
        if not ok:
            out.meta_wrong.append(f)
            out.misses.append(f"metadata {f}: site {got[f]!r}, gold {want[f]!r}")


def source_body(gold: GoldBrief, text: str, site_words: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Return the folded words of the source from its first gold paragraph or sentence on:
    the title and byline are the page's header, not its paragraphs. Front matter and
    debris lines (bare page numbers, stray letters) are not body text either. A word broken
    by a hyphen at a line end counts as whole when the site shows it whole (`negoti-` +
    `ations`), so a right repair is not counted as a loss."""
    text = _FRONT_MATTER.sub("", text)

    def join(m: re.Match[str]) -> str:
        whole = m.group(1) + m.group(2)
        return whole if whole.casefold() in site_words else f"{m.group(1)}-{m.group(2)}"

    text = _LINE_HYPHEN.sub(join, text)
    lines = [line for line in text.splitlines() if not _DEBRIS.match(line)]
    all_words = words("\n".join(lines))
    texts = [t.text for t in gold.actors or gold.themes or ()] or [c.text for c in gold.conclusions or ()]
    if not texts:
        return all_words
    probe = words(texts[0])[:6]
    for i in range(len(all_words) - len(probe) + 1):
        if all_words[i:i + len(probe)] == probe:
            return all_words[i:]
    return all_words


def score_body(body: GoldBody, paragraphs: list[dict[str, Any]], out: BriefScore) -> None:
    """Score the site's paragraphs against the reference body: words kept and added (as
    multisets), and each note or aside that leaked into a paragraph, as a miss."""
    site = [w for p in paragraphs for w in words(p["text"])]
    reference = [w for t in body.paragraphs for w in words(t)]
    allowed = reference + [w for t in body.headings for w in words(t)]
    out.source_words, out.site_words = len(reference), len(site)
    out.kept_words = kept(reference, site)[0]
    out.added_words = kept(allowed, site)[1]
    extras = [("note", t) for t in body.notes] + [("aside", t) for t in body.asides]
    where = assign([t for _, t in extras], [p["text"] for p in paragraphs]) if extras else []
    for (kind, text), at in zip(extras, where):
        if at is not None:
            out.leaked += 1
            out.misses.append(f"text: {kind} in paragraph p-{paragraphs[at]['id']}: {text[:60]!r}")


def score_tags(stage: str, units: tuple[Tagged, ...], paragraphs: list[dict[str, Any]],
               found: dict[int, set[str]], close: Callable[[Iterable[str]], set[str]],
               out: BriefScore) -> Counts:
    """Return the counts of (site paragraph, id) pairs; gold not found on the site is missed."""
    where = assign([u.text for u in units], [p["text"] for p in paragraphs])
    want: dict[int, set[str]] = {}
    counts = Counts()
    headings = {" ".join(words(p["section"])) for p in paragraphs if p.get("section")}
    for unit, at in zip(units, where):
        if at is None and " ".join(words(unit.text)) in headings:
            continue  # a heading the gold lists as a row: the site shows it as a section title
        if at is None:
            counts.fn += len(close(unit.ids))
            out.misses.append(f"{stage}: gold paragraph not on the site: {unit.text[:60]!r}")
        else:
            want.setdefault(paragraphs[at]["id"], set()).update(close(unit.ids))
    for p in paragraphs:
        n = p["id"]
        w, g = want.get(n, set()), close(found.get(n, set()))
        counts.tp += len(w & g)
        counts.fp += len(g - w)
        counts.fn += len(w - g)
        out.misses += [f"{stage} p-{n}: extra {i}" for i in sorted(g - w)]
        out.misses += [f"{stage} p-{n}: missed {i}" for i in sorted(w - g)]
    return counts


def score_argued(units: tuple[Tagged, ...], paragraphs: list[dict[str, Any]], themes: dict[int, set[str]],
                 out: BriefScore) -> None:
    """Count the gold paragraphs that argue something and those of them the site gives a theme."""
    argued = [u for u in units if u.argues]
    if not argued:
        return
    for at in assign([u.text for u in argued], [p["text"] for p in paragraphs]):
        out.argued += 1
        if at is not None and themes.get(paragraphs[at]["id"]):
            out.argued_themed += 1
        elif at is not None:
            out.misses.append(f"themes p-{paragraphs[at]['id']}: argues, but has no theme")


def score_conclusions(gold: GoldBrief, paragraphs: list[dict[str, Any]], found: list[dict[str, Any]],
                      out: BriefScore) -> dict[str, Counts]:
    assert gold.conclusions is not None
    kinds = {k: Counts() for k in KINDS}
    where = assign([s.text for s in gold.conclusions], [p["text"] for p in paragraphs])
    taken: set[int] = set()
    for sentence, at in zip(gold.conclusions, where):
        match = None
        if at is not None:
            candidates = [(similarity(sentence.text, c["text"]), i) for i, c in enumerate(found)
                          if c["paragraph"] == paragraphs[at]["id"] and i not in taken]
            best = max(candidates, default=(0.0, -1))
            if best[0] >= SAME_SENTENCE:
                match = best[1]
                taken.add(match)
        got = "none" if match is None else ("attributed" if found[match]["attributed_to"] else found[match]["kind"])
        if sentence.label != "none" and got != "none":
            out.kind_found += 1
            out.kind_right += got == sentence.label
        if sentence.label == got:
            if got != "none":
                kinds[got].tp += 1
            if got == "recommendation" and match is not None:
                out.addressee_of += 1
                if found[match]["addressee"] == sentence.addressee:
                    out.addressee_right += 1
                else:
                    out.misses.append(f"conclusions: addressee {found[match]['addressee']}, gold "
                                      f"{sentence.addressee}: {sentence.text[:70]!r}")
            continue
        if sentence.label != "none":
            kinds[sentence.label].fn += 1
        if got != "none":
            kinds[got].fp += 1
        out.misses.append(f"conclusions: {sentence.label} -> {got}: {sentence.text[:70]!r}")
    for i, c in enumerate(found):
        if i not in taken:  # a conclusion on the site that is no gold sentence
            label = "attributed" if c["attributed_to"] else c["kind"]
            kinds[label].fp += 1
            out.misses.append(f"conclusions: not a gold sentence, shown as {label}: {c['text'][:70]!r}")
    return kinds


def score_set(doc: dict[str, Any], annotated: AnnotatedSet, parents: dict[str, str | None]) -> list[BriefScore]:
    """Return the score of each gold brief of `annotated` on the knowledge document `doc`."""
    by_source = {b["source"]: b for b in doc["briefs"]}
    parents = {**parents, **{t["id"]: t["parent"] for t in doc["themes"]}}
    # A gold id may be any of the actor's names, as written or as the id it would make
    # (`us-central-command` for the site's `central-command`, also named `U.S. Central Command`).
    names = {key: a["id"] for a in doc["actors"] for n in (a["name"], *a["aliases"])
             for key in (str(n).casefold(), slugify(str(n)), slugify(str(n).replace(".", "")))}

    def actor_ids(ids: Iterable[str]) -> set[str]:
        return {i if i in known_actors else names.get(i.casefold(), same_body(i)) for i in ids}

    def same_body(gold_id: str) -> str:
        """A gold id for an actor no registry has, written with more of its name than the site's
        discovered id (`united-states-department-of-justice` for `department-of-justice`): the
        site's, when exactly one discovered actor's words end the gold's, or the gold's end it."""
        words = gold_id.split("-")
        fits = [d for d in discovered if len(d) >= 2 and min(len(d), len(words)) >= 3
                and (words[-len(d):] == d or d[-len(words):] == words)]
        if not fits:  # `joseph-votel` for the site's `joseph-l-votel`: a middle initial written or not
            fits = [d for d in discovered if [w for w in d if len(w) > 1] == [w for w in words if len(w) > 1]
                    and len(words) >= 2]
        return "-".join(fits[0]) if len(fits) == 1 else gold_id

    def close_themes(ids: Iterable[str]) -> set[str]:
        out = set(ids)
        for theme in list(out):
            parent = parents.get(theme)
            while parent is not None and parent not in out:
                out.add(parent)
                parent = parents.get(parent)
        return out

    known_actors = {a["id"] for a in doc["actors"]}
    discovered = [a["id"].split("-") for a in doc["actors"] if a.get("discovered")]
    actor_found: dict[tuple[str, int], set[str]] = {}
    for a in doc["actors"]:
        for m in a["mentions"]:
            actor_found.setdefault((m["brief"], m["paragraph"]), set()).add(a["id"])
    theme_found: dict[tuple[str, int], set[str]] = {}
    for t in doc["themes"]:
        for m in t["mentions"]:
            theme_found.setdefault((m["brief"], m["paragraph"]), set()).add(t["id"])
    results: list[BriefScore] = []
    for gold in annotated.golds:
        out = BriefScore(Path(gold.source).stem)
        brief = by_source.get(gold.source)
        if brief is None:
            raise GoldError(f"{gold.source} is not in the site's knowledge.json; was it built from "
                           f"{annotated.briefs_dir}?")
        paragraphs = brief["paragraphs"]
        score_meta(gold, brief, out)
        if gold.body is not None:
            score_body(gold.body, paragraphs, out)
        else:
            site = [w for p in paragraphs for w in words(p["text"])]
            if gold.source.lower().endswith(".pdf"):  # no text to read: the gold's own paragraphs are the body
                body = [w for t in gold.actors or gold.themes or () for w in words(t.text)]
            else:
                body = source_body(gold, (annotated.briefs_dir / gold.source).read_text(encoding="utf-8-sig"),
                                   set(site))
            out.source_words, out.site_words = len(body), len(site)
            out.kept_words, out.added_words = kept(body, site)
        bid = brief["id"]
        if gold.actors is not None:
            found = {p["id"]: actor_found.get((bid, p["id"]), set()) for p in paragraphs}
            out.actors = score_tags("actors", gold.actors, paragraphs, found, actor_ids, out)
            score_argued(gold.actors, paragraphs, {p["id"]: theme_found.get((bid, p["id"]), set()) for p in paragraphs},
                         out)
        if gold.themes is not None:
            found = {p["id"]: theme_found.get((bid, p["id"]), set()) for p in paragraphs}
            out.themes = score_tags("themes", gold.themes, paragraphs, found, close_themes, out)
        if gold.conclusions is not None:
            mine = [c for c in doc["conclusions"] if c["brief"] == bid]
            out.kinds = score_conclusions(gold, paragraphs, mine, out)
        results.append(out)
    return results

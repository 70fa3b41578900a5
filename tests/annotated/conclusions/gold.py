"""The annotated conclusions set: briefs written sentence by sentence, each with its gold label.

Input: the `*.gold` files beside this module and `actors.yaml`. Output: `Brief`s built from
them, actor mentions found with the small registry, gold labels keyed by sentence text, and
the scores of `extract_conclusions` against them (per-kind recall/precision, confusion).

File format (one brief per file):

    id: iran-snapback
    title: ...
                                        <- blank line: a new paragraph
    forecast | Tehran will probably ...     label | sentence text
    recommendation>eu | The EU should ...   addressee after '>' (none written: no addressee)
    ## Recommendations for the EU           a section heading for the following paragraphs

Labels: forecast, recommendation, assessment, attributed (someone else's view), none.
A paragraph's text is its sentences joined by one space; gold is keyed by sentence text, so
a sentence the splitter cuts differently shows up as unmatched, never silently scored.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefsite.extract.conclusions.extract import extract_conclusions
from briefsite.model import Actor, ActorId, Brief, BriefId, Conclusion, Meta, Mention, Paragraph, Span
from briefsite.text.sentences import brief_sentences

HERE = Path(__file__).parent
LABELS = ("forecast", "recommendation", "assessment", "attributed", "none")


@dataclass(frozen=True, slots=True)
class GoldSentence:
    label: str
    addressee: str | None


@dataclass(frozen=True, slots=True)
class GoldBrief:
    brief: Brief
    gold: dict[str, GoldSentence]


def load_actors(path: Path = HERE / "actors.yaml") -> tuple[Actor, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(
        Actor(ActorId(key), names[0], "state", aliases=tuple(names[1:])) for key, names in sorted(data.items())
    )


def load_brief(path: Path) -> GoldBrief:
    header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = dict(line.split(": ", 1) for line in header.splitlines())
    paragraphs: list[Paragraph] = []
    gold: dict[str, GoldSentence] = {}
    section: str | None = None
    current: list[str] = []

    def close() -> None:
        if current:
            paragraphs.append(Paragraph(len(paragraphs) + 1, " ".join(current), section, 1))
            current.clear()

    for line in body.splitlines():
        if not line.strip():
            close()
        elif line.startswith("## "):
            close()
            section = line[3:].strip()
        else:
            label, text = (part.strip() for part in line.split(" | ", 1))
            kind, _, addressee = label.partition(">")
            if kind not in LABELS:
                raise ValueError(f"{path.name}: unknown label {kind!r} for {text!r}")
            gold[text] = GoldSentence(kind, addressee or None)
            current.append(text)
    close()
    brief = Brief(BriefId(meta["id"]), path.name, Meta(title=meta["title"]), tuple(paragraphs))
    return GoldBrief(brief, gold)


def find_mentions(brief: Brief, actors: Sequence[Actor]) -> tuple[Mention, ...]:
    """Stand-in for the actors stage: longest alias first, no overlaps, word boundaries."""
    names = sorted(((n, a.id) for a in actors for n in (a.name, *a.aliases)), key=lambda x: -len(x[0]))
    found: list[Mention] = []
    for p in brief.paragraphs:
        taken: list[tuple[int, int]] = []
        for name, actor_id in names:
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", p.text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append(Mention(actor_id, brief.id, p.number, Span(m.start(), m.end()), m.group(0)))
    return tuple(sorted(found, key=lambda m: (m.paragraph, m.span.start)))


def label_of(conclusion: Conclusion | None) -> str:
    if conclusion is None:
        return "none"
    return "attributed" if conclusion.attributed_to is not None else conclusion.kind


@dataclass
class Scores:
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, predicted)
    unmatched: list[str] = field(default_factory=list)  # sentences the gold does not know
    addressee: Counter[str] = field(default_factory=Counter)  # right / wrong
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # brief, gold, predicted, text

    def recall(self, kind: str) -> float:
        total = sum(n for (g, _), n in self.confusion.items() if g == kind)
        return self.confusion[(kind, kind)] / total if total else 1.0

    def precision(self, kind: str) -> float:
        total = sum(n for (_, p), n in self.confusion.items() if p == kind)
        return self.confusion[(kind, kind)] / total if total else 1.0


def score(gold_briefs: Sequence[GoldBrief], actors: Sequence[Actor]) -> Scores:
    scores = Scores()
    for gb in gold_briefs:
        mentions = find_mentions(gb.brief, actors)
        found = {c.sentence.text: c for c in extract_conclusions([gb.brief], mentions, (), actors)}
        for sentence in brief_sentences(gb.brief):
            expected = gb.gold.get(sentence.text)
            if expected is None:
                scores.unmatched.append(f"{gb.brief.id}: {sentence.text}")
                continue
            conclusion = found.get(sentence.text)
            predicted = label_of(conclusion)
            scores.confusion[(expected.label, predicted)] += 1
            if predicted != expected.label:
                scores.errors.append((gb.brief.id, expected.label, predicted, sentence.text))
            elif predicted == "recommendation" and conclusion is not None:
                ok = conclusion.addressee == expected.addressee
                scores.addressee["right" if ok else "wrong"] += 1
                if not ok:
                    scores.errors.append(
                        (gb.brief.id, f"addressee {expected.addressee}", f"{conclusion.addressee}", sentence.text)
                    )
    return scores


def load_set(name: str) -> tuple[GoldBrief, ...]:
    """Return one part of the set: "written" (dev + heldout + blind), "dev", "heldout",
    "blind" or "real".

    dev: written briefs the rules were tuned on; heldout: written after the rules, kept to
    measure them honestly; blind: written and annotated for all three stages before the
    engine ever ran on them, on topics no other part covers (their first scores are the
    figures to report); real: the bundled briefs, repaired by hand.
    """
    paths = sorted(HERE.glob("*.gold"))
    def part(path: Path) -> str:
        for prefix in ("real", "heldout", "blind"):
            if path.name.startswith(prefix + "-"):
                return prefix
        return "dev"
    wanted = {"written": {"dev", "heldout", "blind"}}.get(name, {name})
    return tuple(load_brief(p) for p in paths if part(p) in wanted)

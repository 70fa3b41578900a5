"""Measuring actor recognition against hand-annotated briefs.

Input: gold files (`tests/annotated/actors/*.yml`), each naming a brief text and
the actor ids every paragraph mentions. Output: `Score`s — micro precision and
recall of paragraph-level tags — and the differences, for `scripts/eval-actors`
and the quality test. Paragraphs come from a simple splitter here (blank-line
runs, joined when a run ends mid-sentence) so the measure does not wait for the
repair stage; gold may key paragraphs by number or by their first words, which
survive any splitter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from briefsite.extract.actors.recognise import mentions_by_paragraph, recognise
from briefsite.model import Actor, Brief, BriefId, Meta, Paragraph

_SENTENCE_END = re.compile(r"[.!?:;\"\u201d\u2019)]\s*$")


@dataclass(frozen=True, slots=True)
class GoldBrief:
    """One annotated brief: its paragraphs and the expected tags by paragraph number."""

    brief: Brief
    gold: dict[int, frozenset[str]]


@dataclass(frozen=True, slots=True)
class Score:
    """Micro counts over (brief, paragraph, actor) tags."""

    true_pos: int
    false_pos: int
    false_neg: int
    misses: tuple[str, ...]  # one line per wrong or missing tag

    @property
    def precision(self) -> float:
        return self.true_pos / max(1, self.true_pos + self.false_pos)

    @property
    def recall(self) -> float:
        return self.true_pos / max(1, self.true_pos + self.false_neg)


def split_paragraphs(text: str, skip: int = 0) -> tuple[list[str], list[str], list[int]]:
    """Return (header runs, paragraphs, first lines) of a raw brief text.

    The first `skip` non-blank runs are the header (title, byline). A run is joined
    to the previous one when that ends mid-sentence or it starts in lowercase; runs
    of one or two characters are extraction debris and dropped.
    """
    runs: list[tuple[int, list[str]]] = []
    current: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            if not current:
                runs.append((number, current))
            current.append(line.strip())
        else:
            current = []
    header = [" ".join(r) for _, r in runs[:skip]]
    paragraphs: list[str] = []
    lines: list[int] = []
    for number, run in runs[skip:]:
        joined = "\n".join(run)
        if len(joined) <= 2:
            continue
        if paragraphs and (not _SENTENCE_END.search(paragraphs[-1]) or joined[:1].islower()):
            paragraphs[-1] += "\n" + joined
        else:
            paragraphs.append(joined)
            lines.append(number)
    return header, paragraphs, lines


def _flat(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').split())


def load_gold(path: Path, root: Path) -> GoldBrief:
    """Return the annotated brief described by the gold file at `path`."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    source = (path.parent / data["text"]) if not data["text"].startswith("/") else Path(data["text"])
    if not source.exists():
        source = root / data["text"]
    header, texts, lines = split_paragraphs(source.read_text(encoding="utf-8"), int(data.get("skip", 0)))
    authors = tuple(data.get("authors", ()))
    meta = Meta(title=header[0] if header else "", authors=authors, institution=data.get("institution"))
    paragraphs = tuple(Paragraph(i, t, None, ln) for i, (t, ln) in enumerate(zip(texts, lines), 1))
    brief = Brief(BriefId(path.stem), source.name, meta, paragraphs)
    gold: dict[int, frozenset[str]] = {}
    for key, ids in (data.get("paragraphs") or {}).items():
        if isinstance(key, int):
            number = key
        else:
            found = [p.number for p in paragraphs if _flat(p.text).startswith(_flat(str(key)))]
            if len(found) != 1:
                raise ValueError(f"{path}: snippet {key!r} matches {len(found)} paragraphs, not one")
            number = found[0]
        if not 1 <= number <= len(paragraphs):
            raise ValueError(f"{path}: no paragraph {number} (the brief has {len(paragraphs)})")
        gold[number] = frozenset(ids or ())
    missing = [p.number for p in paragraphs if p.number not in gold]
    if missing:
        raise ValueError(f"{path}: paragraphs {missing} have no gold entry; list them, empty if need be")
    return GoldBrief(brief, gold)


def load_all(folder: Path, root: Path) -> list[GoldBrief]:
    """Return every annotated brief in `folder`, by file name."""
    return [load_gold(p, root) for p in sorted(folder.glob("*.yml"))]


def evaluate(golds: Sequence[GoldBrief], registry: Sequence[Actor]) -> Score:
    """Return the micro score of recognition over all the annotated briefs together."""
    result = recognise([g.brief for g in golds], registry)
    predicted = mentions_by_paragraph(result)
    tp = fp = fn = 0
    misses: list[str] = []
    for g in golds:
        for number, want in sorted(g.gold.items()):
            got = set(predicted.get((g.brief.id, number), ()))
            tp += len(got & want)
            for extra in sorted(got - want):
                fp += 1
                misses.append(f"{g.brief.id} p-{number}: extra {extra}")
            for lost in sorted(want - got):
                fn += 1
                misses.append(f"{g.brief.id} p-{number}: missed {lost}")
    return Score(tp, fp, fn, tuple(misses))

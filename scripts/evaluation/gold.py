"""The annotated sets and their gold, in the one text-anchored format.

Input: `tests/annotated/<set>/gold/<brief>.yml`, one file per brief, and the set's briefs
folder (`tests/annotated/<set>/briefs/`, or the folder `set.yml` names under `briefs:`).
Output: `AnnotatedSet`s of `GoldBrief`s. Gold never names a paragraph number: paragraphs
and sentences are given by their text, so the scorer finds them in whatever paragraphs the
site shows. A stage a brief was not annotated for is absent (None) and not scored.

    brief: eu-sahel.txt               the file in the set's briefs folder
    metadata: {title: ..., authors: [...], institution: ... or null, date: YYYY[-MM[-DD]] or null}
    actors:                           every body paragraph of the source, in order
    - text: <the paragraph's words>
      ids: [mali, ecowas]             registry ids (or names / aliases) it mentions
    themes:                           the same, with theme ids (parents are added when scoring)
    - text: ...
      ids: [regional-security]
    conclusions:                      every body sentence, in order
    - text: <the sentence>
      label: forecast                 forecast, recommendation, assessment, attributed (a view
                                      the text gives to someone else) or none
      addressee: european-union       optional, for recommendations (none written: none expected)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
ANNOTATED = ROOT / "tests" / "annotated"
LABELS = ("forecast", "recommendation", "assessment", "attributed", "none")
META_FIELDS = ("title", "authors", "institution", "date")


class GoldError(Exception):
    """A gold file that cannot be scored: fix the file."""


@dataclass(frozen=True, slots=True)
class Tagged:
    """A paragraph of the source, by its text, with the ids it should carry."""

    text: str
    ids: frozenset[str]


@dataclass(frozen=True, slots=True)
class GoldSentence:
    text: str
    label: str
    addressee: str | None = None


@dataclass(frozen=True, slots=True)
class GoldMeta:
    title: str
    authors: tuple[str, ...]
    institution: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class GoldBrief:
    source: str  # the brief's file name in its set's folder
    path: Path  # the gold file
    meta: GoldMeta
    actors: tuple[Tagged, ...] | None
    themes: tuple[Tagged, ...] | None
    conclusions: tuple[GoldSentence, ...] | None


@dataclass(frozen=True, slots=True)
class AnnotatedSet:
    name: str
    briefs_dir: Path
    golds: tuple[GoldBrief, ...]


def _tagged(path: Path, rows: Any) -> tuple[Tagged, ...] | None:
    if rows is None:
        return None
    try:
        return tuple(Tagged(" ".join(str(r["text"]).split()), frozenset(str(i) for i in r["ids"] or ())) for r in rows)
    except (KeyError, TypeError) as err:
        raise GoldError(f"{path}: every row needs 'text' and 'ids' ({err})") from err


def _sentences(path: Path, rows: Any) -> tuple[GoldSentence, ...] | None:
    if rows is None:
        return None
    out: list[GoldSentence] = []
    for r in rows:
        if r.get("label") not in LABELS:
            raise GoldError(f"{path}: label {r.get('label')!r} is not one of {', '.join(LABELS)}")
        out.append(GoldSentence(" ".join(str(r["text"]).split()), str(r["label"]), r.get("addressee")))
    return tuple(out)


def load_gold(path: Path) -> GoldBrief:
    """Return the gold of one brief; raise GoldError when the file is malformed."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "brief" not in data or not isinstance(data.get("metadata"), dict):
        raise GoldError(f"{path}: needs 'brief' and 'metadata'")
    m = data["metadata"]
    missing = [f for f in META_FIELDS if f not in m]
    if missing:
        raise GoldError(f"{path}: metadata lacks {missing}; write null when the brief states none")
    meta = GoldMeta(str(m["title"]), tuple(str(a) for a in m["authors"] or ()), m["institution"],
                    None if m["date"] is None else str(m["date"]))
    return GoldBrief(str(data["brief"]), path, meta, _tagged(path, data.get("actors")),
                     _tagged(path, data.get("themes")), _sentences(path, data.get("conclusions")))


def load_set(folder: Path) -> AnnotatedSet:
    """Return the annotated set in `folder` (gold/ and briefs/, or set.yml's briefs)."""
    briefs = folder / "briefs"
    config = folder / "set.yml"
    if config.exists():
        briefs = (folder / str(yaml.safe_load(config.read_text(encoding="utf-8"))["briefs"])).resolve()
    golds = tuple(load_gold(p) for p in sorted((folder / "gold").glob("*.yml")))
    for g in golds:
        if not (briefs / g.source).is_file():
            raise GoldError(f"{g.path}: brief {g.source} is not in {briefs}")
    return AnnotatedSet(folder.name, briefs, golds)


# Reporting order: the blind set first, it is the honest estimate for new briefs.
ORDER = ("blind", "heldout", "dev", "bundled")


def load_sets(root: Path = ANNOTATED, only: tuple[str, ...] = ()) -> tuple[AnnotatedSet, ...]:
    """Return every annotated set under `root` (or those named in `only`), blind first."""
    names = sorted((p.parent.name for p in root.glob("*/gold")),
                   key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    unknown = sorted(set(only) - set(names))
    if unknown:
        raise GoldError(f"no annotated set {unknown} under {root}; there are {names}")
    return tuple(load_set(root / n) for n in names if not only or n in only)

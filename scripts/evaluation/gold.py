"""The annotated sets and their gold, in the one text-anchored format.

Input: `tests/annotated/<set>/gold/<brief>.yml`, one file per brief, and the set's briefs
folder (`tests/annotated/<set>/briefs/`, or the folder `set.yml` names under `briefs:`).
Output: `AnnotatedSet`s of `GoldBrief`s. Gold never names a paragraph number: paragraphs
and sentences are given by their text, so the scorer finds them in whatever paragraphs the
site shows. A stage a brief was not annotated for is absent (None) and not scored.

    brief: eu-sahel.txt               the file in the set's briefs folder
    metadata: {title: ..., authors: [...], institution: ... or null, date: YYYY[-MM[-DD]] or null,
               report_number: R12345 or null}   report_number optional: scored only when given
    body: |                           optional: the reference body text, paragraphs separated
      First paragraph ...             by blank lines, headings as lines starting '## '; when
                                      given, text kept and added are measured against it
      ## A heading                    instead of against the source file
    notes: [<a footnote's text>, ...] optional: text that is the brief's but not its body, which
    asides: [<a caption or box>, ...] must not leak into the site's paragraphs
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

import re
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
    argues: bool | None = None  # the paragraph argues something a theme page could collect (None: not annotated)


@dataclass(frozen=True, slots=True)
class GoldSentence:
    text: str
    label: str
    addressee: str | None = None


@dataclass(frozen=True, slots=True)
class GoldMeta:
    title: str | None  # None: the brief states no title (the site then makes one from the file name)
    authors: tuple[str, ...]
    institution: str | None
    date: str | None
    report_number: str | None = None
    has_report_number: bool = False  # the gold states it (a null too): then it is scored


@dataclass(frozen=True, slots=True)
class GoldBody:
    """The reference body: its paragraphs and headings (without the `## `), in order."""

    paragraphs: tuple[str, ...]
    headings: tuple[str, ...]
    notes: tuple[str, ...] = ()
    asides: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldBrief:
    source: str  # the brief's file name in its set's folder
    path: Path  # the gold file
    meta: GoldMeta
    actors: tuple[Tagged, ...] | None
    themes: tuple[Tagged, ...] | None
    conclusions: tuple[GoldSentence, ...] | None
    body: GoldBody | None = None


@dataclass(frozen=True, slots=True)
class AnnotatedSet:
    name: str
    briefs_dir: Path
    golds: tuple[GoldBrief, ...]


class SetAbsent(GoldError):
    """The briefs folder a set.yml names is not there (a corpus kept outside the repository)."""


def _tagged(path: Path, rows: Any) -> tuple[Tagged, ...] | None:
    if rows is None:
        return None
    try:
        return tuple(Tagged(" ".join(str(r["text"]).split()), frozenset(str(i) for i in r["ids"] or ()),
                            None if r.get("argues") is None else bool(r["argues"])) for r in rows)
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


def _texts(path: Path, key: str, rows: Any) -> tuple[str, ...]:
    if rows is None:
        return ()
    if not isinstance(rows, list):
        raise GoldError(f"{path}: '{key}' must be a list of texts")
    out = [r.get("text") if isinstance(r, dict) else r for r in rows]
    if not all(isinstance(t, str) for t in out):
        raise GoldError(f"{path}: every item of '{key}' must be a text (or have 'text')")
    return tuple(" ".join(str(t).split()) for t in out)


def _body(path: Path, data: dict[str, Any]) -> GoldBody | None:
    """Return the reference body: blocks split at blank lines, `## ` lines as headings."""
    text = data.get("body")
    if text is None:
        return None
    if not isinstance(text, str):
        raise GoldError(f"{path}: 'body' must be text (paragraphs separated by blank lines)")
    paragraphs: list[str] = []
    headings: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        rest = [line for line in lines if not line.startswith("## ")]
        headings += [line[3:].strip() for line in lines if line.startswith("## ")]
        if rest:
            paragraphs.append(" ".join(rest))
    return GoldBody(tuple(paragraphs), tuple(headings), _texts(path, "notes", data.get("notes")),
                    _texts(path, "asides", data.get("asides")))


def load_gold(path: Path) -> GoldBrief:
    """Return the gold of one brief; raise GoldError when the file is malformed."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "brief" not in data or not isinstance(data.get("metadata"), dict):
        raise GoldError(f"{path}: needs 'brief' and 'metadata'")
    m = data["metadata"]
    missing = [f for f in META_FIELDS if f not in m]
    if missing:
        raise GoldError(f"{path}: metadata lacks {missing}; write null when the brief states none")
    number = m.get("report_number")
    title = None if m["title"] is None else str(m["title"])
    meta = GoldMeta(title, tuple(str(a) for a in m["authors"] or ()), m["institution"],
                    None if m["date"] is None else str(m["date"]), None if number is None else str(number),
                    "report_number" in m)
    if data.get("body") is None and (data.get("notes") or data.get("asides")):
        raise GoldError(f"{path}: 'notes' and 'asides' are scored with a 'body'; write the body too")
    return GoldBrief(str(data["brief"]), path, meta, _tagged(path, data.get("actors")),
                     _tagged(path, data.get("themes")), _sentences(path, data.get("conclusions")),
                     _body(path, data))


def load_set(folder: Path) -> AnnotatedSet:
    """Return the annotated set in `folder` (gold/ and briefs/, or set.yml's briefs); raise
    SetAbsent when set.yml names a folder that is not there."""
    briefs = folder / "briefs"
    config = folder / "set.yml"
    if config.exists():
        named = str(yaml.safe_load(config.read_text(encoding="utf-8"))["briefs"])
        briefs = (folder / named).resolve()
        if not briefs.is_dir():
            raise SetAbsent(f"set {folder.name} skipped: its briefs folder {named} ({briefs}) is not there")
    golds = tuple(load_gold(p) for p in sorted((folder / "gold").glob("*.yml")))
    for g in golds:
        if not (briefs / g.source).is_file():
            raise GoldError(f"{g.path}: brief {g.source} is not in {briefs}")
    return AnnotatedSet(folder.name, briefs, golds)


# Reporting order: the blind set first, it is the honest estimate for new briefs.
ORDER = ("blind", "heldout", "dev", "bundled", "blind-crs", "blind-publishers", "blind-2", "heldout-crs")


def load_sets(root: Path = ANNOTATED, only: tuple[str, ...] = (),
              skipped: list[str] | None = None) -> tuple[AnnotatedSet, ...]:
    """Return every annotated set under `root` (or those named in `only`), blind first. A set
    whose briefs folder is absent is left out, with one line in `skipped` saying so."""
    names = sorted((p.parent.name for p in root.glob("*/gold")),
                   key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    unknown = sorted(set(only) - set(names))
    if unknown:
        raise GoldError(f"no annotated set {unknown} under {root}; there are {names}")
    out: list[AnnotatedSet] = []
    for name in names:
        if only and name not in only:
            continue
        try:
            out.append(load_set(root / name))
        except SetAbsent as absent:
            if skipped is not None:
                skipped.append(str(absent))
    return tuple(out)

"""The whole engine as one pure function: settings in, corpus and problems out.

Input: `Settings` (folders and registry files). Output: a `Corpus` and the list
of `Problem`s found on the way (warnings), or a `BriefError` carrying every
unusable input at once. Stages run in one direction: ingest -> repair ->
actors -> themes -> conclusions -> events -> corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import actors as actor_stage
from . import conclusions as conclusion_stage
from . import events as event_stage
from . import themes as theme_stage
from .corpus import Corpus, page_path
from .ingest import read_briefs
from .mdtext import Md
from .model import Brief, Knowledge
from .problems import BriefError, Problem
from .repair import assign_ids, repair
from .settings import Settings
from .taxonomy import load_taxonomy


@dataclass(frozen=True, slots=True)
class Result:
    corpus: Corpus
    problems: tuple[Problem, ...]
    discovered: tuple[str, ...]  # one line per actor found in the text but not in the registry


def run(settings: Settings) -> Result:
    """Run every stage; raise BriefError if any input cannot be used."""
    raws, problems = read_briefs(settings.briefs)
    briefs: list[Brief] = []
    for raw in raws:
        brief, found = repair(raw)
        briefs.append(brief)
        problems += found
    fatal = [p for p in problems if p.severity == "error"]
    if not briefs and not fatal:
        fatal.append(Problem(str(settings.briefs), 0, "no briefs found. Put .txt or .md briefs in this folder.", "error"))
    if fatal:
        raise BriefError(fatal)
    briefs = assign_ids(briefs)

    registry, registry_problems = actor_stage.load_registry(settings.actors)
    taxonomy, taxonomy_problems = load_taxonomy(settings.themes)
    problems += registry_problems + taxonomy_problems
    if any(p.severity == "error" for p in registry_problems + taxonomy_problems):
        raise BriefError([p for p in registry_problems + taxonomy_problems if p.severity == "error"])

    bylines = {name for b in briefs for name in (*b.meta.authors, b.meta.institution or "") if name}
    found_actors = actor_stage.recognise(briefs, registry, exclude=bylines)
    problems += found_actors.problems
    theme_mentions = theme_stage.find_themes(briefs, taxonomy)
    used_themes = tuple(t for t in taxonomy if any(m.target == t.id for m in theme_mentions))
    conclusions = conclusion_stage.extract_conclusions(
        briefs, found_actors.mentions, theme_mentions, found_actors.actors
    )
    knowledge = Knowledge(
        briefs=tuple(briefs),
        actors=tuple(found_actors.actors),
        actor_mentions=tuple(found_actors.mentions),
        themes=used_themes,
        theme_mentions=tuple(theme_mentions),
        conclusions=tuple(conclusions),
        events=event_stage.extract_events(briefs),
        notes=load_notes(settings.notes),
    )
    discovered = tuple(f"{note}; add it to {settings.actors.name} to describe it"
                       for note in found_actors.discovery_notes)
    return Result(Corpus(knowledge), tuple(problems), discovered)


def load_notes(folder: Path) -> dict[str, str]:
    """Editor's notes: `<folder>/actors/<id>.md` and `<folder>/themes/<id>.md`, trusted Markdown."""
    notes: dict[str, str] = {}
    for kind in ("actors", "themes"):
        for path in sorted((folder / kind).glob("*.md")) if (folder / kind).is_dir() else ():
            notes[page_path(kind, path.stem)] = Md(path.read_text(encoding="utf-8").strip())
    return notes

"""The whole engine as one pure function: settings in, corpus and problems out.

Input: `Settings` (folders and registry files). Output: a `Corpus` and the list
of `Problem`s found on the way (warnings, notes and the guesses of the build report,
sorted by file and line), or a `BriefError` carrying every unusable input at once, with
the other problems about the other files. Stages run in one direction: ingest -> repair ->
actors -> themes -> conclusions -> events -> corpus.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from briefsite.extract.actors import recognise as actor_stage
from briefsite.extract.conclusions import extract as conclusion_stage
from briefsite.extract.events import find as event_stage
from briefsite.extract.glossary import load_glossary
from briefsite.extract.themes import discover as theme_stage
from briefsite.corpus.index import Corpus
from briefsite.ingest.files import read_briefs
from briefsite.site.notes import load_notes
from briefsite.model import Brief, Knowledge
from briefsite.problems import BriefError, Problem, guessed, sort_key
from briefsite.repair.briefs import assign_ids, repair
from briefsite.settings import Settings
from briefsite.extract.themes.taxonomy import load_taxonomy


@dataclass(frozen=True, slots=True)
class Result:
    corpus: Corpus
    problems: tuple[Problem, ...]  # with a "guess" per actor found in the text but not in the registry
    originals: dict[str, bytes]  # each brief's file as ingest read it, by source name


def run(settings: Settings) -> Result:
    """Run every stage; raise BriefError if any input cannot be used."""
    raws, problems = read_briefs(settings.briefs, settings.max_brief_bytes)
    briefs: list[Brief] = []
    for raw in raws:
        brief, found = repair(raw)
        briefs.append(brief)
        problems += found
    if not briefs and not any(p.severity == "error" for p in problems):
        problems.append(Problem(str(settings.briefs), 0, "no briefs found. Put .txt or .md briefs in this "
                                "folder.", "error"))
    briefs = assign_ids(briefs)
    problems += duplicate_titles(briefs)

    registry, registry_problems = actor_stage.load_registry(settings.actors, settings.shown(settings.actors))
    taxonomy, taxonomy_problems = load_taxonomy(settings.themes, settings.shown(settings.themes))
    problems += registry_problems + taxonomy_problems
    if any(p.severity == "error" for p in problems):
        # Every problem, not only the errors: the editor fixes all files in one round.
        raise BriefError(sorted(problems, key=sort_key))

    found_actors = actor_stage.recognise(briefs, registry)
    problems += found_actors.problems
    taxonomy, theme_mentions = theme_stage.themes_and_mentions(briefs, taxonomy, found_actors.mentions)
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
    )
    notes, note_problems = load_notes(
        settings.notes,
        pages={"actors": {a.id for a in knowledge.actors}, "themes": {t.id for t in knowledge.themes}},
        known={"actors": {a.id for a in registry}, "themes": {t.id for t in taxonomy}},
    )
    glossary, glossary_problems = load_glossary(settings.glossary, settings.shown(settings.glossary)
                                                if settings.glossary else "")
    knowledge = dataclasses.replace(knowledge, notes=notes, glossary=glossary)
    problems += note_problems + glossary_problems
    problems += [discovered(note, settings.actors.name) for note in found_actors.discovery_notes]
    originals = {raw.source: raw.original for raw in raws}
    return Result(Corpus(knowledge), tuple(sorted(problems, key=sort_key)), originals)


# `file:line (id, paragraph n): discovered actor ...`; a byline's actor has no line (`file (id): ...`).
_DISCOVERY = re.compile(r"^(?P<path>.*?)(?::(?P<line>\d+))? \([^)]*\): (?P<what>discovered actor .*)$")


def discovered(note: str, registry: str) -> Problem:
    """Return the build report's guess for one discovery line (`file:line (id, paragraph
    n): discovered actor ...`): the actor is on the site, undescribed until registered."""
    found = _DISCOVERY.match(note)
    path, line, what = (found["path"], int(found["line"] or 0), found["what"]) if found else ("", 0, note)
    named = re.match(r"discovered actor '(.+?)' \(", what)  # `'Ebrima M'Bai' (person, ...)`: the name may hold a `'`
    name = named.group(1) if named else what
    return guessed(path, line, f"{what}. Add it to {registry} to describe it.", "discovered actor '{v}'",
                   "add to the actor registry", name)


def duplicate_titles(briefs: list[Brief]) -> list[Problem]:
    """Return a note for each brief whose title an earlier brief (by file name) has:
    both pages are built under distinct ids, but readers see two same titles."""
    first: dict[str, Brief] = {}
    notes: list[Problem] = []
    for brief in sorted(briefs, key=lambda b: b.source):
        key = " ".join(brief.title.split()).casefold()
        if key in first:
            other = first[key]
            notes.append(guessed(brief.source, 0, f"has the same title as {other.source} ('{brief.title}'); "
                                 f"both are published, as briefs/{other.id}.html and briefs/{brief.id}.html. "
                                 f"Give one a distinct 'title:' in front matter if readers should tell them "
                                 f"apart.", "same title as {v}", "title:", other.source))
        else:
            first[key] = brief
    return notes

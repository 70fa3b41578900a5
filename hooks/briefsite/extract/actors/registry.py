"""The actor registry: a hand-edited YAML list of known actors.

Input: the path of `registry/actors.yml`. Output: its `Actor` records sorted by
id, and the `Problem`s found (each naming `file:line` and the key), so one run
reports every mistake. Entries with errors are left out; the rest load.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from briefsite.model import Actor, ActorId, ActorKind
from briefsite.problems import Problem
from briefsite.text.fold import fold_key
from briefsite.text.yaml_lines import Document, YamlError, load_yaml

KINDS: tuple[ActorKind, ...] = ("state", "person", "organisation", "group")
KEYS = ("id", "name", "kind", "aliases", "description", "affiliation", "wikidata")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")


def _entry(
    doc: Document, index: int, where: str, problems: list[Problem]
) -> tuple[dict[str, tuple[object, int]], int] | None:
    """Return an entry's keys as {key: (value, line)} and its line, or None if unusable."""
    line = doc.line("actors", index)
    value = _items(doc)[index]
    if not isinstance(value, dict):
        problems.append(Problem(where, line, "an actor must be a mapping of keys. "
                                "Write `- id: ...` followed by its keys.", "error"))
        return None
    values: dict[str, tuple[object, int]] = {}
    for key, field in value.items():
        key_line = doc.line("actors", index, key)
        if key not in KEYS:
            problems.append(Problem(where, key_line, f"unknown key '{key}'. "
                                    f"Use one of: {', '.join(KEYS)}."))
            continue
        if key == "aliases":
            if not isinstance(field, list):
                problems.append(Problem(where, key_line, "'aliases' must be a list. "
                                        "Write `aliases: [A, B]`.", "error"))
                continue
            values[key] = (tuple(a.strip() for a in field if isinstance(a, str) and a.strip()), key_line)
        elif not isinstance(field, str):
            problems.append(Problem(where, key_line, f"'{key}' must be a single value.", "error"))
        else:
            values[key] = (field.strip(), key_line)
    return values, line


def _items(doc: Document) -> list[object]:
    """Return the items of the top-level `actors:` list, or [] if there is none."""
    data = doc.data
    items = data.get("actors") if isinstance(data, dict) else None
    return items if isinstance(items, list) else []


def _build(
    values: dict[str, tuple[object, int]], line: int, where: str, problems: list[Problem]
) -> Actor | None:
    """Return the Actor of one entry's keys, or None after reporting why not."""
    missing = [k for k in ("id", "name", "kind") if not values.get(k, ("", 0))[0]]
    if missing:
        problems.append(Problem(where, line, f"actor without {', '.join(repr(k) for k in missing)}. "
                                "Every actor needs id, name and kind.", "error"))
        return None
    actor_id, id_line = values["id"]
    kind, kind_line = values["kind"]
    if not _ID.match(str(actor_id)):
        problems.append(Problem(where, id_line, f"bad id '{actor_id}'. Use a slug: lowercase "
                                "letters, digits and single hyphens.", "error"))
        return None
    if kind not in KINDS:
        problems.append(Problem(where, kind_line, f"unknown kind '{kind}' for '{actor_id}'. "
                                f"Use one of: {', '.join(KINDS)}.", "error"))
        return None
    wikidata, wd_line = values.get("wikidata", (None, 0))
    if wikidata is not None and not _QID.match(str(wikidata)):
        problems.append(Problem(where, wd_line, f"bad wikidata '{wikidata}' for '{actor_id}'. "
                                "Write a Q-id such as Q423, or leave the key out."))
        wikidata = None
    aliases = values.get("aliases", ((), 0))[0]
    affiliation = values.get("affiliation", (None, 0))[0]
    return Actor(
        id=ActorId(str(actor_id)),
        name=str(values["name"][0]),
        kind=kind,  # narrowed by the check against KINDS above
        aliases=tuple(str(a) for a in aliases) if isinstance(aliases, tuple) else (),
        description=str(values.get("description", ("", 0))[0]),
        affiliation=ActorId(str(affiliation)) if affiliation else None,
        wikidata=str(wikidata) if wikidata else None,
    )


def check_registry(
    entries: Sequence[tuple[Actor, int]], where: str
) -> tuple[tuple[Actor, ...], list[Problem]]:
    """Return the actors whose id and aliases are unique, and the conflicts and dangling affiliations."""
    problems: list[Problem] = []
    by_id: dict[str, tuple[Actor, int]] = {}
    owner: dict[str, tuple[str, str]] = {}  # folded alias -> (actor id, alias as written)
    for actor, line in entries:
        if actor.id in by_id:
            problems.append(Problem(where, line, f"duplicate id '{actor.id}' (first at line "
                                    f"{by_id[actor.id][1]}). Give each actor its own id.", "error"))
            continue
        by_id[actor.id] = (actor, line)
        for alias in (actor.name, *actor.aliases):
            key = fold_key(alias)
            first = owner.setdefault(key, (actor.id, alias))
            if first[0] != actor.id:
                problems.append(Problem(where, line, f"alias '{alias}' of '{actor.id}' is also "
                                        f"'{first[1]}' of '{first[0]}'. An alias names one actor; "
                                        "drop it from one of them.", "error"))
    actors: list[Actor] = []
    for actor, line in by_id.values():
        if actor.affiliation and actor.affiliation not in by_id:
            problems.append(Problem(where, line, f"affiliation '{actor.affiliation}' of "
                                    f"'{actor.id}' is not an actor id. Add that actor or fix the id.",
                                    "error"))
            # Keep the actor, unaffiliated: its mentions are still worth finding.
            actor = replace(actor, affiliation=None)
        actors.append(actor)
    return tuple(sorted(actors, key=lambda a: a.id)), problems


def load_registry(path: Path, shown_as: str | None = None) -> tuple[tuple[Actor, ...], list[Problem]]:
    """Return the registry's actors sorted by id and the problems found in the file.

    Problems name the file `shown_as` (the path relative to the project, `registry/actors.yml`),
    or `path` itself when it is not given.
    """
    where = shown_as or path.as_posix()
    try:
        doc = load_yaml(path.read_text(encoding="utf-8"), "text")
    except (OSError, UnicodeDecodeError) as err:
        return (), [Problem(where, 0, f"cannot read the actor registry: {err}.", "error")]
    except YamlError as err:
        return (), [Problem(where, err.line, f"invalid YAML: {err.problem or err.detail}. "
                            "Fix the syntax at that line.", "error")]
    items = _items(doc)
    if not items:
        return (), [Problem(where, 0, "no actors found. Write a top-level `actors:` list.", "error")]
    problems: list[Problem] = []
    entries: list[tuple[Actor, int]] = []
    for index in range(len(items)):
        parsed = _entry(doc, index, where, problems)
        if parsed is None:
            continue
        actor = _build(parsed[0], parsed[1], where, problems)
        if actor is not None:
            entries.append((actor, parsed[1]))
    actors, more = check_registry(entries, where)
    return actors, problems + more

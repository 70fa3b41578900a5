"""The theme taxonomy file: `registry/themes.yml` read, checked and repaired.

Input: the path of the taxonomy (YAML). Output: `Theme`s sorted by id and the `Problem`s
found, each naming its line. The matching rules the phrases follow are in `find.py`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefsite.model import Theme, ThemeId
from briefsite.problems import Problem
from briefsite.text.slug import slugify
from briefsite.text.yaml_lines import Document, YamlError, load_yaml
from briefsite.extract.themes.find import canonical

_KEYS = frozenset({"id", "name", "description", "parent", "phrases", "exclude"})
Put = Callable[[int, str], None]  # reports (line, message) as a warning of the file


def _lined(doc: Document, *path: str | int) -> tuple[Any, int]:
    """Return (value, 1-based line) of the value at `path`, with each list item and mapping
    value inside paired with its own line in the same way (what the checks below read)."""
    node = doc.node(*path)
    value: Any = _value_at(doc.data, path)
    line = int(node.start_mark.line) + 1 if node is not None else 0  # of the value, not its key
    if isinstance(value, dict):
        return {k: _lined(doc, *path, k) for k in value}, line
    if isinstance(value, list):
        return [_lined(doc, *path, i) for i in range(len(value))], line
    return value, line


def _value_at(data: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def _texts(field: tuple[Any, int] | None, what: str, where: str, put: Put) -> tuple[str, ...]:
    """Return the non-empty strings of a list field, reporting the other items."""
    if field is None:
        return ()
    value, line = field
    if not isinstance(value, list):
        put(line, f"{where}: '{what}' must be a list of phrases. Write one '- phrase' per line.")
        return ()
    texts: list[str] = []
    for item, item_line in value:
        if not isinstance(item, str) or not canonical(item):
            put(item_line, f"{where}: empty or non-text item in '{what}'. Remove it or write a phrase.")
        elif " ".join(item.split()) in texts:
            put(item_line, f"{where}: phrase '{item.strip()}' is listed twice in '{what}'. Remove one.")
        else:
            texts.append(" ".join(item.split()))
    return tuple(texts)


def load_taxonomy(path: Path, shown_as: str | None = None) -> tuple[tuple[Theme, ...], list[Problem]]:
    """Return the themes of `path`, sorted by id, and the problems found in it.

    Problems of severity "error" mean the file is unusable (missing, not YAML, no `themes`
    list) and come with no themes; the entry hook raises them as a BriefError. Anything else
    is a warning and the theme is kept, repaired: an unknown parent or a parent cycle is
    dropped, a non-slug id is slugified, a repeated id keeps its first definition. Problems
    name the file `shown_as` (relative to the project, `registry/themes.yml`), else `path`.
    """
    name = shown_as or path.as_posix()
    problems: list[Problem] = []

    def put(line: int, message: str) -> None:
        problems.append(Problem(name, line, message))

    try:
        doc = load_yaml(path.read_text(encoding="utf-8"), "text")
    except OSError as err:
        return (), [Problem(name, 0, f"cannot read the taxonomy ({err.strerror}). Check the 'themes' setting.", "error")]
    except UnicodeDecodeError as err:
        return (), [Problem(name, 0, f"not valid YAML: {err}. Fix the syntax.", "error")]
    except YamlError as err:
        return (), [Problem(name, err.line, f"not valid YAML: {err.problem or err.detail}. Fix the syntax.", "error")]
    data = doc.data
    items = _lined(doc, "themes") if isinstance(data, dict) and "themes" in data else None
    if items is None or not isinstance(items[0], list):
        return (), [Problem(name, 0, "no 'themes' list. Start the file with 'themes:' and list themes under it.", "error")]

    themes, lines = _read_themes(items[0], put)
    _cut_parents(themes, lines, put)
    _report_shared_phrases(themes, lines, put)
    ordered = tuple(themes[t] for t in sorted(themes))
    return ordered, sorted(problems, key=lambda p: (p.line, p.message))



def _read_themes(items: list[tuple[Any, int]], put: Put) -> tuple[dict[ThemeId, Theme], dict[ThemeId, int]]:
    """Return each usable theme by id, and the line of each; report and repair the others."""
    themes: dict[ThemeId, Theme] = {}
    lines: dict[ThemeId, int] = {}
    for item, line in items:
        if not isinstance(item, dict) or not isinstance(item.get("id", (None,))[0], str) or not item["id"][0]:
            put(line, "a theme without an 'id'. Give it an 'id' (a slug such as 'sanctions-relief').")
            continue
        raw_id = item["id"][0]
        tid = ThemeId(slugify(raw_id))
        where = f"theme '{tid}'"
        if tid != raw_id:
            put(line, f"id '{raw_id}' is not a slug; using '{tid}'. Write ids in lowercase with hyphens.")
        for key in sorted(set(item) - _KEYS):
            put(item[key][1], f"{where}: unknown key '{key}'. Use one of: {', '.join(sorted(_KEYS))}.")
        if tid in themes:
            put(line, f"{where} is defined twice (first at line {lines[tid]}); the first is kept. Rename or merge them.")
            continue
        text = {k: " ".join(item[k][0].split()) for k in ("name", "description", "parent") if isinstance(item.get(k, (0,))[0], str)}
        if not text.get("name"):
            put(line, f"{where} has no 'name'; using its id. Add 'name: ...'.")
        phrases = _texts(item.get("phrases"), "phrases", where, put)
        if not phrases:
            put(line, f"{where} has no phrases, so no paragraph will ever signal it. Add 'phrases:'.")
        parent = ThemeId(text["parent"]) if text.get("parent") else None
        themes[tid] = Theme(tid, text.get("name") or tid, text.get("description", ""), parent, phrases,
                            _texts(item.get("exclude"), "exclude", where, put))
        lines[tid] = line
    return themes, lines


def _cut_parents(themes: dict[ThemeId, Theme], lines: dict[ThemeId, int], put: Put) -> None:
    """Drop unknown parents and the parent of each theme in a cycle, reporting each."""
    for tid, theme in list(themes.items()):
        if theme.parent is not None and theme.parent not in themes:
            put(lines[tid], f"theme '{tid}': unknown parent '{theme.parent}'; ignored. Use the id of another theme.")
            themes[tid] = _with_parent(theme, None)
    for tid in sorted(themes):
        chain = [tid]
        while (parent := themes[chain[-1]].parent) is not None and parent not in chain:
            chain.append(parent)
        if parent == tid:
            put(lines[tid], f"theme '{tid}': parents form a cycle ({' -> '.join(chain + [tid])}); its parent is dropped.")
            themes[tid] = _with_parent(themes[tid], None)


def _report_shared_phrases(themes: dict[ThemeId, Theme], lines: dict[ThemeId, int], put: Put) -> None:
    """Report each phrase that signals more than one theme (at the later theme's line)."""
    owners: dict[str, list[ThemeId]] = defaultdict(list)
    for tid in sorted(themes, key=lambda t: lines[t]):
        for phrase in themes[tid].phrases:
            owners[canonical(phrase)].append(tid)
    for phrase, tids in sorted(owners.items()):
        if len(set(tids)) > 1:
            put(lines[tids[-1]], f"phrase '{phrase}' signals several themes ({', '.join(sorted(set(tids)))}). Keep it in one.")


def _with_parent(theme: Theme, parent: ThemeId | None) -> Theme:
    return Theme(theme.id, theme.name, theme.description, parent, theme.phrases, theme.exclude)

"""The editable glossary: abbreviations the site explains even where no brief defines them.

Input: `registry/glossary.yml`, a mapping under `glossary:` of short form to long form
(`ICBM: intercontinental ballistic missile`). Output: the (short, long) pairs, sorted, and a
Problem for each entry that cannot be used (it is left out; the build goes on). A missing file
is no glossary, not an error: the file is optional.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefsite.problems import Problem
from briefsite.text.yaml_lines import YamlError, load_yaml

_SHORT = re.compile(r"^[A-Za-z][A-Za-z0-9&./-]{0,11}$")


def load_glossary(path: Path | None, shown_as: str = "") -> tuple[tuple[tuple[str, str], ...], list[Problem]]:
    """Return the glossary's (short form, long form) pairs and the problems with its entries."""
    if path is None or not path.is_file():
        return (), []
    name = shown_as or path.as_posix()
    try:
        doc = load_yaml(path.read_text(encoding="utf-8"), "text")
    except (OSError, UnicodeDecodeError) as err:
        return (), [Problem(name, 0, f"cannot read the glossary ({err}). Fix the file or remove it.", "warning")]
    except YamlError as err:
        return (), [Problem(name, err.line, f"not valid YAML: {err.problem or err.detail}. Fix the syntax.", "warning")]
    data = doc.data
    entries = data.get("glossary") if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        return (), [Problem(name, 0, "no 'glossary' mapping. Start the file with 'glossary:' and list "
                            "'SHORT: long form' lines under it.", "warning")]
    pairs: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for short, long in entries.items():
        line = doc.line("glossary", short)
        if not isinstance(short, str) or not _SHORT.match(short) or not any(c.isupper() for c in short):
            problems.append(Problem(name, line, f"'{short}' is no abbreviation (letters and digits, at least one "
                                    "capital, at most 12 characters); the entry is left out.", "warning"))
        elif not isinstance(long, str) or len(long.split()) < 2:
            problems.append(Problem(name, line, f"'{short}' needs its long form in words ('{short}: ...'); the "
                                    "entry is left out.", "warning"))
        else:
            pairs.append((short, " ".join(long.split())))
    return tuple(sorted(pairs, key=lambda p: p[0].casefold())), problems

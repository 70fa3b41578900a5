"""YAML front matter of a brief: `---` lines at the top holding its metadata.

Input: the decoded lines of a file. Output: a `Meta` of the valid keys, the number of
lines the front matter takes (0 when there is none), and `(line, message)` notes for
every key or value that was ignored. A bad value never rejects the brief.
"""

from __future__ import annotations

import difflib
import re
from typing import Any
from urllib.parse import urlsplit

from briefsite.model import Meta
from briefsite.text.dates import parse_iso
from briefsite.text.yaml_lines import YamlError, load_yaml

KEYS = ("title", "authors", "institution", "date", "source_url", "language", "report_number")
_FENCE = re.compile(r"^---\s*$")
_CLOSE = re.compile(r"^(?:---|\.\.\.)\s*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
# A web address with a host and none of the characters that could end an HTML attribute
# or a Markdown link early (quotes, angle brackets, backslash, spaces ...).
_URL = re.compile(r"^https?://[^\s\"'<>`{}|\\^()\[\]]+$", re.IGNORECASE)
_KEEP = "Fix or remove it; the value was ignored."


def parse_front_matter(lines: list[str]) -> tuple[Meta, int, list[tuple[int, str]]]:
    """Return the front matter's metadata, how many lines it takes, and its problems."""
    if not lines or not _FENCE.match(lines[0]):
        return Meta(), 0, []
    close = next((i for i in range(1, len(lines)) if _CLOSE.match(lines[i])), None)
    if close is None:
        return Meta(), 0, [(1, "front matter starts with '---' but is never closed, so it was read "
                               "as text. Add a '---' line after the last key.")]
    block = lines[1:close]
    try:
        doc = load_yaml("\n".join(block), "typed")
    except YamlError as exc:
        if exc.unreadable:
            return Meta(), close + 1, [(1, "front matter could not be read, so all of it was ignored. "
                                           "Fix the YAML between the '---' lines.")]
        line = exc.line + 1 if exc.line else 1  # the fence is line 1
        reason = exc.problem or "it does not parse"
        return Meta(), close + 1, [(line, f"front matter is not valid YAML ({reason}), so all of it "
                                          f"was ignored. Fix the YAML between the '---' lines.")]
    data = doc.data
    if data is None:
        return Meta(), close + 1, []
    if not isinstance(data, dict):
        return Meta(), close + 1, [(2, f"front matter is {_kind(data)}, not 'key: value' lines, so it "
                                       f"was ignored. Write one 'key: value' per line.")]
    values: dict[str, Any] = {}
    problems: list[tuple[int, str]] = []
    for key in sorted(data, key=str):
        line = doc.line(str(key)) + 1 if doc.line(str(key)) else 1  # the fence is line 1
        if not isinstance(key, str) or key not in KEYS:
            hint = difflib.get_close_matches(str(key), KEYS, n=1)
            fix = f"Rename it to '{hint[0]}' if that was meant." if hint else f"Use one of: {', '.join(KEYS)}."
            problems.append((line, f"front matter key '{key}' is unknown and was ignored. {fix}"))
            continue
        value, message = _VALIDATORS[key](data[key])
        if message is not None:
            problems.append((line, f"front matter '{key}' {message} {_KEEP}"))
        elif value is not None:
            values[key] = value
    return Meta(**values), close + 1, sorted(problems)


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, str):
        return f"the text '{value}'"
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return "empty"


def _text(value: object) -> tuple[str | None, str | None]:
    if value is None:
        return None, None  # `key:` with nothing after it: treated as absent
    if not isinstance(value, str) or not value.strip():
        quote = " (put it in quotes)" if isinstance(value, (int, float, bool)) else ""
        return None, f"must be text, not {_kind(value)}{quote}."
    return " ".join(value.split()), None


def _authors(value: object) -> tuple[tuple[str, ...] | None, str | None]:
    if value is None:
        return None, None
    if isinstance(value, str):
        names = [n.strip() for n in re.split(r"\s*(?:;|,|&|\band\b)\s*", value) if n.strip()]
        return (tuple(names), None) if names else (None, "is empty.")
    if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(" ".join(v.split()) for v in value), None
    return None, f"must be a name or a list of names, not {_kind(value)}."


def _date(value: object) -> tuple[str | None, str | None]:
    if value is None:
        return None, None
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    if parse_iso(text):
        return text, None
    return None, (f"{_kind(value) if not isinstance(value, str) else repr(value)} is not a date. "
                  f"Write it as YYYY, YYYY-MM or YYYY-MM-DD, for example 2021-10-12.")



def _url(value: object) -> tuple[str | None, str | None]:
    text, message = _text(value)
    if text is not None and not (_URL.match(text) and _has_host(text)):
        return None, (f"'{text}' is not a web address (http:// or https://, with no spaces, quotes, "
                      f"brackets or angle brackets; percent-encode them).")
    return text, message


def _has_host(url: str) -> bool:
    try:
        return bool(urlsplit(url).hostname)
    except ValueError:  # a malformed IPv6 host or port
        return False


def _language(value: object) -> tuple[str | None, str | None]:
    text, message = _text(value)
    if text is not None and not _LANGUAGE.match(text):
        return None, f"'{text}' is not a language code such as en, ko or pt-BR."
    return text, message


_VALIDATORS = {
    "title": _text,
    "authors": _authors,
    "institution": _text,
    "date": _date,
    "source_url": _url,
    "language": _language,
    "report_number": _text,
}

"""Markdown from untrusted text: the one place brief text is escaped.

Input: plain text from briefs, registries or metadata. Output: `Md` strings
(Markdown that renders the text literally) and small builders for the trusted
Markdown the engine writes itself (links, marks, footnote references).

`Md` is to Markdown what markupsafe's `Markup` is to HTML: a `str` meaning "Markdown
the engine wrote". Adding, joining, `%` and `.format()` keep an `Md` operand as it is
and escape every other string for Markdown, so trusted and untrusted text cannot be
combined without the untrusted part being escaped.

Backslash escapes work for only some characters in Python-Markdown, so every
character that any enabled extension treats specially becomes a numeric
character reference; the browser shows the character, no extension sees it.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from typing import Any, SupportsIndex

__all__ = ["Md", "escape", "escape_inline", "escape_attr", "link", "mark", "join"]

# Characters with a meaning in Markdown or in an enabled extension: escapes, code,
# emphasis, links and footnotes, attribute lists and Jinja-like braces, raw HTML and
# entities, tables, tilde/caret/mark/critic markup. Quotes and apostrophes stay as
# they are so the search index holds plain words.
_SPECIAL = set("\\`*_[]{}<>&#|~^=+")
_ATTR_SPECIAL = _SPECIAL | set("\"'()")
_REFS = {c: f"&#{ord(c)};" for c in _SPECIAL}
# One C-level pass per string (str.translate), not a Python step per character.
_REF_TABLE = str.maketrans(_REFS)
_ATTR_TABLE = str.maketrans({c: f"&#{ord(c)};" for c in _ATTR_SPECIAL})
_BLOCK_START = re.compile(r"^(\s*)([-+>:!?]|\d+[.)])")
_SPACES = re.compile(r"\s+")


class Md(str):
    """Trusted Markdown. Any plain `str` combined with it is escaped first."""

    __slots__ = ()

    def __add__(self, other: object) -> Md:
        if isinstance(other, str):
            return Md(str.__add__(self, _safe(other)))
        return NotImplemented

    def __radd__(self, other: object) -> Md:
        if isinstance(other, str):
            return Md(str.__add__(_safe(other), self))
        return NotImplemented

    def __mul__(self, count: SupportsIndex) -> Md:
        return Md(str.__mul__(self, count))

    __rmul__ = __mul__

    def __mod__(self, args: Any) -> Md:
        if isinstance(args, tuple):
            args = tuple(_Escaped(a) for a in args)
        elif isinstance(args, Mapping):
            args = {k: _Escaped(v) for k, v in args.items()}
        else:
            args = _Escaped(args)
        return Md(str.__mod__(self, args))

    def format(self, *args: Any, **kwargs: Any) -> Md:
        return Md(_FORMATTER.vformat(self, args, kwargs))

    def format_map(self, mapping: Mapping[str, Any]) -> Md:  # type: ignore[override]
        return Md(_FORMATTER.vformat(self, (), mapping))

    def join(self, parts: Iterable[str]) -> Md:
        return Md(str.join(self, [_safe(p) for p in parts]))

    def __repr__(self) -> str:
        return f"Md({str.__repr__(self)})"


class _Formatter(string.Formatter):
    """`str.format` that escapes every field whose formatted value is not `Md`."""

    def format_field(self, value: Any, format_spec: str) -> str:
        text = format(value, format_spec)
        return Md(text) if isinstance(value, Md) else escape_inline(text)


_FORMATTER = _Formatter()


class _Escaped:
    """A `%` operand: shown through its escaped text, or as a number for `%d`, `%f`."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __str__(self) -> str:
        return _safe(self.value if isinstance(self.value, str) else str(self.value))

    def __repr__(self) -> str:
        return escape_inline(repr(self.value))

    def __int__(self) -> int:
        return int(self.value)

    def __float__(self) -> float:
        return float(self.value)

    def __index__(self) -> int:
        return int(self.value)


def _safe(text: str) -> Md:
    return text if isinstance(text, Md) else escape_inline(text)


def escape_inline(text: str) -> Md:
    """Return Markdown that shows `text` literally inside a line: white space becomes
    one space (kept at the edges, so fragments join up), a line-start marker is escaped."""
    out = _SPACES.sub(" ", text).translate(_REF_TABLE)
    # A line-start marker (list item, quote, ordered list) would make a block.
    out = _BLOCK_START.sub(lambda m: m.group(1) + "".join(f"&#{ord(c)};" for c in m.group(2)), out)
    return Md(out)


def escape(text: str) -> Md:
    """Return Markdown that shows `text` literally, on one line, without edge spaces."""
    return escape_inline(text.strip())


def escape_attr(text: str) -> str:
    """Return text safe inside a double-quoted Markdown link title or HTML attribute."""
    flat = _SPACES.sub(" ", text).strip()
    return flat.translate(_ATTR_TABLE)


def link(text: str, url: str, title: str | None = None) -> Md:
    """Return a Markdown link; `url` is engine-made (a relative page path and anchor,
    or a fixed address), `text` is escaped unless it is `Md`."""
    label = text if isinstance(text, Md) else escape(text)
    suffix = f' "{escape_attr(title)}"' if title else ""
    return Md(f"[{label}]({url}{suffix})")


def mark(text: str) -> Md:
    """Return `text` highlighted (the mention inside a quoted sentence)."""
    return Md("<mark>") + escape(text) + Md("</mark>")


def join(parts: Iterable[str], sep: str = ", ") -> Md:
    """Join parts with a plain separator; parts that are not `Md` are escaped."""
    return Md(sep).join(parts)

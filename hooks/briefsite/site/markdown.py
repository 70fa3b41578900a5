"""Markdown from untrusted text: the one place brief text is escaped.

Input: plain text from briefs, registries or metadata. Output: `Md` strings
(Markdown that renders the text literally) and small builders for the trusted
Markdown the engine writes itself (links, marks, footnote references).

Backslash escapes work for only some characters in Python-Markdown, so every
character that any enabled extension treats specially becomes a numeric
character reference; the browser shows the character, no extension sees it.
"""

from __future__ import annotations

import re

from markupsafe import Markup as Md  # a str subclass meaning "already safe Markdown"

__all__ = ["Md", "escape", "escape_attr", "link", "mark", "join"]

# Characters with a meaning in Markdown or in an enabled extension: escapes, code,
# emphasis, links and footnotes, attribute lists and Jinja-like braces, raw HTML and
# entities, tables, tilde/caret/mark/critic markup. Quotes and apostrophes stay as
# they are so the search index holds plain words.
_SPECIAL = set("\\`*_[]{}<>&#|~^=+")
_ATTR_SPECIAL = _SPECIAL | set("\"'()")
_REFS = {c: f"&#{ord(c)};" for c in _SPECIAL}
_BLOCK_START = re.compile(r"^(\s*)([-+>:!?]|\d+[.)])")
_SPACES = re.compile(r"\s+")


def escape(text: str) -> Md:
    """Return Markdown that shows `text` literally, on one line."""
    flat = _SPACES.sub(" ", text).strip()
    out = "".join(_REFS.get(c, c) for c in flat)
    # A line-start marker (list item, quote, ordered list) would make a block.
    out = _BLOCK_START.sub(lambda m: m.group(1) + "".join(f"&#{ord(c)};" for c in m.group(2)), out)
    return Md(out)


def escape_attr(text: str) -> str:
    """Return text safe inside a double-quoted Markdown link title or HTML attribute."""
    flat = _SPACES.sub(" ", text).strip()
    return "".join(f"&#{ord(c)};" if c in _ATTR_SPECIAL else c for c in flat)


def link(text: str | Md, url: str, title: str | None = None) -> Md:
    """Return a Markdown link; `url` is engine-made (a relative page path and anchor)."""
    label = text if isinstance(text, Md) else escape(text)
    suffix = f' "{escape_attr(title)}"' if title else ""
    return Md(f"[{label}]({url}{suffix})")


def mark(text: str) -> Md:
    """Return `text` highlighted (the mention inside a quoted sentence)."""
    return Md(f"<mark>{escape(text)}</mark>")


def join(parts: list[Md], sep: str = ", ") -> Md:
    """Join safe Markdown parts with a plain separator."""
    return Md(sep.join(parts))

"""Jinja templates that write Markdown, escaping by default.

Input: a template name under templates/ and its context. Output: Markdown text.
Every printed value is escaped for Markdown unless it is `Md` (built by the
engine), so brief text cannot become markup by accident.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from briefsite.site.markdown import Md, escape, escape_attr

TEMPLATES = Path(__file__).parents[1] / "templates"


def _finalize(value: Any) -> Md:
    """Escape every printed value that is not already safe Markdown: the templates'
    autoescape (Jinja's own `autoescape` escapes for HTML, not Markdown)."""
    if value is None:
        return Md()
    if isinstance(value, Md):
        return value
    return escape(str(value))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The one template environment: Markdown out, every non-`Md` value escaped."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,  # Markdown, not HTML: _finalize escapes for Markdown instead
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["yaml_str"] = lambda s: Md(json.dumps(str(s), ensure_ascii=True).replace("<", "\\u003c"))
    env.filters["attr"] = lambda s: Md(escape_attr(str(s)))
    env.filters["plural"] = plural
    env.filters["mdjoin"] = lambda items, sep=", ": Md(sep).join(_finalize(i) for i in items)
    return env


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """`1 paragraph`, `2 paragraphs`: a count with its noun in the right number."""
    return f"{count} {noun if count == 1 else (nouns or noun + 's')}"


def render(template: str, **context: Any) -> str:
    """Return the Markdown of `template` rendered with `context`."""
    return environment().get_template(template).render(**context)



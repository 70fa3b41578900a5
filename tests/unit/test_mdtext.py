"""Escaping brief text for Markdown: rendered with the site's extensions, it stays literal."""

from __future__ import annotations

import html

import markdown
import pytest

from briefsite.site.markdown import escape, link, mark

EXTENSIONS = ["attr_list", "footnotes", "tables", "admonition", "toc", "pymdownx.tabbed"]

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "<!-- hidden -->",
    "A footnote[^1] reference",
    "[^1]: a definition",
    "Attribute list {#p-1 .x}",
    "---",
    "# heading",
    "> quote",
    "- item",
    "+ item",
    "1. item",
    "2019. A year starts the line",
    "<!-- material/tags -->",
    "Jinja {{ config.site_name }} and {% if x %}",
    "*emphasis* and _under_ and `code` and **bold**",
    "a | table | row",
    "~~strike~~ ^^caret^^ ==mark== {++critic++}",
    "&amp; &lt; &#60; entities",
    "back\\slash \\* escape",
    "=== \"Tab\"",
    "!!! note",
    ": definition",
    "![image](x.png)",
    "<https://example.org>",
]


def rendered_text(source: str) -> str:
    out = markdown.markdown(source, extensions=EXTENSIONS)
    assert out.startswith("<p>") and out.endswith("</p>"), out
    inner = out[3:-4]
    assert "<" not in inner.replace("&lt;", ""), f"markup leaked: {out}"
    return html.unescape(inner)


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_literally(text: str) -> None:
    assert rendered_text(escape(text)) == text


def test_white_space_is_folded_to_one_line() -> None:
    assert rendered_text(escape("two\n\nparagraphs  here")) == "two paragraphs here"


def test_link_label_and_title_are_escaped() -> None:
    out = markdown.markdown(link("<b>*Kim*</b>", "../actors/kim.md", 'Title "quoted"'), extensions=EXTENSIONS)
    assert out.startswith('<p><a href="../actors/kim.md" title="Title &#34;quoted&#34;">')
    assert html.unescape(out[out.index('">') + 2 : out.index("</a>")]) == "<b>*Kim*</b>"
    assert "<em>" not in out and "<b>" not in out


def test_mark_wraps_escaped_text() -> None:
    out = markdown.markdown(f"x {mark('<i>Moon</i>')} y", extensions=EXTENSIONS)
    inner = out[out.index("<mark>") + 6 : out.index("</mark>")]
    assert "<" not in inner and html.unescape(inner) == "<i>Moon</i>"

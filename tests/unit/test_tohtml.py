"""`tohtml.convert`: the generated pages as Python-Markdown would write them, without it.

Every golden page it accepts must come out byte for byte as Python-Markdown (with the
extensions mkdocs.yml lists) writes it, table of contents included; the pages that carry
the build's bulk (briefs, actors, themes, conclusions, timeline) must be accepted; hostile brief
text stays text; forms it does not write are declined, for Python-Markdown to convert.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml

from briefsite.site.markdown import Md, escape, link, mark
from briefsite.site.tohtml import convert, resolved_once

ROOT = Path(__file__).parents[2]
GOLDEN = ROOT / "tests" / "golden" / "site"
BULK = ("actors/", "themes/", "conclusions", "timeline", "briefs/")  # all but the home page


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_constructor("!ENV", lambda loader, node: None)


def _extensions() -> tuple[list[str], dict[str, Any]]:
    """The Markdown extensions and their settings as mkdocs.yml gives them."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    names: list[str] = []
    settings: dict[str, Any] = {}
    for entry in config["markdown_extensions"]:
        name = entry if isinstance(entry, str) else next(iter(entry))
        names.append(name)
        if isinstance(entry, dict):
            settings[name] = entry[name]
    return names, settings


EXTENSIONS, SETTINGS = _extensions()


def python_markdown(source: str) -> tuple[str, list[Any]]:
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs=SETTINGS)
    return md.convert(source), _toc(getattr(md, "toc_tokens", []))


def _toc(tokens: list[Any]) -> list[Any]:
    return [(t["level"], t["id"], t["name"], _toc(t["children"])) for t in tokens]


def _body(text: str) -> str:
    return text.split("\n---\n", 1)[1] if text.startswith("---\n") else text


PAGES = sorted(p for p in GOLDEN.rglob("*.md"))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.relative_to(GOLDEN).as_posix())
def test_a_golden_page_is_what_python_markdown_writes(path: Path) -> None:
    source = _body(path.read_text(encoding="utf-8"))
    done = convert(source, lambda url: url)
    name = path.relative_to(GOLDEN).as_posix().split("/", 1)[1]
    if done is None:
        assert not name.startswith(BULK), f"{name} is no longer converted without Python-Markdown"
        return
    expected_html, expected_toc = python_markdown(source)
    assert done.html == expected_html
    assert _toc(list(done.toc_tokens)) == expected_toc


def test_links_go_through_the_sites_rewriter_and_anchors_are_collected() -> None:
    source = "# Title\n\nSee [x](a.md#p-1) and [y](a.md).\n{ #p-2 .c }\n"
    done = convert(source, lambda url: url.replace(".md", ".html"))
    assert done is not None
    assert '<a href="a.html#p-1">x</a>' in done.html and '<a href="a.html">y</a>' in done.html
    assert done.anchors == {"title", "p-2"} and done.title == "Title"


def test_a_link_resolved_once_is_not_asked_again_but_a_broken_one_is() -> None:
    asked: list[str] = []

    def rewrite(url: str) -> str:
        asked.append(url)
        return url if url.startswith("missing") else url.replace(".md", ".html")

    once = resolved_once(rewrite)
    for url in ("a.md", "a.md", "missing.md", "missing.md"):
        once(url)
    assert asked == ["a.md", "missing.md", "missing.md"]


HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "**bold** *em* _u_ `code`",
           "[a](javascript:alert(1)) [^1] {: #x }", "&lt; &amp; & < > \" ' \\ | ~ ^ =", "1. - + > # title",
           "http://example.org <http://example.org> a@b.c"]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_brief_text_stays_text(text: str) -> None:
    cell = escape(text)
    source = Md(
        "# {t}\n\n{t}\n{{ .c }}\n\n- {q}[^n]\n\n| A | B |\n| --- | ---: |\n| {t} | {l} |\n\n"
        "<details class=\"more\" markdown>\n<summary>{t}</summary>\n\n{t}\n\n</details>\n\n"
        "!!! abstract \"Box\"\n\n    {t}  \n    {t}\n\n[^n]: {t}\n"
    ).format(t=cell, q=Md("“") + mark(text) + Md("”"), l=link(text, "a.md", title=text))
    done = convert(source, lambda url: url)
    assert done is not None, "the engine's own forms are converted"
    assert done.html == python_markdown(source)[0]
    assert "<script" not in done.html and "<img" not in done.html and "<code>" not in done.html


# Markdown an editor's note (shown on actor and theme pages) might hold: converted exactly
# as Python-Markdown converts it, or declined; never converted differently.
NOTES = [
    "![alt](img.png)", "a ![alt](i.png \"t\") b", "para\n- not a list", "para\n# heading inside",
    "text\n| a | b |\n| --- | --- |\n| 1 | 2 |", "- a\n- b\ntext", "x <b>bold</b> y", "a & b < c",
    "**a** and *b* and ***c***", "a * b * c", "**a*b**", "*a **b** c*", "[a](b.md)[c](d.md)", "[a](b.md) {: .x }",
    "word_with_underscore", "snake_case_name here", "a\\*b", "line one \nline two", "trailing   \nbreak",
    "# Title #", "## A {: #custom }\n\n## A", "# A\n\n# A\n\n# A_1", "#NoSpace", "####### seven",
    "<div markdown>\n\ntext\n\n</div>", "<details markdown>\n<summary>s</summary>\n\n- a\n\n</details>",
    "para\n<div class=\"a\" markdown>\n\nx\n\n</div>", "x[^1]\n\n[^1]: one\n[^2]: two",
    "x[^1] y[^1]\n\n[^1]: one", "[^1]: def first\n\nx[^1]", "&copy; &#169; &#xA9; &bogus",
    "<http://example.org>", "mail <a@b.c>", "<!-- a comment -->", "x <!-- a comment --> y", "1) not a list",
    "+ plus", "* star item", "text\n    indented continuation", "  leading spaces", "para\n{ .cls }\n{ .two }",
    "| a |\n| :-: |\n| 1 |", "| a | b |\n|---|---|\n| 1 |", "<span>*em in span*</span>", "[link]( url.md )",
    "[a [nested] b](u.md)", "# H <mark>m</mark> &amp; x", "## 2024\n\n## 2024", "# Café Ünïcode", "# 中文标题",
]


@pytest.mark.parametrize("source", NOTES)
def test_other_markdown_is_converted_as_python_markdown_does_or_declined(source: str) -> None:
    done = convert(source, lambda url: url)
    assert done is None or done.html == python_markdown(source)[0]


DECLINED = {
    "code block": "para\n\n    code\n",
    "backticks": "some `code`\n",
    "ordered list": "1. one\n2. two\n",
    "quote": "> quoted\n",
    "undefined footnote": "text[^nowhere]\n",
    "loose list": "- one\n\n- two\n",
    "raw HTML block": "<div class=\"x\">\n\n*kept raw*\n\n</div>\n",
    "setext heading": "Title\n=====\n",
    "a link with spaces": "[a](b c.md)\n",
    "reference link": "[a][b]\n\n[b]: https://example.org\n",
    "admonition without a title": "!!! note\n    text\n",
    "image": "![alt](img.png)\n",
    "autolink": "<https://example.org>\n",
    "emphasis inside emphasis": "*a **b** c*\n",
    "raw block inside a container": "<div class=\"a\" markdown>\n\n<script>x</script>\n\n</div>\n",
}


@pytest.mark.parametrize("name", sorted(DECLINED))
def test_forms_the_engine_does_not_write_are_left_to_python_markdown(name: str) -> None:
    assert convert(DECLINED[name], lambda url: url) is None

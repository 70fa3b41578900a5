"""`Md`: trusted Markdown that escapes whatever untrusted text is combined with it."""

from __future__ import annotations

from typing import Callable

import re
from html import escape as escape_html

import markdown
import pytest

from briefsite.site.markdown import Md, escape, join, link, mark
from briefsite.site.templating import environment

EXTENSIONS = ["attr_list", "footnotes", "tables", "admonition", "toc", "pymdownx.tabbed"]


def html(source: str) -> str:
    """The HTML of `source`, with character references shown as the characters they stand for."""
    out = str(markdown.markdown(source, extensions=EXTENSIONS))
    return re.sub(r"&#(\d+);", lambda m: escape_html(chr(int(m.group(1))), quote=False), out)


# (how the Markdown is built, what it must render to): the untrusted part stays text.
CASES: list[tuple[str, Callable[[], str], str]] = [
    ("add keeps no link", lambda: Md("ok ") + "[a](javascript:1)", "<p>ok [a](javascript:1)</p>"),
    ("format keeps no emphasis", lambda: Md("**{}**").format("*x*"), "<p><strong>*x*</strong></p>"),
    ("radd", lambda: "<b>" + Md("*y*"), "<p>&lt;b&gt;<em>y</em></p>"),
    ("join escapes plain parts", lambda: Md(", ").join(["*a*", Md("*b*")]), "<p>*a*, <em>b</em></p>"),
    ("percent tuple", lambda: Md("%s is %d") % ("`c`", 3), "<p>`c` is 3</p>"),
    ("percent mapping", lambda: Md("**%(a)s**") % {"a": "_z_"}, "<p><strong>_z_</strong></p>"),
    ("percent single", lambda: Md("[%s](x.md)") % "](javascript:1)", '<p><a href="x.md">](javascript:1)</a></p>'),
    ("format_map", lambda: Md("{a}").format_map({"a": "<i>"}), "<p>&lt;i&gt;</p>"),
    ("format repr conversion", lambda: Md("{!r}").format(Md("*q*")), "<p>Md('*q*')</p>"),
    ("a line start in a fragment", lambda: Md("") + "- item", "<p>- item</p>"),
    ("a newline cannot start a block", lambda: Md("a ") + "x\n# h", "<p>a x # h</p>"),
    ("footnote label", lambda: Md("text") + "[^1]", "<p>text[^1]</p>"),
    ("augmented add", lambda: _augmented(), "<p><em>a</em>*b*</p>"),
    ("join helper", lambda: join(["[x]", link("y", "y.md")]), '<p>[x], <a href="y.md">y</a></p>'),
    ("mark", lambda: mark("**m**"), "<p><mark>**m**</mark></p>"),
]


def _augmented() -> str:
    out = Md("*a*")
    out += "*b*"
    return out


@pytest.mark.parametrize("build,expected", [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_untrusted_operands_are_escaped(build: Callable[[], str], expected: str) -> None:
    out = build()
    assert isinstance(out, Md)
    assert html(out) == expected


def test_trusted_operands_stay_markdown() -> None:
    assert Md("*a*") + Md("*b*") == "*a**b*"
    assert Md("{} {}").format(Md("**x**"), 2) == "**x** 2"
    assert Md(" · ").join([Md("[a](a.md)"), Md("[b](b.md)")]) == "[a](a.md) · [b](b.md)"
    assert Md("-") * 3 == "---" and isinstance(Md("-") * 3, Md)


def test_plain_strings_are_untouched() -> None:
    assert "*a*" + "*b*" == "*a**b*"  # only Md escapes: plain str keeps str semantics
    assert not isinstance("a" + "b", Md)


def test_adding_a_non_string_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        Md("a") + 1


def test_escape_is_md_and_strips_edges() -> None:
    assert escape("  *x*  ") == "&#42;x&#42;" and isinstance(escape("x"), Md)


def test_templates_escape_every_value_that_is_not_md() -> None:
    template = environment().from_string("{{ a }} {{ b }} {{ items | mdjoin(' · ') }}")
    out = template.render(a="*a*", b=Md("*b*"), items=["[x](y)", Md("**z**")])
    assert html(out) == "<p>*a* <em>b</em> [x](y) · <strong>z</strong></p>"

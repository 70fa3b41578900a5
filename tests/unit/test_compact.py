"""Whitespace cut from built pages: only where HTML renders it alike."""

from __future__ import annotations

import pytest

from briefsite.site.compact import compact_html


@pytest.mark.parametrize(("page", "expected"), [
    ("<div>\n    <p>a</p>\n  </div>", "<div>\n<p>a</p>\n</div>"),  # indentation: one newline
    ("<p>a   b</p>", "<p>a b</p>"),  # a run in text: one space
    ("<p>a b\u00a0\u00a0c</p>", "<p>a b\u00a0\u00a0c</p>"),  # no-break spaces are text
    ('<a title="x   >   y">a</a>', '<a title="x   >   y">a</a>'),  # attribute values untouched
    ("<pre><code>a\n    b</code></pre>  <p>x</p>", "<pre><code>a\n    b</code></pre> <p>x</p>"),
    ("<p><code>a  b</code></p>", "<p><code>a  b</code></p>"),
    ("<script>var a = '  ';\n\n  f()</script>", "<script>var a = '  ';\n\n  f()</script>"),
    ("<textarea>a\n\n b</textarea>", "<textarea>a\n\n b</textarea>"),
    ("<!--  a\n\n -->", "<!--  a\n\n -->"),
    ("<span>a</span> <span>b</span>", "<span>a</span> <span>b</span>"),  # a single space stays
])
def test_compact_html(page: str, expected: str) -> None:
    assert compact_html(page) == expected

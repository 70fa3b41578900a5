"""scripts/check_site.py on small hand-made sites: each kind of break is found, and named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import check_site
from tests.reliability.buildrun import ROOT

GOOD_PAGE = """<!doctype html><html><head><title>x</title>
<script src="assets/app.js"></script><script>__md_scope=new URL(".",location)</script>
<script id="__config" type="application/json">{"base": "."}</script></head>
<body><h1 id="top">Top</h1><p id="p-1">Text<sup id="fnref:a-p1"><a href="#fn:a-p1">1</a></sup></p>
<a href="page.html#p-2">ok</a> <a href="page.html">ok</a> <a href="sub/">ok</a> <a href="#">ok</a>
<a href="mailto:a@example.org">ok</a> <a href="https://example.org/x">out</a> <a name="old"></a>
<div class="footnote"><ol><li id="fn:a-p1"><a href="#fnref:a-p1">back</a></li></ol></div></body></html>"""


def make_site(tmp: Path, extra: str = "") -> Path:
    (tmp / "assets").mkdir()
    (tmp / "assets" / "app.js").write_text("", encoding="utf-8")
    (tmp / "sub").mkdir()
    (tmp / "sub" / "index.html").write_text('<a href="../index.html#old">up</a>', encoding="utf-8")
    (tmp / "page.html").write_text('<p id="p-2">x</p>', encoding="utf-8")
    (tmp / "index.html").write_text(GOOD_PAGE.replace("</body>", extra + "</body>"), encoding="utf-8")
    return tmp


def test_a_good_site_passes_and_lists_its_external_links(tmp_path: Path) -> None:
    report = check_site.check(make_site(tmp_path))
    assert report.problems == []
    assert report.pages == 3 and report.links >= 10
    assert report.external == {"https://example.org/x": {"index.html"}}


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ('<a href="missing.html">x</a>', "points to a missing file"),
        ('<a href="page.html#p-99">x</a>', "missing anchor '#p-99'"),
        ('<a href="#fn:nowhere">x</a>', "missing anchor '#fn:nowhere'"),
        ('<img src="assets/none.png">', "points to a missing file"),
        ('<a href="../../etc/passwd">x</a>', "outside the site"),
        ('<a href="sub/../../x.html">x</a>', "outside the site"),
        ('<a href="sub/index.html#nowhere">x</a>', "missing anchor '#nowhere'"),
        ('<a href="ftp://example.org/">x</a>', "unexpected scheme 'ftp:'"),
        ('<a href=" javascript:alert(1)">x</a>', "a script link"),
        ('<img src="assets/app.js" onerror="alert(1)">', "inline event handler"),
        ("<script>alert(1)</script>", "not the theme's"),
        ('<template><p><img src="assets/app.js" onerror=alert(1)></p></template>', "inline event handler"),
        ('<a href="sub/#nowhere">x</a>', "missing anchor '#nowhere'"),
        ('<a href="nosuch/">x</a>', "points to a missing file"),
    ],
)
def test_each_break_is_found(tmp_path: Path, extra: str, words: str) -> None:
    report = check_site.check(make_site(tmp_path, extra))
    assert len(report.problems) == 1 and words in report.problems[0], report.problems
    assert report.problems[0].startswith("index.html: ")


def test_a_file_linked_out_of_the_site_is_outside_it(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    site = make_site(tmp_path / "site", '<img src="assets/linked.png">')
    (tmp_path / "outside.png").write_bytes(b"x")
    (site / "assets" / "linked.png").symlink_to(tmp_path / "outside.png")
    report = check_site.check(site)
    assert len(report.problems) == 1 and "outside the site" in report.problems[0], report.problems


def test_the_command_fails_with_the_summary_last(tmp_path: Path) -> None:
    site = make_site(tmp_path, '<a href="page.html#p-99">x</a>')
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_site.py"), str(site)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert "index.html" in lines[0] and "#p-99" in lines[0]
    assert lines[-1].startswith("check_site: 1 broken link(s) or unsafe markup")

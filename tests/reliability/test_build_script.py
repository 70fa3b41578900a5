"""scripts/build exits non-zero, with the reason as the last lines of its output, whenever
the site is not trustworthy; with --out it never touches the repository's site/ or dist/."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.reliability.buildrun import ROOT, Run, scripts_build

FAILED = "scripts/build: FAILED: "
SKIP_IN_COPY = {"site", "dist", "tests", "test-artifacts"}  # outputs, and what the build never reads


def report_block(lines: list[str]) -> int:
    """Index of the build report's first line in `lines` (the report comes just before the last line)."""
    return next(i for i, t in enumerate(lines) if t.startswith("Build report: "))


def test_a_brief_that_cannot_be_used_fails_with_the_reason_last(rejected: Run) -> None:
    assert rejected.returncode != 0
    lines = [t for t in rejected.lines if t.strip()]
    assert lines[-1] == (FAILED + "the hosted build stopped on the problems listed above (each names its file "
                         "and the fix); fix them and run scripts/build again; nothing was published: "
                         f"{rejected.site}, {rejected.offline} and {rejected.bundle} are as they were.")
    start = report_block(lines)
    assert lines[start:-1] == [lines[start], "  cp1252.txt: read as Windows-1252 (save as UTF-8)",
                               "  hangul.txt: language 'ko' told from the script (language:)",
                               "  no_title.txt: title 'No title' made from the file name (title:)"]
    assert lines[start - 1] == "Aborted with a BuildError!"
    assert lines[start - 2].startswith("ERROR   -  Nothing was built: 10 file(s) could not be used.")
    assert not rejected.site.exists() and not rejected.failed.exists()


def test_a_warning_fails_the_build_publishing_nothing_and_saying_where_to_look(warned: Run) -> None:
    assert warned.returncode != 0
    lines = [t for t in warned.lines if t.strip()]
    assert lines[-1] == (FAILED + "the hosted build stopped on the problems listed above (each names its file "
                         "and the fix); fix them and run scripts/build again; nothing was published: "
                         f"{warned.site}, {warned.offline} and {warned.bundle} are as they were. What this "
                         f"build made is in {warned.failed} for a look; do not publish it.")
    start = report_block(lines)
    assert lines[start - 1].startswith("Aborted with") and lines[start - 1].endswith("warnings in strict mode!")
    assert (warned.failed / "site" / "index.html").is_file()  # kept aside, for a look
    assert not warned.site.exists() and not warned.offline.exists() and not warned.bundle.exists()


def test_a_good_build_writes_only_to_out(accepted: Run) -> None:
    # built aside in the output folder, then put in place
    assert f"Building documentation to directory: {accepted.out}/.briefsite-build-" in accepted.output
    assert accepted.output.count("Building documentation to directory: ") == 2
    assert (accepted.site / "index.html").is_file() and (accepted.offline / "index.html").is_file()
    assert sorted(p.name for p in accepted.out.iterdir()) == [
        ".briefsite-build.lock", "briefsite-offline.zip", "build-report.txt", "offline", "site"]
    assert str(ROOT / "site") not in accepted.output and str(ROOT / "dist") not in accepted.output
    assert accepted.lines[-1] == f"Built the offline bundle: {accepted.bundle} (unzip, open index.html)"
    assert accepted.output.count("check_site: ") == 2  # both builds were walked
    assert accepted.output.count("Build report: ") == 1  # two MkDocs builds, one report, at the end
    assert accepted.lines[report_block(accepted.lines):-3] == (accepted.out / "build-report.txt").read_text(
        encoding="utf-8").splitlines()


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--briefs", "/nowhere/at/all"], 2, "'/nowhere/at/all' is not a folder of briefs."),
        (["--bogus"], 2, "unknown argument '--bogus'"),
        (["--out"], 2, "Usage: scripts/build"),
    ],
)
def test_bad_arguments(args: list[str], code: int, words: str) -> None:
    proc = subprocess.run([str(ROOT / "scripts" / "build"), *args], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == code and words in proc.stderr


def test_a_broken_link_mkdocs_does_not_see_fails_the_build(tmp_path: Path) -> None:
    """A hand-written page with a raw HTML link to a missing anchor passes MkDocs' strict
    validation (raw HTML is not checked); scripts/check_site.py catches it. Run on a copy
    of the project sharing the repository's .venv, so the real docs/ stay untouched."""
    copy = tmp_path / "project"
    copy.mkdir()
    for item in sorted(ROOT.iterdir()):
        if item.name in SKIP_IN_COPY or item.name.startswith("."):
            continue
        if item.is_dir():
            shutil.copytree(item, copy / item.name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(item, copy / item.name)
    (copy / ".venv").symlink_to(ROOT / ".venv")
    (copy / "docs" / "method.md").write_text(
        (ROOT / "docs" / "method.md").read_text(encoding="utf-8")
        + '\n<p><a href="briefs/index.html#no-such-anchor">a raw link</a></p>\n', encoding="utf-8")
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "one.txt").write_text("One Brief\n\nNorth Korea tested a missile.\n", encoding="utf-8")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    env.pop("BRIEFSITE_BRIEFS", None)
    proc = subprocess.run([str(copy / "scripts" / "build"), "--briefs", str(briefs), "--out", str(tmp_path / "out")],
                          cwd=copy, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600)
    lines = [t for t in proc.stdout.splitlines() if t.strip()]
    assert proc.returncode != 0, proc.stdout
    assert "Documentation built in" in proc.stdout  # MkDocs itself was content
    assert any("method.html" in t and "#no-such-anchor" in t for t in lines)
    assert lines[-2].startswith("check_site: 1 broken link(s) or unsafe markup")
    out = tmp_path / "out"
    assert lines[-1] == (FAILED + "the hosted site has broken links or unsafe markup (listed above); nothing was "
                         f"published: {out}/site, {out}/offline and {out}/briefsite-offline.zip are as they "
                         f"were. What this build made is in {out}/failed-build for a look; do not publish it.")
    assert "Build report: nothing was guessed" in (out / "build-report.txt").read_text(encoding="utf-8")
    assert not (out / "site").exists() and not (out / "offline").exists()
    assert (out / "failed-build" / "site" / "method.html").is_file()


def test_the_site_is_named_as_the_editor_says_and_the_name_is_text(tmp_path: Path) -> None:
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "one.txt").write_text("Sanctions and Their Discontents\nBy Jane Doe\n\nThe first paragraph says "
                                    "something about sanctions.\n", encoding="utf-8")
    name, description = 'Sahel <b>briefs</b> & "notes"', "What <i>they</i> say"
    command = [str(ROOT / "scripts" / "build"), "--out", str(tmp_path / "out"), "--briefs", str(briefs),
               "--name", name, "--description", description]
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFSITE_")}
    proc = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=1200)
    assert proc.returncode == 0, proc.stdout
    for site in ("site", "offline"):
        page = (tmp_path / "out" / site / "briefs" / "one.html").read_text(encoding="utf-8")
        assert "<title>Sanctions and Their Discontents - Sahel &lt;b&gt;briefs&lt;/b&gt; &amp; &#34;notes&#34;</title>" in page
        assert '<meta name="description" content="What &lt;i&gt;they&lt;/i&gt; say">' in page
        assert "<b>briefs</b>" not in page and "<i>they</i>" not in page
        assert "&amp;lt;" not in page  # escaped once, not twice where Material escapes it too


@pytest.mark.parametrize("flag", ["--name", "--description"])
def test_an_empty_name_or_description_is_refused_before_anything_is_built(flag: str, tmp_path: Path) -> None:
    proc = subprocess.run([str(ROOT / "scripts" / "build"), "--out", str(tmp_path), flag, " "], cwd=ROOT,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stdout.strip() == "scripts/build: --name and --description need some text."
    assert list(tmp_path.iterdir()) == []

"""Only files really inside the briefs folder are published: a symbolic link is refused.

A link `passwd.txt -> /etc/passwd` (here: a file outside the folder holding a marker
that no brief has) used to be followed, and its target published byte for byte into
the hosted site, the bundle, the zip, the search index and knowledge.json. Now the
build stops with one ERROR naming the link, and no byte of the target reaches any
output.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reliability import corpora
from tests.reliability.buildrun import ROOT, Run, scripts_build

SECRET = "root:x:0:0:briefsite-secret-marker-7f3a:/root:/bin/bash"


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> Run:
    tmp = tmp_path_factory.mktemp("symlinks")
    outside = tmp / "outside"
    outside.mkdir()
    (outside / "passwd").write_text(f"{SECRET}\n", encoding="utf-8")
    (outside / "titled.txt").write_text(f"A Titled Brief Outside\n\nIt holds {SECRET} too.\n", encoding="utf-8")
    briefs = corpora.copy_bundled(tmp / "briefs")
    os.symlink(outside / "passwd", briefs / "passwd.txt")
    os.symlink(outside / "titled.txt", briefs / "titled.txt")
    os.symlink(briefs / "000_322f3bcde1d308c5.txt", briefs / "inside link.txt")  # even to a brief inside
    os.symlink(outside, briefs / "linked folder")
    return scripts_build(briefs, tmp / "out")


def test_the_build_stops_naming_each_link(linked: Run) -> None:
    assert linked.returncode != 0
    for name in ("passwd.txt", "titled.txt", "inside link.txt"):
        errors = [line for line in linked.lines if line.startswith(f"ERROR   -  {name}: is a symbolic link")]
        assert len(errors) == 1, (name, linked.output)
    assert "Traceback" not in linked.output


def test_nothing_is_written_and_no_target_is_read(linked: Run) -> None:
    """The build stops before writing a file, so no byte of a target can reach the site,
    the bundle or the zip; and the engine never reads a target into a brief."""
    from briefsite.ingest.files import read_briefs

    assert linked.out.is_dir()  # scripts/build made the folder, then wrote no site into it
    report = linked.out / "build-report.txt"  # only what the engine guessed: the linked folder skipped
    lock = linked.out / ".briefsite-build.lock"  # empty: it only serialises builds into this folder
    assert [p for p in sorted(linked.out.rglob("*")) if p.is_file() and p != lock] == [report]
    assert lock.stat().st_size == 0
    assert "  linked folder: skipped: not a .txt, .md or .pdf file" in report.read_text(encoding="utf-8")
    assert "briefsite-secret-marker-7f3a" not in report.read_text(encoding="utf-8")
    assert linked.briefs is not None
    raws, problems = read_briefs(linked.briefs)
    assert sorted(r.source for r in raws) == sorted(p.name for p in (ROOT / "briefs").iterdir())
    assert not [r.source for r in raws if b"briefsite-secret-marker-7f3a" in r.original]
    assert {p.path for p in problems if p.severity == "error"} >= {"passwd.txt", "titled.txt", "inside link.txt"}


def test_a_link_swapped_in_after_listing_is_not_followed(tmp_path: Path) -> None:
    """The file is opened without following a link, so replacing it between the listing
    and the read publishes nothing."""
    from briefsite.ingest import files as ingest

    target = tmp_path / "secret"
    target.write_text(SECRET, encoding="utf-8")
    link = tmp_path / "brief.txt"
    os.symlink(target, link)
    data, error = ingest._read_regular(link, 1_000_000)
    assert data == b"" and error is not None and "symbolic link" in error

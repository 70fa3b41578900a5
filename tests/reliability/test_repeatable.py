"""Repeatable: two scripts/build runs of the same briefs give byte-identical hosted sites,
offline folders and zips, even when the second folder's files were created in reverse
order and every directory listing of the build comes out reversed; dates come from
SOURCE_DATE_EPOCH."""

from __future__ import annotations

import calendar
import gzip
import hashlib
import re
import time
import zipfile
from pathlib import Path

from tests.reliability.buildrun import EPOCH, Run


def tree(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under `folder`."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_reversed_listing_took_effect(accepted_again: tuple[Run, Path]) -> None:
    run, listed = accepted_again
    folders = set(listed.read_text(encoding="utf-8").splitlines())
    assert str(run.briefs) in folders  # the engine listed the briefs reversed
    assert any(f.endswith("/docs") for f in folders)  # and MkDocs its docs


def test_two_builds_are_byte_identical(accepted: Run, accepted_again: tuple[Run, Path]) -> None:
    again, _ = accepted_again
    for kind in ("site", "offline"):
        first, second = tree(getattr(accepted, kind)), tree(getattr(again, kind))
        assert sorted(first) == sorted(second), kind
        assert [p for p in first if first[p] != second[p]] == [], kind
        # not vacuous: the files most likely to differ between runs are among those compared
        assert {"knowledge.json", "sitemap.xml", "sitemap.xml.gz", "index.html"} <= set(first), kind
    assert "search/search_index.json" in tree(accepted.site)
    assert accepted.bundle.read_bytes() == again.bundle.read_bytes()


def test_dates_come_from_source_date_epoch(accepted: Run) -> None:
    day = time.strftime("%Y-%m-%d", time.gmtime(EPOCH))
    for site in (accepted.site, accepted.offline):
        sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
        dates = set(re.findall(r"<lastmod>([^<]+)</lastmod>", sitemap))
        assert dates == {day}, dates
        raw = (site / "sitemap.xml.gz").read_bytes()
        # the gzip header's mtime: MkDocs writes the build day's midnight (UTC) of the epoch
        assert int.from_bytes(raw[4:8], "little") == calendar.timegm(time.gmtime(EPOCH)[:3] + (0, 0, 0))
        assert gzip.decompress(raw).decode("utf-8") == sitemap
    with zipfile.ZipFile(accepted.bundle) as bundle:
        assert {info.date_time for info in bundle.infolist()} == {time.gmtime(EPOCH)[:6]}
        names = bundle.namelist()
        assert names == sorted(names)

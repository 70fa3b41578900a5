"""Trim the offline build and zip it, byte for byte the same for the same input.

Usage: python scripts/package_offline.py SITE_DIR ZIP_PATH
Removes what an offline English reader never loads (source maps, search language
packs, the search index as JSON), then writes a zip with sorted entries and fixed timestamps, and prints
its size.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
import zipfile
from pathlib import Path

# Language packs (English search needs none); the index as JSON, which every page of the
# bundle has as a script (search/search_index.js, the offline plugin's) and which no page
# could fetch from disk. Removed after scripts/build has checked the bundle, which reads it.
NEVER_LOADED = ("assets/javascripts/lunr", "search/search_index.json")


def trim(site: Path) -> int:
    """Delete source maps, unused language packs and the JSON index; return the bytes removed."""
    removed = 0
    for path in sorted(site.rglob("*.map")):
        removed += path.stat().st_size
        path.unlink()
    for rel in NEVER_LOADED:
        path = site / rel
        if path.is_dir():
            removed += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
            shutil.rmtree(path)
        elif path.is_file() and (rel != "search/search_index.json" or (site / "search/search_index.js").is_file()):
            removed += path.stat().st_size
            path.unlink()
    return removed


def write_zip(site: Path, target: Path, root_name: str) -> None:
    """Zip `site` under `root_name/`, entries sorted, timestamps from SOURCE_DATE_EPOCH."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))
    stamp = time.gmtime(max(epoch, 315532800))[:6]  # zip cannot hold dates before 1980
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted((p for p in site.rglob("*") if p.is_file()), key=lambda p: p.relative_to(site).as_posix()):
            info = zipfile.ZipInfo(f"{root_name}/{path.relative_to(site).as_posix()}", stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes(), compresslevel=9)
    tmp.replace(target)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    site, target = Path(argv[1]), Path(argv[2])
    if not (site / "index.html").is_file():
        print(f"{site}: no offline build here (index.html missing); build it first.", file=sys.stderr)
        return 1
    removed = trim(site)
    write_zip(site, target, target.stem)
    print(f"Offline bundle: {target} ({target.stat().st_size / 1e6:.2f} MB; trimmed {removed / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

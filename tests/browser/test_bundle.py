"""The offline bundle as a file: its size, what it leaves out, and that nothing in it
points outside. (That it works from disk is proven in test_reading.py.)"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from tests.browser.sites import Sites
from tests.sites.sitebuild import ROOT, build, make_project

MAX_ZIP_BYTES = 3_000_000

# A tag that makes the browser load something: scripts, images, frames, media, and
# <link> of a kind that is fetched (a canonical or alternate link is only an address).
LOADS = re.compile(
    r"<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc=[\"']?((?:https?:)?//[^\"'\s>]+)"
    r"|<link\b(?=[^>]*\brel=[\"']?(?:stylesheet|icon|preload|modulepreload|prefetch|manifest))"
    r"[^>]*\bhref=[\"']?((?:https?:)?//[^\"'\s>]+)",
    re.I,
)


def test_zip_is_at_most_3_mb(sites: Sites) -> None:
    assert sites.zip is not None  # the session built and packaged the bundle itself
    size = sites.zip.stat().st_size
    print(f"offline zip: {size} bytes ({size / 1e6:.2f} MB); {sites.trimmed.strip()}")
    assert size <= MAX_ZIP_BYTES, f"the offline zip is {size / 1e6:.2f} MB, over 3 MB"


def test_zip_leaves_out_source_maps_and_search_language_packs(sites: Sites) -> None:
    assert sites.zip is not None
    with zipfile.ZipFile(sites.zip) as zf:
        names = zf.namelist()
    assert all(name.startswith("briefsite-offline/") for name in names)
    assert "briefsite-offline/index.html" in names
    assert "briefsite-offline/search/search_index.js" in names  # the offline plugin's index
    assert "briefsite-offline/search/search_index.json" not in names  # the same, which no page reads from disk
    assert not [n for n in names if n.endswith(".map")]
    assert not [n for n in names if "/assets/javascripts/lunr/" in n]
    # Our worker answers search (overrides/main.html); Material's, and any source copy of it, are not shipped.
    assert "briefsite-offline/assets/search-worker.js" in names
    assert not [n for n in names if "/assets/javascripts/workers/" in n or n.endswith(".source.js")]


def test_no_page_of_the_bundle_loads_anything_from_outside(sites: Sites) -> None:
    found: list[str] = []
    for page in sorted(sites.offline.rglob("*.html")):
        for match in LOADS.finditer(page.read_text(encoding="utf-8")):
            found.append(f"{page.relative_to(sites.offline)}: {match.group(1) or match.group(2)}")
    assert not found, "outside assets in the offline bundle:\n" + "\n".join(found)
    shim = sites.offline / "assets/vendor/iframe-worker/shim.js"
    assert shim.is_file() and 'src="assets/vendor/iframe-worker/shim.js"' in (sites.offline / "index.html").read_text(encoding="utf-8")
    # The vendored shim's licence travels with it, to the reader's disk.
    licence = (ROOT / "docs/assets/vendor/iframe-worker/LICENSE").read_bytes()
    assert (sites.offline / "assets/vendor/iframe-worker/LICENSE").read_bytes() == licence
    assert licence.startswith(b"Copyright") and b"Permission is hereby granted" in licence  # MIT


def test_an_outside_asset_fails_the_offline_build(tmp_path: Path) -> None:
    """The privacy plugin with assets_fetch: false warns for each outside asset; --strict fails."""
    project = make_project(tmp_path)
    page = project / "docs" / "method.md"
    page.write_text(
        page.read_text(encoding="utf-8")
        + '\n\n<img src="https://example.com/chart.png" alt="A chart">\n\n'
        + '<script src="https://cdn.example.net/widget.js"></script>\n',
        encoding="utf-8",
    )
    result = build(project, "mkdocs-offline.yml")
    assert result.returncode != 0, "the offline build accepted outside assets"
    assert "External file: https://example.com/chart.png" in result.output, result.output
    assert "External file: https://cdn.example.net/widget.js" in result.output, result.output


def test_the_hosted_site_ships_our_search_worker_and_not_materials(sites: Sites) -> None:
    assert (sites.hosted / "assets" / "search-worker.js").is_file()
    assert not (sites.hosted / "assets" / "javascripts" / "workers").exists()
    assert '"search": "assets/search-worker.js"' in (sites.hosted / "index.html").read_text(encoding="utf-8")

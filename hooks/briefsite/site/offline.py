"""The offline bundle's own fixes to what MkDocs and Material write.

Input: a built offline site's files. Output: the same files, fixed in place, less
Material's search worker, which no page of it loads.
"""

from __future__ import annotations

import re
from pathlib import Path


def relative_404(page: Path) -> None:
    """The offline bundle's 404 page with its site-absolute links (`/assets/...`) made relative,
    as the offline plugin does for every other page (it leaves 404.html, which a server would
    serve from any depth), so it is styled when opened from disk."""
    if page.is_file():
        html = page.read_text(encoding="utf-8")
        html = re.sub(r'((?:href|src)=")/(?!/)', r"\1./", html)
        html = re.sub(r'("base":\s*)"/"', r'\1"."', html)  # Material's page config: the search worker
        html = re.sub(r'("search":\s*)"/(?!/)', r'\1"', html)
        page.write_text(html, encoding="utf-8")


def unused_workers(site: Path) -> list[Path]:
    """Delete Material's own search worker (`assets/javascripts/workers/`) when the home
    page's configuration names another (briefsite's, docs/assets/search-worker.js, put
    there by overrides/main.html); return what was deleted.

    No page loads it then: from disk docs/assets/search-offline.js starts our worker from a
    Blob. If a Material upgrade renamed its worker, the override no longer replaces it and
    the page names Material's: it is kept, so search still works.
    """
    home, workers = site / "index.html", site / "assets" / "javascripts" / "workers"
    if not home.is_file() or not workers.is_dir():
        return []
    config = re.search(r'"search":\s*"([^"]*)"', home.read_text(encoding="utf-8"))
    if config is None or "javascripts/workers/" in config.group(1):
        return []
    deleted = sorted(p for p in workers.iterdir() if p.is_file())
    for path in deleted:
        path.unlink()
    workers.rmdir()
    return deleted

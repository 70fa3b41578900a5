"""The offline bundle's own fixes to what MkDocs and Material write.

Input: a built offline site's files. Output: the same files, fixed in place, and the
search workers' sources as scripts.
"""

from __future__ import annotations

import json
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


def worker_sources(workers: Path) -> list[Path]:
    """Write, beside each of Material's search workers (`workers/*.js`), its source as a
    script (`<name>.source.js` setting `__briefsite_worker_source`); return what was written.

    From disk no script can read another file, and Chromium starts no worker from a file
    URL; docs/assets/search-offline.js starts the worker from this source as a Blob, off
    the page's thread. The source map comment is left out: a Blob has no folder to find it in.
    """
    written: list[Path] = []
    for worker in sorted(workers.glob("*.js")) if workers.is_dir() else ():
        if worker.name.endswith(".source.js"):
            continue
        source = re.sub(r"\n?//# sourceMappingURL=\S*\s*$", "", worker.read_text(encoding="utf-8"))
        target = worker.with_name(worker.name.removesuffix(".js") + ".source.js")
        target.write_text(f"window.__briefsite_worker_source={json.dumps(source)};\n", encoding="utf-8")
        written.append(target)
    return written

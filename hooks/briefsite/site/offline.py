"""The offline bundle's own fixes to what MkDocs and Material write.

Input: a built offline site's files. Output: the same files, fixed in place.
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

"""A plain MkDocs + Material project of the same briefs: the yardstick for the engine's site.

Input: each repaired brief's title and paragraphs (benchmark/engine.py writes them) and
the project's vendored iframe-worker polyfill. Output: a project folder with one bare
Markdown page per brief (its title, its paragraphs), a home page and a briefs index
linking them all, and two configs: hosted (mkdocs.yml) and offline (mkdocs-offline.yml,
Material's offline plugin). Same theme, features and search separator as the engine's
site; the sidebar lists the two section pages, as the engine's does, since a sidebar of
every page makes any MkDocs build O(N²). No hooks, no extensions beyond Material's needs.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIM = Path("assets/vendor/iframe-worker/shim.js")
_SEPARATOR = r"""'[\s\-,:;!?=\[\]()"''/*<>{}|“”‘’]+|\.(?!\d)|&[lg]t;|&quot;|&amp;|&#\d+;'"""

_BLOCK = re.compile(r"[#>+*=-]|\d+[.)]")
HOSTED = f"""site_name: plain
site_url: https://plain.example.org/
use_directory_urls: false
theme:
  name: material
  language: en
  font: false
  features: [navigation.instant, navigation.tabs, navigation.top, navigation.indexes, search.suggest,
             search.highlight, content.footnote.tooltips, toc.follow]
plugins:
  - search:
      separator: {_SEPARATOR}
nav:
  - Home: index.md
  - Briefs: briefs/index.md
not_in_nav: |
  /briefs/b-*.md
"""

OFFLINE = f"""INHERIT: mkdocs.yml
theme:
  name: material
  features: [navigation.tabs, navigation.top, navigation.indexes, search.highlight,
             content.footnote.tooltips, toc.follow]
plugins:
  - search:
      separator: {_SEPARATOR}
  - offline
extra:
  polyfills:
    - {SHIM.as_posix()}
"""


def _text(value: str) -> str:
    """Brief text as literal Markdown: HTML-escaped, and no line starting a block."""
    text = html.escape(" ".join(value.split()), quote=False)
    return f"&#{ord(text[0])};{text[1:]}" if _BLOCK.match(text) else text


def make_plain(texts: Path, project: Path) -> int:
    """Write the plain project for the briefs in `texts` into `project`; return the pages written."""
    briefs = json.loads(texts.read_text(encoding="utf-8"))
    docs = project / "docs"
    (docs / "briefs").mkdir(parents=True, exist_ok=True)
    (project / "mkdocs.yml").write_text(HOSTED, encoding="utf-8")
    (project / "mkdocs-offline.yml").write_text(OFFLINE, encoding="utf-8")
    (docs / SHIM).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "docs" / SHIM, docs / SHIM)
    (docs / "index.md").write_text("# Briefs\n\nThe briefs, one page each: see [Briefs](briefs/index.md).\n",
                                   encoding="utf-8")
    lines = ["# Briefs", ""]
    for number, brief in enumerate(briefs):
        name = f"b-{number:05d}.md"
        body = [f"# {_text(brief['title']) or name}", ""]
        for paragraph in brief["paragraphs"]:
            body += [_text(paragraph), ""]
        (docs / "briefs" / name).write_text("\n".join(body), encoding="utf-8")
        lines.append(f"- [{_text(brief['title']) or name}]({name})")
    (docs / "briefs" / "index.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(briefs) + 2

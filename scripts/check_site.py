"""Check a built site: every internal link and anchor resolves, and no page holds unsafe markup.

Usage: python scripts/check_site.py SITE_DIR [--external]
Walks every .html file of SITE_DIR (and the hosted search index, whose locations
are links too), each parsed once, as a browser parses it (lexbor's HTML5 parser). An internal href/src must name a file of the site (relative to the
page, or to the root for /...), and its #fragment an id (or <a name>) of that page.
Any on* attribute, javascript: URL or inline script other than the theme's is unsafe. External http(s) links are listed
with --external, not judged: which are allowed is for the caller to say.
MkDocs' own validation misses some of this (-q/-v hide broken anchors, raw HTML and
theme links are not checked), so scripts/build runs this after each build.
Prints one line per problem and, last, a summary; exit 1 if there is any problem.
"""

from __future__ import annotations

import json
import os
import posixpath
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

_LINK_ATTRS = {"href", "src"}
# The inline scripts Material 9.8 writes into every page (pinned; see requirements.lock).
# Any other inline script came from content: brief text must never become one.
THEME_INLINE_SCRIPTS = ("__md_scope=new URL(", 'var palette=__md_get("__palette")',
                        "var target=document.getElementById(location.hash")
_IGNORED_SCHEMES = {"mailto", "tel", "data"}
_WATCHED = _LINK_ATTRS | {"id", "name", "action"}  # with on*: the attributes worth a look


@dataclass
class Report:
    pages: int = 0
    links: int = 0
    problems: list[str] = field(default_factory=list)
    external: dict[str, set[str]] = field(default_factory=dict)  # URL -> pages linking it


@dataclass
class _Page:
    """The ids of a page and the links it makes."""

    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, attribute, value)
    unsafe: list[str] = field(default_factory=list)


def _read(html: str) -> _Page:
    """Return what `html` holds, parsed as a browser parses it (lexbor, HTML5: a script in a
    <textarea> is text, a second href is dropped), <template> content included."""
    page = _Page()
    root = LexborHTMLParser(html).root
    roots = [root] if root is not None else []
    while roots:
        top = roots.pop()
        for node in top.traverse(include_text=False):
            if node.tag == "script":
                _script(page, node)
            for name, value in node.attributes.items():
                if name in _WATCHED or name.startswith("on"):
                    _attribute(page, node.tag or "", name, value or "")
        roots.extend(top.template_fragments())
    return page


def _script(page: _Page, node: LexborNode) -> None:
    attrs = node.attributes
    if attrs.get("src") or attrs.get("type") == "application/json":
        return
    text = (node.text(deep=True) or "").strip()
    if not text.startswith(THEME_INLINE_SCRIPTS):
        page.unsafe.append(f"<script>{text[:60]!r}</script> (an inline script that is not the theme's)")


def _attribute(page: _Page, tag: str, name: str, value: str) -> None:
    if name == "id" or (name == "name" and tag == "a"):
        page.ids.add(value)
    if name.startswith("on"):
        page.unsafe.append(f"<{tag} {name}=...> (an inline event handler)")
    elif name in _LINK_ATTRS or (name == "action" and tag == "form"):
        if "".join(value.split()).lower().startswith(("javascript:", "vbscript:")):
            page.unsafe.append(f"<{tag} {name}={value[:60]!r}> (a script link)")
        else:
            page.links.append((tag, name, value))


@lru_cache(maxsize=None)
def _parse(file: str) -> _Page:
    """The page at the absolute path `file`, read once however many links point at it."""
    return _read(Path(file).read_text(encoding="utf-8", errors="replace"))


def check(site: Path) -> Report:
    """Return what is wrong with the links and markup of the site built in `site`."""
    _parse.cache_clear()
    site = site.resolve()
    report = Report()
    files = _plain_files(site)
    for path in sorted(site.rglob("*.html")):
        page = _parse(str(path))
        name = path.relative_to(site).as_posix()
        folder = posixpath.dirname(name)
        report.pages += 1
        report.problems += [f"{name}: unsafe markup {what}" for what in page.unsafe]
        for tag, attr, value in page.links:
            report.links += 1
            if _plainly_fine(site, files, name, folder, value):
                continue
            problem = _check_link(site, path, value, report.external, name)
            if problem:
                report.problems.append(f"{name}: <{tag} {attr}={value!r}> {problem}")
    index = site / "search" / "search_index.json"
    if index.is_file():
        for doc in json.loads(index.read_text(encoding="utf-8")).get("docs", []):
            report.links += 1
            problem = _check_link(site, site / "index.html", doc["location"] or "index.html", report.external,
                                  "search index")
            if problem:
                report.problems.append(f"search/search_index.json: location {doc['location']!r} {problem}")
    return report


def _plain_files(site: Path) -> frozenset[str]:
    """The site's files that are no links, by path relative to the site: a link to one of
    them resolves without asking the file system again (the walk saw each once)."""
    found: set[str] = set()
    for folder, dirs, names in os.walk(site):
        relative = Path(folder).relative_to(site).as_posix()
        prefix = "" if relative == "." else relative + "/"
        found.update(prefix + n for n in names if not os.path.islink(os.path.join(folder, n)))
    return frozenset(found)


def _plainly_fine(site: Path, files: frozenset[str], page: str, folder: str, value: str) -> bool:
    """True when `value` is a relative link to a plain file of the site (or a folder's plain
    index.html) with, for a page, an anchor it has: the common case, decided on strings.
    Anything else (external, absolute, odd, missing, a link) goes to `_check_link`, which
    says what is wrong. `folder` is the page's own folder ("" at the top)."""
    if ":" in value.split("#", 1)[0].split("/", 1)[0] or value.startswith(("/", "?")) or value != value.strip():
        return False  # a scheme, a site-absolute path, a query or padding: the full check
    path, _, fragment = value.partition("#")
    if "?" in path or "%" in path or "%" in fragment or "&" in fragment:
        return False
    target = posixpath.normpath(posixpath.join(folder, path)) if path else page
    if path.endswith("/"):  # a folder: its index.html (hosted pages link one another so)
        target = "index.html" if target == "." else target + "/index.html"
    if target.startswith("../") or target == ".." or target not in files:
        return False
    return not fragment or not target.endswith(".html") or fragment in _parse(f"{site}/{target}").ids


def _check_link(site: Path, page: Path, value: str, external: dict[str, set[str]], name: str) -> str | None:
    """Return what is wrong with one link of `page`, or None."""
    try:
        url = urlsplit(value.strip())
    except ValueError:
        return "is not a valid URL"
    if url.scheme in ("http", "https") or value.startswith("//"):
        external.setdefault(value, set()).add(name)
        return None
    if url.scheme in _IGNORED_SCHEMES:
        return None
    if url.scheme or url.netloc:
        return f"uses the unexpected scheme '{url.scheme}:'"
    path = unquote(url.path)
    if not path:
        target = page
    elif path.startswith("/"):
        target = site / path.lstrip("/")
    else:
        target = page.parent / path
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    target = target.resolve()
    if not target.is_relative_to(site):
        return "points outside the site"
    if not target.is_file():
        return "points to a missing file"
    fragment = unquote(url.fragment)
    if fragment and target.suffix == ".html" and fragment not in _parse(str(target)).ids:
        return f"points to a missing anchor '#{fragment}'"
    return None


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "--external"]
    if len(args) != 1 or not (Path(args[0]) / "index.html").is_file():
        print(__doc__, file=sys.stderr)
        return 2
    site = Path(args[0])
    report = check(site)
    for line in report.problems:
        print(f"{site}/{line}", file=sys.stderr)
    if "--external" in argv:
        for url in sorted(report.external):
            print(f"external: {url} ({len(report.external[url])} pages)")
    if report.problems:
        print(f"check_site: {len(report.problems)} broken link(s) or unsafe markup in {site} "
              f"({report.pages} pages, {report.links} links checked).", file=sys.stderr)
        return 1
    print(f"check_site: {report.pages} pages, {report.links} links: every internal link and anchor "
          f"resolves, no unsafe markup.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

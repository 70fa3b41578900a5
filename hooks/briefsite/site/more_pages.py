"""The briefs an actor or theme page lists one line each, beyond those it shows in full.

Input: the page's kind, id and name, and one line per further brief (a link to the brief,
its credit, links to the paragraphs naming the target), newest brief first. Output: the
lines the page itself folds (at most FOLDED), and pages of the rest (`actors/china.more-2.md`,
MORE_PER_PAGE lines each) with a pager back to the page and between them, so an actor or
theme named in a thousand briefs still has a page of bounded size and every brief stays
reachable from it.
"""

from __future__ import annotations

from typing import Any, Literal

from briefsite.site.markdown import Md, link
from briefsite.site.paging import chunk, pager
from briefsite.site.sitemap import DocsPath, more_path, page_path, relative
from briefsite.site.templating import render

FOLDED = 30  # further briefs the page lists itself, one line each, folded
MORE_PER_PAGE = 100  # lines on each further page


def split_more(kind: Literal["actors", "themes"], ident: str, name: str, shown: int,
               lines: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], Md, dict[DocsPath, str]]:
    """Return (the lines the page folds, a link line to the further pages or nothing, those pages).

    `shown`: briefs the page shows in full before its folded lines (for the pagers' labels)."""
    folded, rest = lines[:FOLDED], lines[FOLDED:]
    if not rest:
        return folded, Md(), {}
    parts = chunk(rest, lambda _: None, MORE_PER_PAGE)  # one group: pages of MORE_PER_PAGE
    home = page_path(kind, ident)
    paths = [home, *(more_path(kind, ident, n) for n in range(2, len(parts) + 2))]
    first = shown + len(folded)
    labels = [f"{name}: what the briefs say, and briefs 1 to {first}"]
    for part in parts:
        labels.append(f"briefs {first + 1} to {first + len(part)}")
        first += len(part)
    pages = {
        path: render("more.md.j2", name=name, back=link(name, relative(path, home)), label=label, lines=part,
                     pager=pager(path, paths, labels, f"the briefs naming {name}"))
        for path, label, part in zip(paths[1:], labels[1:], parts, strict=True)
    }
    more = Md(" · ").join(link(label, relative(home, path)) for path, label in zip(paths[1:], labels[1:], strict=True))
    return folded, Md("The other {}, on further pages: ").format(len(rest)) + more, pages

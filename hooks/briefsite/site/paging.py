"""Long lists split into pages by one rule, so that no generated page grows with the corpus.

Input: items in the order a page lists them and a key that groups them (the brief of a
conclusion, the year of an event). Output: pages of at most PAGE_SIZE items, and the
pager (Markdown) that links every page of a list from each of them.

The rule: items fill a page in order; a group (a brief, a year) is never split across two
pages unless it alone holds more than a page, and then it fills pages of its own. A list
that fits on one page stays one page, with no pager. Every item is on exactly one page,
and every page links every other, so every item stays reachable.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from briefsite.site.markdown import Md, escape, link
from briefsite.site.sitemap import DocsPath, relative

T = TypeVar("T")

PAGE_SIZE = 150  # rows of the conclusions table or the timeline on one page: about 120-160 KB of HTML


def chunk(items: Sequence[T], group: Callable[[T], Hashable], size: int = PAGE_SIZE) -> list[list[T]]:
    """Return `items` in pages of at most `size`, each group whole on one page when it fits."""
    pages: list[list[T]] = []
    current: list[T] = []
    for _, run_iter in itertools.groupby(items, key=group):
        run = list(run_iter)
        if current and len(current) + len(run) > size:
            pages.append(current)
            current = []
        while len(run) > size:
            pages.append(run[:size])
            run = run[size:]
        current.extend(run)
    if current:
        pages.append(current)
    return pages


def pager(page: DocsPath, paths: Sequence[DocsPath], labels: Sequence[str], what: str) -> Md:
    """Return the pager of one page of a list: `Page 2 of 9: ‹ Previous · 1 · 2 · … · Next ›`,
    every page a numbered link titled with its label (what it holds, e.g. its dates), the
    current one marked; empty when the list has a single page. `what` names the list for
    screen readers ("the conclusions")."""
    if len(paths) < 2:
        return Md()
    here = paths.index(page)
    numbers = []
    for i, (path, label) in enumerate(zip(paths, labels, strict=True)):
        current = ' aria-current="page"' if i == here else ""
        numbers.append(link(str(i + 1), relative(page, path), label) + Md(f'{{ data-page="{i + 1}"{current} }}'))
    steps = []
    if here > 0:
        steps.append(link("‹ Previous", relative(page, paths[here - 1]), labels[here - 1]) + Md(f'{{ .pager-step rel=prev data-page="{here}" }}'))
    if here < len(paths) - 1:
        steps.append(link("Next ›", relative(page, paths[here + 1]), labels[here + 1]) + Md(f'{{ .pager-step rel=next data-page="{here + 2}" }}'))
    body = Md(" ").join(numbers)
    return (Md('<div class="pager" role="navigation" aria-label="Pages of {}" markdown>\n\n').format(escape(what))
            + Md("Page {} of {} ({}): ").format(here + 1, len(paths), labels[here]) + Md(" · ").join(steps)
            + Md("\n{ .pager-where }\n\n") + body + Md("\n{ .pager-pages }\n\n</div>"))

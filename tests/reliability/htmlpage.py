"""Built HTML read the way a browser would (stdlib html.parser), for assertions.

Input: the text of one built page. Output: a `Page` with its elements, comments,
scripts, ids, visible text, <title>, headings, header topic and brief paragraphs
(`.brief-para` text without the paragraph number link).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def flat(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Page:
    elements: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    scripts: list[tuple[dict[str, str], str]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    text: str = ""  # all visible text (not in <script>/<style>/<title>), flattened
    title: str = ""
    h1: list[str] = field(default_factory=list)
    h2: list[str] = field(default_factory=list)
    topic: str = ""  # Material's header topic: the page title shown in the header
    paras: list[tuple[str, str]] = field(default_factory=list)  # (id, text) of .brief-para
    meta: str = ""  # the .brief-meta header (authors, institution, date, report, source, original)
    body: list[str] = field(default_factory=list)  # h2 and .brief-para texts in page order


class _Parser(HTMLParser):
    def __init__(self, page: Page) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.texts: list[str] = []
        self.grabs: list[tuple[str, list[str], int]] = []  # (what, parts, depth at start)
        self.script: tuple[dict[str, str], list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.page.elements.append((tag, a))
        if "id" in a:
            self.page.ids.append(a["id"])
        if tag == "script":
            self.script = (a, [])
        classes = a.get("class", "").split()
        what = ("title" if tag == "title" else "h1" if tag == "h1" else "h2" if tag == "h2"
                else "para" if tag == "p" and "brief-para" in classes
                else "meta" if tag == "dl" and "brief-meta" in classes
                else "topic" if a.get("data-md-component") == "header-topic"
                else "skip" if tag == "a" and ("pn" in classes or "headerlink" in classes) else None)
        if tag not in _VOID:
            self.stack.append((tag, a))
            if what:
                self.grabs.append((what, [a.get("id", "")], len(self.stack)))

    def _grabbing(self, what: str) -> bool:
        return any(w == what for w, _, _ in self.grabs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.script is not None:
            self.page.scripts.append((self.script[0], "".join(self.script[1])))
            self.script = None
        while self.stack:
            open_tag, _ = self.stack.pop()
            while self.grabs and self.grabs[-1][2] > len(self.stack):
                self._close(*self.grabs.pop()[:2])
            if open_tag == tag:
                break

    def _close(self, what: str, parts: list[str]) -> None:
        ident, text = parts[0], flat("".join(parts[1:]))
        page = self.page
        if what == "title":
            page.title = text
        elif what == "h1":
            page.h1.append(text)
        elif what == "h2":
            page.h2.append(text)
            page.body.append(text)
        elif what == "para":
            page.paras.append((ident, text))
            page.body.append(text)
        elif what == "meta":
            page.meta = text
        elif what == "topic":
            page.topic = text

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script[1].append(data)
            return
        if any(tag in ("style", "title") for tag, _ in self.stack):
            if self._grabbing("title"):
                self.grabs[-1][1].append(data)
            return
        self.texts.append(data)
        if self.grabs and self.grabs[-1][0] != "skip":
            for what, parts, _ in self.grabs:
                parts.append(data)

    def handle_comment(self, data: str) -> None:
        self.page.comments.append(data)


def parse(html: str) -> Page:
    page = Page()
    parser = _Parser(page)
    parser.feed(html)
    parser.close()
    page.text = flat(" ".join(parser.texts))
    return page


def read(path: Path) -> Page:
    return parse(path.read_text(encoding="utf-8"))

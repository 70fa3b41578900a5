"""The inline part of the engine's Markdown, as HTML: links, footnote references, emphasis.

Input: one block's inline Markdown, written by the engine (brief text in it is already
escaped by `markdown.py`: every character Markdown treats specially is a character
reference), and the page's `Refs`. Output: the HTML Python-Markdown (with the site's
extensions) makes of it, byte for byte; `Unsupported` for anything outside the few forms
the engine writes, so the caller can let Python-Markdown convert the page instead.

Raw inline HTML and character references pass through as they are, as Python-Markdown
passes them; every other `&`, `<` and `>` is escaped, so no text becomes markup here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown.extensions.attr_list import get_attrs_and_remainder


class Unsupported(Exception):
    """Markdown this converter does not write the way Python-Markdown would."""


@dataclass(slots=True)
class Refs:
    """A page's links and footnotes: how hrefs are written, footnote numbers (definition
    order), references made so far, and the headings waiting for their ids."""

    url_of: Callable[[str], str]  # a link's href as the site shows it (MkDocs rewrites .md links)
    numbers: dict[str, int] = field(default_factory=dict)  # footnote label -> number (definition order)
    seen: dict[str, int] = field(default_factory=dict)  # label -> references so far
    headings: list[tuple[int, str, dict[str, str]]] = field(default_factory=list)  # level, inner HTML, attrs
    # The ids of elements (not of raw tags): a heading's id is made unique among these, as
    # the toc extension does, which sees elements only.
    ids: set[str] = field(default_factory=set)

    def element(self, name: str, attrs: dict[str, str]) -> str:
        """`start_tag`, noting the element's id."""
        if "id" in attrs:
            self.ids.add(attrs["id"])
        return start_tag(name, attrs)


_AMP = re.compile(r"&(?!(?:#[0-9]+|#x[0-9a-f]+|[0-9a-z]+);)", re.I)
# What the engine writes inline: footnote references, links (with an optional title and
# attribute list), raw tags, character references. Anything else special is refused.
_TOKEN = re.compile(
    r"\[\^(?P<fn>[^\]]*)\]"
    r"|\[(?P<label>[^\[\]]*)\]\((?P<href>[^\s()<>\"]*)(?: \"(?P<title>[^\"]*)\")?\)(?P<attrs>\{[^}\n]*\})?"
    r"|(?P<tag></?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<entity>&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)"
)
# Only the plain forms, which Python-Markdown reads the same way: no nesting, no space
# inside the markers; any `*` left over declines the page.
_EMPHASIS = re.compile(r"\*\*([^\s*](?:[^*]*[^\s*])?)\*\*|\*([^\s*](?:[^*]*[^\s*])?)\*")
# A bracket left over is text (no reference links are defined) unless it could start a
# link, a reference or a footnote that the token above did not take; a `<` left over could
# be an autolink or a comment.
_REFUSED = re.compile(r"[`\\{}*<]|\]\s*[(\[:{]|\[\^|(?<!\w)_|_(?!\w)")
_HOLD = re.compile("\x02([0-9]+)\x03")
_TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
BACKLINK_TITLE = "Jump back to footnote {} in the text"


_ATTRIB_SPECIAL = re.compile(r'[&<>"\n]')
_PLAIN = re.compile(r"[\[\]<>&*_`\\{}\x02\x03]|  \n")  # text without any of these is its own HTML


def cdata(text: str) -> str:
    """Escape text as Python-Markdown's serializer does: `&` unless it starts a reference."""
    if "&" in text:
        text = _AMP.sub("&amp;", text)
    return text.replace("<", "&lt;").replace(">", "&gt;")


def attrib(text: str) -> str:
    """Escape an attribute value as Python-Markdown's serializer does."""
    if not _ATTRIB_SPECIAL.search(text):
        return text
    return cdata(text).replace('"', "&quot;").replace("\n", "&#10;")


def start_tag(name: str, attrs: dict[str, str]) -> str:
    """Return `<name a="v" ...>`, attributes in lexical order as Python-Markdown writes them."""
    return "<" + name + "".join(f' {k}="{attrib(v)}"' for k, v in sorted(attrs.items())) + ">"


def add_attrs(attrs: dict[str, str], attr_list: str) -> None:
    """Apply a `{ #id .class key=value }` list as the attr_list extension does."""
    found, rest = get_attrs_and_remainder(attr_list.strip()[1:-1].strip().lstrip(":"))
    if rest:
        raise Unsupported(f"attribute list {attr_list!r}")
    for key, value in found:
        if value is None or not re.fullmatch(r"[a-zA-Z_:][-\w:.]*|\.|#", key):
            raise Unsupported(f"attribute {key!r}")
        if key == ".":
            attrs["class"] = f"{attrs['class']} {value}" if attrs.get("class") else value
        else:
            attrs["id" if key == "#" else key] = value


def inline(text: str, refs: Refs) -> str:
    """Return the HTML of one block's inline Markdown; raise Unsupported."""
    if not _PLAIN.search(text):
        return text  # most link labels and table cells: nothing to convert or escape
    if "\x02" in text or "\x03" in text:
        raise Unsupported("control characters")
    held: list[str] = []

    def hold(html: str) -> str:
        held.append(html)
        return f"\x02{len(held) - 1}\x03"

    def token(m: re.Match[str]) -> str:
        if (fn := m.group("fn")) is not None:
            return hold(_footnote_ref(fn, refs))
        if (href := m.group("href")) is not None:
            if m.start() and text[m.start() - 1] == "!":
                raise Unsupported("an image")
            return hold(_link(m, href, refs))
        if tag := m.group("tag"):
            if "@" in _TAG_NAME.match(tag).group(0) or ":" in tag.split(" ", 1)[0]:  # type: ignore[union-attr]
                raise Unsupported(f"autolink {tag!r}")
            return hold(tag)
        return hold(m.group("entity"))

    plain = _TOKEN.sub(token, text)
    if _REFUSED.search(_EMPHASIS.sub("\x01", _HOLD.sub("\x01", plain))):
        raise Unsupported(f"inline markup in {text[:80]!r}")
    out = _EMPHASIS.sub(_emphasis, cdata(plain).replace("  \n", "<br />\n"))  # a hard line break
    return _HOLD.sub(lambda m: held[int(m.group(1))], out)


def _emphasis(m: re.Match[str]) -> str:
    return f"<strong>{m.group(1)}</strong>" if m.group(1) is not None else f"<em>{m.group(2)}</em>"


def _link(m: re.Match[str], href: str, refs: Refs) -> str:
    attrs = {"href": refs.url_of(href)}
    if (title := m.group("title")) is not None:
        attrs["title"] = title
    if m.group("attrs"):
        add_attrs(attrs, m.group("attrs"))
    return refs.element("a", attrs) + inline(m.group("label"), refs) + "</a>"


def _footnote_ref(label: str, refs: Refs) -> str:
    if label not in refs.numbers:
        raise Unsupported(f"footnote [^{label}] is not defined")  # Python-Markdown leaves it as text
    count = refs.seen[label] = refs.seen.get(label, 0) + 1
    ref_id = f"fnref:{label}" if count == 1 else f"fnref{count}:{label}"
    refs.ids.add(ref_id)
    return (f'<sup id="{attrib(ref_id)}"><a class="footnote-ref" href="#{attrib("fn:" + label)}">'
            f"{refs.numbers[label]}</a></sup>")

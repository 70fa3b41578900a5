"""Positioned lines of one page -> groups of lines in reading order.

Input: the `Line`s of a page (chars.py) and its width. Output: `Group`s (lines that
belong together: same column, same type, no gap) in reading order: a page in two
columns is read down the left column, then the right, between full-width lines
(a title, a wide table) that cut the page into bands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefsite.ingest.pdf.chars import Line, Shape
from briefsite.text.words import is_word

_SENTENCE_END = re.compile(r"[.!?:;”\"’)]$")


@dataclass(frozen=True, slots=True)
class Group:
    """Lines read as one unit, in reading order; `column` is "left", "right" or "full"."""

    lines: tuple[Line, ...]
    column: str

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def size(self) -> float:
        return max(line.size for line in self.lines)

    @property
    def bold(self) -> bool:
        return all(line.bold for line in self.lines)

    @property
    def text(self) -> str:
        return join_lines([line.text for line in self.lines])


def join_lines(texts: list[str]) -> str:
    """Return wrapped lines as one text: a word hyphenated across lines is joined when
    the joined word is English and its halves are not (`consid- / eration`); otherwise
    the hyphen stays (`Raytheon- / produced`, `Long- / Range`, an address). pdfium marks
    every hyphen at a line end alike, so its mark cannot tell them apart."""
    out = ""
    for text in texts:
        if not out:
            out = text
            continue
        if out.endswith("-") and out[-2:-1].isalpha():
            left = re.findall(r"[\w’']+-$", out)
            right = re.match(r"[\w’']+", text)
            address = "/" in out.rsplit(" ", 1)[-1]
            if left and right and not address and _joins(left[0][:-1], right.group(0)):
                out = out[:-1] + text
            else:
                out += text
            continue
        out = f"{out} {text}"
    return out


def _joins(left: str, right: str) -> bool:
    if not right[:1].islower():
        return False
    return is_word((left + right).lower()) and not (is_word(left.lower()) and is_word(right))


def two_columns(lines: list[Line], width: float) -> bool:
    """Return whether the page is set in two columns: many lines on each side of the
    middle and few crossing it."""
    mid = width / 2
    left = sum(1 for line in lines if line.x1 < mid + 5)
    right = sum(1 for line in lines if line.x0 > mid - 5)
    return left >= 4 and right >= 4 and min(left, right) >= 0.15 * len(lines)


def reading_order(lines: list[Line], width: float) -> list[tuple[Line, str]]:
    """Return the lines of a page in reading order, each with its column."""
    top_down = sorted(lines, key=lambda line: (-round(line.y1, 0), line.x0))
    if not two_columns(lines, width):
        return [(line, "full") for line in top_down]
    mid = width / 2
    ordered: list[tuple[Line, str]] = []
    left: list[Line] = []
    right: list[Line] = []
    for line in top_down:
        wide = ordered[-1][0] if ordered and not left and not right else None
        if wide is not None and abs(wide.size - line.size) < 0.3 and wide.bold == line.bold \
                and wide.y0 - line.y1 < line.size:
            ordered.append((line, "full"))  # the short last line of a wrapped full-width title
            continue
        if line.x1 < mid + 5:
            left.append(line)
        elif line.x0 > mid - 5:
            right.append(line)
        else:  # a full-width line closes the band above it
            ordered += [(x, "left") for x in left] + [(x, "right") for x in right] + [(line, "full")]
            left, right = [], []
    return ordered + [(x, "left") for x in left] + [(x, "right") for x in right]


def frames(shapes: list[Shape], width: float, height: float) -> list[Shape]:
    """Return the drawn rectangles that frame text (a text box, a sidebar): not the
    frame of an image, not the whole page."""
    images = [s for s in shapes if s.kind == "image"]

    def frames_image(s: Shape) -> bool:
        return any(abs(s.x0 - i.x0) < 4 and abs(s.y1 - i.y1) < 4 for i in images)
    return [s for s in shapes if s.kind == "rect" and not frames_image(s)
            and (s.x1 - s.x0) < width * 0.9 and (s.y1 - s.y0) < height * 0.8]


def in_shape(line: Line, shape: Shape) -> bool:
    cx, cy = (line.x0 + line.x1) / 2, line.mid_y
    return shape.x0 - 2 <= cx <= shape.x1 + 2 and shape.y0 - 2 <= cy <= shape.y1 + 2


def groups(lines: list[Line], shapes: list[Shape], width: float, height: float) -> list[Group]:
    """Return the groups of a page's lines in reading order; the text of each drawn box
    comes after the page's running text, box by box (column "box")."""
    boxes = frames(shapes, width, height)
    boxed: list[list[Line]] = [[] for _ in boxes]
    free: list[Line] = []
    for line in lines:
        box = next((i for i, b in enumerate(boxes) if in_shape(line, b)), None)
        (free if box is None else boxed[box]).append(line)
    out = _grouped(reading_order(free, width))
    for inner in boxed:
        top_down = sorted(inner, key=lambda line: (-round(line.y1, 0), line.x0))
        out += [Group(g.lines, "box") for g in _grouped([(line, "full") for line in top_down])]
    return out


def _grouped(ordered: list[tuple[Line, str]]) -> list[Group]:
    out: list[list[Line]] = []
    columns: list[str] = []
    previous: Line | None = None
    for line, column in ordered:
        if previous is None or not columns or columns[-1] != column or _breaks(previous, line):
            out.append([])
            columns.append(column)
        out[-1].append(line)
        previous = line
    return [Group(tuple(g), c) for g, c in zip(out, columns)]


def _breaks(previous: Line, line: Line) -> bool:
    """Return whether `line` starts a new group after `previous`."""
    gap = previous.y0 - line.y1
    if gap > max(previous.size, line.size) * 0.6 or gap < -previous.size:
        return True
    if abs(previous.size - line.size) > 0.6:
        return True
    if previous.bold != line.bold:
        # A bold word closing a sentence, like `(Figure 1).`, goes on; a heading ends.
        return previous.bold or bool(_SENTENCE_END.search(previous.text))
    return abs(previous.x0 - line.x0) > previous.size * 1.5 and bool(_SENTENCE_END.search(previous.text))

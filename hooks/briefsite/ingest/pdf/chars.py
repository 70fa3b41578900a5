"""pdfium characters -> positioned text lines with their type.

Input: one page of a `pypdfium2.PdfDocument`. Output: its `Line`s in content order, each
with its box (PDF points, origin at the bottom left), type size and weight, and the
page's drawn boxes (`Shape`s: rectangles and images) that layout uses for text boxes.

The size comes from each character's loose box (ascent to descent of the font at its
size): the font-size field of pdfium reads 1.0 on Word PDFs, whose size is in the matrix.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

_SOFT_HYPHENS = frozenset({0x02, 0xAD})  # pdfium writes a hyphen at a line end as 0x02


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text on a page as drawn: `x0 < x1`, `y0 < y1` (y grows upwards)."""

    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float  # type size in points (the loose box height of its letters)
    bold: bool
    notes: tuple[str, ...] = ()  # superscript numbers in it (note references)

    @property
    def mid_y(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass(frozen=True, slots=True)
class Shape:
    """A drawn rectangle (filled or stroked path) or an image on a page."""

    kind: str  # "rect" or "image"
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(slots=True)
class _Char:
    code: int
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    weight: int
    baseline: float


def page_lines(doc: pdfium.PdfDocument, index: int) -> tuple[list[Line], list[Shape], tuple[float, float]]:
    """Return the lines and shapes of page `index` (0-based) and its (width, height)."""
    page = doc[index]
    try:
        text = page.get_textpage()
        try:
            chars = _chars(text)
        finally:
            text.close()
        shapes = _shapes(page)
        size = page.get_size()
    finally:
        page.close()
    return _lines(chars, index + 1), shapes, (float(size[0]), float(size[1]))


def _chars(text: pdfium.PdfTextPage) -> list[_Char]:
    out: list[_Char] = []
    rect = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    names: dict[int | None, int] = {}
    for i in range(text.count_chars()):
        code = raw.FPDFText_GetUnicode(text, i)
        if code in (10, 13):
            out.append(_Char(10, 0, 0, 0, 0, 0, 0, 0))
            continue
        raw.FPDFText_GetLooseCharBox(text, i, rect)
        raw.FPDFText_GetCharOrigin(text, i, ox, oy)
        weight = raw.FPDFText_GetFontWeight(text, i)
        if weight <= 0:  # a font without a descriptor (the standard 14): its name says
            weight = _weight_by_name(text, i, names)
        out.append(_Char(code, rect.left, rect.bottom, rect.right, rect.top, rect.top - rect.bottom,
                         weight, oy.value))
    return out


def _weight_by_name(text: pdfium.PdfTextPage, i: int, names: dict[int | None, int]) -> int:
    """Return 700 for a bold font, else 400, asking the font's name once per text object
    (per character it would cost more than all the rest, 0.04 s a page)."""
    obj = ctypes.cast(raw.FPDFText_GetTextObject(text, i), ctypes.c_void_p).value
    if obj not in names:
        buf = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        raw.FPDFText_GetFontInfo(text, i, buf, len(buf), flags)
        names[obj] = 700 if b"bold" in buf.value.lower() else 400
    return names[obj]


def _split_runs(chars: list[_Char]) -> list[list[_Char]]:
    """Return runs of characters on one line: a break pdfium made is kept unless the
    next character goes on where the last ended (a superscript `st` splits lines there)."""
    runs: list[list[_Char]] = [[]]
    pending = False
    for ch in chars:
        run = runs[-1]
        if ch.code == 10:
            pending = True
            continue
        if run and ch.code != 32:
            last = next((c for c in reversed(run) if c.code != 32), run[-1])
            height = max(last.size, ch.size, 1.0)
            jump = ch.x0 < last.x0 - height or abs(ch.baseline - last.baseline) > height * 0.6 \
                or ch.x0 - last.x1 > height * 2.5  # a gutter or a table cell
            goes_on = -1 < ch.x0 - last.x1 < height * 1.5 and abs(ch.baseline - last.baseline) < height * 0.6
            if jump or (pending and not goes_on):
                runs.append([])
            pending = False
        elif pending and ch.code != 32:
            pending = False
        runs[-1].append(ch)
    return [r for r in runs if any(c.code != 32 for c in r)]


def _lines(chars: list[_Char], page: int) -> list[Line]:
    return [line for run in _split_runs(chars) if (line := _line(run, page)) is not None]


def _line(run: list[_Char], page: int) -> Line | None:
    """Return the line of a run: superscript digits (note references) set apart."""
    ink = [c for c in run if c.code != 32 and c.size > 0]
    if not ink:
        return None
    size = statistics.median(c.size for c in ink)
    base = statistics.median(c.baseline for c in ink)
    text: list[str] = []
    notes: list[str] = []
    for i, c in enumerate(run):
        superscript = c.code != 32 and chr(c.code).isdigit() and c.size < size * 0.8 and c.baseline > base + size * 0.15
        if c.code in _SOFT_HYPHENS:
            text.append("-" if i >= len(run) - 2 else "")  # a line-end hyphen: layout joins or keeps it
            continue
        if superscript:
            if not text or not text[-1].startswith("\x00"):
                text.append("\x00")
                notes.append("")
            text[-1] += chr(c.code)
            notes[-1] += chr(c.code)
            continue
        text.append(chr(c.code) if c.code >= 32 else " ")
    joined = "".join(f"[{t[1:]}]" if t.startswith("\x00") else t for t in text)
    joined = " ".join(joined.split())
    joined = re.sub(r"(\[\d+\])(?=[A-Za-z“‘\"(])", r"\1 ", joined)  # `.5In 1979`: the space was implied
    if not joined:
        return None
    bold = sum(1 for c in ink if c.weight >= 600) > len(ink) / 2
    return Line(page, joined, min(c.x0 for c in ink), min(c.y0 for c in ink), max(c.x1 for c in ink),
                max(c.y1 for c in ink), round(size, 1), bold, tuple(notes))


def _shapes(page: pdfium.PdfPage) -> list[Shape]:
    """Return the rectangles and images drawn on a page that could frame text."""
    shapes: list[Shape] = []
    l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    for i in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE):
            continue
        if not raw.FPDFPageObj_GetBounds(obj, l, b, r, t):
            continue
        if r.value - l.value < 40 or t.value - b.value < 20:
            continue  # rules, underlines and bullets frame nothing
        shapes.append(Shape("image" if kind == raw.FPDF_PAGEOBJ_IMAGE else "rect", l.value, b.value, r.value, t.value))
    return shapes

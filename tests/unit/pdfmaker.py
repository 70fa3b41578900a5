"""Small PDFs made in tests with pdfium: text placed where a layout puts it.

Input: pages as lists of `Text` (position, size, bold) and optional rectangles. Output:
the bytes of a PDF (US Letter) whose content order is the order given, so a test can
write two columns interleaved line by line and check the reader puts them in order.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

WIDTH, HEIGHT = 612.0, 792.0


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline, from the bottom of the page
    text: str
    size: float = 10.0
    bold: bool = False
    after: bool = False  # placed right after the previous text on its line (x is a rise)


def make_pdf(pages: list[list[Text]], rects: dict[int, list[tuple[float, float, float, float]]] | None = None) -> bytes:
    """Return a PDF of `pages`; `rects[i]` are (x0, y0, x1, y1) boxes drawn on page i."""
    doc = pdfium.PdfDocument.new()
    fonts = {False: raw.FPDFText_LoadStandardFont(doc, b"Times-Roman"),
             True: raw.FPDFText_LoadStandardFont(doc, b"Times-Bold")}
    for index, texts in enumerate(pages):
        page = doc.new_page(WIDTH, HEIGHT)
        right = 0.0
        base = 0.0
        for t in texts:
            obj = raw.FPDFPageObj_CreateTextObj(doc, fonts[t.bold], ctypes.c_float(t.size))
            encoded = (t.text + "\x00").encode("utf-16-le")
            buffer = ctypes.create_string_buffer(encoded, len(encoded))
            raw.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)))
            x, y = (right + 0.5, base + t.x) if t.after else (t.x, t.y)
            raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            raw.FPDFPage_InsertObject(page, obj)
            l, b, r, tp = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
            raw.FPDFPageObj_GetBounds(obj, l, b, r, tp)
            right = r.value
            base = y if not t.after else base
        for x0, y0, x1, y1 in (rects or {}).get(index, []):
            path = raw.FPDFPageObj_CreateNewRect(x0, y0, x1 - x0, y1 - y0)
            raw.FPDFPath_SetDrawMode(path, 0, 1)
            raw.FPDFPage_InsertObject(page, path)
        raw.FPDFPage_GenerateContent(page)
        page.close()
    out = _save(doc)
    doc.close()
    return out


def _save(doc: pdfium.PdfDocument) -> bytes:
    import io

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()

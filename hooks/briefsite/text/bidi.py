"""Text direction: controls that could reorder what the site writes around a value.

Input: a metadata value (a title, an author, an institution, a file name).
Output: the value without bidirectional and invisible formatting controls (an unclosed
U+202E in an author's name would reverse the site's own words after it, and make
`gnp.exe` read as `exe.png` in a title), and whether any were removed. Brief text keeps its
characters: pages isolate each title, heading and paragraph with dir="auto" instead.
"""

from __future__ import annotations

# Embeddings, overrides, isolates and marks (Unicode bidi class LRE RLE PDF LRO RLO LRI RLI
# FSI PDI LRM RLM ALM), and the invisible zero-width space, word joiner and BOM.
CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
                     "\u200b\u2060\ufeff")


def without_controls(text: str) -> tuple[str, bool]:
    """Return `text` without bidi and invisible formatting controls, and whether it had any."""
    if not any(c in CONTROLS for c in text):
        return text, False
    return "".join(c for c in text if c not in CONTROLS), True

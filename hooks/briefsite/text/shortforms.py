"""The long form of an abbreviation defined in text: `International Monetary Fund (IMF)`.

Input: a short form and the text before its parenthesis. Output: the long form, by Schwartz
and Hearst's (2003) method (see extract/abbreviations.py), or None. Also `defined_in`: the
long form a text gives a short form anywhere in it.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\s()]+")


def long_form(short: str, before: str) -> str | None:
    """Return the long form `short` abbreviates at the end of `before`, or None."""
    letters = [c.lower() for c in short if c.isalnum()]
    if len(letters) < 2 or not any(c.isupper() for c in short[1:] + short[0]):
        return None
    words = _WORD.findall(before)[-min(len(letters) + 5, 2 * len(letters)):]
    if not words:
        return None
    text = " ".join(words)
    s, l = len(letters) - 1, len(text) - 1
    while s >= 0:
        c = letters[s]
        while l >= 0 and (text[l].lower() != c or (s == 0 and l > 0 and text[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        s -= 1
        l -= 1
    start = text.rfind(" ", 0, l + 1) + 1
    long = text[start:].strip(" ,;:“”\"'")
    if len(long.split()) < 2 or long.lower() == short.lower() or long[:1].isdigit():
        return None
    return long


def defined_in(short: str, text: str) -> str | None:
    """Return the long form that `text` defines for `short` (`... Fund (IMF)`), else None."""
    for match in re.finditer(r"\(" + re.escape(short) + r"\)", text):
        if long := long_form(short, text[: match.start()]):
            return long
    return None

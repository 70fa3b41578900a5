"""The site's one slug function.

Input: any text (a title, a name, a file name). Output: a lowercase ASCII slug
of letters, digits and hyphens, never empty.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")
_INNER_APOSTROPHE = re.compile(r"(?<=\w\w)['\u2019](?=\w)")  # `People's` -> `peoples`, not `people-s`


def slugify(text: str, fallback: str = "item") -> str:
    """Return a URL-safe slug; text with no ASCII letters gets a short stable hash."""
    ascii_text = unicodedata.normalize("NFKD", _INNER_APOSTROPHE.sub("", text)).encode("ascii", "ignore").decode()
    slug = _NON_WORD.sub("-", ascii_text.lower()).strip("-")[:80].strip("-")
    if slug:
        return slug
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{fallback}-{digest}"

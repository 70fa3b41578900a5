"""The language of a brief: stated in front matter, or told from its script.

Input: the language stated in front matter (or None) and the brief's texts. Output:
a language code and, when the editor should know, a `(severity, message)`.

Latin-script text without a stated language is taken as English (the engine's rules
are English ones). Other scripts name their language where the script does: Hangul
ko, kana ja, Han alone zh, Greek el, Hebrew he, Thai th, Georgian ka, Armenian hy.
A script that many languages share (Cyrillic, Arabic, Devanagari ...) gives `und`
(BCP 47 "undetermined") and a note asking for front matter. A stated `en` on text
that is mostly in another script contradicts itself: that is a warning.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable

from briefsite.problems import Guess, Severity

Said = tuple[Severity, str, Guess | None]  # what the editor is told: level, message, report line

DEFAULT = "en"
UNDETERMINED = "und"
_BY_SCRIPT = {"HANGUL": "ko", "KANA": "ja", "HAN": "zh", "GREEK": "el", "HEBREW": "he", "THAI": "th",
              "GEORGIAN": "ka", "ARMENIAN": "hy"}
_SCRIPT_NAMES = {"HAN": "Han (Chinese characters)", "KANA": "Japanese kana"}
_KANA_SHARE = 0.1  # Japanese mixes kana with Han; a little kana marks the text as Japanese


def script_counts(texts: Iterable[str]) -> Counter[str]:
    """Return how many letters of `texts` each script has (`LATIN`, `HANGUL`, `HAN` ...)."""
    chars: Counter[str] = Counter()
    for text in texts:
        chars.update(text)  # counted in C; each distinct character is then named once
    counts: Counter[str] = Counter()
    for char, n in chars.items():
        if char.isalpha():
            counts[_script(char)] += n
    return counts


def _script(char: str) -> str:
    if char.isascii():
        return "LATIN"
    name = unicodedata.name(char, "")
    if name.startswith(("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH")):
        return "HAN"
    if name.startswith(("HIRAGANA", "KATAKANA")):
        return "KANA"
    return name.split(" ", 1)[0] or "OTHER"


def dominant_script(counts: Counter[str]) -> str | None:
    """Return the script of most letters (`LATIN` when Latin is at least half), or None
    for text without letters."""
    total = sum(counts.values())
    if not total or counts["LATIN"] * 2 >= total:
        return "LATIN" if total else None
    if counts["KANA"] and counts["KANA"] >= _KANA_SHARE * (counts["KANA"] + counts["HAN"]):
        return "KANA"
    return max(sorted(counts), key=lambda s: counts[s] if s != "LATIN" else -1)


def language_of(stated: str | None, texts: Iterable[str]) -> tuple[str, Said | None]:
    """Return the brief's language and what the editor should be told about it."""
    script = dominant_script(script_counts(texts))
    if stated is not None:
        if stated == DEFAULT and script not in (None, "LATIN"):
            return stated, ("warning", f"is written mostly in {_name(script)} script but its front "
                                       f"matter says 'language: en'. Correct it, for example "
                                       f"'language: {_BY_SCRIPT.get(script, 'ru')}'.", None)
        return stated, None
    if script in (None, "LATIN"):
        return DEFAULT, None
    if script in _BY_SCRIPT:
        code = _BY_SCRIPT[script]
        return code, ("guess", f"is written in {_name(script)} script, so its language was taken as "
                               f"'{code}'. Add 'language:' front matter if that is wrong.",
                      Guess("language '{v}' told from the script", "language:", code))
    return UNDETERMINED, ("guess", f"is written in {_name(script)} script, which many languages share, "
                                   f"so its language is recorded as 'und' (undetermined). Add front "
                                   f"matter such as 'language: ru' to state it.",
                          Guess("language undetermined ('und')", "language:"))


def _name(script: str | None) -> str:
    return _SCRIPT_NAMES.get(script or "", (script or "no").title())

"""Paragraph structure: joining wrapped lines and broken paragraphs, finding headings.

Input: texts of lines and blocks of a brief (damage already removed) and `Evidence`.
Output: decisions: how two pieces of text join (hyphen kept or dropped), whether a
paragraph break falls mid-sentence, whether a line is a heading, and whether a
paragraph opens with a run-in heading (`Internal Context. The borders ...`).
"""

from __future__ import annotations

import re

from briefsite.repair.damage import Evidence, first_lowercase, join_hyphenated
from briefsite.text.words import CONTINUATIONS, MINOR_WORDS, SENTENCE_WORDS, is_common, is_proper

_TERMINAL = re.compile(r"[.?!:…][\"'”’)\]»]*$")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*$")
_NUMBERED = re.compile(r"^(\d+(?:\.\d+)*\.?)\s+(\S.*)$")
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")  # U.S., U.K., E.U.
_OPEN_QUOTES = "“‘\"«"
_CLOSE_QUOTES = "”’\"»"
MAX_HEADING_WORDS = 10
MAX_RUN_IN_WORDS = 6


def join_text(left: str, right: str, evidence: Evidence) -> tuple[str, bool]:
    """Return `left` and `right` joined as running text, and whether a line-end hyphen
    was dropped (`negoti-` + `ations`). Real hyphens and dashes stay."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left + right, False
    last = left.split()[-1]
    if last.endswith("-") and len(last) > 1 and last[-2].isalnum():
        first = right.split()[0]
        if join_hyphenated(last, first, evidence):
            return left[:-1] + right, True
        return left + right, False
    if last.endswith(("—", "–")) and len(last) > 1:
        return left + right, False  # an unspaced dash joins words
    return f"{left} {right}", False


def ends_sentence(text: str) -> bool:
    """Return whether `text` ends a sentence: `.`, `?`, `!`, `:` or `…`, maybe followed
    by a closing quote or bracket (`provocations.”`)."""
    return bool(_TERMINAL.search(text.rstrip()))


def runs_on(text: str) -> bool:
    """Return whether `text` obviously goes on: it ends with an article, preposition,
    conjunction, a comma, a hyphen or an unclosed opening quote."""
    text = text.rstrip()
    if not text or ends_sentence(text):
        return False
    if text[-1] in ",;-–—(" or text[-1] in _OPEN_QUOTES[:2]:
        return True
    last = text.split()[-1]
    if last[0] in _OPEN_QUOTES and not any(c in _CLOSE_QUOTES for c in last[1:]):
        return True  # “strategic | provocations.”
    return last.strip("\"'“”‘’()").lower() in CONTINUATIONS


def is_broken(previous: str, following: str) -> bool:
    """Return whether a paragraph break between `previous` and `following` falls
    inside a sentence: the first does not end one, and the second starts in lowercase
    or the first obviously goes on."""
    if ends_sentence(previous) or _LIST_ITEM.match(following):
        return False  # `• 100,000 civilians ...;` then `• Between ...`: items of a list, each its own
    return first_lowercase(following) or runs_on(previous)


# A list item's mark: a bullet, or a number or letter with a stop or bracket (`2.`, `(b)`, `iii)`).
_LIST_ITEM = re.compile(r"^\s*(?:[•·▪◦‣∙●○■□➢➤►-]\s|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s)")


def heading_line(text: str, markdown: bool = False) -> str | None:
    """Return the heading a standalone line states (`## Energy`, `1. Introduction`,
    `Approach to South Korea`), or None when the line is text."""
    text = " ".join(text.split())
    md = _MD_HEADING.match(text)
    if md:
        return md.group(1) if markdown else None
    numbered = _NUMBERED.match(text)
    body = numbered.group(2) if numbered else text
    words = body.split()
    if not words or len(words) > MAX_HEADING_WORDS or len(text) > 90:
        return None
    if text[-1] in ",;-" or (text.endswith(".") and not _ABBREVIATION.match(words[-1])):
        return None
    return text if _title_case(words, allow_names_only=True) else None


def split_run_in(text: str, context: str = "") -> tuple[str, str] | None:
    """Return (heading, rest) when the paragraph opens with a run-in heading: 1-6 Title
    Case words and a full stop, then a sentence starting with a capital letter. The
    heading must hold a common word (so `North Korea. China does ...` is no heading) and
    must not be used elsewhere in `context` mid-sentence with the same capitals."""
    words = text.split(" ")
    for count, word in enumerate(words[:MAX_RUN_IN_WORDS], start=1):
        if not word.endswith("."):
            continue
        rest = " ".join(words[count:]).lstrip()
        if not rest or not re.match(r"[\"“‘']?[A-Z]", rest) or len(rest.split()) < 3:
            if _ABBREVIATION.match(word):
                continue
            return None
        head_words = words[:count]
        if not _ABBREVIATION.match(word):
            head_words = head_words[:-1] + [word[:-1]]
        heading = " ".join(head_words)
        if _title_case(head_words, allow_names_only=False) and not _used_as_name(heading, context):
            return heading, rest
        if not _ABBREVIATION.match(word):
            return None  # the first real full stop ends the candidate
    return None


def _title_case(words: list[str], allow_names_only: bool) -> bool:
    """Return whether `words` form a heading: Title Case content words, no sentence
    words (verbs, pronouns, sentence adverbs) and not ending in a minor word."""
    plain = [w.strip("\"'“”‘’():") for w in words]
    if not plain or not plain[0] or not (plain[0][0].isupper() or plain[0][0].isdigit()):
        return False
    if plain[-1].lower() in MINOR_WORDS or plain[-1].lower() in CONTINUATIONS:
        return False
    content = [w for w in plain if w and w.lower() not in MINOR_WORDS]
    if not content:
        return False
    for word in content:
        if word.lower().rstrip(".") in SENTENCE_WORDS:
            return False
        if not (word[0].isupper() or word[0].isdigit() or not word[0].isalpha()):
            return False
    if allow_names_only:
        return True
    # A run-in heading names a topic: at least one common word that is not a name.
    parts = [p for w in content for p in re.split(r"[-'’]", w) if p and p.isalpha()]
    return any(is_common(p) and not is_proper(p) for p in parts)


def _used_as_name(heading: str, context: str) -> bool:
    """Return whether `heading` occurs in `context` after a lowercase word, i.e. as a
    proper name in running text (then it opens a sentence, it is not a heading).

    Same as searching `\\b[a-z]+,?\\s+HEADING\\b`, but found with str.find and checked
    backwards: a regex starting at every position made this quadratic in the brief's
    length (12 minutes for a 5 MB brief)."""
    if not heading:
        return False
    start = context.find(heading)
    while start != -1:
        if _after_lowercase_word(context, start) and _BOUNDARY.match(context, start + len(heading)):
            return True
        start = context.find(heading, start + 1)
    return False


_BOUNDARY = re.compile(r"\b")
_WORD_CHAR = re.compile(r"\w")


def _after_lowercase_word(text: str, end: int) -> bool:
    """Return whether `text[:end]` ends with a whole lowercase ASCII word, an optional
    comma and at least one space (`... with North Korea` at `North`)."""
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == end:
        return False
    if i > 0 and text[i - 1] == ",":
        i -= 1
    letters = i
    while i > 0 and "a" <= text[i - 1] <= "z":
        i -= 1
    return i < letters and (i == 0 or not _WORD_CHAR.match(text[i - 1]))

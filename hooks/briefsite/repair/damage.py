"""Extraction damage inside lines and words: the small rules of the repair.

Input: the text of single lines or words of a brief, with `Evidence` (the words the
brief itself uses). Output: decisions and repaired text: whether a line is damage to
drop (stray letter, page number, running header, rule), OCR-confused words restored,
line-end hyphens joined or kept, Markdown link stubs reduced to their text. Each rule
is a pure function so it can be tested alone; repair.py applies and records them.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from briefsite.text.words import CONTINUATIONS, is_common, is_proper, is_word

# Rule names, as recorded in Brief.repairs.
STRAY = "stray-character"
PAGE = "page-number"
HEADER = "running-header"
RULE = "rule-line"
OCR = "ocr-confusion"
HYPHEN = "hyphen-join"
LINK = "link-stub"

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$"  # 12, - 12 -
    r"|^(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$"  # Page 3, Page 3 of 9
    r"|^\d{1,4}\s*/\s*\d{1,4}$"  # 3/9
    r"|^\[\s*\d{1,4}\s*\]$",  # [12]
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"^(?:([-*_=~•·])\s*)\1(?:\s*\1)+$")
_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\(([^()\s]*)\)")
_CORE = re.compile(r"^([^\w]*)([\w]+?)((?:['’]s)?[^\w]*)$")
# A word with a 0 or 1 between letters, or an l or I where it may stand for i/l/I.
_MAYBE_OCR = re.compile(r"[A-Za-z][01]|[01][A-Za-z]|\bl\b|l[a-z]|[a-z]I|\bl[A-Za-z]")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|s)$")
# Letters a scanner confuses, and what each may really be ('' means it was noise).
_CONFUSED_FIRST = {"1": ("i", "l", "I"), "0": ("o", "O"), "l": ("i", "I")}
_CONFUSED = {"1": ("i", "l"), "0": ("o",), "l": ("i",), "I": ("l",)}
_MAX_CONFUSED = 4  # more suspects than this and the token is not a damaged word


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words of one brief (lowercased), to prefer its own spelling of a word."""

    words: frozenset[str]

    @classmethod
    def of(cls, texts: Iterable[str]) -> Evidence:
        return cls(frozenset(w.lower() for t in texts for w in _WORDS.findall(t)))


def is_stray_character(text: str) -> bool:
    """Return whether a line is one lone character that is not a word (`b`, `•`)."""
    text = text.strip()
    return len(text) == 1 and not text.isdigit() and text not in {"a", "A", "I", "&"}


def is_page_number(text: str) -> bool:
    """Return whether a line is only a page number (`12`, `- 12 -`, `Page 3 of 9`).
    Four bare digits are kept: that is a year more often than a page."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def is_rule_line(text: str) -> bool:
    """Return whether a line is a drawn rule (`---`, `* * *`, `____`)."""
    return bool(_RULE_LINE.match(text.strip()))


def header_key(text: str) -> str:
    """Return the form under which repeated headers compare: page numbers masked."""
    return re.sub(r"\d+", "#", " ".join(text.split())).casefold()


def running_headers(lines: Iterable[str], times: int = 3) -> frozenset[str]:
    """Return the keys of lines repeated `times` or more that look like running headers
    or footers: short, not starting in lowercase and not ending a sentence or clause."""
    texts = [" ".join(t.split()) for t in lines if t.strip()]
    counts = Counter(header_key(t) for t in texts)
    found = set()
    for text in texts:
        key = header_key(text)
        if counts[key] < times or not 4 <= len(key) <= 100 or not any(c.isalpha() for c in key):
            continue
        # Wrapped running text can repeat a line too; it starts in lowercase or breaks
        # off after a function word or punctuation, a header does not.
        if key[-1] in ".,;:!?" or first_lowercase(text) or key.split()[-1] in CONTINUATIONS:
            continue
        found.add(key)
    return frozenset(found)


def first_lowercase(text: str) -> bool:
    """Return whether the first letter of `text` (after quotes and brackets) is lowercase."""
    head = text.lstrip("\"'“‘(«[ ")
    return bool(head) and head[0].islower()


def fix_ocr(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Return `text` with OCR-confused words restored, and the (before, after) pairs.

    A token is changed only when it is not a word, exactly one spelling made by undoing
    1/i/l, 0/o and l/I confusions is a word, and the token is not a code such as F-35,
    P5, G7, 5G, COVID-19, 1.5 or a year."""
    if not _MAYBE_OCR.search(text):
        return text, []  # most lines: nothing a scanner could have confused
    changes: list[tuple[str, str]] = []
    out: list[str] = []
    for chunk in re.split(r"(\s+)", text):
        fixed = _fix_chunk(chunk, out[-2] if len(out) > 1 else "") if _MAYBE_OCR.search(chunk) else chunk
        if fixed != chunk:
            changes.append((chunk, fixed))
        out.append(fixed)
    return "".join(out), changes


def _fix_chunk(chunk: str, before: str) -> str:
    match = _CORE.match(chunk)
    if not match or not chunk.strip():
        return chunk
    lead, core, tail = match.groups()
    if core == "l" and not lead and not tail:
        return "I"  # a lone l between words is the pronoun
    suspect = ocr_suspect(core)
    if not suspect:
        return chunk
    options = _variants(core)
    if not options:
        return chunk
    sentence_start = not before.strip() or before.rstrip()[-1] in ".?!”\""
    choice = _choose(options, sentence_start)
    return lead + choice + tail if choice else chunk


def ocr_suspect(core: str) -> bool:
    """Return whether a token of letters and digits may be an OCR-damaged word."""
    if not core.isalnum() or core.isdigit() or is_word(core) or len(core) < 2:
        return False
    letters = [c for c in core if c.isalpha()]
    digits = [c for c in core if c.isdigit()]
    if not letters or not core.isascii() or _ORDINAL.match(core):
        return False
    if digits:
        # Codes and units keep their digits: P5, G7, 5G, A400M, 10km, 2nd.
        if set(digits) - {"0", "1"} or len(digits) > 2 or all(c.isupper() for c in letters):
            return False
        return len(letters) >= len(digits)
    if len(core) == 2:
        # Two letters are too often names or numerals (Kim Il Sung); only the l-for-I
        # forms of it, in, if, is are safe.
        return core in {"lt", "ln", "lf", "ls"}
    return not core.isupper() and any(c in "lI" for c in core)


def _variants(core: str) -> set[str]:
    slots: list[tuple[str, ...]] = []
    for i, c in enumerate(core):
        options = (_CONFUSED_FIRST if i == 0 else _CONFUSED).get(c, ())
        if c.isdigit() and 0 < i < len(core) - 1 and core[i - 1].isalpha() and core[i + 1].isalpha():
            options += ("",)  # a digit inside a word may be noise: i1s is `is`
        slots.append(options)
    if sum(1 for s in slots if s) > _MAX_CONFUSED:
        return set()
    choices = [(c, *s) for c, s in zip(core, slots)]
    found = set()
    for combo in itertools.product(*choices):
        candidate = "".join(combo)
        if candidate != core and len(candidate) >= 2 and not any(c.isdigit() for c in candidate):
            if is_word(candidate):
                found.add(candidate)
    return found


def _choose(options: set[str], sentence_start: bool) -> str | None:
    """Return the one reading of a damaged token, or None when it is ambiguous."""
    if len({o.casefold() for o in options}) != 1:
        return None
    ordered = sorted(options)  # capitalised sorts first
    if len(ordered) == 1:
        return ordered[0]
    return ordered[0] if sentence_start else ordered[-1]


def join_hyphenated(left: str, right: str, evidence: Evidence) -> bool:
    """Return whether `left` (a token ending in a hyphen at a line end) and `right`
    (the next line's first token) are one word split by the typesetter (True: drop the
    hyphen) rather than a real hyphenated compound (False: keep it)."""
    whole = left[:-1]
    first = whole.rsplit("-", 1)[-1]
    tail = re.match(r"[^\W\d_]+", right)
    if not first or not first[-1].isalpha() or tail is None or tail.start() != 0:
        return False  # COVID- 19, 2019- 2020: codes and ranges keep their hyphen
    second = tail.group()
    if second[0].isupper():
        return False  # anti- American, Trans- Pacific
    if f"{whole}-{second}".lower() in evidence.words:
        return False
    if f"{whole}{second}".lower() in evidence.words:
        return True
    if "-" in whole:
        return False  # end-of- war: a compound already
    if is_common(first + second):
        return True
    if first[0].isupper():
        # Decem- ber, So- mali: a proper noun of the word list is one word split in two;
        # Kim Yo- jong: other parts of names keep their hyphen.
        return is_proper(first + second)
    # Two words are a compound (cross- border); a fragment is a split word (decarbon- isation).
    return not (is_common(first) and is_common(second))


def strip_links(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Return `text` with Markdown links `[words](target)` reduced to their words (the
    briefs' links point nowhere useful: `#` stubs or the source site), and the changes."""
    changes = [(m.group(0), m.group(1)) for m in _LINK.finditer(text)]
    return _LINK.sub(lambda m: m.group(1), text), changes

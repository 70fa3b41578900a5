"""Decoding a brief's bytes: encodings, byte-order marks, binary files, mojibake.

Input: the bytes of a file. Output: `Decoded` text (or why it is not a text file) and,
for text mis-decoded before it reached us (`â€™` for `’`), the repaired lines with a
note; the guesses made on the way are `read_as` and the mojibake note.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import charset_normalizer
import ftfy

from briefsite.problems import Problem, guessed

# Signatures of files that are not text, with what to call them in the message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a Word (.docx) document or another zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Word (.doc) document"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# charset-normalizer often names a sibling of Windows-1252 for short Western text; those
# guesses differ from it only in rarely used letters, and Windows-1252 is what word
# processors write, so any such guess is read as Windows-1252.
_WESTERN = frozenset(
    {"cp1250", "cp1252", "latin_1", "iso8859_15", "iso8859_2", "cp850", "cp852", "cp775",
     "cp437", "mac_roman", "mac_latin2", "mac_iceland", "iso8859_9", "cp1254", "cp1257"}
)
_ENCODING_NAMES = {"cp1252": "Windows-1252", "latin_1": "Latin-1"}
_FTFY = ftfy.TextFixerConfig(
    # Only undo mis-decoding: quotes, ligatures, widths and line breaks are the author's.
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)
_TO_UTF8 = "Save it as UTF-8 text to be sure"


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text, or why it could not be read (`error` set, `text` empty)."""

    text: str = ""
    error: str | None = None
    note: str | None = None  # an accepted guess the author should check
    encoding: str = "UTF-8"  # the encoding it was read as, by name


def decode(data: bytes) -> Decoded:
    """Return the text of `data`, guessing its encoding, or why it is not a text file."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return Decoded(error=f"looks like {kind}, not plain text. Export it as plain text "
                                 f"(UTF-8) and save it with the .txt extension.")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _non_empty(data.decode(encoding))
            except UnicodeDecodeError as exc:
                return Decoded(error=f"starts with a {encoding.upper()} byte-order mark but is not "
                                     f"valid {encoding.upper()} ({exc.reason} at byte {exc.start}). "
                                     f"Save it again as UTF-8 text.")
    if b"\x00" in data:
        return Decoded(error="contains NUL bytes, so it looks like a binary file, not text. Export "
                             "the brief as plain text (UTF-8) and save it with the .txt extension.")
    try:
        return _non_empty(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    guess = best.encoding if best is not None else "cp1252"
    for encoding in ((("cp1252",) if guess in _WESTERN else (guess,)) + ("cp1252", "latin_1")):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        decoded = _non_empty(text)
        name = _ENCODING_NAMES.get(encoding, encoding)
        note = f"is not UTF-8; it was read as {name}. {_TO_UTF8} its characters are right."
        return Decoded(decoded.text, decoded.error, None if decoded.error else note, name)
    raise AssertionError("latin_1 decodes any bytes")  # pragma: no cover


def read_as(source: str, decoded: Decoded) -> Problem:
    """The guess of a file that was not UTF-8 (`decoded.note` set)."""
    return guessed(source, 0, decoded.note or "", "read as {v}", "save as UTF-8", decoded.encoding)


def _non_empty(text: str) -> Decoded:
    text = text.removeprefix("\ufeff")
    if not text.strip():
        return Decoded(error="is empty. Put the brief's text in it, or remove the file.")
    return Decoded(text)


def fix_mojibake(lines: list[str]) -> tuple[list[str], tuple[int, str] | None]:
    """Return `lines` with mis-decoded UTF-8 (`â€™` for `’`) repaired, and a note naming
    the first repaired line, or None when no line needed it."""
    fixed: list[str] = []
    first: tuple[int, str, str] | None = None
    count = 0
    for number, line in enumerate(lines, start=1):
        repaired = unicodedata.normalize("NFC", ftfy.fix_text(line, _FTFY)) if _suspect(line) else line
        if repaired != line:
            count += 1
            first = first or (number, line, repaired)
        fixed.append(repaired)
    if first is None:
        return fixed, None
    number, before, after = first
    sample = _first_difference(before, after)[:80]
    more = f" (and {count - 1} more line{'s' if count > 2 else ''})" if count > 1 else ""
    return fixed, (number, f"had mis-decoded characters {sample}{more}; they were repaired. "
                           f"Export the brief again as UTF-8 to be sure the text is right.")


def _suspect(line: str) -> bool:
    # ftfy only ever changes text with non-ASCII characters; skipping pure ASCII keeps
    # it from touching anything else and keeps big briefs fast.
    return not line.isascii()


def _first_difference(before: str, after: str) -> str:
    """Return `'bad' -> 'good'` for the first run of characters that differ."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end_b, end_a = len(before), len(after)
    while end_b > start and end_a > start and before[end_b - 1] == after[end_a - 1]:
        end_b -= 1
        end_a -= 1
    return f"'{before[start:end_b]}' -> '{after[start:end_a]}'"

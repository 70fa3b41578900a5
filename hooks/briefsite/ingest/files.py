"""Read the briefs folder: files -> decoded text with line numbers and front matter.

Input: a folder of `*.txt` / `*.md` briefs, as received (any encoding, maybe damaged),
and `*.pdf` briefs, which go to the PDF reader (ingest/pdf/).
Output: one `RawBrief` per usable file, sorted by file name, and the `Problem`s found:
"error" for a file that was rejected (unreadable, binary, empty, too big), "warning" for
one accepted with a guess the editor must check, "note" for markup shown as text. Bad
input never raises; each bad file gets one message `what is wrong. How to fix it.`
"""

from __future__ import annotations

import os
import stat
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

import charset_normalizer
import ftfy

from briefsite.ingest.frontmatter import parse_front_matter
from briefsite.ingest.markup import find_markup, name_markup
from briefsite.ingest.pdf.reader import read_pdf
from briefsite.model import RawBrief, SourceLine
from briefsite.problems import Problem
from briefsite.settings import MAX_BRIEF_BYTES

BRIEF_SUFFIXES = (".txt", ".md", ".pdf")
PDF_SIZE_FACTOR = 20  # a PDF carries fonts and images: it may be this many times a text brief's limit

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


def read_briefs(folder: Path, max_bytes: int = MAX_BRIEF_BYTES) -> tuple[list[RawBrief], list[Problem]]:
    """Return the briefs of `folder` (top level, sorted by name) and the problems found.
    A file bigger than `max_bytes` is rejected before it is read."""
    briefs: list[RawBrief] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return [], [Problem(folder.name or str(folder), 0,
                            "is not a folder. Point the briefs setting at the folder of briefs.",
                            "error")]
    # Code-point order of the NFC name: the same on every machine and file system.
    try:
        entries = sorted(folder.iterdir(), key=lambda p: (unicodedata.normalize("NFC", p.name), p.name))
    except OSError as exc:
        return [], [Problem(folder.name or str(folder), 0, f"could not be listed ({exc.strerror or exc}). "
                            f"Check that you may read the briefs folder.", "error")]
    seen: dict[str, str] = {}  # NFC name -> name on disk
    for path in entries:
        name = unicodedata.normalize("NFC", path.name)
        if name.startswith("."):
            continue  # editor and system files (.DS_Store, .~lock) are never briefs
        if not _utf8(name):
            # Bytes the file system could not decode (a name written in Latin-1, say)
            # cannot become a page, a link or JSON.
            shown = os.fsencode(path.name).decode("utf-8", errors="replace")
            problems.append(Problem(shown, 0, "has a name that is not valid UTF-8, so it could not be "
                                    "read. Rename it (the name shows a \ufffd where the bad bytes are).",
                                    "warning" if path.is_dir() else "error"))
            continue
        if path.is_dir() and not path.is_symlink():
            problems.append(Problem(name, 0, "is a folder; briefs in sub-folders are not read. "
                                    "Move its briefs up into the briefs folder if they belong to the site."))
            continue
        if path.suffix.lower() not in BRIEF_SUFFIXES:
            problems.append(Problem(name, 0, f"is not a brief (only .txt, .md and .pdf files are read), so "
                                    f"it was skipped. Export it as .txt or .pdf, or move it out of the folder."))
            continue
        if name in seen:
            # Two names that differ only in how accents are encoded (NFC and NFD) would
            # be one brief, one page and one id: one of them would be lost.
            problems.append(Problem(name, 0, "has the same name as another file once accents are "
                                    "encoded the same way (the names differ only in Unicode "
                                    "normalisation). Rename or remove one of them.", "error"))
            continue
        seen[name] = path.name
        pdf = path.suffix.lower() == ".pdf"
        data, unreadable = _read(path, max_bytes * PDF_SIZE_FACTOR if pdf else max_bytes, pdf)
        if unreadable is not None:
            problems.append(Problem(name, 0, unreadable, "error"))
            continue
        brief, found = read_pdf(data, name) if pdf else read_brief(data, name)
        if brief is not None:
            brief = replace(brief, original=data)  # published as read: the file is never opened again
        if (note := name_markup(name)) is not None:
            found.append(Problem(name, 0, note, "note"))
        problems.extend(found)
        if brief is not None:
            briefs.append(brief)
    return briefs, problems


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _read(path: Path, max_bytes: int, pdf: bool = False) -> tuple[bytes, str | None]:
    """Return the bytes of a brief file, or why they could not be read.

    Only a regular file that is really inside the briefs folder is read: a symbolic
    link is refused without following it (`passwd.txt -> /etc/passwd` would otherwise
    publish its target), and the file is opened with O_NOFOLLOW and checked on the open
    descriptor, so swapping the file for a link after the check reads nothing.
    """
    if path.is_symlink():
        return b"", _LINK
    return _read_regular(path, max_bytes, pdf)


_LINK = ("is a symbolic link, so it was not read: only files inside the briefs folder are "
         "published, never what a link points to. Copy the brief itself into the folder, or "
         "remove the link.")


def _read_regular(path: Path, max_bytes: int, pdf: bool = False) -> tuple[bytes, str | None]:
    """Return the bytes of `path` opened without following a link, or why not."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == getattr(os, "ELOOP", -1):
            return b"", _LINK
        return b"", (f"could not be read ({exc.strerror or exc}). Check that the file exists and "
                     f"that you may read it.")
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return b"", ("is not a regular file (a pipe, a socket or a device), so it could not "
                         "be read. Replace it with the brief's text file, or remove it.")
        if info.st_size > max_bytes:
            kind = (f"a PDF brief may have ({PDF_SIZE_FACTOR} times max_brief_mb, for its fonts and "
                    f"images)") if pdf else "a brief may have"
            return b"", (f"is {info.st_size / 1e6:.1f} MB, more than the {max_bytes / 1e6:g} MB {kind}, "
                         f"so it was not read: it looks like a book, a data dump or many "
                         f"briefs in one file. Split it into briefs, or raise "
                         f"extra.briefsite.max_brief_mb in mkdocs.yml.")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(), None
    except OSError as exc:
        return b"", (f"could not be read ({exc.strerror or exc}). Check that the file exists and "
                     f"that you may read it.")
    finally:
        os.close(fd)


def read_brief(data: bytes, source: str) -> tuple[RawBrief | None, list[Problem]]:
    """Return the brief held in `data` (None if rejected) and its problems."""
    decoded = decode(data)
    if decoded.error is not None:
        return None, [Problem(source, 0, decoded.error, "error")]
    problems = [Problem(source, 0, decoded.note)] if decoded.note else []
    text = unicodedata.normalize("NFC", decoded.text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = text.split("\n")
    lines, mojibake = fix_mojibake(lines)
    if mojibake is not None:
        problems.append(Problem(source, mojibake[0], mojibake[1]))
    meta, body_start, fm_problems = parse_front_matter(lines)
    problems.extend(Problem(source, line, message) for line, message in fm_problems)
    if (markup := find_markup(enumerate(lines, start=1))) is not None:
        problems.append(Problem(source, markup[0], markup[1], "note"))
    # A brief of front matter only is accepted: repair warns that it has no paragraphs.
    body = tuple(SourceLine(n, t) for n, t in enumerate(lines, start=1) if n > body_start)
    return RawBrief(source, meta, body, has_front_matter=body_start > 0), problems


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
        return Decoded(decoded.text, decoded.error, None if decoded.error else note)
    raise AssertionError("latin_1 decodes any bytes")  # pragma: no cover


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

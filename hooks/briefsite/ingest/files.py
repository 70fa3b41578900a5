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

from briefsite.ingest.decode import decode, fix_mojibake, read_as
from briefsite.ingest.frontmatter import parse_front_matter
from briefsite.ingest.markup import find_markup, name_markup
from briefsite.ingest.pdf.reader import read_pdf
from briefsite.model import RawBrief, SourceLine
from briefsite.problems import Problem, guessed
from briefsite.settings import MAX_BRIEF_BYTES

BRIEF_SUFFIXES = (".txt", ".md", ".pdf")
PDF_SIZE_FACTOR = 20  # a PDF carries fonts and images: it may be this many times a text brief's limit

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
        if name.startswith(".") or is_scratch(name):
            continue  # editor and system files (.DS_Store, .~lock, x.txt~, x.txt.swp) are never briefs
        if not _utf8(name):
            # Bytes the file system could not decode (a name written in Latin-1, say)
            # cannot become a page, a link or JSON.
            shown = os.fsencode(path.name).decode("utf-8", errors="replace")
            problems.append(_skipped_name(shown, path.is_dir()))
            continue
        if path.is_dir() and not path.is_symlink():
            problems.append(guessed(name, 0, "is a folder; briefs in sub-folders are not read. Move its "
                                    "briefs up into the briefs folder if they belong to the site.",
                                    "skipped: a sub-folder", "move its briefs up"))
            continue
        if path.suffix.lower() not in BRIEF_SUFFIXES:
            problems.append(guessed(name, 0, "is not a brief (only .txt, .md and .pdf files are read), so it "
                                    "was skipped. Export it as .txt or .pdf, or move it out of the folder.",
                                    "skipped: not a .txt, .md or .pdf file", "export as .txt, or move it out"))
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
        found += _name_notes(name)
        problems.extend(found)
        if brief is not None:
            briefs.append(brief)
    return briefs, problems


# What editors and office programs leave beside a file while it is open or after saving it:
# Vim swap files, backups (`x.txt~`, `x.bak`), Emacs autosaves (`#x#`), Office lock files
# (`~$x.docx`), downloads in progress.
_SCRATCH_SUFFIXES = ("~", ".swp", ".swo", ".swx", ".bak", ".tmp", ".part", ".crdownload")


def is_scratch(name: str) -> bool:
    """Return whether `name` is an editor's backup, swap or lock file, never a brief."""
    return name.endswith(_SCRATCH_SUFFIXES) or name.startswith("~$") or (
        name.startswith("#") and name.endswith("#"))


def _name_notes(name: str) -> list[Problem]:
    """Notes on a brief's file name: markup in it (shown as text), or a control character (a
    tab, a line break, a direction override), the name then given with escapes."""
    notes: list[Problem] = []
    if (note := name_markup(name)) is not None:
        notes.append(Problem(name, 0, note, "note"))
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in name):
        notes.append(Problem(repr(name)[1:-1], 0, "has a tab, a line break or another invisible control "
                             "character in its file name; the brief was read, and the name is shown "
                             "without them (a tab or line break as a space). Rename the file to be sure "
                             "it is the one you meant.", "note"))
    return notes


def _skipped_name(shown: str, folder: bool) -> Problem:
    """A name the file system could not decode: a file is an error (a brief would be lost),
    a folder only a guess (its briefs are not read anyway)."""
    message = ("has a name that is not valid UTF-8, so it could not be read. Rename it (the name "
               "shows a \ufffd where the bad bytes are).")
    if folder:
        return guessed(shown, 0, message, "skipped: a sub-folder whose name is not UTF-8", "rename it")
    return Problem(shown, 0, message, "error")


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
    problems = [read_as(source, decoded)] if decoded.note else []
    text = unicodedata.normalize("NFC", decoded.text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = text.split("\n")
    lines, mojibake = fix_mojibake(lines)
    if mojibake is not None:
        problems.append(guessed(source, mojibake[0], mojibake[1], "mis-decoded characters repaired",
                                "save as UTF-8"))
    meta, body_start, fm_problems = parse_front_matter(lines)
    problems.extend(Problem(source, line, message) for line, message in fm_problems)
    if (markup := find_markup(enumerate(lines, start=1))) is not None:
        problems.append(Problem(source, markup[0], markup[1], "note"))
    # A brief of front matter only is accepted: repair warns that it has no paragraphs.
    body = tuple(SourceLine(n, t) for n, t in enumerate(lines, start=1) if n > body_start)
    return RawBrief(source, meta, body, has_front_matter=body_start > 0), problems



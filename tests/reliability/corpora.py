"""The fixture corpora of the reliability tests: bad, unusual and hostile briefs.

Input: tests/fixtures (bad/, damaged/, make_bad.py) and the tables below. Output:
three folders' worth of briefs, written by `write(folder, corpus)`:

- ACCEPTED: a good folder, which must build under --strict (notes and guesses in the
  build report allowed): other encodings, mojibake, other scripts, no title line,
  odd file names, same titles, a slide deck and a sub-folder beside the briefs,
  hostile text everywhere, a very long paragraph, and the damaged fixtures for actors,
  themes and citations.
- WARNED: input that would make the site wrong until the editor fixes it (ignored front
  matter, no paragraphs): the site is written, the strict build fails after listing
  every warning with file:line.
- REJECTED: files that cannot be used, with some guessed ones beside them: the build
  stops and names every file in the same run.

The 5 MB brief and the binary files are generated here, never committed.
"""

from __future__ import annotations

import os
import runpy
import shutil
import unicodedata
from collections.abc import Mapping
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BAD_BYTES: dict[str, bytes] = runpy.run_path(str(FIXTURES / "make_bad.py"))["BAD_BYTES"]
BUNDLED = Path(__file__).resolve().parents[2] / "briefs"

# Each payload would change the page if it reached Markdown, Jinja or HTML unescaped.
HOSTILE = (
    "<script>alert('body')</script>",
    '<img src=x onerror="alert(2)">',
    "[click me](javascript:alert(3))",
    '<a href="javascript:alert(4)">a link</a>',
    "<!-- a comment from the brief -->",
    "[^1]",
    "{#p-1}",
    "{: #p-2 .evil }",
    "---",
    "# heading",
    "<!-- material/tags -->",
    "{{ config.site_name }}",
    "{% include 'base.html' %}",
    "&lt;b&gt; &amp; &#60;i&#62;",
    "*[HTML]: an abbreviation",
    "| table | cell |",
    '<div markdown="1">**bold**</div>',
    "<style>body{display:none}</style>",
    '<iframe src="https://evil.example/"></iframe>',
    "javascript:alert(5)",
)
# Standalone, a line of `---` is a drawn rule: dropped as extraction damage (recorded).
DROPPED_ALONE = {"---"}


def hostile_sentence(i: int, payload: str) -> str:
    """A sentence that names actors (so it is quoted on actor pages and in footnotes)
    and carries one payload in its middle."""
    return f"Paragraph {i}: North Korea and China hold {payload} inside a sentence, and South Korea should reject it."


def hostile_body() -> str:
    """Every payload once inside a sentence, then once alone on its own line."""
    inside = "\n\n".join(hostile_sentence(i, p) for i, p in enumerate(HOSTILE))
    alone = "\n\n".join(HOSTILE)
    return f"{inside}\n\n{alone}\n"


HOSTILE_TITLE = "<script>alert('title')</script> {{ x }} [^1] {#p-1} # \"Sanctions\" & <!-- c --> &amp;"
HOSTILE_AUTHORS = ('<img src=x onerror="alert(\'author\')">', "Jane {% raw %} Doe")
HOSTILE_INSTITUTION = "<!-- material/tags --> [Institute](javascript:alert(1))"
HOSTILE_SOURCE_URL = "https://example.org/briefs/hostile?a=1&b=2"
HOSTILE_REPORT = "No. <b>7</b> *[^1]* {#p-9}"
HOSTILE_NAMES = (
    "<img src=x onerror=alert(9)> brief.txt",
    "{{ x }} & {% y %} [^1] {#p-1} # heading.md",
    "<!-- c --> <script>alert(10).txt",
)
HOSTILE_SECTION = '<img src=x onerror="alert(6)"> and <b>bold</b> section'


def _front_matter(**fields: object) -> str:
    import json

    lines = [f"{key}: {json.dumps(value)}" for key, value in fields.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def long_paragraph(size: int = 30_000) -> str:
    """One paragraph of `size` characters of real brief text (no blank line in it)."""
    words = " ".join((BUNDLED / "003_88f67b0aa1197754.txt").read_text(encoding="utf-8").split()[40:])
    text = (words + " ") * (size // len(words) + 1)
    return text[:size].rsplit(" ", 1)[0] + "."


NO_TITLE_DAMAGED = "latin_america_lithium.txt"  # starts with running text: a guess


def accepted() -> dict[str, bytes | None]:
    """Name -> bytes; None makes a sub-folder."""
    files: dict[str, bytes | None] = {}
    for path in sorted((FIXTURES / "damaged").iterdir()):
        files[path.name] = path.read_bytes()
    for name in ("cp1252.txt", "mojibake.txt"):
        files[name] = BAD_BYTES[name]
    for name in ("no_title.txt", "slides.pptx"):
        files[name] = (FIXTURES / "bad" / name).read_bytes()
    files["<script>alert(11) no title.txt"] = b"this brief starts in lowercase, so it has no title line.\n"
    files["sub folder"] = None
    for name in ("utf8_bom.txt", "utf16_bom.txt", "crlf.txt"):
        files[name] = BAD_BYTES[name]
    for name in ("hangul.txt", "Brief ü 한국.txt", "duplicate_a.txt", "duplicate_b.txt"):
        files[name] = (FIXTURES / "bad" / name).read_bytes()
    files["cyrillic.txt"] = "Внешняя политика Северной Кореи\n\nПхеньян продолжает испытания ракет.\n".encode()
    files["japanese.txt"] = "北朝鮮の外交政策\n\n北朝鮮はミサイルの発射を続けている。\n".encode()
    files["Sécurité en Méditerranée 2021.md"] = (
        _front_matter(title="Sécurité en Méditerranée", language="fr")
        + "La coopération entre l’Italie et la Libye reste fragile.\n").encode()
    # An NFD name on disk (as macOS writes it): the brief is named by its NFC form.
    files[unicodedata.normalize("NFD", "Müller Energie.txt")] = (
        "Energy Policy After Müller\n\nGermany's energy policy changed after the minister left.\n").encode()
    files["index.txt"] = "A Brief Named Index\n\nIts file name is the name of the briefs index page.\n".encode()
    files["hostile front matter.md"] = (
        _front_matter(title=HOSTILE_TITLE, authors=list(HOSTILE_AUTHORS), institution=HOSTILE_INSTITUTION,
                      source_url=HOSTILE_SOURCE_URL, language="en", report_number=HOSTILE_REPORT)
        + f"## {HOSTILE_SECTION}\n\n" + hostile_body()).encode()
    files["hostile_body.txt"] = (
        "Security of <script>alert(7)</script> {{ x }} Systems\n\n" + hostile_body()).encode()
    for i, name in enumerate(HOSTILE_NAMES):
        files[name] = f"A Brief With a Strange File Name {i}\n\nUnited States officials met in Seoul.\n".encode()
    files["long_paragraph.txt"] = ("A Very Long Paragraph\n\n" + long_paragraph() + "\n").encode()
    return files


def warned() -> dict[str, bytes | None]:
    """Name -> bytes; None makes a sub-folder."""
    files: dict[str, bytes | None] = {}
    for name in ("broken_front_matter.md", "not_mapping.md", "wrong_types.md", "bad_date.md",
                 "no_paragraphs.txt"):
        files[name] = (FIXTURES / "bad" / name).read_bytes()
    files["unclosed.md"] = b"---\ntitle: Never Closed\n\nThe front matter above has no closing line.\n"
    files["bad_url.md"] = (_front_matter(title="A Bad Source Address", source_url='https://x.org/"onmouseover=alert(1)')
                           + "The address above would end an attribute early.\n").encode()
    files["korean_said_english.md"] = (_front_matter(title="한반도 정세", language="en")
                                       + "남북 관계는 정체되어 있다.\n").encode()
    return files


FIVE_MB = 5_000_000


def rejected() -> dict[str, bytes | None]:
    files: dict[str, bytes | None] = {}
    for name in ("nul_bytes.txt", "pdf_renamed.txt", "docx_renamed.txt"):
        files[name] = BAD_BYTES[name]
    for name in ("empty.txt", "whitespace.txt"):
        files[name] = (FIXTURES / "bad" / name).read_bytes()
    files["bad_utf16.txt"] = b"\xff\xfeA\x00\x00\xd8"  # a BOM, then an unpaired surrogate
    files["five_mb.txt"] = b"Five Megabytes\n\n" + b"The same sentence about sanctions again. " * (FIVE_MB // 41 + 1)
    files["Mu\u0308ller.txt"] = b"Title\n\nThe NFD twin of the next file.\n"
    files["M\u00fcller.txt"] = b"Title\n\nThe NFC twin of the previous file.\n"
    files[os.fsdecode(b"caf\xe9 latin-1 name.txt")] = b"Title\n\nA name written in Latin-1 bytes.\n"
    # Beside them, files that are used, with guesses: all reported in the same run.
    files["cp1252.txt"] = BAD_BYTES["cp1252.txt"]
    files["no_title.txt"] = (FIXTURES / "bad" / "no_title.txt").read_bytes()
    files["hangul.txt"] = (FIXTURES / "bad" / "hangul.txt").read_bytes()
    return files


BROKEN_LINK = "broken link.txt"  # a symbolic link to a file that does not exist


def write(folder: Path, files: Mapping[str, bytes | None], reverse: bool = False, broken_link: bool = False) -> Path:
    """Write `files` into `folder` (in reverse name order if asked) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in sorted(files, reverse=reverse):
        content = files[name]
        if content is None:
            (folder / name).mkdir()
            (folder / name / "inside.txt").write_text("Inside\n\nA brief in a sub-folder.\n", encoding="utf-8")
        else:
            (folder / name).write_bytes(content)
    if broken_link:
        os.symlink(folder / "does-not-exist.txt", folder / BROKEN_LINK)
    return folder


def copy_bundled(folder: Path) -> Path:
    shutil.copytree(BUNDLED, folder)
    return folder

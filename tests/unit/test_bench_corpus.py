"""scripts/bench's synthetic corpus: the same bytes for the same seed, and varied like an archive."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from benchmark.corpus import Made, damage, make_corpus, parse_source, pdf_count, text_sources

N = 20


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two stand-in PDFs: the maker copies PDFs byte for byte, whatever they hold."""
    folder = tmp_path_factory.mktemp("pdfs")
    for name in ("IF00001-one.pdf", "IN00002-two.pdf", "R00003-long-report.pdf"):
        (folder / name).write_bytes(b"%PDF-1.7 " + name.encode())
    return folder


def _made(folder: Path, pdfs: Path, seed: int = 42) -> tuple[list[Made], dict[str, bytes]]:
    made = make_corpus(folder, N, seed=seed, pdf_folder=pdfs)
    return made, {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _title(content: str) -> str:
    found = re.search(r"^title: (.*)$", content, re.M) if content.startswith("---") else None
    return found.group(1) if found else content.splitlines()[0]


def test_same_seed_same_bytes(tmp_path: Path, pdfs: Path) -> None:
    first, files = _made(tmp_path / "a", pdfs)
    again, files_again = _made(tmp_path / "b", pdfs)
    assert first == again
    assert files == files_again
    assert len(files) == N
    _, other = _made(tmp_path / "c", pdfs, seed=7)
    stems = {name.split(".")[0]: content for name, content in files.items()}
    other_stems = {name.split(".")[0]: content for name, content in other.items()}
    assert sorted(other_stems) == sorted(stems)  # the same briefs, other content
    assert sum(other_stems[s] != stems[s] for s in stems) == N - 1  # all but the PDF


def test_varied_like_an_archive(tmp_path: Path, pdfs: Path) -> None:
    made, files = _made(tmp_path, pdfs)
    kinds = Counter(m.kind for m in made)
    assert kinds["md"] >= 3 and kinds["txt"] >= 3 and kinds["pdf"] == pdf_count(N, 2) == 1
    assert all(m.source.startswith(("IF", "IN")) for m in made if m.kind == "pdf")  # short PDFs only
    text = [m for m in made if m.kind != "pdf"]
    assert len({m.source for m in text}) == len(text)  # each text brief starts from another brief
    assert {m.source.split("/")[0] for m in text} == {"briefs", "tests"}
    words = [m.words for m in text]
    assert min(words) >= 600 and max(words) > 1.4 * min(words)
    titles = {_title(files[m.file].decode()) for m in text}
    assert len(titles) == len(text)
    damaged = [files[m.file].decode() for m in made if m.damaged]
    assert damaged, "some briefs carry extraction damage"
    for content in damaged:
        lines = content.splitlines()
        assert max(len(line) for line in lines[6:]) <= 90  # hard-wrapped
        assert any(re.fullmatch(r"\d{1,3}", line) for line in lines)  # page numbers
    assert any(re.search(r"[a-z]-$", line) for c in damaged for line in c.splitlines())  # a hyphen at line end
    assert all(files[m.file].startswith(b"---\ntitle: ") for m in made if m.kind == "md")
    assert all(re.match(r"[^\n]+\n\nBy [^\n]+\n", files[m.file].decode()) for m in made if m.kind == "txt")


def test_sources_are_many_and_parsed() -> None:
    sources = text_sources()
    assert len(sources) >= 20
    assert all(s.title and s.body for s in sources)
    source = parse_source("x.txt", "A Title of\nTwo Lines\n\nBy Someone\n\n" + "word " * 40 + "\n\nAuthor Information\n\nX")
    assert source is not None and source.title == "A Title of Two Lines" and len(source.body) == 1


def test_damage_keeps_every_word() -> None:
    import random

    paragraphs = ["consideration " * 30 + "end.", "second paragraph " * 40]
    damaged = damage(paragraphs, "Header", random.Random(1))
    joined = re.sub(r"-\n", "", damaged)
    words = [w for w in joined.split() if not w.isdigit() and w != "Header"]
    assert words == " ".join(paragraphs).split()

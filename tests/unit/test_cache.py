"""The engine cache: computed once per input, recomputed when any input byte changes."""

from __future__ import annotations

from pathlib import Path

from briefsite.cache import cached, key
from briefsite.settings import Settings


def _settings(root: Path) -> Settings:
    (root / "briefs").mkdir(exist_ok=True)
    (root / "briefs" / "a.txt").write_text("Title\n\nA paragraph.\n", encoding="utf-8")
    (root / "registry").mkdir(exist_ok=True)
    (root / "registry" / "actors.yml").write_text("[]\n", encoding="utf-8")
    return Settings(briefs=root / "briefs", actors=root / "registry" / "actors.yml",
                    themes=root / "registry" / "themes.yml", notes=root / "registry" / "notes")


def test_the_second_call_with_the_same_input_reads_what_the_first_stored(tmp_path: Path) -> None:
    settings, calls = _settings(tmp_path), list[int]()

    def compute() -> dict[str, str]:
        calls.append(1)
        return {"page": "text"}

    first = cached(tmp_path / "cache", settings, ("",), compute)
    second = cached(tmp_path / "cache", settings, ("",), compute)
    assert first == second == {"page": "text"} and len(calls) == 1


def test_without_a_folder_nothing_is_kept(tmp_path: Path) -> None:
    settings, calls = _settings(tmp_path), list[int]()
    for _ in range(2):
        cached(None, settings, ("",), lambda: calls.append(1))
    assert len(calls) == 2


def test_any_changed_input_is_another_key(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    before = key(settings, ("",))
    assert key(settings, ("",)) == before
    assert key(settings, ("https://example.org/",)) != before  # the site URL the pages link to
    (tmp_path / "briefs" / "a.txt").write_text("Title\n\nA paragraph, edited.\n", encoding="utf-8")
    edited = key(settings, ("",))
    assert edited != before
    (tmp_path / "registry" / "actors.yml").write_text("- id: x\n", encoding="utf-8")
    assert key(settings, ("",)) != edited
    (tmp_path / "briefs" / "b.txt").symlink_to(tmp_path / "briefs" / "a.txt")
    assert key(settings, ("",)) not in (before, edited)


def test_a_stored_mapping_is_loaded_back_and_nothing_is_kept_without_a_folder(tmp_path: Path) -> None:
    from briefsite.cache import digest, load, store

    name = "html-" + digest("extensions", "files")
    assert load(tmp_path, name) == {}
    store(tmp_path, name, {("a.md", digest("# A")): ("<h1>A</h1>", [], {"a"}, None)})
    assert load(tmp_path, name) == {("a.md", digest("# A")): ("<h1>A</h1>", [], {"a"}, None)}
    assert load(tmp_path, "html-other") == {}
    store(None, name, {"x": 1})
    assert load(None, name) == {}
    assert digest("ab", "c") != digest("a", "bc")

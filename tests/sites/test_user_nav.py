"""The site's navigation is the user's: hand-written pages and a nav in mkdocs.yml build
under --strict, generated sections merge in, a hand-written page at a generated path wins."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from tests.sites.sitebuild import Build, build, make_project


def titles(site: Build) -> list[str]:
    """The titles of the sidebar, in order, as a brief page (in no nav entry) shows it."""
    page = next((site.site / "briefs").glob("0*.html"))
    html = page.read_text(encoding="utf-8")
    nav = html[html.index('<nav class="md-nav md-nav--primary'):]
    nav = nav[: nav.index("</nav>")]
    links = re.findall(r'<a href="([^"#][^"]*)" class="md-nav__link[^"]*">(.*?)</a>', nav, re.S)
    return [re.sub(r"<[^>]+>|\s+", " ", text).strip() for _, text in links]


def write_config(root: Path, nav: list[Any] | None) -> None:
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"\nnav:\n(?:  - .*\n)+", "\n", text)  # the project's own nav, taken out
    if nav is not None:
        text += "\n" + yaml.safe_dump({"nav": nav}, sort_keys=False)
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")


def test_a_hand_written_page_in_the_users_nav_builds_strict(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "docs" / "about.md").write_text("# About\n\nWho made this site.\n", encoding="utf-8")
    write_config(root, [{"Home": "index.md"}, {"About": "about.md"}, {"All briefs": "briefs/index.md"},
                        {"Method": "method.md"}, {"Data": "data.md"}, {"Kim": "actors/kim-jong-un.md"}])
    result = build(root)
    assert result.returncode == 0, result.output
    assert "WARNING" not in result.output, result.output
    # The user's entries in the user's order, then the generated sections not named.
    # A generated page the user names (here an actor page) is placed where named.
    assert titles(result) == ["Home", "About", "All briefs", "Method", "Data", "Kim",
                              "Actors", "Themes", "Conclusions", "Timeline", "Glossary"]
    assert "Who made this site." in result.html("about.html")


def test_without_a_nav_sections_come_first_then_the_pages_by_name(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "docs" / "about.md").write_text("# About\n\nWho made this site.\n", encoding="utf-8")
    write_config(root, None)
    result = build(root)
    assert result.returncode == 0, result.output
    assert titles(result) == ["Home", "Briefs", "Actors", "Themes", "Conclusions", "Timeline", "Glossary",
                              "About", "Data", "Method"]


def test_a_hand_written_section_page_wins_over_the_generated_one(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "docs" / "actors").mkdir()
    (root / "docs" / "actors" / "index.md").write_text(
        "# People and states\n\nOur own list, see [Kim Jong Un](kim-jong-un.md).\n", encoding="utf-8")
    result = build(root)
    assert result.returncode == 0, result.output
    page = result.html("actors/index.html")
    assert "Our own list" in page and "not in the registry yet" not in page
    assert (result.site / "actors" / "kim-jong-un.html").is_file()  # the other actor pages are still made
    assert "Actors" in titles(result)

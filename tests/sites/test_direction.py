"""Text direction is safe: bidi and invisible controls in metadata are removed (with a note),
so they cannot reorder the site's own words around them; every title, heading and paragraph
of a brief is isolated with dir="auto", so a right-to-left brief reads right to left."""

from __future__ import annotations

import re

import pytest

from briefsite.text.bidi import CONTROLS, without_controls
from tests.sites.sitebuild import Build, build, make_project

RLO = "\u202e"
BRIEFS: dict[str, str | bytes] = {
    "override.md": (f'---\ntitle: "Sanctions report gnp{RLO}.exe"\nauthors: ["Jane {RLO}Doe"]\n'
                    f'institution: "Institute{RLO} of Studies"\n---\n\nThe EU said it would act.\n'),
    "arabic.txt": ("السياسة الخارجية لكوريا الشمالية\n\n"
                   "تسعى كوريا الشمالية إلى تعزيز علاقاتها مع الصين وروسيا. ويرى المراقبون أن ذلك سيستمر.\n"),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    result = build(make_project(tmp_path_factory.mktemp("direction"), BRIEFS))
    assert result.returncode == 0, result.output
    return result


def test_controls_in_metadata_are_removed_with_a_note(site: Build) -> None:
    page = site.html("briefs/override.html")
    assert not any(c in page for c in CONTROLS)
    assert "Sanctions report gnp.exe" in page and "Jane Doe" in page and "Institute of Studies" in page
    notes = [t for t in site.output.splitlines() if "override.md: has invisible or text-direction control" in t]
    assert len(notes) == 1 and "title and authors and institution" in notes[0], site.output
    assert not [t for t in site.output.splitlines() if t.startswith(("WARNING", "ERROR"))]


def test_titles_headings_and_paragraphs_are_isolated(site: Build) -> None:
    page = site.html("briefs/arabic.html")
    assert re.search(r'<h1[^>]*dir="auto"', page)
    paragraphs = re.findall(r'<p[^>]*class="brief-para"[^>]*>', page)
    assert paragraphs and all('dir="auto"' in p for p in paragraphs)


def test_without_controls_keeps_every_other_character() -> None:
    assert without_controls(f"gnp{RLO}.exe\u200b") == ("gnp.exe", True)
    assert without_controls("Kim Jong-un \u200d👍") == ("Kim Jong-un \u200d👍", False)  # joiners stay


def test_a_clean_value_is_untouched() -> None:
    assert without_controls("Soo-Ho Lim (INSS)") == ("Soo-Ho Lim (INSS)", False)

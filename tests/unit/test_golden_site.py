"""Golden files for the whole engine on the bundled briefs: every generated page,
knowledge.json and the build's messages, produced in process (no MkDocs build).

Regenerate with `scripts/test tests/unit/test_golden_site.py --update-golden` and review
the diff (`git diff tests/golden/site`): it is exactly what readers will see change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefsite import pipeline
from briefsite.settings import load_settings
from briefsite.site import export
from briefsite.site.pages import render_pages

ROOT = Path(__file__).parents[2]
GOLDEN = ROOT / "tests" / "golden" / "site"


def generated(briefs: Path) -> dict[str, str]:
    """Return {relative path: text} of everything the engine hands to MkDocs."""
    old = os.environ.pop("BRIEFSITE_BRIEFS", None)
    try:
        os.environ["BRIEFSITE_BRIEFS"] = str(briefs)
        result = pipeline.run(load_settings({}, ROOT))
    finally:
        os.environ.pop("BRIEFSITE_BRIEFS", None)
        if old is not None:
            os.environ["BRIEFSITE_BRIEFS"] = old
    out: dict[str, str] = {str(path): text for path, text in render_pages(result.corpus).items()}
    out["knowledge.json"] = export.dumps(export.knowledge(result.corpus), indent=1)  # reviewed as a diff
    out["build-messages.txt"] = "".join(f"{problem}\n" for problem in result.problems)
    return out


# The bundled briefs, and the damaged fixtures on other subjects and layouts
CORPORA = {"bundled": ROOT / "briefs", "damaged": ROOT / "tests" / "fixtures" / "damaged"}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request: pytest.FixtureRequest) -> tuple[Path, dict[str, str]]:
    return GOLDEN / request.param, generated(CORPORA[request.param])


def test_the_same_files(corpus: tuple[Path, dict[str, str]], update_golden: bool) -> None:
    golden, actual = corpus
    if update_golden:
        for old in golden.rglob("*"):
            if old.is_file() and old.relative_to(golden).as_posix() not in actual:
                old.unlink()
        for path, text in actual.items():
            (golden / path).parent.mkdir(parents=True, exist_ok=True)
            (golden / path).write_text(text, encoding="utf-8")
    on_disk = sorted(p.relative_to(golden).as_posix() for p in golden.rglob("*") if p.is_file())
    assert on_disk == sorted(actual), "pages appeared or vanished: run with --update-golden and review"


def test_every_file_is_as_reviewed(corpus: tuple[Path, dict[str, str]]) -> None:
    golden, actual = corpus
    changed = [path for path, text in sorted(actual.items())
               if not (golden / path).is_file() or (golden / path).read_text(encoding="utf-8") != text]
    assert changed == [], f"changed: {changed}; run with --update-golden and review the diff"

"""axe-core on the key pages of both builds, light and dark: no serious or critical
violations. (Screenshots for a person to look at: scripts/screenshots.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.browser.sites import KINDS, Sites
from tests.browser.tabs import Tab

PAGES = {
    "home": "index.html",
    "briefs": "briefs/index.html",  # its column headers become sort buttons
    "brief": None,  # the first bundled brief, from knowledge.json
    "actor": "actors/kim-jong-un.html",
    "theme": "themes/sanctions.html",
    "conclusions": "conclusions.html",
}
BLOCKING = ("serious", "critical")


def page_path(name: str, sites: Sites) -> str:
    path = PAGES[name]
    if path is None:
        data = json.loads((sites.hosted / "knowledge.json").read_text(encoding="utf-8"))
        path = data["briefs"][0]["url"]
    return path


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} elements) {v['helpUrl']}")
        for node in v["nodes"][:6]:
            summary = " ".join(node["failureSummary"].split())
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary}")
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_no_serious_accessibility_violations(tab: Callable[..., Tab], sites: Sites, axe_source: str, kind: str, name: str, scheme: str) -> None:
    t = tab(kind, scheme=scheme)
    t.goto(page_path(name, sites))
    expected = "slate" if scheme == "dark" else "default"
    assert t.page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == expected
    t.page.add_script_tag(content=axe_source)
    violations = t.page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations'], preload: false})).violations")
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    others = [v for v in violations if v["impact"] not in BLOCKING]
    if others:
        print(f"{kind} {name} {scheme}: minor or moderate:\n{describe(others)}")
    assert not blocking, f"{kind} {name} ({scheme}): axe found\n{describe(blocking)}"
    t.assert_clean()

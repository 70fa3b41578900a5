"""Screenshots of the key pages of both sites, at desktop and phone widths, for a person to look at.

Input: a hosted site folder and an unzipped offline bundle (--site, --offline), or neither,
and then both are built from the bundled briefs in a temporary folder, as the browser tests
build them (tests/browser/sites.py). Output: PNGs in --out (test-artifacts/screenshots/),
named KIND-PAGE-WIDTH.png: full pages of home, the briefs index, a brief, an actor, a theme,
conclusions and the timeline; and the window a reader sees after following a citation to its
paragraph and while hovering a footnote, and while searching (`DPRK sanc`; `korea` with the
Actors chip chosen by keyboard). Prints each file written, and every request a page
tried to make outside its site or error it logged; it asserts nothing.

Usage: python scripts/screenshots.py [--site DIR] [--offline DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Error as PlaywrightError  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.sites import KINDS, BuildFailed, Sites, launch_chromium, served  # noqa: E402
from tests.browser.tabs import Tab, open_tab  # noqa: E402

WIDTHS = {"desktop": 1280, "phone": 390}
PREFERRED = {"actor": "actors/kim-jong-un.html", "theme": "themes/sanctions.html"}  # named in both bundled briefs


def key_pages(site: Path) -> dict[str, str]:
    """Name -> site-relative path of the pages shot whole: the bundled briefs' well-cited
    actor and theme when the site has them, else the first of each in knowledge.json."""
    data = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))
    pages = {"home": "index.html", "briefs": "briefs/index.html", "brief": data["briefs"][0]["url"]}
    for name, kind in (("actor", "actors"), ("theme", "themes")):
        urls = [item["url"] for item in data[kind]]
        if urls:
            pages[name] = PREFERRED[name] if PREFERRED[name] in urls else urls[0]
    pages.update({"conclusions": "conclusions.html", "timeline": "timeline.html"})
    return pages


def landing(tab: Tab, actor: str) -> None:
    """Follow the first footnote's link from the actor page to the cited paragraph."""
    tab.goto(actor)
    link = tab.page.locator(".footnote li a[href*='#p-']").first
    link.scroll_into_view_if_needed()
    tab.page.wait_for_timeout(250)  # instant navigation restores a scroll made just before a click
    link.click()
    tab.page.wait_for_url("**/briefs/*.html#p-*")
    tab.page.wait_for_timeout(300)  # let a smooth scroll settle


def tooltip(tab: Tab, actor: str) -> None:
    """Hover the first footnote reference of the actor page until its tooltip shows."""
    tab.goto(actor)
    tab.page.locator("a.footnote-ref").first.hover()
    try:
        tab.page.locator(".md-tooltip2--active").wait_for(state="visible", timeout=5_000)
    except PlaywrightError:
        print(f"  {tab.kind} tooltip: no tooltip showed within 5 s; shot anyway")


def searching(tab: Tab, query: str = "DPRK sanc") -> None:
    """Search `query` as a reader types it (`DPRK sanc`: the paragraphs, the suggestion)."""
    tab.goto("index.html")
    button = tab.page.locator("label.md-header__button[for=__search]")
    (button if button.is_visible() else tab.page.locator(".md-search__input")).click()
    tab.page.keyboard.type(query, delay=40)
    tab.page.wait_for_timeout(600)


def narrowing(tab: Tab) -> None:
    """Search `korea`, then, by keyboard alone, Tab to the chips and choose Actors."""
    searching(tab, "korea")
    for key in ("Tab", "ArrowRight", "ArrowRight", "Enter"):
        tab.page.keyboard.press(key)
    tab.page.wait_for_timeout(600)


def shoot(sites: Sites, out: Path) -> list[Path]:
    """Write every screenshot; return the files written."""
    written: list[Path] = []
    pages = key_pages(sites.hosted)
    actor = pages.get("actor")
    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        for kind in KINDS:
            for label, width in WIDTHS.items():
                tab = open_tab(browser, kind, sites.base(kind), width=width)
                try:
                    for name, path in pages.items():
                        tab.goto(path)
                        target = out / f"{kind}-{name}-{label}.png"
                        # Material fades the tabs in on load; finish such transitions first.
                        tab.page.screenshot(path=str(target), full_page=True, animations="disabled")
                        written.append(target)
                    if actor is not None:
                        for name, move in (("citation-landing", landing), ("footnote-tooltip", tooltip)):
                            move(tab, actor)
                            target = out / f"{kind}-{name}-{label}.png"
                            tab.page.screenshot(path=str(target), animations="disabled")
                            written.append(target)
                    for name, act in (("search", searching), ("search-chip-by-keyboard", narrowing)):
                        act(tab)
                        target = out / f"{kind}-{name}-{label}.png"
                        tab.page.screenshot(path=str(target), animations="disabled")
                        written.append(target)
                    for url in tab.outside:
                        print(f"  {kind} {label}: refused a request outside the site: {url}")
                    for error in tab.errors:
                        print(f"  {kind} {label}: {error}")
                finally:
                    tab.close()
        browser.close()
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built hosted site (default: build one)")
    parser.add_argument("--offline", type=Path, help="an unzipped offline bundle (default: build one)")
    parser.add_argument("--out", type=Path, default=ROOT / "test-artifacts" / "screenshots")
    args = parser.parse_args(argv)
    for given in (args.site, args.offline):
        if given is not None and not (given / "index.html").is_file():
            print(f"scripts/screenshots: {given} is not a built site (no index.html).", file=sys.stderr)
            return 2
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    hosted = args.site.resolve() if args.site else None
    offline = args.offline.resolve() if args.offline else None
    with tempfile.TemporaryDirectory(prefix="briefsite-screenshots-") as tmp:
        try:
            with served(Path(tmp), hosted, offline) as sites:
                written = shoot(sites, out)
        except (BuildFailed, FileNotFoundError) as error:
            print(f"scripts/screenshots: {error}", file=sys.stderr)
            return 1
    for path in written:
        print(path)
    print(f"{len(written)} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

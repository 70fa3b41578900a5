"""Browser tests: both sites built once per session (sites.py), then read in Debian's chromium.

Output, for the tests: `sites` (the hosted build served on 127.0.0.1, the offline bundle
unzipped), a `browser`, a `tab` factory whose tabs refuse and record every request that
leaves the site (tabs.py), and axe-core's source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Playwright, sync_playwright

from tests.browser.axe_core import axe_source as load_axe
from tests.browser.sites import BuildFailed, Sites, launch_chromium, served
from tests.browser.tabs import Tab, open_tab


@pytest.fixture(scope="session")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sites]:
    """Both builds of the bundled briefs; the hosted one served for the whole session."""
    try:
        with served(tmp_path_factory.mktemp("browser")) as built:
            yield built
    except BuildFailed as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    try:
        launched = launch_chromium(playwright)
    except FileNotFoundError as error:
        pytest.fail(str(error), pytrace=False)
    yield launched
    launched.close()


@pytest.fixture
def tab(browser: Browser, sites: Sites) -> Iterator[Callable[..., Tab]]:
    """Open a tab on one build: tab("offline"|"hosted", width=1280, scheme="light")."""
    opened: list[Tab] = []

    def factory(kind: str, width: int = 1280, scheme: str = "light", touch: bool = False) -> Tab:
        t = open_tab(browser, kind, sites.base(kind), width=width, scheme=scheme, touch=touch)
        opened.append(t)
        return t

    yield factory
    for t in opened:
        t.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    return load_axe()

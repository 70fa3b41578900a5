"""Browser tests: both sites built once per session, then read in Debian's chromium.

Input: the project's site files and bundled briefs, copied into a temporary folder
(tests/sites/sitebuild.py). Output, for the tests: the hosted build served on 127.0.0.1
at its own site_url (so instant navigation engages, as on the real host), the offline
bundle packaged by scripts/package_offline.py and unzipped, and a `tab` factory whose
tabs refuse and record every request that leaves the site.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Playwright, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sites"))
from sitebuild import ROOT, build, make_project  # noqa: E402

from tabs import Tab, open_tab  # noqa: E402

CHROMIUM = Path(os.environ.get("BRIEFSITE_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
KINDS = ("offline", "hosted")


@dataclass(frozen=True)
class Sites:
    hosted: Path        # the hosted build (site/)
    hosted_url: str     # where it is served, equal to its site_url
    offline: Path       # the offline bundle, unzipped: what a reader opens
    zip: Path           # the offline zip as scripts/build writes it
    trimmed: str        # what the package step printed

    def base(self, kind: str) -> str:
        """URL of the site root for `kind`, ending in '/'."""
        return self.hosted_url if kind == "hosted" else self.offline.as_uri() + "/"


class _SiteHandler(SimpleHTTPRequestHandler):
    """A static host: files from the folder, and its 404.html for a missing page."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _build_hosted(tmp: Path, url: str) -> Path:
    project = make_project(tmp)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("BRIEFSITE_SITE_URL", url)
        result = build(project, "mkdocs.yml")
    assert result.returncode == 0, f"hosted build failed:\n{result.output}"
    return result.site


def _build_offline(tmp: Path) -> tuple[Path, Path, str]:
    (tmp / "project").mkdir(parents=True)
    project = make_project(tmp / "project")
    with pytest.MonkeyPatch.context() as env:
        env.delenv("BRIEFSITE_SITE_URL", raising=False)
        result = build(project, "mkdocs-offline.yml")
    assert result.returncode == 0, f"offline build failed:\n{result.output}"
    target = tmp / "briefsite-offline.zip"
    packed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "package_offline.py"), str(result.site), str(target)],
        capture_output=True, text=True, timeout=300,
    )
    assert packed.returncode == 0, f"packaging failed:\n{packed.stdout}{packed.stderr}"
    unzipped = tmp / "unzipped"
    with zipfile.ZipFile(target) as zf:
        zf.extractall(unzipped)
    return unzipped / target.stem, target, packed.stdout


@pytest.fixture(scope="session")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sites]:
    """Both builds of the bundled briefs; the hosted one served for the whole session."""
    tmp = tmp_path_factory.mktemp("browser")
    hosted_dir = tmp / "hosted" / "site"
    handler = functools.partial(_SiteHandler, directory=str(hosted_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    try:
        (tmp / "hosted").mkdir()
        assert _build_hosted(tmp / "hosted", url) == hosted_dir
        offline, target, trimmed = _build_offline(tmp / "offline")
        thread.start()
        yield Sites(hosted_dir, url, offline, target, trimmed)
    finally:
        if thread.is_alive():
            server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Chromium is missing at {CHROMIUM}: scripts/test installs Debian's chromium "
            "(apt-get install chromium) before the tests; run the tests through it.",
            pytrace=False,
        )
    args = ["--no-sandbox"] if os.geteuid() == 0 else []  # chromium refuses its sandbox as root
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=args)
    yield browser
    browser.close()


@pytest.fixture
def tab(browser: Browser, sites: Sites) -> Iterator[Callable[..., Tab]]:
    """Open a tab on one build: tab("offline"|"hosted", width=1280, scheme="light")."""
    opened: list[Tab] = []

    def factory(kind: str, width: int = 1280, scheme: str = "light") -> Tab:
        t = open_tab(browser, kind, sites.base(kind), width=width, scheme=scheme)
        opened.append(t)
        return t

    yield factory
    for t in opened:
        t.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    from axe_core import axe_source as load

    return load()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS

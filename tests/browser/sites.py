"""Both sites of the bundled briefs, built into a folder and the hosted one served, for a browser.

Input: the project's site files and bundled briefs, copied into a temporary folder
(tests/sites/sitebuild.py). Output: `Sites`: the hosted build served on 127.0.0.1 at its
own site_url (so instant navigation engages, as on the real host) and the offline bundle
packaged by scripts/package_offline.py and unzipped; and the Chromium to read them with.
Shared by the browser tests (conftest.py) and scripts/screenshots.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import Browser, Playwright

from tests.sites.sitebuild import ROOT, build, make_project

CHROMIUM = Path(os.environ.get("BRIEFSITE_CHROMIUM", "/usr/bin/chromium"))
KINDS = ("offline", "hosted")


@dataclass(frozen=True, slots=True)
class Sites:
    hosted: Path        # the hosted build (site/)
    hosted_url: str     # where it is served, equal to its site_url
    offline: Path       # the offline bundle, unzipped: what a reader opens
    zip: Path | None    # the offline zip as scripts/build writes it (None: given unzipped)
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


class BuildFailed(RuntimeError):
    """A build or the packaging step failed; the message holds its output."""


Briefs = dict[str, str | bytes]


def build_hosted(tmp: Path, url: str, briefs: Briefs | None = None) -> Path:
    """Build the hosted site of the bundled briefs (or `briefs`) with `url` as its site_url; return site/."""
    project = make_project(tmp, briefs)
    old = os.environ.get("BRIEFSITE_SITE_URL")
    os.environ["BRIEFSITE_SITE_URL"] = url
    try:
        result = build(project, "mkdocs.yml")
    finally:
        if old is None:
            os.environ.pop("BRIEFSITE_SITE_URL", None)
        else:
            os.environ["BRIEFSITE_SITE_URL"] = old
    if result.returncode != 0:
        raise BuildFailed(f"hosted build failed:\n{result.output}")
    return result.site


def build_offline(tmp: Path, briefs: Briefs | None = None) -> tuple[Path, Path, str]:
    """Build, package and unzip the offline bundle; return (unzipped folder, zip, packager output)."""
    (tmp / "project").mkdir(parents=True)
    project = make_project(tmp / "project", briefs)
    old = os.environ.pop("BRIEFSITE_SITE_URL", None)
    try:
        result = build(project, "mkdocs-offline.yml")
    finally:
        if old is not None:
            os.environ["BRIEFSITE_SITE_URL"] = old
    if result.returncode != 0:
        raise BuildFailed(f"offline build failed:\n{result.output}")
    target = tmp / "briefsite-offline.zip"
    packed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "package_offline.py"), str(result.site), str(target)],
        capture_output=True, text=True, timeout=300,
    )
    if packed.returncode != 0:
        raise BuildFailed(f"packaging failed:\n{packed.stdout}{packed.stderr}")
    unzipped = tmp / "unzipped"
    with zipfile.ZipFile(target) as zf:
        zf.extractall(unzipped)
    return unzipped / target.stem, target, packed.stdout


@contextmanager
def served(tmp: Path, hosted: Path | None = None, offline: Path | None = None,
           briefs: Briefs | None = None) -> Iterator[Sites]:
    """Both sites, the hosted one served on 127.0.0.1 while the block runs.

    Given `hosted` and `offline` folders, serve and read those (instant navigation then
    engages only if their site_url is this server's); otherwise build both into `tmp`,
    from the bundled briefs or from `briefs` ({file name: content}).
    """
    hosted_dir = hosted or tmp / "hosted" / "site"
    handler = functools.partial(_SiteHandler, directory=str(hosted_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    try:
        if hosted is None:
            (tmp / "hosted").mkdir(parents=True)
            if build_hosted(tmp / "hosted", url, briefs) != hosted_dir:
                raise BuildFailed(f"the hosted build did not land in {hosted_dir}")
        if offline is None:
            offline, target, trimmed = build_offline(tmp / "offline", briefs)
            sites = Sites(hosted_dir, url, offline, target, trimmed)
        else:
            sites = Sites(hosted_dir, url, offline, None, "")
        thread.start()
        yield sites
    finally:
        if thread.is_alive():
            server.shutdown()
        server.server_close()


def launch_chromium(playwright: Playwright) -> Browser:
    """Debian's chromium (or BRIEFSITE_CHROMIUM), headless; never Playwright's download."""
    if not os.access(CHROMIUM, os.X_OK):
        raise FileNotFoundError(
            f"Chromium is missing at {CHROMIUM}: scripts/test and scripts/screenshots install "
            "Debian's chromium (apt-get install chromium); run through them."
        )
    args = ["--no-sandbox"] if os.geteuid() == 0 else []  # chromium refuses its sandbox as root
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=args)

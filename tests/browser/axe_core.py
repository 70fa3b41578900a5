"""axe-core, the accessibility engine the browser tests inject into pages: pinned and verified.

Input: the npm package `axe-core` at AXE_VERSION, fetched once from the npm registry with
urllib (no node needed) into `.cache/` and checked against its sha512 integrity from the
registry's lock data. Output: the text of `axe.min.js`.

Run as a script (scripts/test does) to fetch it before the tests:
    python tests/browser/axe_core.py
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import sys
import tarfile
import time
import urllib.request
from pathlib import Path

AXE_VERSION = "4.14.1"
# `npm view axe-core@4.14.1 dist.integrity`; the tarball is MPL-2.0 and never committed here.
AXE_INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "npm"


def tarball_url() -> str:
    registry = os.environ.get("npm_config_registry") or "https://registry.npmjs.org/"
    return f"{registry.rstrip('/')}/axe-core/-/axe-core-{AXE_VERSION}.tgz"


def integrity_of(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def _download(url: str, attempts: int = 3) -> bytes:
    for attempt in range(1, attempts + 1):
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                data: bytes = response.read()
                return data
        except OSError as error:  # URLError and timeouts are OSErrors
            if attempt == attempts:
                raise RuntimeError(
                    f"could not download axe-core {AXE_VERSION} from {url}: {error}. "
                    "The browser tests need it; check the connection to the npm registry."
                ) from error
            time.sleep(2 * attempt)
    raise AssertionError("unreachable")


def tarball(cache: Path = CACHE) -> bytes:
    """Return the verified tarball, downloading it when the cache lacks a good copy."""
    path = cache / f"axe-core-{AXE_VERSION}.tgz"
    if path.is_file():
        data = path.read_bytes()
        if integrity_of(data) == AXE_INTEGRITY:
            return data
    url = tarball_url()
    data = _download(url)
    got = integrity_of(data)
    if got != AXE_INTEGRITY:
        raise RuntimeError(
            f"axe-core {AXE_VERSION} from {url} fails its integrity check: expected "
            f"{AXE_INTEGRITY}, got {got}. Nothing was saved; do not change the pin to match "
            "without finding out why."
        )
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return data


def axe_source(cache: Path = CACHE) -> str:
    """Return the text of axe.min.js from the verified tarball."""
    with tarfile.open(fileobj=io.BytesIO(tarball(cache)), mode="r:gz") as tar:
        member = tar.extractfile("package/axe.min.js")
        if member is None:
            raise RuntimeError(f"axe-core {AXE_VERSION}: package/axe.min.js is not a file")
        return member.read().decode("utf-8")


def main() -> int:
    try:
        source = axe_source()
    except RuntimeError as error:
        print(f"axe-core: {error}", file=sys.stderr)
        return 1
    print(f"axe-core {AXE_VERSION}: verified ({len(source) / 1e3:.0f} kB axe.min.js)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

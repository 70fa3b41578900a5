"""A browser tab on one build that refuses and records every request leaving the site.

Input: a Playwright browser, the build's kind ("offline" or "hosted") and its root URL.
Output: a Tab whose `outside` lists refused requests and `errors` lists console errors,
uncaught exceptions and failed or missing site requests; plus the reader's moves the
tests share (search, wait for a page).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, Page, Request, Route

HEIGHTS = {1280: 900, 390: 844}  # a desktop window and a phone


def _inside(url: str, base: str) -> bool:
    """True when `url` belongs to the site: file:// offline, same host and port hosted."""
    if base.startswith("file:"):
        return url.startswith("file:")
    here, there = urlsplit(url), urlsplit(base)
    return (here.scheme, here.hostname, here.port) == (there.scheme, there.hostname, there.port)


@dataclass
class Tab:
    kind: str
    base: str
    context: BrowserContext
    page: Page
    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def goto(self, path: str) -> None:
        self.page.goto(self.url(path), wait_until="load")
        # Material starts its components after load; the search field being ready is the sign.
        self.page.wait_for_function("() => typeof document$ !== 'undefined'")

    def assert_clean(self) -> None:
        assert not self.outside, f"{self.kind}: requests left the site: {self.outside}"
        assert not self.errors, f"{self.kind}: errors in the browser: {self.errors}"

    def search(self, query: str) -> list[str]:
        """Type `query` into Material's search as a reader does; return the result URLs."""
        field_ = self.page.locator(".md-search__input")
        if not field_.is_visible():  # phones show a search button first
            self.page.locator("label.md-header__button[for=__search]").click()
        field_.click()
        field_.press_sequentially(query, delay=20)  # fill() does not trigger Material's search
        # The first query waits for the index (built in the browser); later ones are quick.
        self.page.wait_for_function(
            "() => /matching document/i.test(document.querySelector('.md-search-result__meta').textContent)",
            timeout=30_000,
        )
        # Each keystroke searched; wait until the results for the whole query settle.
        read = "() => [document.querySelector('.md-search-result__meta').textContent," \
            " ...[...document.querySelectorAll('a.md-search-result__link')].map(a => a.href)]"
        last: list[str] = []
        for _ in range(40):
            now = self.page.evaluate(read)
            if now == last:
                break
            last = now
            self.page.wait_for_timeout(400)
        return last[1:]

    def close(self) -> None:
        self.context.close()


def open_tab(browser: Browser, kind: str, base: str, width: int = 1280, scheme: str = "light",
             touch: bool = False) -> Tab:
    """A tab on one build; `touch`: a phone's touch screen (no hover, taps)."""
    context = browser.new_context(
        viewport={"width": width, "height": HEIGHTS.get(width, 900)},
        color_scheme=scheme,  # type: ignore[arg-type]
        service_workers="block",
        has_touch=touch,
        is_mobile=touch,
    )
    page = context.new_page()
    tab = Tab(kind, base, context, page)
    refused: set[str] = set()

    def route(r: Route) -> None:
        url = r.request.url
        if _inside(url, base):
            r.continue_()
        else:
            tab.outside.append(url)
            refused.add(url)
            r.abort()

    context.route("**/*", route)
    page.on("console", lambda m: tab.errors.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: tab.errors.append(f"uncaught: {e}"))
    def failed(r: Request) -> None:
        # ERR_ABORTED is the browser cancelling a request because the page moved on (a favicon
        # still loading when the test clicks a link): not a fault of the site.
        if r.url not in refused and "ERR_ABORTED" not in (r.failure or ""):
            tab.errors.append(f"failed: {r.url} ({r.failure})")

    page.on("requestfailed", failed)
    page.on(
        "response",
        lambda r: tab.errors.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None,
    )
    return tab

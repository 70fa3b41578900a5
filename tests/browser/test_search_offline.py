"""Search from disk runs its worker on its own thread: from a Blob, not the iframe shim."""

from __future__ import annotations

from collections.abc import Callable

from tests.browser.tabs import Tab


def test_search_from_disk_answers_from_a_worker_off_the_page(tab: Callable[..., Tab]) -> None:
    t = tab("offline")
    t.goto("index.html")
    assert t.search("sanctions"), "searching 'sanctions' from disk found nothing"
    # iframe-worker would have added a hidden iframe and run the index build in the page.
    assert t.page.evaluate("document.querySelectorAll('iframe').length") == 0
    assert t.page.evaluate("typeof window.__briefsite_worker_source") == "string"
    t.assert_clean()

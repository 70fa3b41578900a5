"""The first search of an offline bundle opened from disk, in headless Chromium.

Input: the unzipped bundle's folder and a query. Output: `Probe`: the time from the first
keystroke to the first result shown, and whether the page froze meanwhile (the longest
task the browser reported, and the longest gap between two animation frames), measured
inside the page. Opened as tests/browser do (Debian's chromium, file://, every request
leaving the disk refused; typed with press_sequentially, as fill() searches nothing).
A search that shows nothing within the timeout is a figure (`first_result_s` None), not
a failure.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError, Route, sync_playwright

CHROMIUM = Path(os.environ.get("BRIEFSITE_CHROMIUM", "/usr/bin/chromium"))

# Installed before any script of the page: long tasks, frame gaps over 50 ms, and the
# moment the results list first holds a result (a MutationObserver, on the page's thread).
_WATCH = """
window.__bench = {tasks: [], gaps: [], frames: 0, first: null, answered: null};
try {
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) window.__bench.tasks.push([e.startTime, e.duration]);
  }).observe({type: 'longtask', buffered: true});
} catch (e) {}
let __last = null;
const __frame = t => {
  if (__last !== null && t - __last > 50) window.__bench.gaps.push([__last, t - __last]);
  __last = t;
  window.__bench.frames++;
  requestAnimationFrame(__frame);
};
requestAnimationFrame(__frame);
document.addEventListener('DOMContentLoaded', () => {
  new MutationObserver(() => {
    const b = window.__bench;
    const meta = document.querySelector('.md-search-result__meta');
    if (b.answered === null && meta && /matching/i.test(meta.textContent)) b.answered = performance.now();
    if (b.first === null && document.querySelector('.md-search-result__item')) b.first = performance.now();
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
});
"""


@dataclass(frozen=True, slots=True)
class Probe:
    query: str
    load_s: float                  # navigation start to the load event
    first_result_s: float | None   # the click into the search field to the first result shown
    answered_s: float | None       # the same to the result count (or "no matching documents")
    longest_task_s: float          # the longest main-thread task, load to first result
    longest_frame_gap_s: float     # the longest time without a frame, load to first result
    frozen_s: float                # the sum of long tasks (over 50 ms) in that time
    frames: int                    # animation frames seen (0: the frame-gap figure means nothing)
    results: int
    error: str = ""


def first_search(bundle: Path, query: str, timeout_s: float = 240.0) -> Probe:
    """Open `bundle`/index.html from disk, type `query`, and time the first result."""
    args = ["--no-sandbox"] if os.geteuid() == 0 else []  # as tests/browser/sites.py launch_chromium
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=args)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")

            def route(r: Route) -> None:
                (r.continue_ if r.request.url.startswith("file:") else r.abort)()

            context.route("**/*", route)
            context.add_init_script(_WATCH)
            page = context.new_page()
            page.set_default_timeout(timeout_s * 1000)
            page.goto((bundle / "index.html").as_uri(), wait_until="load")
            page.wait_for_function("() => typeof document$ !== 'undefined'")
            load_ms = float(page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"))
            origin = float(page.evaluate("performance.timeOrigin"))
            field = page.locator(".md-search__input")
            # The moment typing starts, taken here and put on the page's clock: asked of the
            # page, it would be read only once a frozen page is free again, hiding the freeze.
            typed = time.time() * 1000 - origin
            field.click()
            error = ""
            try:
                field.press_sequentially(query, delay=20)
                page.wait_for_function("() => window.__bench.first !== null || window.__bench.answered !== null",
                                       polling=100)
                page.wait_for_timeout(200)
            except PlaywrightError as failure:
                error = str(failure).splitlines()[0]
            bench = page.evaluate("window.__bench")
            results = int(page.evaluate("document.querySelectorAll('.md-search-result__item').length"))
        finally:
            browser.close()
    end = bench["first"] if bench["first"] is not None else bench["answered"]
    horizon = float(end) if end is not None else float("inf")
    tasks = [(float(s), float(d)) for s, d in bench["tasks"] if float(s) <= horizon]
    gaps = [float(d) for s, d in bench["gaps"] if float(s) <= horizon]
    return Probe(
        query=query,
        load_s=load_ms / 1000,
        first_result_s=(float(bench["first"]) - typed) / 1000 if bench["first"] is not None else None,
        answered_s=(float(bench["answered"]) - typed) / 1000 if bench["answered"] is not None else None,
        longest_task_s=max((d for _, d in tasks), default=0.0) / 1000,
        longest_frame_gap_s=max(gaps, default=0.0) / 1000,
        frozen_s=sum(d for _, d in tasks) / 1000,
        frames=int(bench["frames"]),
        results=results,
        error=error,
    )

"""The offline bundle's fixes: Material's search worker is left out only when no page loads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefsite.site.offline import unused_workers


def _site(tmp_path: Path, worker: str) -> Path:
    (tmp_path / "index.html").write_text(
        f'<script id="__config" type="application/json">{{"base": ".", "search": "{worker}"}}</script>',
        encoding="utf-8")
    workers = tmp_path / "assets" / "javascripts" / "workers"
    workers.mkdir(parents=True)
    (workers / "search.a7633da7.min.js").write_text("lunr", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("worker", "kept"), [
    ("assets/search-worker.js", False),                          # ours: Material's is unused
    ("assets/javascripts/workers/search.b1234567.min.js", True),  # the override missed: Material's is used
])
def test_material_worker_is_left_out_only_when_unused(tmp_path: Path, worker: str, kept: bool) -> None:
    site = _site(tmp_path, worker)
    deleted = unused_workers(site)
    assert (site / "assets/javascripts/workers/search.a7633da7.min.js").is_file() is kept
    assert [p.name for p in deleted] == ([] if kept else ["search.a7633da7.min.js"])

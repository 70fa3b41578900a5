"""`mkdocs serve` previews whatever can be built: a brief with a warning, or an editor's
backup file in the folder, no longer leaves the preview stuck (strictness belongs to
scripts/build, which passes --strict)."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from tests.reliability import corpora
from tests.reliability.buildrun import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_serve_previews_a_folder_with_a_warning_and_a_backup_file(tmp_path: Path) -> None:
    briefs = corpora.copy_bundled(tmp_path / "briefs")
    (briefs / "bad date.md").write_text("---\ntitle: A Dated Brief\ndate: 2023-02-30\n---\n\nThe EU acted.\n",
                                        encoding="utf-8")
    (briefs / "bad date.md~").write_bytes(b"\x00 a backup the editor left")
    (briefs / "000_322f3bcde1d308c5.txt.swp").write_bytes(b"\x00 a swap file")
    port = free_port()
    env = {**os.environ, "BRIEFSITE_BRIEFS": str(briefs), "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "mkdocs"), "serve", "--no-livereload", "-a",
                             f"127.0.0.1:{port}"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        page = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/briefs/index.html", timeout=5) as answer:
                    page = answer.read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.5)
        assert "A Dated Brief" in page, "the preview never answered"
    finally:
        proc.terminate()
        output, _ = proc.communicate(timeout=30)
    assert "bad date.md:3: front matter 'date' '2023-02-30' is not a date" in output  # shown, not fatal
    assert "appear stuck" not in output and "Aborted" not in output and "Traceback" not in output
    assert ".swp" not in output and "md~" not in output  # backup files are not briefs

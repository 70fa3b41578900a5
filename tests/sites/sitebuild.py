"""Tiny site builds for tests: copy the project's site files into a temporary folder and build.

Each build runs the real `mkdocs build --strict` (never -q/-v, which hide broken
anchors) in a subprocess, as scripts/build does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MKDOCS = Path(sys.executable).with_name("mkdocs")


@dataclass
class Build:
    root: Path
    returncode: int
    output: str

    @property
    def site(self) -> Path:
        return self.root / "site"

    def html(self, path: str) -> str:
        return (self.site / path).read_text(encoding="utf-8")


def make_project(tmp: Path, briefs: dict[str, str | bytes] | None = None) -> Path:
    """Copy the site configuration into `tmp`; write `briefs` there, or copy the bundled ones."""
    for name in ("mkdocs.yml", "mkdocs-offline.yml", "docs", "overrides", "hooks", "registry"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, tmp / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, tmp / name)
    if briefs is None:
        shutil.copytree(ROOT / "briefs", tmp / "briefs")
    else:
        (tmp / "briefs").mkdir()
        for name, content in briefs.items():
            path = tmp / "briefs" / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
    return tmp


def build(root: Path, config: str = "mkdocs.yml") -> Build:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    env.pop("BRIEFSITE_BRIEFS", None)
    proc = subprocess.run(
        [str(MKDOCS), "build", "--strict", "--config-file", config, "--site-dir", "site"],
        cwd=root, env=env, capture_output=True, text=True, timeout=600,
    )
    return Build(root, proc.returncode, proc.stdout + proc.stderr)

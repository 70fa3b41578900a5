"""One measurement at N briefs: the engine's site and the plain site, built side by side.

Input: N, a scratch folder, the project (configs, docs, hooks, registry, overrides).
Output: a dict of figures (see `measure`): the engine's stages, each step scripts/build
runs (hosted build, its check, offline build, its check, packaging) with wall and CPU
seconds and peak memory, the sizes of what they made, the first search of each offline
bundle from disk; the same for the plain site; their ratios. Raises `BrokenBuild` only
when the engine's site does not build or check (a slow figure is never a failure).
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from benchmark.corpus import ROOT, make_corpus
from benchmark.plain import make_plain
from benchmark.runs import Sizes, Step, folder_sizes, run, tail, unzip
from benchmark.search import first_search

PROJECT_FILES = ("mkdocs.yml", "mkdocs-offline.yml", "docs", "hooks", "overrides", "registry")
QUERY = "sanctions"


class BrokenBuild(RuntimeError):
    """The engine's site did not build or check; the message holds the step's last lines."""


def _copy_project(target: Path) -> None:
    target.mkdir(parents=True)
    for name in PROJECT_FILES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, target / name)


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BRIEFSITE_BRIEFS", "BRIEFSITE_SITE_URL")}
    # As scripts/build: a fixed timestamp, and no MkDocs 2 banner.
    return {**env, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000", **extra}


def _step(step: Step) -> dict[str, Any]:
    return {"wall_s": step.wall_s, "cpu_s": step.cpu_s, "peak_mb": step.peak_mb, "status": step.status}


def build_site(project: Path, out: Path, env: dict[str, str], must_pass: bool) -> dict[str, Any]:
    """Run scripts/build's steps on `project` into `out`; return steps, sizes and the bundle."""
    python, mkdocs = sys.executable, str(Path(sys.executable).with_name("mkdocs"))
    logs = out / "logs"
    steps: list[Step] = []
    env = {**env, "BRIEFSITE_ENGINE_CACHE": str(out / "engine-cache")}  # as scripts/build: the engine runs once

    def step(name: str, command: list[str]) -> None:
        done = run(name, command, project, env, logs)
        steps.append(done)
        if done.status != 0 and must_pass:
            raise BrokenBuild(f"{name} failed (exit {done.status}) in {project}:\n{tail(done)}")

    # Plain `mkdocs build --strict`, never -q/-v (they hide broken anchors in MkDocs 1.6.1).
    step("hosted build", [mkdocs, "build", "--strict", "--clean", "-f", "mkdocs.yml", "-d", str(out / "site")])
    step("hosted check", [python, str(ROOT / "scripts" / "check_site.py"), str(out / "site")])
    step("offline build", [mkdocs, "build", "--strict", "--clean", "-f", "mkdocs-offline.yml",
                           "-d", str(out / "offline")])
    step("offline check", [python, str(ROOT / "scripts" / "check_site.py"), str(out / "offline")])
    step("package", [python, str(ROOT / "scripts" / "package_offline.py"), str(out / "offline"),
                     str(out / "briefsite-offline.zip")])
    bundle = unzip(out / "briefsite-offline.zip", out / "unzipped")
    figures: dict[str, Any] = {s.name: _step(s) for s in steps}
    figures["whole build"] = {
        "wall_s": sum(s.wall_s for s in steps), "cpu_s": sum(s.cpu_s for s in steps),
        "peak_mb": max(s.peak_mb for s in steps), "status": max(s.status for s in steps),
    }
    figures["hosted"] = dataclasses.asdict(folder_sizes(out / "site"))
    figures["offline"] = dataclasses.asdict(folder_sizes(bundle))
    figures["zip_bytes"] = (out / "briefsite-offline.zip").stat().st_size
    figures["bundle"] = str(bundle)
    return figures


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def ratios(engine: dict[str, Any], plain: dict[str, Any]) -> dict[str, float | None]:
    """engine / plain for the figures a reader and an editor feel."""
    pick: dict[str, tuple[str, ...]] = {
        "whole build wall": ("whole build", "wall_s"), "whole build cpu": ("whole build", "cpu_s"),
        "hosted build wall": ("hosted build", "wall_s"), "offline build wall": ("offline build", "wall_s"),
        "peak memory": ("whole build", "peak_mb"),
        "hosted site bytes": ("hosted", "total_bytes"), "offline bytes": ("offline", "total_bytes"),
        "zip bytes": ("zip_bytes",), "search index bytes": ("offline", "search_index_bytes"),
        "largest page bytes": ("hosted", "largest_page_bytes"), "median page bytes": ("hosted", "median_page_bytes"),
        "first search": ("search", "first_result_s"),
    }
    out: dict[str, float | None] = {}
    for name, keys in pick.items():
        a: Any = engine
        b: Any = plain
        for key in keys:
            a = a.get(key) if isinstance(a, dict) else None
            b = b.get(key) if isinstance(b, dict) else None
        out[name] = _ratio(a, b)
    return out


def measure(n: int, scratch: Path, browser: bool = True) -> dict[str, Any]:
    """Build both sites of N synthetic briefs in `scratch`; return the figures."""
    briefs = scratch / "briefs"
    made = make_corpus(briefs, n)
    corpus = {"briefs": n, "kinds": dict(sorted(Counter(m.kind for m in made).items())),
              "damaged": sum(m.damaged for m in made), "sources": len({m.source for m in made}),
              "words_written": sum(m.words for m in made)}
    print(f"[{n}] corpus: {corpus}", flush=True)

    python = sys.executable
    engine_json, texts = scratch / "engine.json", scratch / "texts.json"
    stages = run("engine stages", [python, str(ROOT / "scripts" / "benchmark" / "engine.py"), str(briefs),
                                   str(engine_json), str(texts)], ROOT, _env({}), scratch / "logs")
    if stages.status != 0:
        raise BrokenBuild(f"the engine stopped on the synthetic briefs:\n{tail(stages)}")
    engine_stages = json.loads(engine_json.read_text(encoding="utf-8"))
    engine_stages["process"] = _step(stages)
    print(f"[{n}] engine stages: {stages.wall_s:.1f} s", flush=True)

    project = scratch / "project"
    _copy_project(project)
    env = _env({"BRIEFSITE_BRIEFS": str(briefs), "BRIEFSITE_REPORT": str(scratch / "build-report.txt")})
    engine = build_site(project, scratch / "engine", env, must_pass=True)
    print(f"[{n}] engine site built: {engine['whole build']['wall_s']:.1f} s", flush=True)

    plain_project = scratch / "plain"
    make_plain(texts, plain_project)
    plain = build_site(plain_project, scratch / "plain-out", _env({}), must_pass=False)
    print(f"[{n}] plain site built: {plain['whole build']['wall_s']:.1f} s", flush=True)

    if browser:
        for figures in (engine, plain):
            probe = first_search(Path(figures["bundle"]), QUERY)
            figures["search"] = dataclasses.asdict(probe)
            print(f"[{n}] first search from disk: {probe.first_result_s} s", flush=True)
    for figures in (engine, plain):
        figures.pop("bundle")
    return {"n": n, "corpus": corpus, "stages": engine_stages, "engine": engine, "plain": plain,
            "ratios": ratios(engine, plain)}


def per_brief(result: dict[str, Any]) -> dict[str, float]:
    """Cost per brief (for the linear-growth target: per brief at 1,000 within 1.2 x per brief at 100)."""
    n = result["n"]
    engine = result["engine"]
    return {"whole build cpu ms": engine["whole build"]["cpu_s"] * 1000 / n,
            "hosted KB": engine["hosted"]["total_bytes"] / 1000 / n,
            "zip KB": engine["zip_bytes"] / 1000 / n}


__all__ = ["BrokenBuild", "Sizes", "measure", "per_brief"]

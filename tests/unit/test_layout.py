"""The engine's shape, checked: no import cycles, small modules and functions where the
restructuring promised them, and a hook that holds events only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

HOOKS = Path(__file__).parents[2] / "hooks"
ENGINE = HOOKS / "briefsite"
SMALL = sorted([*ENGINE.rglob("*.py"), HOOKS / "briefs.py"])
# The pipeline's order: a stage may import the shared layer and the stages before it.
SHARED = ("briefsite.model", "briefsite.problems", "briefsite.settings", "briefsite.text")
STAGES = ("briefsite.ingest", "briefsite.repair", "briefsite.extract", "briefsite.corpus", "briefsite.site")


def module_name(path: Path) -> str:
    parts = path.relative_to(HOOKS).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, known: set[str]) -> set[str]:
    """The engine modules `path` imports (a `from pkg import mod` counts as pkg.mod)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
    return out & known


def test_no_import_cycles() -> None:
    paths = {module_name(p): p for p in ENGINE.rglob("*.py")}
    graph = {name: imports(path, set(paths)) - {name} for name, path in paths.items()}
    done: set[str] = set()

    def visit(name: str, stack: list[str]) -> None:
        if name in stack:
            pytest.fail("import cycle: " + " -> ".join([*stack[stack.index(name):], name]))
        if name in done:
            return
        for dep in sorted(graph[name]):
            visit(dep, [*stack, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])


def stage_of(module: str) -> int | None:
    """Index of the stage `module` belongs to; -1 for the shared layer, None for the pipeline."""
    if module.startswith(SHARED):
        return -1
    for index, stage in enumerate(STAGES):
        if module == stage or module.startswith(stage + "."):
            return index
    return None


def test_stages_import_only_the_shared_layer_and_earlier_stages() -> None:
    paths = {module_name(p): p for p in ENGINE.rglob("*.py")}
    backwards = []
    for name, path in sorted(paths.items()):
        mine = stage_of(name)
        if mine is None:
            continue  # briefsite.pipeline runs every stage
        for dep in sorted(imports(path, set(paths))):
            theirs = stage_of(dep)
            if theirs is None or theirs > mine:
                backwards.append(f"{name} imports {dep}")
    assert backwards == []


@pytest.mark.parametrize("path", SMALL, ids=lambda p: p.relative_to(HOOKS).as_posix())
def test_modules_and_functions_stay_small(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= 300
    long = [(f.name, f.end_lineno - f.lineno + 1) for f in ast.walk(ast.parse(source))
            if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and f.end_lineno
            and f.end_lineno - f.lineno + 1 > 60]
    assert long == []


def test_the_hook_defines_events_and_reporting_only() -> None:
    tree = ast.parse((HOOKS / "briefs.py").read_text(encoding="utf-8"))
    functions = sorted(f.name for f in tree.body if isinstance(f, ast.FunctionDef))
    # report: the problems, logged; report_guesses: the build report, logged or written
    assert all(name.startswith("on_") for name in functions if name not in ("report", "report_guesses")), functions

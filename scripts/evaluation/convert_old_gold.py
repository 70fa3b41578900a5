"""One-off: convert the three per-stage gold formats into one text-anchored file per brief.

Input: tests/annotated/{actors,themes,conclusions} (old formats, read with the old loaders)
and registry/actors.yml (to map the conclusions set's small actor ids to registry ids).
Output: tests/annotated/<set>/gold/<brief>.yml and the briefs each set needs in
tests/annotated/<set>/briefs/. Run once; kept in history, not in the tree.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from importlib.machinery import SourceFileLoader
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
OLD = ROOT / "tests" / "annotated"
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluation.actor_eval import load_gold  # noqa: E402


def _module(name: str, path: Path) -> Any:
    loader = SourceFileLoader(name, str(path))
    spec = importlib.util.spec_from_loader(name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


themes_old = _module("eval_themes", ROOT / "scripts" / "eval-themes")
conclusions_old = _module("conclusions_gold", OLD / "conclusions" / "gold.py")
REAL = {"real-000-north-korea-pism": "000_322f3bcde1d308c5.txt", "real-003-north-korea-inss": "003_88f67b0aa1197754.txt"}


def flat(text: str) -> str:
    return " ".join(text.split())


def set_of(name: str) -> str:
    if name.startswith("blind-"):
        return "blind"
    if name.startswith("heldout-"):
        return "heldout"
    if name[:3] in ("000", "003"):
        return "bundled"
    return "dev"


golds: dict[str, dict[str, Any]] = {}
sources: dict[str, Path] = {}


def entry(path: Path) -> dict[str, Any]:
    sources[path.name] = path
    return golds.setdefault(path.name, {"brief": path.name})


for path in sorted((OLD / "actors").glob("*.yml")):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    source = (path.parent / data["text"]) if (path.parent / data["text"]).exists() else ROOT / data["text"]
    g = load_gold(path, ROOT)
    e = entry(source.resolve())
    e["_authors"] = list(data.get("authors", ()))
    e["_institution"] = data.get("institution")
    e["actors"] = [{"text": flat(p.text), "ids": sorted(g.gold[p.number])} for p in g.brief.paragraphs]

for path in sorted((OLD / "themes").glob("*.gold.yml")):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    brief, tags, _ = themes_old.gold_brief(path)
    e = entry((path.parent / data["source"]).resolve())
    e["themes"] = [{"text": flat(p.text), "ids": sorted(t)} for p, t in zip(brief.paragraphs, tags)]

small = yaml.safe_load((OLD / "conclusions" / "actors.yaml").read_text(encoding="utf-8"))
registry = yaml.safe_load((ROOT / "registry" / "actors.yml").read_text(encoding="utf-8"))
entries = registry["actors"] if isinstance(registry, dict) else registry
by_name: dict[str, str] = {}
for a in entries:
    for n in (a["name"], *(a.get("aliases") or ())):
        by_name.setdefault(str(n), a["id"])


def registry_id(small_id: str) -> str:
    for n in small[small_id]:
        if n in by_name:
            return by_name[n]
    raise SystemExit(f"no registry actor for {small_id}")


for path in sorted((OLD / "conclusions").glob("*.gold")):
    gb = conclusions_old.load_brief(path)
    bid = str(gb.brief.id)
    if bid in REAL:
        source = ROOT / "briefs" / REAL[bid]
    elif bid.startswith("blind-"):
        source = next((OLD / "blind").glob(bid + ".*"))
    else:
        # The written briefs exist only as their gold: write the brief a reader would send.
        header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        lines = [f"# {gb.brief.meta.title}", ""]
        for line in body.splitlines():
            if not line.strip() or line.startswith("## "):
                lines.append(line.rstrip())
            else:
                lines.append(line.split(" | ", 1)[1].strip())
        text = "\n".join(lines).replace("\n\n\n", "\n\n")
        paras = [" ".join(block.splitlines()) for block in text.split("\n\n")]
        source = ROOT / "build-tmp" / f"{bid}.md"
        source.parent.mkdir(exist_ok=True)
        source.write_text("\n\n".join(paras).strip() + "\n", encoding="utf-8")
    e = entry(source.resolve())
    e.setdefault("_title", gb.brief.meta.title)
    rows = []
    for p in gb.brief.paragraphs:
        for sentence, gold in gb.gold.items():
            pass
    for sentence, gold in gb.gold.items():
        row: dict[str, Any] = {"text": sentence, "label": gold.label}
        if gold.addressee:
            row["addressee"] = registry_id(gold.addressee)
        rows.append(row)
    e["conclusions"] = rows

for name, e in sorted(golds.items()):
    target = OLD / set_of(name)
    (target / "gold").mkdir(parents=True, exist_ok=True)
    if set_of(name) != "bundled":
        (target / "briefs").mkdir(exist_ok=True)
        shutil.copyfile(sources[name], target / "briefs" / name)
    meta = {"title": e.pop("_title", None), "authors": e.pop("_authors", []),
            "institution": e.pop("_institution", None), "date": None}
    out = {"brief": e["brief"], "metadata": meta}
    for stage in ("actors", "themes", "conclusions"):
        if stage in e:
            out[stage] = e[stage]
    stem = Path(name).stem
    (target / "gold" / f"{stem}.yml").write_text(
        yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
    print(set_of(name), name, sorted(k for k in out if k in ("actors", "themes", "conclusions")))

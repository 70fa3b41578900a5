"""scripts/eval (python -m evaluation): score what the site shows against every annotated set.

Input: the annotated sets (tests/annotated/<set>/) and either the engine run in process on
each set's briefs with the repository's registries (default) or, with --site, the
knowledge.json of a site built from one set's briefs. Output: per set, a table of per-brief
figures and the micro and macro means; with --json FILE every count and miss as data;
with -v each brief's misses. Exit 1 when a gold file is unusable.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evaluation.gold import ANNOTATED, GoldError, load_sets
from evaluation.report import as_json, summary, table
from evaluation.run import from_site, gold_briefs, in_process, theme_parents
from evaluation.score import BriefScore, score_set


def evaluate(only: tuple[str, ...] = (), site: Path | None = None, root: Path = ANNOTATED,
             actors: Path | None = None, themes: Path | None = None,
             skipped: list[str] | None = None) -> dict[str, list[BriefScore]]:
    """Return the scores of each annotated set (of `only`, when given), in process with the
    repository's registries (or the `actors` and `themes` files given), or on `site`; a
    set whose briefs folder is absent is skipped, with a line in `skipped`."""
    parents = theme_parents(themes) if themes is not None else theme_parents()
    out: dict[str, list[BriefScore]] = {}
    for annotated in load_sets(root, only, skipped):
        unknown = sorted({i for g in annotated.golds for t in g.themes or () for i in t.ids} - set(parents))
        if unknown:
            raise GoldError(f"{annotated.name}: gold names themes the taxonomy lacks {unknown}; rename them")
        if site is not None:
            doc = from_site(site)
        else:
            with gold_briefs(annotated) as folder:
                doc = in_process(folder, actors=actors, themes=themes)
        out[annotated.name] = score_set(doc, annotated, parents)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/eval", description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("sets", nargs="*", help="annotated sets to score (default: all): blind, heldout, dev, bundled")
    parser.add_argument("--site", type=Path, metavar="DIR",
                        help="score DIR/knowledge.json (a build of one set's briefs) instead of running in process")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every figure and miss to FILE")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss under its brief")
    args = parser.parse_args(argv)
    if args.site is not None and len(args.sets) != 1:
        parser.error("--site scores one build: name the one set it was built from")
    skipped: list[str] = []
    try:
        results = evaluate(tuple(args.sets), args.site, skipped=skipped)
    except GoldError as err:
        print(f"scripts/eval: {err}", file=sys.stderr)
        return 1
    for line in skipped:
        print(f"scripts/eval: {line}.")
    for name, scores in results.items():
        print(table(name, scores))
        if args.verbose:
            for s in scores:
                for miss in s.misses:
                    print(f"  {s.brief}: {miss}")
        print()
    if len(results) > 1:
        print(summary(results))
    if not results:
        print("scripts/eval: no set to score.")
    if args.json is not None:
        args.json.write_text(json.dumps(as_json(results), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0

"""Tables of the figures: per brief, and the micro and macro means of each set.

Input: `BriefScore`s by set. Output: text tables for the terminal and a JSON-ready dict.
Micro pools the counts of every brief of a set; macro averages each brief's figure over
the briefs annotated for that stage. `-` marks a stage a brief was not annotated for.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import mean
from typing import Any

from evaluation.score import KINDS, BriefScore, Counts

COLUMNS = ("meta", "kept", "added", "actors P/R", "themes P/R", "forecast P/R", "recommend. P/R",
           "assessment P/R", "attributed P/R", "kind acc.", "addressee")


def _pr(c: Counts | None) -> str:
    return "-" if c is None else f"{c.precision:.2f}/{c.recall:.2f}"


def pooled(counts: Sequence[Counts | None]) -> Counts | None:
    """Return the counts of all briefs added up, or None when no brief has the stage."""
    present = [c for c in counts if c is not None]
    if not present:
        return None
    total = Counts()
    for c in present:
        total.add(c)
    return total


def _macro(counts: Sequence[Counts | None]) -> str:
    present = [c for c in counts if c is not None]
    return "-" if not present else f"{mean(c.precision for c in present):.2f}/{mean(c.recall for c in present):.2f}"


def _kind(s: BriefScore, kind: str) -> Counts | None:
    return None if s.kinds is None else s.kinds[kind]


def row(s: BriefScore) -> list[str]:
    acc = f"{s.kind_right / s.kind_found:.2f}" if s.kinds is not None and s.kind_found else "-"
    addressee = f"{s.addressee_right}/{s.addressee_of}" if s.kinds is not None else "-"
    return [s.brief, f"{s.meta_right}/{s.meta_of}", f"{s.kept:.3f}", f"{s.added:.3f}", _pr(s.actors), _pr(s.themes),
            *(_pr(_kind(s, k)) for k in KINDS), acc, addressee]


def mean_rows(scores: Sequence[BriefScore]) -> list[list[str]]:
    with_c = [s for s in scores if s.kinds is not None]
    found = sum(s.kind_found for s in with_c)
    micro = ["mean (micro)", f"{sum(s.meta_right for s in scores)}/{sum(s.meta_of for s in scores)}",
             f"{sum(s.kept_words for s in scores) / max(1, sum(s.source_words for s in scores)):.3f}",
             f"{sum(s.added_words for s in scores) / max(1, sum(s.site_words for s in scores)):.3f}",
             _pr(pooled([s.actors for s in scores])), _pr(pooled([s.themes for s in scores])),
             *(_pr(pooled([_kind(s, k) for s in scores])) for k in KINDS),
             f"{sum(s.kind_right for s in with_c) / found:.2f}" if found else "-",
             f"{sum(s.addressee_right for s in with_c)}/{sum(s.addressee_of for s in with_c)}" if with_c else "-"]
    accs = [s.kind_right / s.kind_found for s in with_c if s.kind_found]
    macro = ["mean (macro)", f"{mean(s.meta_right / max(1, s.meta_of) for s in scores):.2f}",
             f"{mean(s.kept for s in scores):.3f}", f"{mean(s.added for s in scores):.3f}",
             _macro([s.actors for s in scores]), _macro([s.themes for s in scores]),
             *(_macro([_kind(s, k) for s in scores]) for k in KINDS), f"{mean(accs):.2f}" if accs else "-",
             f"{mean(s.addressee_right / s.addressee_of for s in with_c if s.addressee_of):.2f}"
             if any(s.addressee_of for s in with_c) else "-"]
    return [micro, macro]


def _render(title: str, rows: list[list[str]], rule_before: int) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [title]
    for i, r in enumerate(rows):
        lines.append("  ".join(c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in enumerate(zip(r, widths))))
        if i == 0 or i == len(rows) - 1 - rule_before:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


TARGET_ALL_FOUR = 0.95  # issue 10: the four metadata fields right, per brief
TARGET_THEMED = 0.80  # issue 11: paragraphs that argue something carry a theme


def all_four(scores: Sequence[BriefScore]) -> str:
    """Return the line giving the share of briefs whose title, authors, institution and date
    are all right: the target is per brief, which the pooled field count hides."""
    right = sum(s.meta_all_four for s in scores)
    share = right / len(scores) if scores else 1.0
    return (f"briefs with all four metadata fields right (title, authors, institution, date): "
            f"{right}/{len(scores)} = {share:.0%} (target {TARGET_ALL_FOUR:.0%})")


def themed(scores: Sequence[BriefScore]) -> str:
    """Return the line giving the share of arguing paragraphs with a theme, if any are annotated."""
    argued = sum(s.argued for s in scores)
    if not argued:
        return ""
    share = sum(s.argued_themed for s in scores) / argued
    return (f"\nparagraphs that argue something with a theme: {sum(s.argued_themed for s in scores)}/{argued} = "
            f"{share:.0%} (target {TARGET_THEMED:.0%})")


def table(name: str, scores: Sequence[BriefScore]) -> str:
    """Return the set's table: one row per brief, then the micro and macro means, then the
    share of briefs with all four metadata fields right."""
    rows = [["brief", *COLUMNS], *(row(s) for s in scores), *mean_rows(scores)]
    return _render(f"== {name}: {len(scores)} briefs", rows, 2) + "\n" + all_four(scores) + themed(scores)


def summary(sets: dict[str, list[BriefScore]]) -> str:
    """Return one micro row per set and one for all the sets' briefs pooled, then the share
    of all briefs with all four metadata fields right."""
    rows = [["set", *COLUMNS], *([name, *mean_rows(v)[0][1:]] for name, v in sets.items())]
    everything = [s for v in sets.values() for s in v]
    rows.append(["all sets", *mean_rows(everything)[0][1:]])
    return (_render(f"== micro means: {len(everything)} briefs in {len(sets)} sets", rows, 1) + "\n"
            + all_four(everything) + themed(everything))


def _counts(c: Counts | None) -> dict[str, Any] | None:
    return None if c is None else {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
                                   "recall": round(c.recall, 4)}


def as_json(sets: dict[str, list[BriefScore]]) -> dict[str, Any]:
    """Return every figure as data: per set, per brief counts and the mean rows."""
    out: dict[str, Any] = {}
    for name, scores in sets.items():
        out[name] = {
            "briefs": [
                {"brief": s.brief, "metadata_right": s.meta_right, "metadata_of": s.meta_of,
                 "metadata_all_four_right": s.meta_all_four, "metadata_wrong": s.meta_wrong,
                 "leaked_notes_and_asides": s.leaked,
                 "source_words": s.source_words, "kept_words": s.kept_words, "site_words": s.site_words,
                 "added_words": s.added_words, "actors": _counts(s.actors), "themes": _counts(s.themes),
                 "conclusions": None if s.kinds is None else {k: _counts(c) for k, c in s.kinds.items()},
                 "kind_right": s.kind_right, "kind_found": s.kind_found,
                 "addressee_right": s.addressee_right, "addressee_of": s.addressee_of, "misses": s.misses}
                for s in scores],
            "mean": dict(zip(("micro", "macro"), (dict(zip(("brief", *COLUMNS), r)) for r in mean_rows(scores)))),
            "metadata_all_four_right": sum(s.meta_all_four for s in scores),
        }
    return out

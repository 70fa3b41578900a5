"""The build report page for editors: what the engine guessed, once per file.

Input: the build report (`problems.build_report`: per file, its guesses with what would
settle each). Output: Markdown for `report.md`, linked from the method page and kept out
of the sidebar. File names and guesses come from briefs, so both are escaped.
"""

from __future__ import annotations

from briefsite.problems import REPORT_TITLE
from briefsite.site.markdown import Md, escape

PATH = "report.md"


def report_page(report: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """Return the page: an introduction, then one list item per file."""
    lines = [Md(f"# {REPORT_TITLE}"), Md(""),
             Md("What the program had to guess while building this site, because a file did not "
                "state it. The site is right as it is; an editor settles a guess by doing what "
                "follows it in brackets (a key such as `title:` goes into the brief's front matter), "
                "and the guess leaves this page at the next build."), Md("")]
    if not report:
        lines.append(Md("Nothing was guessed: every brief states what the site shows."))
    for path, items in report:
        lines.append(Md("- **{}**: {}").format(escape(path), Md("; ").join(escape(i) for i in items)))
    return "\n".join(lines) + "\n"

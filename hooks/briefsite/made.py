"""Everything a build publishes that does not depend on MkDocs, made in one call.

Input: the settings and the hosted site's address when known (for citation links).
Output: `Made`: the engine's result, every generated page (`{docs path: Markdown}`) and
knowledge.json; what scripts/build's two MkDocs builds share (see briefsite.cache).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefsite import pipeline
from briefsite.settings import Settings
from briefsite.site import export
from briefsite.site.pages import render_pages
from briefsite.site.sitemap import DocsPath


@dataclass(frozen=True, slots=True)
class Made:
    result: pipeline.Result
    pages: dict[DocsPath, str]
    knowledge_json: str


def make(settings: Settings, site_url: str | None) -> Made:
    """Run the engine and render its pages; raise BriefError as `pipeline.run` does."""
    result = pipeline.run(settings)
    return Made(result, render_pages(result.corpus, site_url), export.dumps(export.knowledge(result.corpus)))

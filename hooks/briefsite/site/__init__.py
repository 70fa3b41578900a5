"""Stage 5, the site: Corpus -> Markdown pages and knowledge.json.

The site map (sitemap: page kinds, docs paths, links, URLs, anchors), Markdown escaping
(markdown), one module per page kind (*_pages, timeline_page) sharing context and
citations, templates (templating), editor's notes (notes), the nav merge (nav) and
the data export (export).
"""

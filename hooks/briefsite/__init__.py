"""briefsite: turn a folder of policy briefs into a cross-readable reading site.

The engine is a pure pipeline (files in, Markdown pages and data out); only
`hooks/briefs.py` knows MkDocs.
"""

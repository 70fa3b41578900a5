"""Stage 1, ingest: the briefs folder -> RawBrief records and Problems.

Decoding and safe reading of files (files), front matter (frontmatter), markup notes
(markup), metadata from the opening lines (metadata) and the language (language).
"""

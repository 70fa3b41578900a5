"""Stage 2, repair: RawBrief -> Brief, extraction damage undone (damage), lines joined
into paragraphs with run-in headings as sections (paragraphs), ids assigned (briefs).
"""

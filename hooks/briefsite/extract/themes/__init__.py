"""Themes: the taxonomy (taxonomy) and its phrases found in paragraphs (find).
"""

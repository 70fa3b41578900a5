"""Stage 3, extraction: Briefs -> knowledge, one sub-package per kind: actors, themes,
conclusions, events. Each returns records (Mention, Conclusion, Event) and Problems.
"""

"""Stage 4, corpus: Knowledge -> Corpus, the lookups pages need (who is named where,
co-mentions, backlinks as (kind, id)), derived once, never stored by the stages.
"""

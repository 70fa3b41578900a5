"""Conclusions: cue patterns (cues), the decision per sentence (rules), sections that
weigh more (sections), views attributed to others (attribution); extract() runs them.
"""

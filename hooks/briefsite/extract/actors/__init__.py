"""Actors: the registry (registry), matching names through the phrase index (matcher,
rules), actors the registry lacks (discovery); recognise() runs them.
"""

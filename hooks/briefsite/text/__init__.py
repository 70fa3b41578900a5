"""The shared text layer every stage uses: one fold with an offset map back to the
source (fold), one phrase index (phrases), sentences, dates, slugs, the English word
list (words) and YAML read with line numbers (yaml_lines).
"""

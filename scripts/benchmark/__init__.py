"""scripts/bench's parts: the synthetic corpus, the timed runs, the browser probe, the table."""

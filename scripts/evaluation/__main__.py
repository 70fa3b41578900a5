"""`python -m evaluation`: the entry point of scripts/eval (see evaluation.cli)."""

from __future__ import annotations

import sys

from evaluation.cli import main

sys.exit(main())

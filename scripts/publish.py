"""Put a finished build in place all at once, so readers never see half of one.

Usage: python scripts/publish.py STAGED TARGET [STAGED TARGET ...]
Each STAGED folder or file (built and checked aside, on the same file system) takes
the place of its TARGET. A folder is exchanged with the old one in one step (Linux
renameat2 RENAME_EXCHANGE) where the system allows it, else renamed over it in two
quick steps; the old copy is then deleted. A file is replaced with os.replace, which
is atomic. Nothing is touched until every STAGED path exists, so a failed or
interrupted build leaves every TARGET exactly as it was. Prints what it replaced.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import sys
from pathlib import Path

_RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap the paths a and b in one step; False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return int(result) == 0


def replace(staged: Path, target: Path) -> None:
    """Put `staged` where `target` is, all at once where possible; delete the old one."""
    if staged.is_dir() and not staged.is_symlink() and target.is_dir() and not target.is_symlink():
        if _exchange(staged, target):
            shutil.rmtree(staged)  # `staged` now names the previous build
            return
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.rename(target, old)
        os.rename(staged, target)
        shutil.rmtree(old)
        return
    if target.is_dir() and not target.is_symlink():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.rename(target, old)
        os.replace(staged, target)
        shutil.rmtree(old)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staged, target)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or len(argv) % 2:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    pairs = [(Path(argv[i]), Path(argv[i + 1])) for i in range(0, len(argv), 2)]
    missing = [str(s) for s, _ in pairs if not s.exists()]
    if missing:
        print(f"publish: nothing replaced; not built: {', '.join(missing)}", file=sys.stderr)
        return 1
    for staged, target in pairs:
        replace(staged, target)
        print(f"Published {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

# Shared by scripts/build, scripts/test and scripts/bench: find Python, make .venv current.
# Sourced, not run. Installs exactly the pinned versions from the lock files.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
export NO_MKDOCS_2_WARNING=1
export PIP_DISABLE_PIP_VERSION_CHECK=1

find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "briefsite needs Python 3.11 or newer with pip and venv; none was found on PATH." >&2
  return 1
}

# ensure_venv LOCKFILE...: create .venv if missing and install the lock files when they changed.
ensure_venv() {
  local python stamp want
  if [ ! -x "$VENV/bin/python" ]; then
    python="$(find_python)"
    echo "Creating $VENV with $("$python" --version)"
    "$python" -m venv "$VENV"
  fi
  stamp="$VENV/.briefsite-installed"
  want="$(cd "$ROOT" && cat "$@" | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || ! grep -qx "$want" "$stamp"; then
    echo "Installing pinned dependencies from $*"
    local args=()
    for lock in "$@"; do args+=(-r "$ROOT/$lock"); done
    "$VENV/bin/python" -m pip install --quiet "${args[@]}"
    echo "$want" >"$stamp"
  fi
}

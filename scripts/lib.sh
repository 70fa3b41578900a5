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
  # One stamp per set of lock files: build (one lock) and test (two) must not undo each other.
  stamp="$VENV/.briefsite-installed-$(echo "$*" | sha256sum | cut -c1-12)"
  want="$(cd "$ROOT" && cat "$@" | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || ! grep -qx "$want" "$stamp"; then
    echo "Installing pinned dependencies from $*"
    local args=()
    for lock in "$@"; do args+=(-r "$ROOT/$lock"); done
    "$VENV/bin/python" -m pip install --quiet "${args[@]}"
    echo "$want" >"$stamp"
  fi
}

# ensure_browser: what the browser tests need besides .venv. Playwright cannot download a
# browser here, so the tests drive Debian's chromium (installed with apt-get when missing and
# we are root), and axe-core comes pinned and verified from the npm registry, without node.
ensure_browser() {
  local CHROMIUM="${BRIEFSITE_CHROMIUM:-/usr/bin/chromium}"
  export BRIEFSITE_CHROMIUM="$CHROMIUM"  # tests/browser/conftest.py launches this one
  if [ ! -x "$CHROMIUM" ]; then
    if [ "$CHROMIUM" = /usr/bin/chromium ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing Debian's chromium for the browser tests (apt-get install chromium; takes a minute)"
      local log
      log="$(mktemp)"
      if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$log" 2>&1; then
        cat "$log" >&2
        echo "scripts/test: could not install chromium with apt-get (output above);" \
          "the browser tests cannot run without it." >&2
        rm -f "$log"
        return 1
      fi
      rm -f "$log"
    fi
    if [ ! -x "$CHROMIUM" ]; then
      echo "scripts/test: the browser tests need Chromium at $CHROMIUM and it is missing." >&2
      echo "  Install Debian's package as root: apt-get update && apt-get install -y chromium" >&2
      echo "  (or point BRIEFSITE_CHROMIUM at another Chromium binary)." >&2
      return 1
    fi
  fi
  "$VENV/bin/python" "$ROOT/tests/browser/axe_core.py"
}

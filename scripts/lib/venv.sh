# Shared by scripts/run and scripts/test: create or update .venv at the repository root.
# Idempotent: pip runs only when pyproject.toml or constraints.txt changed since the last install, and
# translations are compiled only when a .qm is missing or older than its .ts.

pick_python() {
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "LedgerDesk needs Python 3.11 or newer; none was found on PATH." >&2
  return 1
}

apt_install() {  # apt_install PKG... : install missing Debian packages when we are root
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing system packages (not root, not installing): ${missing[*]}" >&2
    return 1
  fi
}

say_step() {  # say_step TEXT : one line of first-run progress on stderr (stdout may be a command's output)
  echo "LedgerDesk set-up: $*" >&2
}

ensure_venv() {  # ensure_venv EXTRAS : EXTRAS is "" for the app, "test" for the suite
  local extras="$1" python stamp want log
  stamp=".venv/.ledgerdesk-installed${extras:+-$extras}"
  want=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
  if [ -x .venv/bin/python ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    scripts/translations --compile || echo "The translations could not be compiled: the window will be in English." >&2
    return 0
  fi
  # First use (or pyproject.toml/constraints.txt changed): say what is being set up and how far it is.
  if [ ! -x .venv/bin/python ]; then
    say_step "first start on this computer: setting up takes about a minute (later starts skip this)."
    say_step "[1/3] creating a private Python environment in .venv ..."
    python=$(pick_python)
    if ! "$python" -m venv .venv >/dev/null 2>&1; then
      rm -rf .venv
      apt_install python3-venv && "$python" -m venv .venv
    fi
  else
    say_step "the project's requirements changed: updating .venv ..."
  fi
  log=.venv/setup.log
  say_step "[2/3] installing LedgerDesk and its libraries${extras:+ (with the $extras tools)} (Qt is the largest part) ..."
  # pip's and the build backend's own chatter goes to the log; it is shown only if something fails.
  if ! { .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade "pip>=24" &&
         .venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e ".${extras:+[$extras]}"; } \
       >"$log" 2>&1; then
    cat "$log" >&2
    echo "LedgerDesk set-up failed while installing its libraries (the output above is also in $log)." >&2
    return 1
  fi
  echo "$want" > "$stamp"
  say_step "[3/3] compiling the window's translations ..."
  # The window's translations are compiled from resources/i18n/*.ts (only what is missing or stale).
  scripts/translations --compile || echo "The translations could not be compiled: the window will be in English." >&2
  say_step "done."
}

"""Print LedgerDesk's version, the `__version__` written once in app/__init__.py.

    python packaging/version.py                  prints it (packaging/macos/*.sh)
    python packaging/version.py --github-output  appends `version=<it>` to $GITHUB_OUTPUT (installers.yml)

The installer scripts call this instead of each reading the version their own way: pyproject.toml's version
is dynamic, so `["project"]["version"]` does not exist. Standard library only, and the file is read rather
than `app` imported, so it runs in any Python 3.11 before LedgerDesk or its dependencies are installed.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

INIT = Path(__file__).resolve().parent.parent / "app" / "__init__.py"
# The same pattern packaging/ledgerdesk.spec reads the version with.
VERSION_LINE = re.compile(r'^__version__ = "([^"]+)"$', re.MULTILINE)


def app_version(init: Path = INIT) -> str:
    """The version string in app/__init__.py; ValueError naming the file when it has none."""
    match = VERSION_LINE.search(init.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f'{init} has no line `__version__ = "..."`')
    return match.group(1)


def main(argv: list[str]) -> int:
    """Print the version, or with --github-output append it to the step outputs; 2 on any problem."""
    try:
        version = app_version()
    except (OSError, ValueError) as exc:
        print(f"packaging/version.py: {exc}", file=sys.stderr)
        return 2
    if argv == ["--github-output"]:
        output = os.environ.get("GITHUB_OUTPUT")
        if not output:
            print("packaging/version.py: --github-output needs GITHUB_OUTPUT (set by GitHub Actions)",
                  file=sys.stderr)
            return 2
        # newline="\n": on the Windows runner text mode would write \r\n, and the \r would end up in the value.
        with open(output, "a", encoding="utf-8", newline="\n") as outputs:
            outputs.write(f"version={version}\n")
    elif argv:
        print(f"usage: python packaging/version.py [--github-output], not {' '.join(argv)}", file=sys.stderr)
        return 2
    print(version)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

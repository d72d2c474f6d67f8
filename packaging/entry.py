"""The frozen program's entry point: the same `main()` as the `ledgerdesk` command and `python -m app`."""

import os
import sys

# A windowed Windows or macOS build has no console: stdout/stderr are None, and `--version` or a
# warning printed by the command line would fail on them instead of being dropped.
for _stream in ("stdout", "stderr"):
    if getattr(sys, _stream) is None:
        setattr(sys, _stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives as long as the process)

from app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())

"""LedgerDesk's log: `ledgerdesk.log` in the data folder, rotated at 1 MB with two kept, for the window and
every command alike (docs/logs.md).

Warnings and errors, with their tracebacks, go there rather than to the terminal; `LEDGERDESK_LOG=info` or
`=debug` records more for a support request. No key is ever logged: nothing in LedgerDesk passes one to a
logger, the HTTP layer logs only redacted requests, and tests/e2e/test_canary_key.py runs every command with a
canary key and searches this file (and every other one) for it.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from app.store.paths import data_dir

if TYPE_CHECKING:
    from logging import handlers as log_handlers
else:
    from app.deferred import deferred
    log_handlers = deferred("logging.handlers")  # with socket, pickle and queue: at the first record logged

LOG_FILE = "ledgerdesk.log"
LEVEL_ENV = "LEDGERDESK_LOG"
MAX_BYTES, BACKUPS = 1_000_000, 2
FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"


def log_path() -> Path:
    """Where the log is written (the data folder's `ledgerdesk.log`)."""
    return data_dir() / LOG_FILE


def install_log_file() -> Path | None:
    """Send LedgerDesk's records (warnings and up, or `LEDGERDESK_LOG`'s level) to the log file, once per
    process and data folder. None when the data folder cannot be written: LedgerDesk still runs, only without a log."""
    root = logging.getLogger()
    path = log_path()
    for handler in root.handlers[:]:
        if isinstance(handler, LogFile):
            if handler.path == path:
                return path
            root.removeHandler(handler)  # another data folder's (one process, several LEDGERDESK_HOMEs: tests)
            handler.close()
    try:
        with open(path, "a", encoding="utf-8"):  # can it be written? The rotating handler opens it itself
            pass
    except OSError:
        return None
    level = logging.getLevelName(os.environ.get(LEVEL_ENV, "warning").strip().upper())
    level = level if isinstance(level, int) else logging.WARNING
    handler = LogFile(path, level)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if level < root.getEffectiveLevel():
        root.setLevel(level)
    return path


def last_lines(count: int = 60) -> list[str]:
    """The log's last `count` lines (for Help ▸ Diagnostics); none when there is no log yet."""
    try:
        with open(log_path(), encoding="utf-8", errors="replace") as log:
            return [line.rstrip("\n") for line in deque(log, maxlen=count)]
    except OSError:
        return []


class LogFile(logging.Handler):
    """The rotating log file. The rotating handler (logging.handlers imports socket, pickle and queue: about
    5 ms) is made at the first record, not before the window shows."""

    def __init__(self, path: Path, level: int = logging.WARNING) -> None:
        super().__init__(level)
        self.path = path
        self.file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.file is None:
                self.file = log_handlers.RotatingFileHandler(self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                             encoding="utf-8")
                self.file.setFormatter(self.formatter)
            self.file.handle(record)
        except Exception:  # as any handler: a log that cannot be written never stops LedgerDesk
            self.handleError(record)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()

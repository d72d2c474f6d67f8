"""Where LedgerDesk keeps its settings and data on this computer."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

# Setting this puts every LedgerDesk file (settings, database, logs) under one directory.
HOME_ENV = "LEDGERDESK_HOME"
APP_NAME = "LedgerDesk"


def data_dir() -> Path:
    """The directory holding all settings and data: $LEDGERDESK_HOME, else the platform's user data dir."""
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        base = Path(override).expanduser().absolute()
    else:
        base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return _private_dir(base)


def settings_path() -> Path:
    """The JSON settings file (profiles; never any API key)."""
    return data_dir() / "settings.json"


def database_path() -> Path:
    """The SQLite database of drafts, outbox and audit log."""
    return data_dir() / "ledgerdesk.sqlite3"


def logs_dir() -> Path:
    """The directory for log files."""
    return _private_dir(data_dir() / "logs")


def _private_dir(path: Path) -> Path:
    """Create `path` readable by this user only; an existing directory keeps the mode its owner chose."""
    if not path.is_dir():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        # mkdir's mode is filtered by the umask; set it outright so other users cannot list our files.
        os.chmod(path, 0o700)
    return path

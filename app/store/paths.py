"""Where LedgerDesk keeps its settings and data on this computer."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

# Setting this puts every LedgerDesk file (settings, database, logs) under one directory.
HOME_ENV = "LEDGERDESK_HOME"
# Where state shared by every data location of this user lives (the Infinity request budget); tests set it.
SHARED_STATE_ENV = "LEDGERDESK_SHARED_STATE"
APP_NAME = "LedgerDesk"


class DataLocationError(OSError):
    """The data folder cannot be used (it is a file, or cannot be created); the message says which and why."""


def data_dir() -> Path:
    """The directory holding all settings and data: $LEDGERDESK_HOME, else the platform's user data dir."""
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        base = Path(override).expanduser().absolute()
    else:
        base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if base.is_dir():
        return base
    try:
        _private_dir(base)
    except OSError as exc:
        where = f"{HOME_ENV}={override}" if override else "the user data folder"
        problem = "is a file, not a folder" if base.exists() else f"cannot be created ({exc.strerror or exc})"
        raise DataLocationError(f"LedgerDesk's data folder {base} ({where}) {problem}. Point {HOME_ENV} at a "
                                "folder, or unset it to use the default.") from None
    # A folder this version creates gets its identity at once, before any profile can be saved in it, so
    # it never takes a key an older version stored under the shared name (installation.py).
    from app.store.installation import InstallationError, installation
    try:
        installation(base)
    except InstallationError:
        pass  # the keyring facade asks again and reports it where a key is needed
    return base


def settings_path() -> Path:
    """The JSON settings file (profiles; never any API key)."""
    return data_dir() / "settings.json"


def database_path() -> Path:
    """The SQLite database of drafts, outbox and audit log."""
    return data_dir() / "ledgerdesk.sqlite3"


def logs_dir() -> Path:
    """The directory for log files."""
    return _private_dir(data_dir() / "logs")


def shared_state_dir() -> Path:
    """State every data location shares: $LEDGERDESK_SHARED_STATE, else the platform's user state dir.

    Deliberately not under $LEDGERDESK_HOME: two data folders using one Infinity token must count
    against one hourly budget.
    """
    override = os.environ.get(SHARED_STATE_ENV, "").strip()
    if override:
        return _private_dir(Path(override).expanduser().absolute())
    return _private_dir(Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)))


def rate_budget_path() -> Path:
    """The Infinity request budget (SQLite), one per token for all processes and data folders of this user."""
    return shared_state_dir() / "infinity-budget.sqlite3"


def legacy_rate_budget_path() -> Path:
    """Where versions before the shared budget kept it, per data folder (imported once, then deleted)."""
    return data_dir() / "infinity-budget.json"


def _private_dir(path: Path) -> Path:
    """Create `path` readable by this user only; an existing directory keeps the mode its owner chose."""
    if not path.is_dir():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        # mkdir's mode is filtered by the umask; set it outright so other users cannot list our files.
        os.chmod(path, 0o700)
    return path

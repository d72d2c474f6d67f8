"""The identity of one data location, so that two data folders never share (or delete) each other's keys.

A random UUID is written once into `installation.json` in the data location, created atomically (a
complete temporary file hard-linked into place, which fails if another process got there first), and
never changed afterwards. Keyring entries are named after it (`<id>/<profile>`, see secrets.py).

`legacy_profiles` are the profiles the folder already had when it got its id: they were stored by
an older LedgerDesk under the bare profile name, an entry every data folder shared. Only those names
may copy that shared entry (secrets.py); a folder created since never reads it.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.store.paths import data_dir

FILE_NAME = "installation.json"
_SETTINGS_NAME = "settings.json"


class InstallationError(RuntimeError):
    """The data location's identity file cannot be read or written; the message says what to do."""


@dataclass(frozen=True)
class Installation:
    """One data location's stable id and the profiles it had before keys were named after it."""

    id: str
    legacy_profiles: frozenset[str] = frozenset()

    def key_username(self, profile: str) -> str:
        """The keyring username for `profile` in this data location."""
        return f"{self.id}/{profile}"


def installation(folder: Path | None = None) -> Installation:
    """This data location's identity, created on first use (safe when several processes start at once)."""
    folder = folder if folder is not None else data_dir()
    path = folder / FILE_NAME
    found = _read(path)
    if found is not None:
        return found
    fresh = Installation(str(uuid.uuid4()), _profiles_before(folder / _SETTINGS_NAME))
    _create_once(path, json.dumps({"id": fresh.id, "legacy_profiles": sorted(fresh.legacy_profiles)}))
    found = _read(path)  # whoever created it first wins; every process then uses that one
    if found is None:
        raise InstallationError(f"LedgerDesk could not create {path}: check that the data folder is writable.")
    return found


def _read(path: Path) -> Installation | None:
    """The identity in `path`; None when there is no file yet."""
    for _ in range(50):  # only the non-atomic fallback below can show a file still being written
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise InstallationError(f"LedgerDesk cannot read {path} ({exc.strerror or exc}).") from None
        try:
            data = json.loads(text)
            ident = str(uuid.UUID(data["id"]))
            legacy = frozenset(str(name) for name in data.get("legacy_profiles", []))
            return Installation(ident, legacy)
        except (ValueError, KeyError, TypeError, AttributeError):
            time.sleep(0.01)
    # Not regenerated: a new id would silently orphan every key this folder stored.
    raise InstallationError(f"The data folder's identity file {path} is damaged. Restore it from a backup; "
                            f"without it LedgerDesk cannot find this folder's API keys in the keyring.")


def _create_once(path: Path, text: str) -> None:
    """Write `path` with `text` unless it exists; never a half-written file under the final name."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)  # atomic, and refuses to replace an id another process wrote first
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links: exclusive create instead
            _create_exclusive(path, text)
    except OSError as exc:
        raise InstallationError(f"LedgerDesk could not create {path} ({exc.strerror or exc}): check that the "
                                f"data folder is writable.") from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def _create_exclusive(path: Path, text: str) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def _profiles_before(settings: Path) -> frozenset[str]:
    """Profile names in an existing settings file: they may have a key under the old shared name."""
    try:
        data = json.loads(settings.read_text(encoding="utf-8"))
        return frozenset(str(name) for name in data["profiles"])
    except (OSError, ValueError, KeyError, TypeError):
        return frozenset()  # no settings (a new folder) or unreadable ones: nothing to migrate

"""What the window needs from the settings to open (the profiles and the language), without pydantic if it can.

Importing pydantic and building the settings model costs about 90 ms on this project's 2-core reference
machine: more than everything else the window does before it is shown (docs/performance.md). So every
time app/store/settings.py has validated or written the settings file, it leaves a seal beside it
(settings.json.checked: the LedgerDesk version and the SHA-256 of the exact bytes), provided the file is
exactly what the model would write: nothing dropped, defaulted or tidied. When the seal matches, the
profiles and language are rebuilt from the JSON directly (Profile still runs its own checks). Otherwise (edited by hand, an older schema, another
LedgerDesk version, no seal) the full validation and migration in app/store/settings.py runs, as always,
and its errors reach the user unchanged.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from app import __version__
from app.store import paths
from app.store.profile import Profile

log = logging.getLogger(__name__)


class SettingsError(Exception):
    """The settings file cannot be read, understood or written; the message names the file and what to do."""


@dataclass(frozen=True)
class StartupSettings:
    """The profiles (by name) and the window's language (None: the operating system's)."""

    profiles: dict[str, Profile] = field(default_factory=dict)
    language: str | None = None


def seal_path(path: Path) -> Path:
    """Where the seal of the settings file `path` is kept."""
    return path.with_name(path.name + ".checked")


def seal_text(raw: bytes) -> str:
    """The seal for settings file content this LedgerDesk version's model has accepted."""
    return f"LedgerDesk {__version__} sha256:{hashlib.sha256(raw).hexdigest()}\n"


def is_sealed(path: Path, raw: bytes) -> bool:
    """True when `raw` (the content of `path`) is exactly what this version last validated or wrote there."""
    try:
        return seal_path(path).read_text(encoding="utf-8") == seal_text(raw)
    except (OSError, UnicodeDecodeError):
        return False


def read_startup_settings(path: Path | None = None) -> StartupSettings:
    """The profiles and language; from the sealed file directly, else through the full settings validation.

    Raises SettingsError (from app/store/settings.py) for a file that cannot be read or used.
    """
    path = path or paths.settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return StartupSettings()
    except OSError:
        raw = None  # the full reader words the error
    if raw is not None and is_sealed(path, raw):
        try:
            data = json.loads(raw)
            profiles = {name: Profile(**fields) for name, fields in data["profiles"].items()}
            return StartupSettings(profiles, data["language"])
        except (ValueError, TypeError, KeyError, AttributeError) as exc:  # a seal that does not fit: validate
            log.warning("The settings seal %s does not fit its file (%s): validating the file.", seal_path(path), exc)
    from app.store.settings import load_settings
    settings = load_settings(path)
    return StartupSettings(dict(settings.profiles), settings.language)

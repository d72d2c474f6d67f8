"""The settings file: connection profiles per posting target, the review list's filter, the window's language.
API keys live in the keyring only.

Reading has a fast path for the window's start, because importing pydantic and building the settings model
costs about 90 ms on this project's 2-core reference machine: more than everything else the window does
before it is shown (docs/performance.md). Every time `load_settings` has validated the file, or
`save_settings` has written it, a seal is left beside it (settings.json.checked: the LedgerDesk version and
a copy of the exact bytes, compared whole: no hash to import or to collide), provided the file is exactly what the model would write: nothing dropped,
defaulted or tidied. When the seal matches, `read_startup_settings` rebuilds the profiles and language from
the JSON directly (Profile still runs its own checks). Otherwise (edited by hand, an older schema, another
LedgerDesk version, no seal) the full validation and migration runs, as always, and its errors reach the user
unchanged. The schema itself (the pydantic model, its version, the migrations) is app/store/settings_model.py,
loaded on first use through app/deferred.py; its names are available from here too.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.store.atomic import write_atomically
from app.deferred import deferred
from app.domain.messages import Message
from app.store import paths
from app.store.profile import (  # noqa: F401  (re-exported for the settings' users)
    API_PATHS,
    AUTH_HEADERS,
    DEFAULT_BASE_URLS,
    ENVIRONMENTS,
    SANDBOX_ORIGIN,
    AuthHeader,
    Environment,
    Profile,
    ProfileProblems,
    base_url_problem,
    default_base_url,
    profile_name_problem,
)

if TYPE_CHECKING:
    from app.store import settings_model
    from app.store.settings_model import MIGRATIONS as MIGRATIONS
    from app.store.settings_model import SCHEMA_VERSION as SCHEMA_VERSION
    from app.store.settings_model import Settings as Settings
    from app.store.settings_model import migrate as migrate
    from app.store.settings_model import schema_version_of as schema_version_of
    from app.store.settings_model import validation_messages as validation_messages
else:
    settings_model = deferred("app.store.settings_model")  # pydantic: not needed when the file is sealed

log = logging.getLogger(__name__)

_SCHEMA_NAMES = frozenset({"MIGRATIONS", "SCHEMA_VERSION", "Settings", "migrate", "schema_version_of",
                           "validation_messages"})


def __getattr__(name: str) -> Any:
    """The schema's names (`from app.store.settings import Settings`), loaded with pydantic when first asked for."""
    if name in _SCHEMA_NAMES:
        return getattr(settings_model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class SettingsError(Exception):
    """The settings file cannot be read, understood or written; the message names the file and what to do."""


# --- the window's start: the profiles and the language, without pydantic when the file is sealed -------

@dataclass(frozen=True)
class StartupSettings:
    """The profiles (by name) and the window's language (None: the operating system's)."""

    profiles: dict[str, Profile] = field(default_factory=dict)
    language: str | None = None


def read_startup_settings(path: Path | None = None) -> StartupSettings:
    """The profiles and language; from the sealed file directly, else through the full validation
    (`load_settings`, which raises SettingsError for a file that cannot be read or used)."""
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
    settings = load_settings(path)
    return StartupSettings(dict(settings.profiles), settings.language)


def seal_path(path: Path) -> Path:
    """Where the seal of the settings file `path` is kept."""
    return path.with_name(path.name + ".checked")


def seal_content(raw: bytes) -> bytes:
    """The seal for settings file content this LedgerDesk version's model has accepted: a line naming the
    version, then that content itself (a settings file is a few kilobytes)."""
    return f"LedgerDesk {__version__}\n".encode() + raw


def is_sealed(path: Path, raw: bytes) -> bool:
    """True when `raw` (the content of `path`) is exactly what this version last validated or wrote there."""
    try:
        return seal_path(path).read_bytes() == seal_content(raw)
    except OSError:
        return False


# --- reading and writing ------------------------------------------------------------------------------

def load_settings(path: Path | None = None) -> Settings:
    """Read the settings file (empty settings when there is none); older versions are migrated and saved."""
    path = path or paths.settings_path()
    try:
        raw_bytes = path.read_bytes()
        raw = raw_bytes.decode("utf-8")
    except FileNotFoundError:
        return settings_model.Settings()
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(Message("settings_unreadable", path=str(path), detail=str(exc))) from exc
    version, data = _parse(raw, path)
    try:
        settings = settings_model.Settings.model_validate(settings_model.migrate(data))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        if isinstance(exc, settings_model.ValidationError):
            detail = "; ".join(settings_model.validation_messages(exc))
        elif isinstance(exc, KeyError):
            detail = f"a version {version} profile has no {exc}"
        else:
            detail = f"version {version} content in an unexpected shape: {exc}"
        raise SettingsError(Message("settings_unusable", path=str(path), detail=detail)) from None
    if version < settings_model.SCHEMA_VERSION:
        _keep_and_upgrade(path, raw, version, settings)
    elif not is_sealed(path, raw_bytes) and _same_json(settings.model_dump(mode="json"), data):
        # Only a file exactly as this model writes it (nothing dropped, defaulted or tidied) is sealed.
        _seal(path, raw_bytes)
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically; refuses to replace a damaged or newer file."""
    path = path or paths.settings_path()
    if path.exists():
        # Raises for a damaged or newer file, so it is never replaced by something that knows less.
        _parse(_read_existing(path), path)
    text = settings.model_dump_json(indent=2) + "\n"
    write_atomically(path, text)
    # The seal is of the bytes on disk: write_atomically writes each "\n" of text as os.linesep ("\r\n" on
    # Windows), and the JSON text has no other line breaks (those in strings are escaped).
    _seal(path, text.replace("\n", os.linesep).encode("utf-8"))


def set_aside(path: Path | None = None) -> Path:
    """Rename a settings file the user gave up on to a free `.bak` name, and return that name."""
    path = path or paths.settings_path()
    candidate, number = path.with_name(path.name + ".bak"), 0
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}.bak{number}")
    os.replace(path, candidate)
    return candidate


def _seal(path: Path, raw: bytes) -> None:
    """Record that `raw` is valid settings, so the next start can skip pydantic (`read_startup_settings`).
    Written after the settings file: a crash in between leaves a seal that does not match, never a false one."""
    try:
        write_atomically(seal_path(path), seal_content(raw))
    except OSError as exc:  # without a seal the next start validates the file again; nothing is lost
        log.warning("Could not write the settings seal %s: %s", seal_path(path), exc)


def _same_json(written: Any, found: Any) -> bool:
    """True when `found` (parsed from a file) is the JSON `written`, types included: in Python 0 == False and
    1 == 1.0 == True, so a plain == would take a hand-typed 0 for the false the model tidies it into."""
    return json.dumps(written, sort_keys=True) == json.dumps(found, sort_keys=True)


def _read_existing(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(Message("settings_unreadable_kept", path=str(path), detail=str(exc))) from exc


def _parse(raw: str, path: Path) -> tuple[int, dict[str, Any]]:
    """The version and content of a settings file; SettingsError when it is damaged or too new."""
    try:
        data = json.loads(raw)
        version = settings_model.schema_version_of(data)
    except json.JSONDecodeError as exc:
        raise SettingsError(Message("settings_not_json", path=str(path), detail=exc.msg, line=exc.lineno)) from None
    except ValueError as exc:
        raise SettingsError(Message("settings_damaged", path=str(path), detail=str(exc))) from None
    if version > settings_model.SCHEMA_VERSION:
        raise SettingsError(Message("settings_too_new", path=str(path), version=version,
                                    newest=settings_model.SCHEMA_VERSION))
    return version, data


def _keep_and_upgrade(path: Path, raw: str, version: int, settings: Settings) -> None:
    """Keep the pre-migration file as settings.json.v<N>.bak, then save the migrated settings once."""
    backup = path.with_name(f"{path.name}.v{version}.bak")
    try:
        if not backup.exists():
            write_atomically(backup, raw)
        save_settings(settings, path)
    except OSError as exc:
        # The migrated settings are still usable this run; the next save tries again.
        log.warning("Could not save migrated settings to %s: %s", path, exc)

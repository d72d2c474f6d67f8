"""Typed, versioned settings: connection profiles per posting target, the review list's filter, the window's
language. API keys live in the keyring only."""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidatorFunctionWrapHandler, field_validator, \
    model_validator

from app.domain.messages import Message
from app.store import paths
# Profiles and their rules live in app/store/profile.py (no pydantic there, so the window can start without
# it: app/store/startup_settings.py); they are re-exported here for the settings' users.
from app.store.profile import (  # noqa: F401
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
from app.store.review_filter import ReviewFilter
from app.store.startup_settings import SettingsError, is_sealed, seal_path, seal_text

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4
# A language as the window's translations are named (ledgerdesk_fi.qm): ISO 639 code, lower case.
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


class Settings(BaseModel):
    """Everything LedgerDesk remembers between runs, except secrets and window geometry."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = SCHEMA_VERSION
    profiles: dict[str, Profile] = Field(default_factory=dict)
    review_filter: ReviewFilter = Field(default_factory=ReviewFilter)
    # The window's language ("fi", "sv", "de", "en"); None follows the operating system's. docs/languages.md
    language: str | None = None

    @field_validator("review_filter", mode="wrap")
    @classmethod
    def _forgiving_filter(cls, value: Any, handler: ValidatorFunctionWrapHandler) -> ReviewFilter:
        # A filter is a convenience: one that cannot be read is dropped, never a reason to refuse the profiles.
        try:
            return handler(value)
        except ValidationError as exc:
            log.warning("The saved review filter was dropped: %s", "; ".join(validation_messages(exc)))
            return ReviewFilter()

    @field_validator("language", mode="before")
    @classmethod
    def _forgiving_language(cls, value: Any) -> str | None:
        # Like the filter: a language that cannot be read means "follow the system", never a refused file.
        if value is None or (isinstance(value, str) and _LANGUAGE_CODE.fullmatch(value)):
            return value
        log.warning("The saved language %r was not understood: following the system's language.", value)
        return None

    @model_validator(mode="after")
    def _check_profiles(self) -> Settings:
        if self.schema_version != SCHEMA_VERSION:
            raise ValueError(f"schema_version must be {SCHEMA_VERSION} once migrated")
        seen: dict[str, str] = {}
        for key, profile in self.profiles.items():
            if key != profile.name:
                raise ValueError(f"profile '{profile.name}' is filed under the name '{key}'")
            # Some keyrings (Windows Credential Manager) ignore case, so "Acme" and "acme" would share a key.
            if key.casefold() in seen:
                raise ValueError(f"profiles '{seen[key.casefold()]}' and '{key}' differ only in case")
            seen[key.casefold()] = key
        return self

    def with_profile(self, profile: Profile) -> Settings:
        """A copy with `profile` added, or replacing the profile of the same name."""
        return Settings(profiles={**self.profiles, profile.name: profile}, review_filter=self.review_filter,
                        language=self.language)

    def without_profile(self, name: str) -> Settings:
        """A copy without the profile called `name` (unchanged when there is none)."""
        return Settings(profiles={k: p for k, p in self.profiles.items() if k != name},
                        review_filter=self.review_filter, language=self.language)

    def with_review_filter(self, review_filter: ReviewFilter) -> Settings:
        """A copy remembering `review_filter` as the review list's filter."""
        return Settings(profiles=self.profiles, review_filter=review_filter, language=self.language)

    def with_language(self, language: str | None) -> Settings:
        """A copy showing the window in `language` (None: the operating system's language)."""
        return Settings(profiles=self.profiles, review_filter=self.review_filter, language=language)


def validation_messages(exc: ValidationError) -> list[str]:
    """One plain line per problem, naming the field; input values are left out as they may be secrets."""
    lines = []
    for error in exc.errors(include_input=False, include_url=False):
        where = ".".join(str(part) for part in error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        lines.append(f"{where}: {message}" if where else message)
    return lines


# --- migrations: one function per version step, each taking the parsed JSON of version N to N+1 --------

def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """v0 had no schema_version: a list of profiles with keys name, target, env (test/prod/sandbox), url,
    company, vat_rows and (Infinity) auth."""
    environments = {"test": "staging", "prod": "production", "sandbox": "sandbox"}
    profiles = {}
    for old in data.get("profiles", []):
        environment = environments.get(old.get("env", "test"), old.get("env"))
        new = {
            "name": old["name"],
            "target": old["target"],
            "environment": environment,
            "base_url": old.get("url") or default_base_url(old["target"], environment),
            "company_id": old.get("company", ""),
            "explicit_vat_rows": old.get("vat_rows", True),
        }
        if "auth" in old:
            new["auth_header"] = old["auth"]
        profiles[old["name"]] = new
    return {"schema_version": 1, "profiles": profiles}


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """v2 adds the review list's filter, empty until the bookkeeper sets one."""
    return {**data, "schema_version": 2, "review_filter": {}}


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """v3 adds the window's language: None, following the operating system as every earlier version did."""
    return {**data, "schema_version": 3, "language": None}


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """v4 gives each profile its booking rules: the target's accounting currency (EUR for Confirma, CHF for
    Infinity), a fiscal year starting in January, and warnings for dates more than 60 days ahead."""
    currencies = {"confirma": "EUR", "infinity": "CHF"}
    profiles = {name: {"accounting_currency": currencies.get(str(fields.get("target")), "EUR"),
                       "fiscal_year_start": 1, "max_days_ahead": 60, **fields}
                for name, fields in data.get("profiles", {}).items()}
    return {**data, "schema_version": 4, "profiles": profiles}


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3,
                                                                      3: _v3_to_v4}


def schema_version_of(data: Any) -> int:
    """The settings version a parsed file claims (0 for files from before versioning)."""
    if not isinstance(data, dict):
        raise ValueError("the top level is not a JSON object")
    version = data.get("schema_version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise ValueError(f"schema_version is {version!r}, not a whole number")
    return version


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring parsed settings of any earlier version up to SCHEMA_VERSION, one step at a time."""
    version = schema_version_of(data)
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data


# --- reading and writing ------------------------------------------------------------------------------

def load_settings(path: Path | None = None) -> Settings:
    """Read the settings file (empty settings when there is none); older versions are migrated and saved."""
    path = path or paths.settings_path()
    try:
        raw_bytes = path.read_bytes()
        raw = raw_bytes.decode("utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(Message("settings_unreadable", path=str(path), detail=str(exc))) from exc
    version, data = _parse(raw, path)
    try:
        settings = Settings.model_validate(migrate(data))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        if isinstance(exc, ValidationError):
            detail = "; ".join(validation_messages(exc))
        elif isinstance(exc, KeyError):
            detail = f"a version {version} profile has no {exc}"
        else:
            detail = f"version {version} content in an unexpected shape: {exc}"
        raise SettingsError(Message("settings_unusable", path=str(path), detail=detail)) from None
    if version < SCHEMA_VERSION:
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
    # The seal is of the bytes on disk: write_atomically writes text mode, where each "\n" becomes os.linesep
    # ("\r\n" on Windows), and the JSON text has no other line breaks (those in strings are escaped).
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


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` with `text` so that a crash leaves either the old or the new file, never a mix."""
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    if os.name == "posix":
        # The rename itself is only durable once the directory entry is on disk.
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _seal(path: Path, raw: bytes) -> None:
    """Record that `raw` is valid settings, so the next start can skip pydantic (app/store/startup_settings.py).
    Written after the settings file: a crash in between leaves a seal that does not match, never a false one."""
    try:
        write_atomically(seal_path(path), seal_text(raw))
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
        version = schema_version_of(data)
    except json.JSONDecodeError as exc:
        raise SettingsError(Message("settings_not_json", path=str(path), detail=exc.msg, line=exc.lineno)) from None
    except ValueError as exc:
        raise SettingsError(Message("settings_damaged", path=str(path), detail=str(exc))) from None
    if version > SCHEMA_VERSION:
        raise SettingsError(Message("settings_too_new", path=str(path), version=version, newest=SCHEMA_VERSION))
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

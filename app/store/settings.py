"""Typed, versioned settings: connection profiles per posting target, the review list's filter, the window's
language. API keys live in the keyring only."""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import re
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import (BaseModel, ConfigDict, Field, ValidationError, ValidatorFunctionWrapHandler, field_validator,
                      model_validator)

from app.domain.business_id import y_tunnus_problem
from app.domain.targets import Target
from app.store import paths
from app.store.review_filter import ReviewFilter

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3
Environment = Literal["sandbox", "staging", "production"]
AuthHeader = Literal["x-api-token", "bearer"]
ENVIRONMENTS: tuple[str, ...] = ("sandbox", "staging", "production")
AUTH_HEADERS: tuple[str, ...] = ("x-api-token", "bearer")

SANDBOX_ORIGIN = "http://127.0.0.1:8765"
# Where each target's API sits under its host (API-CONTRACTS.md); the local sandbox serves the same paths.
API_PATHS = {Target.CONFIRMA: "/api/v1/partner", Target.INFINITY: "/v1"}
# Infinity documents no staging host: defaulting "staging" to the live API would post real entries,
# so an Infinity staging profile must name its server explicitly.
DEFAULT_BASE_URLS: dict[tuple[Target, str], str] = {
    (Target.CONFIRMA, "staging"): "https://staging-integrations.confirmafinance.com/api/v1/partner",
    (Target.CONFIRMA, "production"): "https://integrations.confirmafinance.com/api/v1/partner",
    (Target.INFINITY, "production"): "https://api.infinity.swiss/v1",
    (Target.CONFIRMA, "sandbox"): SANDBOX_ORIGIN + API_PATHS[Target.CONFIRMA],
    (Target.INFINITY, "sandbox"): SANDBOX_ORIGIN + API_PATHS[Target.INFINITY],
}

_NAME_CHARS = re.compile(r"[A-Za-z0-9 _.-]{1,40}")
# A language as the window's translations are named (ledgerdesk_fi.qm): ISO 639 code, lower case.
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


class SettingsError(Exception):
    """The settings file cannot be read, understood or written; the message names the file and what to do."""


def default_base_url(target: Target | str, environment: str) -> str | None:
    """The documented base URL for a target and environment, or None when there is none to assume."""
    return DEFAULT_BASE_URLS.get((Target(target), environment))


def profile_name_problem(name: str) -> str | None:
    """Plain words on what is wrong with a profile name, or None when it is acceptable."""
    if not _NAME_CHARS.fullmatch(name) or name != name.strip():
        return (f"'{name}' cannot be a profile name: use 1 to 40 letters, digits, spaces, '_', '.' or '-', "
                "not starting or ending with a space.")
    return None


def base_url_problem(url: str) -> str | None:
    """Plain words on what is wrong with a base URL (https only, plain http only on loopback), or None."""
    try:
        parts = urlsplit(url.strip())
        host, _port = parts.hostname, parts.port
    except ValueError:
        host = None
        parts = None
    if parts is None or parts.scheme not in ("https", "http") or not host:
        return "The base URL is not a web address: it should look like https://host/path."
    if parts.username or parts.password:
        # The URL is not echoed here: it may carry a password, and messages end up in logs.
        return "The base URL must not carry a user name or password: API keys belong in the keyring."
    if parts.query or parts.fragment:
        return f"The base URL '{url}' must not have a query (?...) or a fragment (#...)."
    if parts.scheme == "http" and not _is_loopback(host):
        return (f"The base URL '{url}' uses plain http: only https is allowed, except for a sandbox on this "
                "computer (127.0.0.1, ::1 or localhost).")
    return None


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Profile(BaseModel):
    """One connection: a target, its environment and base URL, and how vouchers are sent there."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    target: Target
    environment: Environment
    base_url: str
    company_id: str = ""
    auth_header: AuthHeader = "x-api-token"
    explicit_vat_rows: bool = True
    vat_table: str | None = None

    @field_validator("name")
    @classmethod
    def _check_name(cls, value: str) -> str:
        problem = profile_name_problem(value)
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        problem = base_url_problem(value)
        if problem:
            raise ValueError(problem)
        return value.strip().rstrip("/")

    @field_validator("company_id")
    @classmethod
    def _trim_company_id(cls, value: str) -> str:
        return value.strip()

    @model_validator(mode="after")
    def _check_target_options(self) -> Profile:
        if self.target is Target.CONFIRMA and self.auth_header != "x-api-token":
            raise ValueError("Confirma takes the API key in its X-Api-Key header only; "
                             "the choice of auth header applies to Infinity profiles.")
        if self.target is Target.INFINITY and not self.explicit_vat_rows:
            raise ValueError("Infinity always splits VAT itself; leaving out VAT rows applies to Confirma profiles.")
        return self

    @property
    def is_production(self) -> bool:
        """True when this profile posts real entries."""
        return self.environment == "production"

    def warnings(self) -> list[str]:
        """Things worth telling the user that do not stop the profile from being saved."""
        found = []
        # A Y-tunnus is Finnish; Infinity's organisations are Swiss, so the check applies to Confirma.
        if self.company_id and self.target is Target.CONFIRMA:
            problem = y_tunnus_problem(self.company_id)
            if problem:
                found.append(f"Company ID: {problem}")
        return found


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


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3}


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
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"Cannot read the settings file {path}: {exc}.") from exc
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
        raise SettingsError(f"The settings file {path} holds values LedgerDesk cannot use ({detail}). "
                            "It has been left as it is: correct it, or move it aside to start with "
                            "no profiles.") from None
    if version < SCHEMA_VERSION:
        _keep_and_upgrade(path, raw, version, settings)
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically; refuses to replace a damaged or newer file."""
    path = path or paths.settings_path()
    if path.exists():
        # Raises for a damaged or newer file, so it is never replaced by something that knows less.
        _parse(_read_existing(path), path)
    write_atomically(path, settings.model_dump_json(indent=2) + "\n")


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


def _read_existing(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"Cannot read the settings file {path}: {exc}. It has not been replaced.") from exc


def _parse(raw: str, path: Path) -> tuple[int, dict[str, Any]]:
    """The version and content of a settings file; SettingsError when it is damaged or too new."""
    try:
        data = json.loads(raw)
        version = schema_version_of(data)
    except json.JSONDecodeError as exc:
        raise SettingsError(f"The settings file {path} is damaged (not valid JSON: {exc.msg} at line "
                            f"{exc.lineno}). It has been left as it is: repair it, or move it aside to start "
                            "with no profiles.") from None
    except ValueError as exc:
        raise SettingsError(f"The settings file {path} is damaged ({exc}). It has been left as it is: "
                            "repair it, or move it aside to start with no profiles.") from None
    if version > SCHEMA_VERSION:
        raise SettingsError(f"The settings file {path} was written by a newer LedgerDesk (settings version "
                            f"{version}; this version reads up to {SCHEMA_VERSION}). Update LedgerDesk. "
                            "The file has been left as it is.")
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

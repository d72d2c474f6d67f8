"""The settings file's schema: the pydantic model, its version, and the migrations from every earlier version.

Loaded with pydantic only when a settings file must be validated or written (app/store/settings.py reads a
file it has already accepted without it, and imports this module through app/deferred.py otherwise).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)

from app.store.profile import Profile, default_base_url
from app.store.review_filter import ReviewFilter

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Settings", "ValidationError", "migrate", "schema_version_of",
           "validation_messages"]

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
            kept: ReviewFilter = handler(value)
            return kept
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

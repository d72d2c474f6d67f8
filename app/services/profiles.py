"""Profile use cases shared by the GUI and the CLI: the key goes to the keyring first, the profile after."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import cast

from pydantic import ValidationError

from app.domain.booking_rules import DEFAULT_DAYS_AHEAD
from app.domain.targets import Target
from app.store.secrets import (
    KeyMissing,
    KeyringLocked,
    KeyringRefused,
    KeyringUnavailable,
    KeyStore,
    KeyStoreError,
)
from app.store.profile import AuthHeader, Environment, Profile, ProfileProblems, default_base_url
from app.store.settings import Settings, load_settings, save_settings, validation_messages


class ProfileInputError(ValueError):
    """What the user typed cannot make a profile; `problems` holds one plain line per problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(" ".join(problems))


class ProfileExists(ValueError):
    """A profile of that name (ignoring case) is already configured."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"A profile called '{name}' already exists.")


class ProfileNotFound(LookupError):
    """No profile of that name is configured."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"There is no profile called '{name}'.")


@dataclass(frozen=True)
class KeyStatus:
    """Whether a profile's key is stored, in words for a list; `problem` is set when it cannot be told."""

    stored: bool | None
    summary: str
    problem: KeyStoreError | None = None


def new_profile(name: str, target: Target | str, environment: str, base_url: str | None = None,
                company_id: str = "", auth_header: str = "x-api-token", explicit_vat_rows: bool = True,
                vat_table: str | None = None, accounting_currency: str = "", fiscal_year_start: int = 1,
                max_days_ahead: int = DEFAULT_DAYS_AHEAD) -> Profile:
    """A validated profile; the documented base URL is used when none is given, the target's currency when
    no accounting currency is."""
    url = base_url or default_base_url(target, environment)
    if url is None:
        raise ProfileInputError([f"{Target(target).value.capitalize()} documents no {environment} server: "
                                 "give its base URL, or use the production environment."])
    try:
        # Typed as given: Profile checks target, environment and auth header itself (ProfileProblems below).
        return Profile(name=name, target=cast(Target, target), environment=cast(Environment, environment),
                       base_url=url, company_id=company_id, auth_header=cast(AuthHeader, auth_header), explicit_vat_rows=explicit_vat_rows, vat_table=vat_table,
                       accounting_currency=accounting_currency, fiscal_year_start=fiscal_year_start,
                       max_days_ahead=max_days_ahead)
    except ProfileProblems as exc:
        raise ProfileInputError(exc.problems) from None
    except ValidationError as exc:
        raise ProfileInputError(validation_messages(exc)) from None


def add_profile(profile: Profile, key: str, keystore: KeyStore, path: Path | None = None) -> Settings:
    """Store the key, then save the profile; if saving fails the key is taken back out."""
    settings = load_settings(path)
    clash = [name for name in settings.profiles if name.casefold() == profile.name.casefold()]
    if clash:
        raise ProfileExists(clash[0])
    updated = settings.with_profile(profile)
    # Keyring first: a profile saved without its key would look configured and fail at the first post.
    keystore.set(profile.name, key)
    try:
        save_settings(updated, path)
    except BaseException:
        try:
            keystore.delete(profile.name)
        except KeyStoreError:
            pass  # the save error below is the one the user must see
        raise
    return updated


def update_profile(profile: Profile, path: Path | None = None) -> Settings:
    """Save changed settings of an existing profile (its name, and so its key, stay as they are)."""
    settings = load_settings(path)
    if profile.name not in settings.profiles:
        raise ProfileNotFound(profile.name)
    updated = settings.with_profile(profile)
    save_settings(updated, path)
    return updated


def replace_key(name: str, key: str, keystore: KeyStore, path: Path | None = None) -> None:
    """Store a new API key for an existing profile."""
    if name not in load_settings(path).profiles:
        raise ProfileNotFound(name)
    keystore.set(name, key)


def remove_profile(name: str, keystore: KeyStore, path: Path | None = None) -> bool:
    """Delete the profile's key, then the profile; True when a key was deleted."""
    settings = load_settings(path)
    try:
        keystore.delete(name)
        key_deleted = True
    except KeyMissing:
        key_deleted = False
    if name not in settings.profiles:
        if not key_deleted:
            raise ProfileNotFound(name)
        return key_deleted  # only a key left over from an earlier profile of that name
    save_settings(settings.without_profile(name), path)
    return key_deleted


def shared_key_left(name: str, keystore: KeyStore) -> bool:
    """Whether an older LedgerDesk's key for `name`, shared by every data folder, remains after a removal.

    LedgerDesk never deletes it (another data folder may still copy it); the bookkeeper is told instead.
    """
    try:
        return name in keystore.installation().legacy_profiles and keystore.has_shared_legacy_key(name)
    except KeyStoreError:
        return False  # only a note: the removal itself has succeeded


_SHORT_PROBLEMS = ((KeyringLocked, "the OS keyring is locked"), (KeyringRefused, "the OS keyring refused access"),
                   (KeyringUnavailable, "no usable OS keyring"))


def key_status(name: str, keystore: KeyStore) -> KeyStatus:
    """Whether the key of profile `name` is stored, never the key itself."""
    try:
        stored = keystore.has(name)
    except KeyStoreError as exc:
        short = next((text for kind, text in _SHORT_PROBLEMS if isinstance(exc, kind)), "keyring problem")
        return KeyStatus(None, f"cannot be checked: {short}", exc)
    if stored:
        return KeyStatus(True, f"stored in {keystore.backend_name()}")
    return KeyStatus(False, "NOT stored", KeyMissing(name))

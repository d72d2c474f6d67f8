"""Opening what a command or window needs for one profile: settings, key, database, submitter."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.store.database import DatabaseError, connect
from app.store.paths import database_path, legacy_rate_budget_path, rate_budget_path
from app.services.first_run import is_local_sandbox, public_sandbox_key
from app.store.profile import Profile
from app.store.settings import SettingsError

if TYPE_CHECKING:
    from app.services.submission import Submitter
    from app.store.secrets import KeyStore

# The client (httpx, wire models) and keyring load when a session is opened, not when the window starts.
PLAINTEXT_ENV = "LEDGERDESK_ALLOW_PLAINTEXT_KEYRING"


class SessionError(RuntimeError):
    """A profile, key or database problem, in words that say what to do."""


def open_store() -> sqlite3.Connection:
    """The local database under the data location."""
    try:
        return connect(database_path())
    except DatabaseError as exc:
        raise SessionError(str(exc)) from None


def keystore() -> KeyStore:
    from app.store.secrets import KeyStore
    return KeyStore(allow_plaintext=os.environ.get(PLAINTEXT_ENV) == "1")


@dataclass
class Session:
    """One profile ready to post: its settings, the database and a Submitter."""

    profile: Profile
    conn: sqlite3.Connection
    submitter: Submitter

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.submitter.close()
        self.conn.close()


def key_supplier(profile: Profile) -> Callable[[], str]:
    """Where a profile's key comes from: the keyring, or for a local sandbox profile with no stored key,
    the sandbox's public default. A locked or missing keyring is reported now, not as a failed request."""
    from app.store.secrets import KeyMissing, KeyStoreError
    keys = keystore()
    try:
        keys.get(profile.name)
    except KeyMissing:
        if is_local_sandbox(profile):
            return lambda: public_sandbox_key(profile)
        raise SessionError(str(KeyMissing(profile.name))) from None
    except KeyStoreError as exc:
        if is_local_sandbox(profile):
            return lambda: public_sandbox_key(profile)
        raise SessionError(str(exc)) from None
    return lambda: keys.get(profile.name)


def open_session(profile_name: str, *, progress: Callable[[str], None] = lambda message: None,
                 **submitter_options) -> Session:
    """Load the profile, check its key can be read now, open the database and a Submitter."""
    try:
        from app.store.settings import load_settings
        profiles = load_settings().profiles
    except SettingsError as exc:
        raise SessionError(str(exc)) from None
    profile = profiles.get(profile_name)
    if profile is None:
        known = ", ".join(sorted(profiles)) or "none yet"
        raise SessionError(f"There is no profile '{profile_name}' (profiles: {known}). "
                           f"Add one with: ledgerdesk profile add NAME --target confirma|infinity")
    from app.client.rate_budget import RateBudget
    from app.services.submission import Submitter
    conn = open_store()
    budget_path = rate_budget_path()
    if legacy_rate_budget_path().exists():  # an older version's per-folder count: fold it into the shared one
        RateBudget(budget_path).import_legacy(legacy_rate_budget_path())
    submitter = Submitter(conn, profile, key_supplier(profile), budget_path=budget_path, progress=progress,
                          **submitter_options)
    return Session(profile, conn, submitter)

"""Opening what a command or window needs for one profile: settings, key, database, submitter."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.deferred import deferred
from app.domain.messages import Message, message_of
from app.store.backend import Connection
from app.store.database import DatabaseError, connect
from app.store.paths import database_path, legacy_rate_budget_path, rate_budget_path
from app.services.first_run import is_local_sandbox, public_sandbox_key
from app.store.profile import Profile
from app.store.settings import SettingsError
from app.store.shared_profiles import SharedProfiles, SharedProfileUnreadable
from app.store.team_location import location_in_use

if TYPE_CHECKING:
    from app.client import rate_budget
    from app.services import profiles as profile_service
    from app.services import submission, team, team_link
    from app.store import secrets
else:  # the client (httpx, wire models), the keyring and a team database load when a session is opened
    rate_budget = deferred("app.client.rate_budget")
    submission = deferred("app.services.submission")
    team = deferred("app.services.team")
    profile_service = deferred("app.services.profiles")  # pydantic: loaded when a profile is first looked up
    team_link = deferred("app.services.team_link")
    secrets = deferred("app.store.secrets")

PLAINTEXT_ENV = "LEDGERDESK_ALLOW_PLAINTEXT_KEYRING"


class SessionError(RuntimeError):
    """A profile, key or database problem, in words that say what to do."""


class KeyringNotReady(SessionError):
    """The keyring could not give the key now (locked, not answering, gone): nothing was sent; try again."""


def open_store() -> Connection:
    """The data location's store: its SQLite file, or the office's team database when `team.json` names one
    (a connection of this process's pool; docs/team.md)."""
    with _store_errors():
        if location_in_use() is None:
            return connect(database_path())
        conn = team.open_team_store(keystore())
    if conn is None:  # team.json went away between the two reads
        return connect(database_path())
    return conn


def open_window_store(on_change: Callable[[bool], None] = lambda online: None) -> tuple[Connection, team_link.TeamLink | None]:
    """The window's store and, on a team location, its link to the team database: the window opens also when the
    server cannot be reached (drafts are then kept on this computer, team_link.py); `on_change(online)` is
    called, from any thread, when the server goes away or comes back."""
    with _store_errors():
        if location_in_use() is None:
            return connect(database_path()), None
        link = team_link.TeamLink(keystore(), on_change)
        return team_link.open_window_store(link), link


@contextmanager
def _store_errors() -> Iterator[None]:
    try:
        yield
    except DatabaseError as exc:
        raise SessionError(str(exc)) from None
    except secrets.KeyStoreError as exc:
        raise KeyringNotReady(f"The team database's password could not be read from the keyring ({exc}): nothing "
                              f"was opened or sent. Unlock the keyring and try again.") from None


def startup_profiles(conn: Connection, local: dict[str, Profile]) -> dict[str, Profile]:
    """The profiles a window starts with: `local` (settings.json's, read already), or on a team location the
    team database's as they are now (read through the window's store `conn`), a copy of which the window keeps
    in its kept-drafts file, so that a window opened while the server cannot be reached offers them too."""
    if location_in_use() is None:
        return local
    try:
        if not isinstance(conn, team_link.WindowStore):
            profiles = SharedProfiles(conn).all()
        elif conn.team is None:  # the server cannot be reached: the office's profiles as this window last read
            return SharedProfiles(conn.local).all() or local  # them, else this computer's own from before joining
        else:
            profiles = SharedProfiles(conn.team).all()
            SharedProfiles(conn.local).mirror(profiles)  # no keys in them: each bookkeeper's keyring holds those
    except SharedProfileUnreadable as exc:
        raise SessionError(str(exc)) from None
    if not profiles:
        raise SessionError("The office's team database has no connection profile yet. Add one with `ledgerdesk "
                           "profile add NAME --target confirma|infinity --environment sandbox|production`; the "
                           "window then opens with it.")
    return profiles


def keystore() -> secrets.KeyStore:
    return secrets.KeyStore(allow_plaintext=os.environ.get(PLAINTEXT_ENV) == "1")


@dataclass
class Session:
    """One profile ready to post: its settings, the database and a Submitter."""

    profile: Profile
    conn: Connection
    submitter: submission.Submitter
    keys: Callable[[], str] | None = None  # the batch's key supplier, dropped when the session ends

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.submitter.close()
        self.conn.close()
        close = getattr(self.keys, "close", None)
        if close is not None:
            close()


def key_supplier(profile: Profile) -> Callable[[], str]:
    """The key of one send batch (app.store.secrets.KeyBatch), read from the keyring now, once; or for a local
    sandbox profile with no key stored (or no keyring at all) the sandbox's public default.

    A keyring that is locked, does not answer or has gone is KeyringNotReady, said now, not per request.
    """
    batch = secrets.KeyBatch(keystore(), profile.name)
    try:
        batch.read()
    except (secrets.KeyMissing, secrets.KeyringUnavailable) as exc:
        batch.close()
        if is_local_sandbox(profile):  # nothing can be stored: the sandbox's public key is the right one
            return lambda: public_sandbox_key(profile)
        if isinstance(exc, secrets.KeyMissing | secrets.PlaintextKeyringRefused):
            raise SessionError(str(exc)) from None
        raise KeyringNotReady(_not_sent(exc)) from None
    except secrets.KeyStoreError as exc:
        # Locked, not answering, refused: a key may well be stored, so never fall back to another one.
        batch.close()
        raise KeyringNotReady(_not_sent(exc)) from None
    return batch


def _not_sent(exc: Exception) -> Message:
    return Message("keyring_nothing_sent", problem=message_of(exc))


def open_session(profile_name: str, *, progress: Callable[[str], None] = lambda message: None,
                 **submitter_options: Any) -> Session:
    """Load the profile, check its key can be read now, open the database and a Submitter."""
    try:
        profiles = profile_service.load_profiles()  # the team database's on a team location, read now
    except SettingsError as exc:
        raise SessionError(str(exc)) from None
    profile = profiles.get(profile_name)
    if profile is None:
        known = ", ".join(sorted(profiles)) or "none yet"
        raise SessionError(f"There is no profile '{profile_name}' (profiles: {known}). "
                           f"Add one with: ledgerdesk profile add NAME --target confirma|infinity")
    conn = open_store()
    budget_path = rate_budget_path()
    if legacy_rate_budget_path().exists():  # an older version's per-folder count: fold it into the shared one
        rate_budget.RateBudget(budget_path).import_legacy(legacy_rate_budget_path())
    try:
        keys = key_supplier(profile)
    except SessionError:
        conn.close()
        raise
    submitter = submission.Submitter(conn, profile, keys, budget_path=budget_path, progress=progress,
                                     **submitter_options)
    return Session(profile, conn, submitter, keys)

"""Profile use cases shared by the GUI and the CLI: the key goes to the keyring first, the profile after.

Where profiles live: a single bookkeeper's in settings.json, as always; on a team location (team.json names
the office's database) in the team database's `profiles` table, shared by every desktop and read anew at each
call (app/store/shared_profiles.py). Keys never go there: each bookkeeper's stays in their own keyring under
the profile's name, so a colleague's shared profile starts here with "no key on this computer".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

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
from app.deferred import deferred
from app.store.backend import Connection
from app.store.charts import ChartStore
from app.store.database import DatabaseError, connect
from app.store.paths import database_path
from app.store.profile import AuthHeader, Environment, Profile, ProfileProblems, default_base_url
from app.store.settings import SettingsError, load_settings, save_settings, validation_messages
from app.store.shared_profiles import SharedProfiles, SharedProfileUnreadable, same_settings
from app.store.team_location import bookkeeper_name, location_in_use

if TYPE_CHECKING:
    from app.services import session
else:
    session = deferred("app.services.session")  # opens the team database; imports this module's users


class ProfilesUnavailable(SettingsError):
    """The team database's profiles cannot be read or written now (unreachable, refused, a row that cannot
    be used); a SettingsError, so every front end that reports a settings problem reports this one too."""


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


def on_team_database() -> bool:
    """True when this data location's profiles are the team database's (team.json names one)."""
    return location_in_use() is not None


def load_profiles(path: Path | None = None, conn: Connection | None = None) -> dict[str, Profile]:
    """The profiles of this data location, by name, as stored now: settings.json, or the team database's
    (through `conn` when given, else a connection opened and closed here)."""
    if not on_team_database():
        return dict(load_settings(path).profiles)
    with _team_store(conn) as store:
        return SharedProfiles(store).all()


def add_profile(profile: Profile, key: str, keystore: KeyStore, path: Path | None = None,
                conn: Connection | None = None) -> None:
    """Store the key, then save the profile; if saving fails the key is taken back out."""
    if on_team_database():
        with _team_store(conn) as store:
            shared = SharedProfiles(store)
            if taken := shared.existing_name(profile.name):
                raise ProfileExists(taken)
            _key_first(keystore, profile.name, key, lambda: _added(shared, profile))
        return
    settings = load_settings(path)
    clash = [name for name in settings.profiles if name.casefold() == profile.name.casefold()]
    if clash:
        raise ProfileExists(clash[0])
    # Keyring first: a profile saved without its key would look configured and fail at the first post.
    _key_first(keystore, profile.name, key, lambda: save_settings(settings.with_profile(profile), path))


def _added(shared: SharedProfiles, profile: Profile) -> None:
    if not shared.add(profile, bookkeeper_name()):  # a colleague saved that name a moment ago
        raise ProfileExists(shared.existing_name(profile.name) or profile.name)


def _key_first(keystore: KeyStore, name: str, key: str, save: Callable[[], None]) -> None:
    keystore.set(name, key)
    try:
        save()
    except BaseException:
        try:
            keystore.delete(name)
        except KeyStoreError:
            pass  # the save error is the one the user must see
        raise


def update_profile(profile: Profile, path: Path | None = None, conn: Connection | None = None) -> None:
    """Save changed settings of an existing profile (its name, and so its key, stay as they are)."""
    if on_team_database():
        with _team_store(conn) as store:
            if not SharedProfiles(store).update(profile, bookkeeper_name()):
                raise ProfileNotFound(profile.name)
        return
    settings = load_settings(path)
    if profile.name not in settings.profiles:
        raise ProfileNotFound(profile.name)
    save_settings(settings.with_profile(profile), path)


def replace_key(name: str, key: str, keystore: KeyStore, path: Path | None = None,
                conn: Connection | None = None) -> None:
    """Store a new API key for an existing profile (on a team location: this bookkeeper's own key)."""
    if name not in load_profiles(path, conn):
        raise ProfileNotFound(name)
    keystore.set(name, key)


def remove_profile(name: str, keystore: KeyStore, path: Path | None = None, conn: Connection | None = None) -> bool:
    """Delete the profile's key, then the profile; True when a key was deleted. On a team location the profile
    goes for the whole office; colleagues' keys stay in their keyrings until they remove it there too."""
    known = name in load_profiles(path, conn)
    try:
        keystore.delete(name)
        key_deleted = True
    except KeyMissing:
        key_deleted = False
    if not known:
        if not key_deleted:
            raise ProfileNotFound(name)
        return key_deleted  # only a key left over from an earlier profile of that name
    if on_team_database():
        with _team_store(conn) as store:
            SharedProfiles(store).remove(name)
    else:
        settings = load_settings(path)
        save_settings(settings.without_profile(name), path)
    return key_deleted


@dataclass(frozen=True)
class ProfileMerge:
    """What joining a team database did with this desktop's own profiles (settings.json, left as it was)."""

    uploaded: tuple[str, ...] = ()  # names the team database did not have: now shared
    same: tuple[str, ...] = ()  # already there with the same settings
    kept_team: tuple[str, ...] = field(default=())  # there with other settings: the team's were kept


def merge_local_profiles(conn: Connection, path: Path | None = None) -> ProfileMerge:
    """Share this desktop's profiles with the office on joining: a name the team database lacks is uploaded;
    a name it has (ignoring case) keeps the team's settings, and says so. Keys are never copied: each stays in
    this keyring under its name. The local settings file is not changed (leaving the team finds them again)."""
    try:
        local = load_settings(path).profiles
    except SettingsError:
        return ProfileMerge()  # an unreadable settings file is reported where it is read; nothing to share
    shared = SharedProfiles(conn)
    uploaded: list[str] = []
    same: list[str] = []
    kept: list[str] = []
    who = bookkeeper_name()
    for name in sorted(local, key=str.casefold):
        existing = shared.existing_name(name)
        if existing is None and shared.add(local[name], who):
            uploaded.append(name)
            continue
        theirs = shared.get(existing or name)
        (same if theirs is not None and theirs.name == name and same_settings(theirs, local[name])
         else kept).append(name)
    if uploaded:
        _share_charts(conn, uploaded)
    return ProfileMerge(tuple(uploaded), tuple(same), tuple(kept))


def _share_charts(team_conn: Connection, names: list[str]) -> None:
    """Bring the chart and VAT table each newly shared profile had in this computer's own file to the team
    database, where the team has none of its own under that name (they are stored per profile name)."""
    if not database_path().exists():
        return
    local = connect(database_path())
    try:
        mine, theirs = ChartStore(local), ChartStore(team_conn)
        for name in names:
            if (table := mine.vat_table(name)) is not None and theirs.vat_table(name) is None:
                theirs.set_vat_table(name, table)
            if (accounts := mine.accounts(name)) and not theirs.accounts(name):
                theirs.replace_accounts(name, accounts)
    finally:
        local.close()


@contextmanager
def _team_store(conn: Connection | None) -> Iterator[Connection]:
    """The team database: `conn` when given, else a connection of this thread's own (closed after); its
    problems as ProfilesUnavailable, in words."""
    own = None
    try:
        if conn is None:
            conn = own = session.open_store()
        yield conn
    except (session.SessionError, SharedProfileUnreadable, DatabaseError, sqlite3.Error) as exc:
        raise ProfilesUnavailable(str(exc)) from None
    except Exception as exc:
        if not type(exc).__module__.startswith("psycopg"):
            raise
        raise ProfilesUnavailable(f"The team database did not answer ({' '.join(str(exc).split())[:200]}). "
                                  f"Nothing was changed; try again.") from None
    finally:
        if own is not None:
            own.close()


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
    if on_team_database():  # a colleague's profile: their key is in their keyring, never copied here
        return KeyStatus(False, NO_KEY_HERE, KeyMissing(name))
    return KeyStatus(False, "NOT stored", KeyMissing(name))


NO_KEY_HERE = "no key on this computer — add yours"

"""Team mode's use cases: create the schema in the office's PostgreSQL, join a data location to it, and say
where the data location's store is (`ledgerdesk team init|connect|status`; docs/team.md).

The password travels from the URL or the prompt to the OS keyring (`<installation id>:team-database`),
never to a file: `team.json` keeps the URL without it. Nothing is recorded until the server has accepted
the connection. psycopg loads only here, on first use.
"""

from __future__ import annotations

import atexit
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.deferred import deferred
from app.services.profiles import ProfileMerge, merge_local_profiles
from app.store import database
from app.store.paths import database_path
from app.store.review_index import REVIEW_CHANNEL
from app.store.secrets import KeyStore, KeyStoreError
from app.store.team_location import (TeamDatabaseError, TeamLocation, forget_location, key_username, location_in_use,
                                     read_location, split_password, write_location)

if TYPE_CHECKING:
    from app.store import postgres

    JoinUseCase = Callable[[str, KeyStore, Callable[[], str] | None, str], "TeamJoined"]
else:
    postgres = deferred("app.store.postgres")


@dataclass(frozen=True)
class TeamJoined:
    """What `team init` or `team connect` did: the server, its schema version, whether a password was stored."""

    server: str
    schema_version: int
    created: bool
    password_stored: bool
    profiles: ProfileMerge = field(default_factory=ProfileMerge)  # this desktop's profiles, shared or not


@dataclass(frozen=True)
class StoreStatus:
    """Where this data location's store is: backend, server (or file), schema version, reachable now or not."""

    backend: str
    server: str
    schema_version: int | None
    reachable: bool
    problem: str = ""


def init_team(url: str, keys: KeyStore, ask_password: Callable[[], str] | None = None, name: str = "") -> TeamJoined:
    """Create LedgerDesk's schema in the empty database at `url` and join this data location to it (`name`: how
    colleagues see this bookkeeper; '' for the OS user)."""
    return _join(url, keys, ask_password, name, create=True)


def connect_team(url: str, keys: KeyStore, ask_password: Callable[[], str] | None = None,
                 name: str = "") -> TeamJoined:
    """Join this data location to the team database at `url`, whose schema `team init` created."""
    return _join(url, keys, ask_password, name, create=False)


def _join(url: str, keys: KeyStore, ask_password: Callable[[], str] | None, name: str, *,
          create: bool) -> TeamJoined:
    clean, password = split_password(url)
    conn, password = _connect(clean, password, ask_password, migrate=not create)
    name = " ".join(name.split())
    try:
        version = postgres.create_schema(conn) if create else postgres.schema_version(conn)
        # This desktop's own profiles are offered to the office (keys stay in this keyring). Before anything
        # is recorded here: a merge that fails leaves this desktop unjoined, and a second join merges again.
        merged = merge_local_profiles(conn)
    finally:
        conn.close()
    if password:
        keys.set_secret(key_username(keys.installation().id), password)
    write_location(TeamLocation(clean, name=name, password_in_keyring=bool(password)))
    return TeamJoined(conn.server, version, create, bool(password), merged)


@dataclass(frozen=True)
class JoinRefused:
    """Why Settings ▸ Team database… could not join: the field it belongs to ("url" or "password"), the
    TeamDatabaseError code (or "keyring"), and the English words (for the log and a tooltip)."""

    field: str
    code: str
    detail: str


PASSWORD_CODES = frozenset({"password", "keyring"})


def join_team(url: str, password: str, name: str, keys: KeyStore) -> TeamJoined | JoinRefused:
    """Settings ▸ Team database… ▸ Join: `connect_team` with the password typed in its own field (used when the
    server asks for one); what went wrong as a JoinRefused naming the field, never an exception."""
    try:
        return connect_team(url, keys, lambda: password, name)
    except TeamDatabaseError as exc:
        return JoinRefused("password" if exc.code in PASSWORD_CODES else "url", exc.code, str(exc))
    except KeyStoreError as exc:
        return JoinRefused("password", "keyring", str(exc))


@dataclass(frozen=True)
class TeamLeft:
    """What `leave_team` did: the server left, and whether its password was deleted from the keyring (with the
    keyring's words when it could not be: the data location has left all the same)."""

    server: str
    password_deleted: bool
    problem: str = ""


def leave_team(keys: KeyStore) -> TeamLeft | None:
    """Go back to this data location's own SQLite file: forget the team database (team.json), then its password
    in the keyring. The team database and its profiles stay as they are for the colleagues; this desktop's own
    profiles are those of its settings file again. None when it was not on a team database."""
    try:
        location = read_location()
    except TeamDatabaseError:  # a damaged team.json: leaving is exactly what undoes it
        forget_location()
        return TeamLeft("(an unreadable team.json)", False)
    if location is None:
        return None
    forget_location()  # a window that joined at its start keeps its pool until it is restarted (pin_location)
    if not location.password_in_keyring:
        return TeamLeft(location.server, False)
    try:
        return TeamLeft(location.server, keys.delete_secret(key_username(keys.installation().id)))
    except KeyStoreError as exc:
        return TeamLeft(location.server, False, str(exc))


def _connect(url: str, password: str | None, ask_password: Callable[[], str] | None,
             *, migrate: bool) -> tuple[postgres.PgConnection, str | None]:
    """Connect (and the password that worked); when the server asks for a password none was given for, ask
    once and try again."""
    try:
        return postgres.connect_postgresql(url, password, migrate=migrate), password
    except TeamDatabaseError as exc:
        if exc.code != "password" or password or ask_password is None:
            raise
        password = ask_password()
        if not password:
            raise TeamDatabaseError("password", "No password was given; nothing was changed.") from None
        conn = postgres.connect_postgresql(url, password, migrate=migrate)
    return conn, password


def open_team_store(keys: KeyStore, wait: float | None = None) -> postgres.PgConnection | None:
    """A connection to the data location's team database at the latest schema (from this process's pool), or
    None when it uses its SQLite file. The first call reads the password from the keyring, connects once to
    bring the schema up to date (or say in words why it cannot), then opens the pool the later calls share.
    `wait`: how long to wait for a pooled connection (default the pool's own timeout)."""
    location = location_in_use()
    if location is None:
        return None
    key = (location.url, keys.installation().id)
    with _POOLS_LOCK:
        pool = _POOLS.get(key)
        if pool is None:
            # A server that trusts this computer (a Unix socket, a client certificate) needs no keyring at all.
            password = keys.get_secret(key_username(key[1])) if location.password_in_keyring else None
            postgres.connect_postgresql(location.url, password).close()  # migrates; words for what is wrong
            pool = _POOLS[key] = postgres.PgPool(location.url, password)
    return pool.connection(wait)


def watch_review(keys: KeyStore, on_change: Callable[[], None]) -> postgres.Listener | None:
    """On a team database: listen for a change of any review row (a colleague queued a voucher, a send was
    settled) on a connection of its own, calling `on_change()` on the listening thread within about a quarter
    second of the commit; `stop()` the result when done. None on a SQLite data location (nothing to hear)."""
    location = location_in_use()
    if location is None:
        return None
    conn = open_team_store(keys)  # the pool: its address and password, read from the keyring once
    if conn is None:  # team.json went away meanwhile
        return None
    conn.close()
    with _POOLS_LOCK:
        pool = _POOLS[(location.url, keys.installation().id)]
    return pool.listener(REVIEW_CHANNEL, on_change)


def close_team_pools() -> None:
    """Close this process's team database connections (at exit; tests that change the data location)."""
    with _POOLS_LOCK:
        pools = list(_POOLS.values())
        _POOLS.clear()
    for pool in pools:
        pool.close()


_POOLS: dict[tuple[str, str], postgres.PgPool] = {}
_POOLS_LOCK = threading.Lock()
atexit.register(close_team_pools)


def store_status(keys: KeyStore) -> StoreStatus:
    """The backend, its server or file, its schema version and whether it can be reached now."""
    location = read_location()
    if location is None:
        return _sqlite_status()
    try:
        password = keys.get_secret(key_username(keys.installation().id)) if location.password_in_keyring else None
    except Exception as exc:  # noqa: BLE001 - a keyring problem is reported as the status, in its own words
        return StoreStatus("postgresql", location.server, None, False, f"The keyring could not be read: {exc}")
    try:
        conn = postgres.connect_postgresql(location.url, password, migrate=False)
    except TeamDatabaseError as exc:
        return StoreStatus("postgresql", location.server, None, False, str(exc))
    try:
        return StoreStatus("postgresql", conn.server, postgres.schema_version(conn), True)
    finally:
        conn.close()


def _sqlite_status() -> StoreStatus:
    path = database_path()
    if not path.exists():
        return StoreStatus("sqlite", str(path), None, True, "not created yet: it is made when LedgerDesk first opens it")
    try:  # read-only: asking for the status never creates or migrates anything
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return StoreStatus("sqlite", str(path), database.schema_version(conn), True)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return StoreStatus("sqlite", str(path), None, False, f"it cannot be read ({exc})")

"""The team database: PostgreSQL through psycopg 3, behind the store's connection interface (backend.py).

`PgConnection` runs the store's SQL as written for SQLite, translated mechanically in one place
(`translate`): `?` placeholders become psycopg's `%s` (a literal `%` is doubled), `x IS ?` becomes
`x IS NOT DISTINCT FROM %s`, `LIKE` becomes `ILIKE` (SQLite's LIKE ignores ASCII case), `BEGIN IMMEDIATE`
becomes `BEGIN` (the row locks of `UPDATE … WHERE state IN (…)` and the transaction-scoped advisory lock
that `database.transaction(exclusive=…)` takes do what SQLite's database-wide write lock did), and an
INSERT into a table with an identity column gets `RETURNING id`, so `lastrowid` is set as in sqlite3.
What cannot be translated is written per backend where it is used (docs/team.md).

Autocommit is on, as in the SQLite connection (isolation_level=None): a statement outside `transaction()`
commits by itself; `transaction()` sends BEGIN and COMMIT. Transactions are READ COMMITTED.

The schema has its own history here (migrations/postgresql/NNN_name.sql; 007_baseline.sql is the schema
SQLite reaches with 1 to 7), recorded in the `schema_version` table.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import psycopg
import psycopg_pool
from psycopg.pq import TransactionStatus

from app.store import backend
from app.store.database import LATEST_VERSION
from app.store.team_location import TeamDatabaseError, explain_connect_error, server_of

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_S = 5
POOL_SIZE = 8  # the window: its GUI-thread store, autosave, a few background tasks at once
_MIGRATION_LOCK = 0x4C44_5343_4845_4D41  # pg_advisory_xact_lock key while the schema is created or migrated
MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "postgresql"
_STEP_FILE = re.compile(r"(\d+)_\w+\.sql")
# Tables whose `id` is an identity column: an INSERT into one returns it (sqlite3's lastrowid).
_RETURNS_ID = re.compile(r"\s*INSERT\s+INTO\s+(submissions|requests|audit_log)\b", re.IGNORECASE)
_LITERALS = re.compile(r"('(?:[^']|'')*')")


@functools.lru_cache(maxsize=1024)
def translate(sql: str, many: bool = False) -> tuple[str, bool]:
    """The store's SQLite-spelled statement for psycopg, and whether it returns the new row's id."""
    if sql.strip().upper() == "BEGIN IMMEDIATE":
        return "BEGIN", False
    parts = _LITERALS.split(sql)
    for i, part in enumerate(parts):
        part = part.replace("%", "%%")
        if i % 2 == 0:  # outside string literals
            part = re.sub(r"\bIS\s+\?", "IS NOT DISTINCT FROM ?", part, flags=re.IGNORECASE)
            part = re.sub(r"\bLIKE\b", "ILIKE", part, flags=re.IGNORECASE)
            part = part.replace("?", "%s")
        parts[i] = part
    statement = "".join(parts)
    returns_id = not many and _RETURNS_ID.match(sql) is not None and "RETURNING" not in sql.upper()
    return (statement + " RETURNING id" if returns_id else statement), returns_id


class Row:
    """A result row readable like sqlite3.Row: by position, by column name, `keys()`, `dict(row)`, `tuple(row)`."""

    __slots__ = ("_columns", "_values")

    def __init__(self, columns: dict[str, int], values: Sequence[Any]) -> None:
        self._columns = columns
        self._values = tuple(values)

    def __getitem__(self, key: int | str) -> Any:
        return self._values[self._columns[key]] if isinstance(key, str) else self._values[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def keys(self) -> list[str]:
        return list(self._columns)

    def __repr__(self) -> str:
        return f"Row{self._values!r}"


def _rows(cursor: psycopg.Cursor[Any]) -> Callable[[Sequence[Any]], Row]:
    columns = {column.name: i for i, column in enumerate(cursor.description or ())}
    return lambda values: Row(columns, values)


class PgCursor:
    """The result of one statement: rows, rowcount, and lastrowid after an INSERT with an identity id."""

    def __init__(self, cursor: psycopg.Cursor[Row], lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self._lastrowid = lastrowid

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._lastrowid

    def fetchone(self) -> Row | None:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Row]:
        return self._cursor.fetchall()

    def fetchmany(self, size: int = 1) -> list[Row]:
        return self._cursor.fetchmany(size)

    def __iter__(self) -> Iterator[Row]:
        return iter(self._cursor)


class PgConnection:
    """One connection to the team database, used by the store exactly like a sqlite3 connection."""

    dialect = backend.POSTGRESQL

    def __init__(self, raw: psycopg.Connection[Any], server: str,
                 release: Callable[[psycopg.Connection[Any]], None] | None = None,
                 opener: Callable[[], PgConnection] | None = None) -> None:
        self.raw = raw
        self.server = server  # "host:port/database" for `team status` (never a password)
        self._release = release  # a pooled connection goes back to its pool when closed
        self._opener = opener

    def sibling(self) -> PgConnection:
        """Another connection to the same database (its pool's, when pooled): a lease's heartbeat runs on one."""
        if self._opener is None:
            raise TeamDatabaseError("unreachable", f"no second connection to {self.server} can be opened")
        return self._opener()

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, parameters: Iterable[Any] = (), /) -> PgCursor:
        statement, returns_id = translate(sql)
        cursor = self.raw.cursor(row_factory=_rows)
        with _integrity_errors():
            cursor.execute(statement, tuple(parameters))
        if not returns_id:
            return PgCursor(cursor)
        row = cursor.fetchone()
        return PgCursor(cursor, None if row is None else int(row[0]))

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> PgCursor:
        statement, _ = translate(sql, many=True)
        cursor = self.raw.cursor(row_factory=_rows)
        with _integrity_errors():
            cursor.executemany(statement, [tuple(p) for p in parameters])
        return PgCursor(cursor)

    def executescript(self, script: str) -> None:
        """Run a PostgreSQL script as written (a migration step), inside the open transaction if any."""
        self.raw.execute(script.encode())

    def close(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            release(self.raw)  # the pool rolls back what was left open and keeps the connection
        elif not self.raw.closed:
            self.raw.close()


class _integrity_errors:
    """Turn psycopg's IntegrityError into backend.IntegrityError (a sqlite3.IntegrityError) naming the constraint."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if isinstance(exc, psycopg.IntegrityError):
            constraint = exc.diag.constraint_name or ""
            raise backend.IntegrityError(f"{constraint}: {str(exc).splitlines()[0]}", constraint) from exc


def is_unreachable(exc: BaseException) -> bool:
    """Whether `exc` means the team database cannot be reached (now): no connection could be opened, or one that
    was open broke (the server stopped, the network went away), as against a refused statement or password."""
    if isinstance(exc, TeamDatabaseError):
        return exc.code == "unreachable"
    if not isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
        return False
    # No SQLSTATE: the client lost the connection; 08: a connection exception; 57P01-03: the server shut down.
    # A deadlock, a serialisation failure or a cancelled statement are answers of a server that is there.
    state = getattr(exc, "sqlstate", None) or ""
    return not state or state.startswith("08") or state in ("57P01", "57P02", "57P03")


def connect_postgresql(url: str, password: str | None = None, *, migrate: bool = True) -> PgConnection:
    """Connect to the team database at `url` (password from the keyring if not in the URL) and, with `migrate`,
    bring its schema up to date; TeamDatabaseError, in words, when it cannot be used."""
    try:
        raw = psycopg.connect(url, password=password, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                              application_name="LedgerDesk")
    except (psycopg.Error, ValueError) as exc:
        raise explain_connect_error(exc, url, password) from None
    conn = PgConnection(raw, server_of(url), opener=lambda: connect_postgresql(url, password, migrate=False))
    if migrate:
        try:
            migrate_schema(conn)
        except BaseException:
            conn.close()
            raise
    return conn


class PgPool:
    """The team database's connections for one process (psycopg_pool): the window's worker threads, its
    autosave writer and the commands each take one and give it back on `close()`, instead of connecting anew."""

    def __init__(self, url: str, password: str | None, max_size: int = POOL_SIZE) -> None:
        self.server = server_of(url)
        self._url = url
        self._kwargs: dict[str, Any] = {"password": password, "autocommit": True,
                                        "connect_timeout": CONNECT_TIMEOUT_S, "application_name": "LedgerDesk"}
        self._pool = psycopg_pool.ConnectionPool(url, kwargs=self._kwargs, min_size=1, max_size=max_size, open=True,
                                                 timeout=CONNECT_TIMEOUT_S * 2, name="ledgerdesk",
                                                 check=psycopg_pool.ConnectionPool.check_connection)

    def connection(self, wait: float | None = None) -> PgConnection:
        """A connection of the pool (checked alive), as the store uses it; TeamDatabaseError when none comes
        within `wait` seconds (default the pool's timeout)."""
        try:
            raw = self._pool.getconn(wait)
        except psycopg_pool.PoolTimeout:
            seconds = CONNECT_TIMEOUT_S * 2 if wait is None else wait
            raise TeamDatabaseError("unreachable", f"The team database server {self.server} cannot be reached "
                                    f"(no connection within {seconds:g} s). Check the network and "
                                    f"that the server is running.") from None
        return PgConnection(raw, self.server, self._pool.putconn, self.connection)

    def listener(self, channel: str, on_notice: Callable[[], None]) -> Listener:
        """LISTEN on `channel` on a connection of its own (a pooled one would be handed to others), started."""
        listener = Listener(lambda: psycopg.connect(self._url, **self._kwargs), channel, on_notice)
        listener.start()
        return listener

    def close(self) -> None:
        self._pool.close()


class Listener:
    """A background thread that LISTENs on one channel and calls `on_notice()` (on that thread) for each
    committed transaction that sent a NOTIFY there. A connection that breaks (the server restarted) is opened
    again after a pause, and `on_notice()` is called once it is back, as something may have been missed."""

    POLL_S = 0.25  # how long `stop()` may wait for the thread
    RETRY_S = 5.0

    def __init__(self, connect: Callable[[], psycopg.Connection[Any]], channel: str,
                 on_notice: Callable[[], None]) -> None:
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", channel):
            raise ValueError(f"not a channel name: {channel!r}")
        self._connect, self.channel, self._on_notice = connect, channel, on_notice
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while LISTEN is in force (tests wait for it)
        self._thread = threading.Thread(target=self._run, name=f"ledgerdesk-listen-{channel}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and close the connection (waits for the thread at most `timeout` seconds)."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _run(self) -> None:
        missed = False
        while not self._stop.is_set():
            try:
                with self._connect() as raw:
                    raw.autocommit = True
                    raw.execute(f"LISTEN {self.channel}")
                    self.listening.set()
                    if missed:
                        self._on_notice()
                    while not self._stop.is_set():
                        if list(raw.notifies(timeout=self.POLL_S)):
                            self._on_notice()  # the notices of a quarter second are read once
            except psycopg.Error as exc:
                log.warning("listening on %s stopped (%s); trying again in %s s", self.channel, exc, self.RETRY_S)
                missed = True
            except Exception:  # on_notice failed: a programming error; keep listening
                log.exception("a notice on %s could not be handled", self.channel)
            finally:
                self.listening.clear()
            self._stop.wait(self.RETRY_S if missed else 0)


def steps() -> list[tuple[int, str]]:
    """The PostgreSQL schema steps in order: the baseline (version 7), then one per later version."""
    found = sorted((int(m[1]), p) for p in MIGRATIONS.iterdir() if (m := _STEP_FILE.fullmatch(p.name)))
    versions = [version for version, _ in found]
    if not versions or versions != list(range(versions[0], versions[0] + len(versions))):
        raise RuntimeError(f"PostgreSQL migrations must be a baseline and then numbered without gaps: {versions}")
    return [(version, path.read_text(encoding="utf-8")) for version, path in found]


def schema_version(conn: PgConnection) -> int:
    """The team database's schema version; 0 when LedgerDesk's schema was never created there."""
    row = conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
    if row is None or not row[0]:
        return 0
    version = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(version[0]) if version and version[0] is not None else 0


def table_count(conn: PgConnection) -> int:
    """How many tables, views and sequences the connection's schema (normally `public`) holds."""
    row = conn.execute("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'S', 'p', 'f')").fetchone()
    return int(row[0]) if row else 0


def create_schema(conn: PgConnection, migrate_to: int | None = None) -> int:
    """Create LedgerDesk's schema in an empty database (the baseline and every later step, or those up to
    `migrate_to`: the migration tests); its version.

    Refuses a database that already has tables, and one that has LedgerDesk's schema already."""
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
        version = schema_version(conn)
        if version:
            raise TeamDatabaseError("not_empty", f"This database already holds LedgerDesk's schema (version "
                                    f"{version}): join it with `ledgerdesk team connect` instead.")
        if (tables := table_count(conn)):
            raise TeamDatabaseError("not_empty", f"This database is not empty ({tables} tables or sequences): "
                                    f"give LedgerDesk an empty database of its own.")
        for number, script in steps():
            if migrate_to is None or number <= migrate_to:
                conn.executescript(script)
                conn.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return schema_version(conn)


def migrate_schema(conn: PgConnection) -> None:
    """Apply the steps after the database's version, each in its own transaction under the migration lock."""
    version = schema_version(conn)
    if version == 0:
        raise TeamDatabaseError("not_initialised", "This database has no LedgerDesk schema yet: create it with "
                                "`ledgerdesk team init` (once, for the whole office).")
    if version > LATEST_VERSION:
        raise TeamDatabaseError("newer", f"The team database was set up by a newer LedgerDesk (schema {version}; "
                                f"this one knows up to {LATEST_VERSION}). Update LedgerDesk on this computer.")
    for number, script in steps():
        if number <= version:
            continue
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            if schema_version(conn) < number:  # another desktop may have applied it while we waited
                conn.executescript(script)
                conn.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
        except psycopg.errors.InsufficientPrivilege:
            conn.execute("ROLLBACK")
            raise TeamDatabaseError("refused", f"The team database's schema {version} must be brought up to "
                                    f"{LATEST_VERSION} by its owner role: ask whoever runs it (docs/team.md).") from None
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

"""The local SQLite database: connection settings, busy handling and forward migrations.

One file under the data location. WAL and synchronous=FULL so a committed row survives a crash or
power loss; foreign keys on. The schema version is SQLite's `user_version`; migrations are the numbered
SQL files in app/store/migrations/, applied in order inside one write transaction each. A version may
also have a `NNN_name.py` with `upgrade(conn)`, run after its SQL in the same transaction, for what SQL
cannot do (e.g. Unicode folding).
"""

from __future__ import annotations

import errno
import importlib.util
import logging
import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from app.store.backend import Connection, Cursor, is_postgresql

BUSY_TIMEOUT_MS = 10_000

log = logging.getLogger(__name__)
C = TypeVar("C", bound=Connection)


class DatabaseError(RuntimeError):
    """The local database cannot be used; the message says what to do."""


@dataclass(frozen=True)
class Migration:
    """One schema step: its SQL script, then optionally a Python step for what SQL cannot do."""

    version: int
    sql: str
    python: Path | None = None

    def run_python(self, conn: sqlite3.Connection) -> None:
        """Load the step's `NNN_name.py` and call its `upgrade(conn)` inside the open transaction."""
        if self.python is None:
            return
        name = f"app.store.migrations.step_{self.version:03d}"
        spec = importlib.util.spec_from_file_location(name, self.python)
        if spec is None or spec.loader is None:
            raise ImportError(f"migration step {self.python} cannot be loaded as Python")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.upgrade(conn)


_MIGRATION_FILE = re.compile(r"(\d+)_\w+\.(sql|py)")


def migration_steps() -> list[Migration]:
    """Every migration, in order. Migration N takes the schema from N-1 to N."""
    # The .py steps are read as files (like the .sql), so a frozen bundle ships them as data alongside.
    # A plain path beside this module (PyInstaller puts the data there too): importlib.resources would
    # add tempfile and zipfile to every start (docs/performance.md).
    folder = Path(__file__).resolve().parent / "migrations"
    found: dict[int, dict[str, Path]] = {}
    for entry in folder.iterdir():
        match = _MIGRATION_FILE.fullmatch(entry.name)
        if match:
            kinds = found.setdefault(int(match[1]), {})
            if match[2] in kinds:
                raise RuntimeError(f"two {match[2]} migrations numbered {match[1]}")
            kinds[match[2]] = entry
    versions = sorted(found)
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..N without gaps, found {versions}")
    steps = []
    for version in versions:
        sql = found[version].get("sql")
        steps.append(Migration(version, sql.read_text(encoding="utf-8") if sql else "", found[version].get("py")))
    return steps


LATEST_VERSION = len(migration_steps())


def connect(path: Path, *, migrate_to: int | None = None) -> sqlite3.Connection:
    """Open the database, apply pending migrations (up to `migrate_to`, default all) and return it.

    Creation, the switch to WAL and migrations run under a lock file beside the database, so two
    processes starting at once on a fresh data folder create it once, one after the other.
    """
    try:
        with setup_lock(path):
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn, migrate_to if migrate_to is not None else LATEST_VERSION)
    except sqlite3.OperationalError as exc:
        # Busy, unwritable, or a schema step that failed: none of these means the file is damaged.
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError(f"LedgerDesk's database {path} is busy: another program has held it for more "
                                f"than {BUSY_TIMEOUT_MS // 1000} s. Close other LedgerDesk windows or commands "
                                f"and try again.") from None
        raise DatabaseError(f"LedgerDesk's database {path} could not be opened or brought up to date ({exc}). "
                            f"Check that the folder is writable and has free space, then try again; the file "
                            f"was left as it is.") from None
    except OSError as exc:  # the lock file could not be made: the folder is not writable
        raise DatabaseError(f"LedgerDesk's database {path} could not be opened ({exc.strerror or exc}). Check "
                            f"that the folder is writable, then try again.") from None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"LedgerDesk's database {path} cannot be opened ({exc}). If another program "
                            f"damaged it, restore it from a backup; LedgerDesk never overwrites it.") from None
    return conn


@contextmanager
def setup_lock(path: Path) -> Iterator[None]:
    """Hold `<database>.lock` (an OS file lock, released when the process dies) while the database is set up."""
    fd = os.open(f"{path}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise sqlite3.OperationalError("the database is locked by another process setting it up")
            time.sleep(0.01)
        yield  # closing the descriptor below releases the lock
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, getattr(errno, "EDEADLOCK", -1)):
            return False  # another process holds it
        # A file system without locks (some network shares): go on; each migration step still re-reads the
        # version inside its write transaction, which covers all but the switch to WAL.
        log.warning("cannot lock %s (%s); setting up the database without the lock", fd, exc)
    return True


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(conn: sqlite3.Connection, target: int) -> None:
    """Apply migrations after the current version up to `target`, each in its own transaction."""
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise DatabaseError(f"The database was written by a newer LedgerDesk (schema {current}; this one "
                            f"knows up to {LATEST_VERSION}). Update LedgerDesk.")
    for step in migration_steps():
        if current < step.version <= target:
            with transaction(conn):
                if schema_version(conn) >= step.version:
                    continue  # another connection applied it first; its write lock made us wait
                # executescript would COMMIT on its own; run statement by statement inside our transaction.
                for statement in _statements(step.sql):
                    conn.execute(statement)
                step.run_python(conn)
                conn.execute(f"PRAGMA user_version = {step.version}")


def _statements(script: str) -> Iterator[str]:
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    if buffer.strip():
        raise RuntimeError(f"incomplete SQL statement in migration: {buffer[:80]}")


@contextmanager
def transaction(conn: C, *, exclusive: str | None = None) -> Iterator[C]:
    """A write transaction taken at once (BEGIN IMMEDIATE), so two processes never interleave writes.

    Inside an open transaction it joins it, so several store calls can commit together. On the team database
    (PostgreSQL) writers lock rows, not the database: `exclusive` names what the transaction must hold alone
    there (a transaction-scoped advisory lock), as SQLite's write lock does for everything.
    """
    if conn.in_transaction:
        _hold(conn, exclusive)
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        _hold(conn, exclusive)
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def hold(conn: Connection, key: str) -> None:
    """Inside a transaction: hold `key` alone until it ends (on the team database; SQLite's write lock already
    holds everything)."""
    _hold(conn, key)


def _hold(conn: Connection, exclusive: str | None) -> None:
    if exclusive is not None and is_postgresql(conn):
        conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (exclusive,))


def inserted_id(cursor: Cursor) -> int:
    """The id of the row an INSERT just made (sqlite3 types `lastrowid` as optional; after an INSERT it is set)."""
    if cursor.lastrowid is None:
        raise sqlite3.InterfaceError("the statement inserted no row")
    return cursor.lastrowid

"""The local SQLite database: connection settings, busy handling and forward migrations.

One file under the data location. WAL and synchronous=FULL so a committed row survives a crash or
power loss; foreign keys on. The schema version is SQLite's `user_version`; migrations are the numbered
SQL files in app/store/migrations/, applied in order inside one write transaction each.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

BUSY_TIMEOUT_MS = 10_000


class DatabaseError(RuntimeError):
    """The local database cannot be used; the message says what to do."""


def migration_scripts() -> list[tuple[int, str]]:
    """(version, SQL) of every migration, in order. Migration N takes the schema from N-1 to N."""
    folder = resources.files("app.store") / "migrations"
    scripts = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            version = int(entry.name.split("_", 1)[0])
            scripts.append((version, entry.read_text(encoding="utf-8")))
    scripts.sort()
    expected = list(range(1, len(scripts) + 1))
    if [v for v, _ in scripts] != expected:
        raise RuntimeError(f"migrations must be numbered 1..N without gaps, found {[v for v, _ in scripts]}")
    return scripts


LATEST_VERSION = len(migration_scripts())


def connect(path: Path, *, migrate_to: int | None = None) -> sqlite3.Connection:
    """Open the database, apply pending migrations (up to `migrate_to`, default all) and return it."""
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, migrate_to if migrate_to is not None else LATEST_VERSION)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"LedgerDesk's database {path} cannot be opened ({exc}). If another program "
                            f"damaged it, restore it from a backup; LedgerDesk never overwrites it.") from None
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int) -> None:
    """Apply migrations after the current version up to `target`, each in its own transaction."""
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise DatabaseError(f"The database was written by a newer LedgerDesk (schema {current}; this one "
                            f"knows up to {LATEST_VERSION}). Update LedgerDesk.")
    for version, script in migration_scripts():
        if current < version <= target:
            with transaction(conn):
                # executescript would COMMIT on its own; run statement by statement inside our transaction.
                for statement in _statements(script):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")


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
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction taken at once (BEGIN IMMEDIATE), so two processes never interleave writes.

    Inside an open transaction it joins it, so several store calls can commit together.
    """
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")

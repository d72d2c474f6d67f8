"""The one connection interface the store is written against, whichever database a data location uses.

SQLite (the default, `app/store/database.py`) is used as Python's `sqlite3` gives it. PostgreSQL (team mode,
`app/store/postgres.py`) is wrapped in an adapter that behaves like it for everything the store does:
`execute` with `?` placeholders, rows readable by position and by column name, `rowcount`, `lastrowid`
after an INSERT, `in_transaction`, and a broken constraint raised as `sqlite3.IntegrityError`. The store's
modules therefore keep their hand-written SQL (docs/team.md, "Why hand-written SQL per backend"); the few
places where the dialects differ ask `is_postgresql(conn)` and say both spellings side by side.

Nothing here imports psycopg: the window and a single bookkeeper's commands never load it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


class Cursor(Protocol):
    """What the store reads of a cursor (sqlite3.Cursor has it; so has the PostgreSQL adapter's)."""

    @property
    def rowcount(self) -> int: ...

    @property
    def lastrowid(self) -> int | None: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int = ...) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the store uses of a connection: sqlite3.Connection, or the PostgreSQL adapter."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Cursor: ...

    def close(self) -> None: ...


class IntegrityError(sqlite3.IntegrityError):
    """A constraint PostgreSQL refused, raised as the sqlite3 error the store already handles; the message
    names the constraint (e.g. `submissions_one_per_profile`)."""

    def __init__(self, message: str, constraint: str = "") -> None:
        super().__init__(message)
        self.constraint = constraint


def dialect(conn: object) -> str:
    """`postgresql` for the team database's adapter, `sqlite` otherwise."""
    return POSTGRESQL if getattr(conn, "dialect", SQLITE) == POSTGRESQL else SQLITE


def is_postgresql(conn: object) -> bool:
    """Whether `conn` is the team database (PostgreSQL)."""
    return dialect(conn) == POSTGRESQL

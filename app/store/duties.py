"""Chores the office needs done once, not once per desktop: on the team database, whoever holds a chore's
advisory lock runs it, at most once per interval (issue 16: Confirma's status sync of each profile).

A single bookkeeper's SQLite store has no colleagues to share with: there a chore always runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app.store.backend import Connection, is_postgresql

_NOW_MS = "(extract(epoch FROM clock_timestamp()) * 1000)::bigint"  # the server's clock: desktops' may differ


@contextmanager
def duty(conn: Connection, name: str, interval_s: float, who: str) -> Iterator[bool]:
    """True inside when this desktop should run chore `name` now: it holds the chore's lock and nobody ran it
    within `interval_s`; False when another desktop runs it or ran it recently. The lock is a session
    advisory lock, held while the chore runs and released after, even when the chore fails."""
    if not is_postgresql(conn):
        yield True
        return
    (locked,) = conn.execute("SELECT pg_try_advisory_lock(hashtextextended(?, 0))", (f"duty/{name}",)).fetchone()
    if not locked:
        yield False
        return
    try:
        cursor = conn.execute(
            f"INSERT INTO duties (name, last_run_ms, run_by) VALUES (?, {_NOW_MS}, ?) ON CONFLICT (name) DO UPDATE "
            f"SET last_run_ms = excluded.last_run_ms, run_by = excluded.run_by "
            f"WHERE duties.last_run_ms <= excluded.last_run_ms - ?", (name, who, int(interval_s * 1000)))
        yield cursor.rowcount == 1
    finally:
        conn.execute("SELECT pg_advisory_unlock(hashtextextended(?, 0))", (f"duty/{name}",))

"""Two LedgerDesk processes starting at once on a fresh data folder both open the database.

Issue 13: in 6 of 20 pairs one process exited with "database ... cannot be opened (table drafts
already exists). If another program damaged it, restore it from a backup" although nothing was
damaged. Real processes (forked, released together by a barrier), real SQLite files.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import sys
from pathlib import Path

import pytest

from app.store.database import LATEST_VERSION, DatabaseError, connect, schema_version

PAIRS = 20

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork start method (POSIX)")


def _open(path: str, barrier, results) -> None:
    barrier.wait()
    try:
        conn = connect(Path(path))
        results.put(("ok", schema_version(conn)))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which shows what the bookkeeper saw
        results.put(("error", f"{type(exc).__name__}: {exc}"))


def test_two_first_starts_at_once_both_open_the_database(tmp_path):
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    for pair in range(PAIRS):
        path = tmp_path / f"pair{pair}" / "ledgerdesk.sqlite3"
        path.parent.mkdir()
        barrier = context.Barrier(2)
        workers = [context.Process(target=_open, args=(str(path), barrier, results)) for _ in range(2)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(30)
    seen = [results.get(timeout=5) for _ in range(2 * PAIRS)]
    assert [s for s in seen if s != ("ok", LATEST_VERSION)] == []


def test_a_database_that_is_not_sqlite_is_reported_as_damaged(tmp_path):
    path = tmp_path / "ledgerdesk.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="damaged") as raised:
        connect(path)
    assert str(path) in str(raised.value)


def test_a_schema_step_that_fails_is_not_called_damage(tmp_path):
    path = tmp_path / "ledgerdesk.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE drafts (x)")  # in the way of migration 1, as a half-done start would be
    conn.close()
    with pytest.raises(DatabaseError) as raised:
        connect(path)
    assert "damaged" not in str(raised.value) and "table drafts already exists" in str(raised.value)

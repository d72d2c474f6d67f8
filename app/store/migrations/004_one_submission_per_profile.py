"""Schema 4, Python step: widen the state CHECK to `cancelled` and `differs`, retire duplicate submissions, add the index.

SQLite cannot ALTER a CHECK constraint. Widening the set of allowed values changes no stored row, which is
the case SQLite documents for editing the schema text in place (PRAGMA writable_schema, with the schema
version bumped so every connection re-reads it); rebuilding `submissions` would instead need foreign keys
switched off, which cannot happen inside the migration's transaction.

Duplicates (the same voucher queued twice on one profile by an older LedgerDesk) are kept as history: the
one that stays live is the one that got furthest (posted, then uncertain, sending, queued, then the newest);
the others get `superseded_by`. A superseded duplicate that never left the machine is cancelled, so it can
never be sent.
"""

from __future__ import annotations

import sqlite3

OLD_CHECK = "'failed', 'rejected', 'uncertain')"
NEW_CHECK = "'failed', 'rejected', 'uncertain', 'cancelled', 'differs')"
# Which duplicate stays live: lower rank wins, then the newest.
RANK = {"synced": 0, "pending": 0, "accepted": 0, "failed": 0, "uncertain": 1, "sending": 2, "queued": 3,
        "rejected": 4}


def upgrade(conn: sqlite3.Connection) -> None:
    _allow_cancelled(conn)
    _retire_duplicates(conn)
    conn.execute("CREATE UNIQUE INDEX submissions_one_per_profile ON submissions (voucher_id, profile) "
                 "WHERE superseded_by IS NULL")


def _allow_cancelled(conn: sqlite3.Connection) -> None:
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'submissions'").fetchone()
    if "'cancelled'" in sql:
        return
    if sql.count(OLD_CHECK) != 1:
        raise RuntimeError("the submissions table's state CHECK is not the one schema 1 created")
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'submissions'",
                     (sql.replace(OLD_CHECK, NEW_CHECK),))
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")


def _retire_duplicates(conn: sqlite3.Connection) -> None:
    groups = conn.execute("SELECT voucher_id, profile FROM submissions GROUP BY voucher_id, profile "
                          "HAVING COUNT(*) > 1").fetchall()
    for voucher_id, profile in groups:
        rows = conn.execute("SELECT id, state FROM submissions WHERE voucher_id = ? AND profile = ?",
                            (voucher_id, profile)).fetchall()
        live = min(rows, key=lambda row: (RANK.get(row[1], 5), -row[0]))[0]
        for submission_id, state in rows:
            if submission_id == live:
                continue
            sent = conn.execute("SELECT COUNT(*) FROM requests WHERE submission_id = ? AND state != 'queued'",
                                (submission_id,)).fetchone()[0]
            if state == "queued" and not sent:
                conn.execute("UPDATE submissions SET state = 'cancelled', detail = ? WHERE id = ?",
                             (f"A duplicate of submission {live}, never sent; cancelled when LedgerDesk "
                              f"started to allow one submission per voucher and profile.", submission_id))
                conn.execute("UPDATE review SET state = 'cancelled' WHERE submission_id = ?", (submission_id,))
            conn.execute("UPDATE submissions SET superseded_by = ? WHERE id = ?", (live, submission_id))

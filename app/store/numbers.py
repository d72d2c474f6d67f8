"""The highest voucher number a profile has posted, for numbering new drafts.

Only numbers made of ASCII digits count ('B-12' does not); their value counts, so '0099' < '100'. The
query is answered by migration 003's partial index: one lookup however many submissions are stored.
"""

from __future__ import annotations

import sqlite3

# Both conditions repeat the index's WHERE clause word for word: SQLite uses a partial index only then.
_HIGHEST = ("SELECT MAX(CAST(number AS INTEGER)) FROM review "
            "WHERE profile = ? AND number GLOB '[0-9]*' AND number NOT GLOB '*[^0-9]*'")


def highest_posted_number(conn: sqlite3.Connection, profile: str) -> int | None:
    """The highest all-digit number among `profile`'s submissions (any state); None when there is none."""
    return conn.execute(_HIGHEST, (profile,)).fetchone()[0]

"""Single indexed lookups the main window needs when it opens, without the review query layer.

* The highest voucher number a profile has posted, for numbering new drafts. Only numbers made of ASCII
  digits count ('B-12' does not); their value counts, so '0099' < '100'. Migration 003's partial index
  answers it with one lookup however many submissions are stored.
* How many vouchers are uncertain (maybe posted), for the banner; `review_state` counts them.

app/store/review.py answers the same questions in general (tests/store/test_lookups.py holds them equal);
these exist so the window opens without importing it.
"""

from __future__ import annotations

import sqlite3

# Both conditions repeat the index's WHERE clause word for word: SQLite uses a partial index only then.
_HIGHEST = ("SELECT MAX(CAST(number AS INTEGER)) FROM review "
            "WHERE profile = ? AND number GLOB '[0-9]*' AND number NOT GLOB '*[^0-9]*'")


def highest_posted_number(conn: sqlite3.Connection, profile: str) -> int | None:
    """The highest all-digit number among `profile`'s submissions (any state); None when there is none."""
    return conn.execute(_HIGHEST, (profile,)).fetchone()[0]


def uncertain_count(conn: sqlite3.Connection) -> int:
    """How many submissions wait for the bookkeeper's decision (state `uncertain`), over all profiles."""
    return conn.execute("SELECT count(*) FROM review WHERE state = 'uncertain'").fetchone()[0]

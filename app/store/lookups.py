"""Single indexed lookups the main window needs when it opens, without the review query layer.

* The highest voucher number a profile has posted, for numbering new drafts. Only numbers made of ASCII
  digits count ('B-12' does not); their value counts, so '0099' < '100'. Migration 003's partial index
  answers it with one lookup however many submissions are stored.
* How many vouchers are uncertain (maybe posted), for the banner; `review_state` counts them.
* Voucher numbers unique per profile: `next_voucher_number` (drafts, open tabs and submissions together) and
  `number_in_use` (which other voucher has a number), each an index lookup (migration 006).

app/store/review.py answers the same questions in general (tests/store/test_lookups.py holds them equal);
these exist so the window opens without importing it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.issues import Issue, warning
from app.store.states import SubmissionState

# Both conditions repeat the index's WHERE clause word for word: SQLite uses a partial index only then.
_HIGHEST = ("SELECT MAX(CAST(number AS INTEGER)) FROM review "
            "WHERE profile = ? AND number GLOB '[0-9]*' AND number NOT GLOB '*[^0-9]*'")


def highest_posted_number(conn: sqlite3.Connection, profile: str) -> int | None:
    """The highest all-digit number among `profile`'s submissions (any state); None when there is none."""
    highest: int | None = conn.execute(_HIGHEST, (profile,)).fetchone()[0]
    return highest


def uncertain_count(conn: sqlite3.Connection) -> int:
    """How many submissions wait for the bookkeeper's decision (state `uncertain`), over all profiles."""
    count: int = conn.execute("SELECT count(*) FROM review WHERE state = ?", (SubmissionState.UNCERTAIN,)).fetchone()[0]
    return count


# A draft's number, as migration 006 indexes it (the same expression, or SQLite will not use the index).
_DRAFT_NUMBER = "(CASE WHEN json_valid(content) THEN json_extract(content, '$.number') END)"
_DRAFT_HIGHEST = (f"SELECT MAX(CAST({_DRAFT_NUMBER} AS INTEGER)) FROM drafts WHERE profile = ? AND archived = 0 "
                  f"AND {_DRAFT_NUMBER} GLOB '[0-9]*' AND {_DRAFT_NUMBER} NOT GLOB '*[^0-9]*'")
_DRAFT_USE = (f"SELECT id FROM drafts WHERE profile = ? AND archived = 0 AND {_DRAFT_NUMBER} = ? AND id != ? "
              "LIMIT 1")
_SUBMISSION_USE = ("SELECT voucher_id, state, date FROM review WHERE profile = ? AND number = ? AND voucher_id != ? "
                   "ORDER BY submission_id DESC LIMIT 1")


@dataclass(frozen=True)
class NumberUse:
    """Where a voucher number is already used: `kind` is "draft" or "submission"; state and date for the latter."""

    kind: str
    voucher_id: str
    state: str = ""
    date: str = ""

    def as_issue(self, number: str) -> Issue:
        """The warning on the number cell (the window shows it; a target may take a duplicate number)."""
        if self.kind == "draft":
            where = "another open draft of this profile"
        else:
            where = f"a submitted voucher ({self.state}{', dated ' + self.date if self.date else ''})"
        return warning("number", f"Number {number.strip()} is already used by {where}; give this voucher "
                       "another number.", "number_in_use")


def next_voucher_number(conn: sqlite3.Connection, profile: str, open_numbers: Iterable[str]) -> str:
    """One more than the highest all-digit number among the profile's open drafts, its submissions (any
    state: a rejected voucher's number may still be in the ledger) and `open_numbers` (tabs not saved yet)."""
    values = [int(n) for n in (str(n).strip() for n in open_numbers) if n.isascii() and n.isdigit()]
    for query in (_HIGHEST, _DRAFT_HIGHEST):
        highest = conn.execute(query, (profile,)).fetchone()[0]
        if highest is not None:
            values.append(highest)
    return str(max(values) + 1) if values else "1"


def number_in_use(conn: sqlite3.Connection, profile: str, number: str, except_voucher_id: str) -> NumberUse | None:
    """Where another voucher of `profile` (not `except_voucher_id`) already has `number`; None when none has.

    Numbers are compared as typed (trimmed): "0099" and "99" are different numbers to the targets.
    """
    number = number.strip()
    if not number:
        return None
    row = conn.execute(_SUBMISSION_USE, (profile, number, except_voucher_id)).fetchone()
    if row is not None:
        return NumberUse("submission", row[0], row[1], row[2])
    row = conn.execute(_DRAFT_USE, (profile, number, except_voucher_id)).fetchone()
    return NumberUse("draft", row[0]) if row is not None else None

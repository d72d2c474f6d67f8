"""Building submissions for the review tests through the outbox, as queue_voucher stores them."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

from app.domain.money import format_amount
from app.domain.targets import Target
from app.domain.voucher import Voucher
from app.domain.voucher_file import dump_voucher_file
from app.store.outbox import Outbox
from app.store.review_index import review_entry
from tests.domain.builders import line, voucher
from app.store.states import SubmissionState

__all__ = ["line", "voucher", "submit", "assert_index_current", "stored_entry"]


def submit(conn: sqlite3.Connection, v: Voucher, *, profile: str = "acme", target: str = "confirma",
           state: SubmissionState = SubmissionState.QUEUED, total: Decimal | None = None) -> int:
    """Enqueue `v` like queue_voucher does (summary total = Σ debit unless given), then move it to `state`."""
    outbox = Outbox(conn)
    debit = total if total is not None else sum((ln.debit or Decimal(0)) for ln in v.lines)
    summary = {"date": v.date.isoformat() if v.date else "", "number": v.number, "description": v.description,
               "total": format_amount(debit), "currency": v.currency, "entries": 1}
    sid = outbox.enqueue(voucher_id=v.identifier, profile=profile, target=target,
                         voucher=dump_voucher_file(v, Target(target)), summary=summary, bodies=["{}"])
    if state != SubmissionState.QUEUED:
        outbox.set_state(sid, state)
    return sid


def stored_entry(conn: sqlite3.Connection, submission_id: int) -> tuple:
    """The review row as stored, in review_entry's field order."""
    return tuple(conn.execute("SELECT submission_id, voucher_id, date, number, description, profile, target, state, "
                              "total_cents, currency, remote_ids, updated_at, accounts, search, who FROM review "
                              "WHERE submission_id = ?", (submission_id,)).fetchone())


def assert_index_current(conn: sqlite3.Connection) -> None:
    """Every submission has exactly the review row a fresh computation gives, and nothing else is indexed."""
    ids = [r[0] for r in conn.execute("SELECT id FROM submissions ORDER BY id")]
    assert [r[0] for r in conn.execute("SELECT submission_id FROM review ORDER BY submission_id")] == ids
    for sid in ids:
        entry = review_entry(conn, sid)
        assert stored_entry(conn, sid) == tuple(vars(entry).values()), f"submission {sid} is stale"
    if isinstance(conn, sqlite3.Connection) and conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'review_fts'").fetchone():  # PostgreSQL: an index, always current
        conn.execute("INSERT INTO review_fts (review_fts) VALUES ('integrity-check')")

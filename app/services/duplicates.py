""""Looks like voucher 1234 posted on 3.11.": a voucher whose date, total and accounts equal one the same profile
posted in the last 30 days. A warning, never a refusal: the same rent may really be paid twice on one day.

The review index (app/store/review_index.py) already keeps each submission's date, total in cents (Σ debit with
VAT, as queued) and accounts (sorted, spaced); the date index narrows the search to one day of one profile.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from app.domain.issues import Issue, warning
from app.domain.messages import Message
from app.domain.money import to_cents
from app.domain.voucher import Voucher
from app.store.backend import Connection
from app.store.states import POSTED_STATES

WINDOW = timedelta(days=30)
_MARKS = ", ".join("?" for _ in POSTED_STATES)
_SAME = ("SELECT submission_id, number, updated_at FROM review WHERE date = ? AND profile = ? AND total_cents = ? "
         f"AND accounts = ? AND voucher_id != ? AND updated_at >= ? AND state IN ({_MARKS}) "
         "ORDER BY submission_id DESC LIMIT 1")


def voucher_accounts(voucher: Voucher) -> str:
    """The accounts a voucher's lines touch, as the review index keeps them: " 1910 6300 "."""
    accounts = sorted({line.account.strip() for line in voucher.lines} - {""})
    return f" {' '.join(accounts)} " if accounts else ""


def possible_duplicates(conn: Connection, profile: str, voucher: Voucher, total_debit: Decimal,
                        now: datetime | None = None) -> list[Issue]:
    """A warning when `profile` posted another voucher with this date, total (Σ debit with VAT) and accounts in
    the last 30 days; none otherwise (or for a voucher without a date or lines)."""
    if voucher.date is None or not voucher.lines or not total_debit.is_finite():
        return []
    cutoff = ((now or datetime.now(UTC)) - WINDOW).astimezone(UTC).isoformat(timespec="microseconds")
    row = conn.execute(_SAME, (voucher.date.isoformat(), profile, to_cents(total_debit), voucher_accounts(voucher),
                               voucher.identifier, cutoff, *POSTED_STATES)).fetchone()
    if row is None:
        return []
    submission, number, updated_at = row[0], str(row[1]).strip(), row[2]
    posted = datetime.fromisoformat(updated_at).astimezone().date()
    message = (Message("possible_duplicate", number=number, day=posted) if number
               else Message("possible_duplicate_unnumbered", submission=int(submission), day=posted))
    return [warning("date", message, "possible_duplicate")]

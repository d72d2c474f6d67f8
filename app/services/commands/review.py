"""Commands of the review list: a posted voucher as a new draft (a copy dated today, or its reversal), with
the profile's next free number, and the filtered list exported as CSV."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from app.store.backend import Connection
from app.domain.targets import Target
from app.domain.voucher import Voucher
from app.services.commands.outbox import next_number
from app.services.review_actions import copy_as_draft, export_csv, reversal
from app.services.session import open_store
from app.store.review import ReviewFilter


def draft_from_posted(conn: Connection, voucher: Voucher, *, reverse: bool, profile: str, target: Target,
                      today: date, taken: Iterable[str] = ()) -> Voucher:
    """A new draft from a posted voucher: its copy dated `today`, or its reversal (dates kept, so the VAT
    rows cancel), numbered as Ctrl+N would number it on `profile` (never the original's number)."""
    draft = reversal(voucher, target) if reverse else copy_as_draft(voucher, today)
    if not draft.number:
        draft.number = next_number(conn, profile, taken)
    return draft


def export_review(review_filter: ReviewFilter, path: Path) -> int:
    """The filtered vouchers and their lines as CSV at `path`, through a connection of its own; the number
    of lines written."""
    conn = open_store()
    try:
        return export_csv(conn, review_filter, path)
    finally:
        conn.close()

"""The strict file limits are for files from elsewhere: what LedgerDesk queued itself is always sent."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.client import RetryPolicy, Timeouts
from app.domain.money import parse_amount
from app.domain.targets import Target
from app.domain.voucher import Voucher, VoucherLine
from app.sandbox.infinity import DEFAULT_INFINITY_TOKEN
from app.services.submission import Submitter, queue_voucher
from app.store.database import connect
from app.store.review import ReviewQuery
from app.store.settings import Profile
from app.store.states import SubmissionState


pytestmark = pytest.mark.sandbox(sync_delay=0.1)


def test_a_grid_voucher_with_a_long_exchange_rate_is_sent_after_queueing(sandbox, tmp_path):
    # The grid reads a rate with parse_amount, which has no digit bound; a file could not carry this rate.
    rate = parse_amount("0.93456789012345678")
    voucher = Voucher(date=date(2025, 1, 1), description="Hotel", currency="EUR", exchange_rate=rate, lines=[
        VoucherLine(account="1000", text="Hotel", debit=Decimal("120.50")),
        VoucherLine(account="1020", text="Hotel", credit=Decimal("120.50"))])
    profile = Profile(name="inf", target=Target.INFINITY, environment="sandbox", base_url=sandbox.infinity_url)
    conn = connect(tmp_path / "db.sqlite3")
    queued = queue_voucher(conn, voucher, profile)
    assert queued.submission_id is not None, queued
    with Submitter(conn, profile, lambda: DEFAULT_INFINITY_TOKEN, timeouts=Timeouts(connect=2, read=2),
                   retry=RetryPolicy(attempts=2, backoff=0.05, status_checks=2)) as submitter:
        report = submitter.send(queued.submission_id)
        assert report.state == SubmissionState.ACCEPTED, report
    detail = ReviewQuery(conn).detail(queued.submission_id)  # the review list opens the same frozen copy
    assert detail.voucher_error == "" and detail.voucher.exchange_rate == rate

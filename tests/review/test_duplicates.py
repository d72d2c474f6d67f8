"""The duplicate warning's query: same profile, date, total and accounts, posted in the last 30 days (real SQLite
and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.domain.issues import Severity
from app.services.duplicates import possible_duplicates
from app.store.states import SubmissionState
from tests.review.support import line, submit, voucher

RENT = dict(day="2026-11-03", number="1234", identifier="rent-nov")


def rent(**changes):
    fields = {**RENT, **changes}
    lines = fields.pop("lines", (line("6300", "1200.00"), line("1910", credit="1200.00")))
    return voucher(*lines, **fields)


@pytest.fixture
def conn(store_conn):
    """Both backends: the local SQLite file and the team database (PostgreSQL)."""
    return store_conn


def warned(conn, v, profile="acme", total="1200.00", now=None):
    return possible_duplicates(conn, profile, v, Decimal(total), now=now)


def test_a_voucher_like_one_posted_last_week_is_warned_about_with_its_number_and_day(conn):
    submit(conn, rent(), state=SubmissionState.SYNCED)
    (issue,) = warned(conn, rent(identifier="rent-nov-again", number="1240"))
    assert issue.severity is Severity.WARNING and issue.code == "possible_duplicate" and issue.field == "date"
    posted = datetime.now(UTC).astimezone().date()
    assert dict(issue.params) == {"number": "1234", "day": posted}
    assert str(issue.message) == (f"This looks like voucher 1234, posted on {posted.isoformat()} with the same date, "
                                  "total and accounts. Check that it is not entered twice.")


def test_accounts_are_compared_as_a_set_and_the_lines_order_does_not_matter(conn):
    submit(conn, rent(), state=SubmissionState.ACCEPTED)
    swapped = rent(identifier="other", lines=(line("1910", credit="1200.00"), line("6300", "1200.00")))
    assert len(warned(conn, swapped)) == 1


@pytest.mark.parametrize("other", [
    dict(day="2026-11-04"),                                                      # another date
    dict(lines=(line("6310", "1200.00"), line("1910", credit="1200.00"))),       # other accounts
])
def test_another_date_or_other_accounts_is_no_duplicate(conn, other):
    submit(conn, rent(), state=SubmissionState.SYNCED)
    assert warned(conn, rent(identifier="other", **other)) == []


def test_another_total_another_profile_or_the_same_voucher_is_no_duplicate(conn):
    submit(conn, rent(), state=SubmissionState.SYNCED)
    assert warned(conn, rent(identifier="other"), total="1200.01") == []
    assert warned(conn, rent(identifier="other"), profile="beta") == []
    assert warned(conn, rent()) == []  # itself: "already posted" says that, not this


@pytest.mark.parametrize("state", [SubmissionState.QUEUED, SubmissionState.REJECTED, SubmissionState.CANCELLED])
def test_only_a_posted_voucher_counts(conn, state):
    submit(conn, rent(), state=state)
    assert warned(conn, rent(identifier="other")) == []


def test_a_voucher_posted_more_than_30_days_ago_is_not_warned_about(conn):
    submit(conn, rent(), state=SubmissionState.SYNCED)
    assert len(warned(conn, rent(identifier="other"), now=datetime.now(UTC) + timedelta(days=29))) == 1
    assert warned(conn, rent(identifier="other"), now=datetime.now(UTC) + timedelta(days=31)) == []


def test_an_unnumbered_voucher_is_named_by_its_submission(conn):
    sid = submit(conn, rent(number=""), state=SubmissionState.SYNCED)
    (issue,) = warned(conn, rent(identifier="other", number=""))
    assert issue.message.code == "possible_duplicate_unnumbered" and dict(issue.params)["submission"] == sid


def test_a_voucher_without_a_date_is_not_searched(conn):
    submit(conn, rent(), state=SubmissionState.SYNCED)
    assert warned(conn, rent(identifier="other", day=None)) == []

"""The review index follows every outbox change: enqueue, claim, send, settle, recover, requeue, refresh."""

from __future__ import annotations

import json
import time
from decimal import Decimal

import pytest

from app.client import RetryPolicy, Timeouts
from app.domain.targets import Target
from app.sandbox.server import DEFAULT_CONFIRMA_KEY
from app.sandbox.infinity import DEFAULT_INFINITY_TOKEN
from app.services.submission import Submitter, queue_voucher
from app.services.voucher_files import read_voucher_file
from app.store.backend import is_postgresql
from app.store.leases import LEASE_ENV
from app.store.outbox import Outbox
from app.store.review import ReviewFilter, ReviewQuery
from app.store.review_index import reindex_all
from app.store.settings import Profile
from tests.conftest import EXAMPLES
from tests.review.support import assert_index_current, line, submit, voucher
from app.store.states import RequestState, SubmissionState
from app.store.audit import AuditEvent

TIMEOUTS = Timeouts(connect=2, read=2)
RETRY = RetryPolicy(attempts=2, backoff=0.05, status_checks=2)


@pytest.fixture
def conn(store_conn):
    """The outbox on either backend: the index must follow it on both."""
    return store_conn


def profile_for(sandbox, target: Target) -> Profile:
    if target is Target.CONFIRMA:
        return Profile(name="sb", target=target, environment="sandbox", base_url=sandbox.confirma_url,
                       company_id="1234567-1")
    return Profile(name="inf", target=target, environment="sandbox", base_url=sandbox.infinity_url)


def test_confirma_enqueue_send_and_status_refresh_keep_the_row_current(sandbox, sandbox_clock, conn):
    profile = profile_for(sandbox, Target.CONFIRMA)
    loaded = read_voucher_file(EXAMPLES / "confirma-documented.json").voucher
    sid = queue_voucher(conn, loaded, profile).submission_id
    query = ReviewQuery(conn)
    queued = query.row(sid)
    assert (queued.state, queued.number, str(queued.date), queued.total, queued.remote_ids) == (
        SubmissionState.QUEUED, "1001", "2025-12-13", Decimal("2990.00"), ("abc-123-def-456",))
    assert_index_current(conn)

    with Submitter(conn, profile, lambda: DEFAULT_CONFIRMA_KEY, timeouts=TIMEOUTS, retry=RETRY) as submitter:
        assert submitter.send(sid).state == SubmissionState.ACCEPTED
        accepted = query.row(sid)
        assert accepted.state == SubmissionState.ACCEPTED and accepted.updated_at > queued.updated_at
        assert_index_current(conn)
        sandbox_clock.advance(0.2)  # past the sandbox's sync delay
        assert [s.state for s in submitter.refresh_status()] == ["synced"]
    assert query.row(sid).state == "synced"
    detail = query.detail(sid)
    assert detail.voucher.identifier == "abc-123-def-456" and detail.voucher.lines == loaded.lines
    assert detail.voucher_error == "" and detail.submission.state == SubmissionState.SYNCED
    assert detail.row == query.row(sid)
    assert [r.state for r in detail.requests] == [RequestState.ACCEPTED]
    assert {AuditEvent.SENDING, AuditEvent.HTTP, AuditEvent.STATE} <= {a.event for a in detail.audit}
    assert query.count(ReviewFilter(states=(SubmissionState.SYNCED,))) == 1
    assert query.count(ReviewFilter(states=(SubmissionState.QUEUED,))) == 0
    assert_index_current(conn)


def test_infinity_send_records_the_booked_transaction_ids(sandbox, conn, tmp_path):
    profile = profile_for(sandbox, Target.INFINITY)
    loaded = read_voucher_file(EXAMPLES / "infinity-documented.json").voucher
    sid = queue_voucher(conn, loaded, profile).submission_id
    assert ReviewQuery(conn).row(sid).remote_ids == ()
    with Submitter(conn, profile, lambda: DEFAULT_INFINITY_TOKEN, timeouts=TIMEOUTS, retry=RETRY,
                   budget_path=tmp_path / "budget.json") as submitter:
        assert submitter.send(sid).state == SubmissionState.ACCEPTED
    row = ReviewQuery(conn).row(sid)
    booked = [t["id"] for r in Outbox(conn).requests(sid) for t in json.loads(r.result)]
    assert row.state == SubmissionState.ACCEPTED and booked and list(row.remote_ids) == booked
    assert row.currency == "CHF" and row.total == Decimal("120.50")
    assert_index_current(conn)


def test_every_outbox_path_keeps_the_index_current(conn, monkeypatch):
    monkeypatch.setenv(LEASE_ENV, "0.5")  # the team database recovers a claim whose lease ran out
    outbox = Outbox(conn)
    sid = submit(conn, voucher(line("6000", debit="10.00", text="Taxi"), line("1910", credit="10.00")),
                 target="infinity")
    two = outbox.enqueue(voucher_id="two", profile="p", target="infinity", voucher="{}", summary={},
                         bodies=["{}", "{}"])
    assert_index_current(conn)
    assert outbox.claim(sid, "gone:1:1")
    assert_index_current(conn)
    (request,) = outbox.requests(sid)
    outbox.set_request_state(request.id, RequestState.SENDING)
    time.sleep(0.6 if is_postgresql(conn) else 0)
    assert outbox.recover_abandoned(is_alive=lambda token: False) == [sid]
    assert ReviewQuery(conn).row(sid).state == SubmissionState.UNCERTAIN
    assert_index_current(conn)
    outbox.requeue(sid)
    assert ReviewQuery(conn).row(sid).state == SubmissionState.QUEUED
    assert_index_current(conn)
    outbox.claim(two, "host:1:1")
    first, second = outbox.requests(two)
    outbox.set_request_state(first.id, RequestState.ACCEPTED, [{"id": "T-1"}, {"id": "T-2", "isTaxTransaction": True}])
    assert ReviewQuery(conn).row(two).remote_ids == ("T-1", "T-2")
    outbox.set_request_state(second.id, RequestState.ACCEPTED, [{"id": "T-3"}])
    outbox.set_state(two, SubmissionState.ACCEPTED, detail="booked")
    assert ReviewQuery(conn).row(two).remote_ids == ("T-1", "T-2", "T-3")
    assert_index_current(conn)


def test_a_failed_outbox_change_leaves_the_index_as_it_was(conn):
    outbox = Outbox(conn)
    sid = submit(conn, voucher(line("6000", debit="5.00"), line("1910", credit="5.00")))
    with pytest.raises(ValueError):
        outbox.set_state(sid, "lost")
    assert ReviewQuery(conn).row(sid).state == SubmissionState.QUEUED
    assert_index_current(conn)


def test_reindex_all_repairs_a_damaged_index(conn):
    sid = submit(conn, voucher(line("6000", debit="5.00", text="Kahvi"), line("1910", credit="5.00")))
    conn.execute("UPDATE review SET state = ?, search = 'x', accounts = '' WHERE submission_id = ?",
                 (SubmissionState.SYNCED, sid))
    assert reindex_all(conn) == 1
    assert ReviewQuery(conn).count(ReviewFilter(text="kahvi", account="1910", states=(SubmissionState.QUEUED,))) == 1
    assert_index_current(conn)

"""Issue 16: settling re-checks the lease. A desktop that lost the team database for longer than its claim
must not settle over the result of the colleague who reconciled the voucher meanwhile. Real PostgreSQL
(two desktops, two connections), a real sandbox whose answer to the first desktop comes late."""

from __future__ import annotations

import threading
import time

import psycopg

from app.client import RetryPolicy, Timeouts
from app.domain.targets import Target
from app.sandbox.server import DEFAULT_CONFIRMA_KEY
from app.services.submission import Submitter, queue_voucher
from app.services.voucher_files import read_voucher_file
from app.store import leases
from app.store.audit import AuditLog
from app.store.postgres import PgConnection
from app.store.settings import Profile
from app.store.states import SubmissionState
from tests.conftest import EXAMPLES, reconnect


def cut_off_desktop(conn) -> PgConnection:
    """A desktop whose one open connection still works but which cannot open another one (the server cannot be
    reached from it any more): its lease heartbeat never gets through."""
    raw = psycopg.connect(conn.url, autocommit=True)
    return PgConnection(raw, conn.server)  # no opener: `sibling()` says unreachable


def test_a_late_answer_does_not_settle_over_the_colleague_who_reconciled_the_voucher(
        postgresql_store, sandbox, sandbox_clock, monkeypatch):
    monkeypatch.setenv(leases.LEASE_ENV, "0.5")
    profile = Profile(name="sb", target=Target.CONFIRMA, environment="sandbox", base_url=sandbox.confirma_url,
                      company_id="1234567-1")
    voucher = read_voucher_file(EXAMPLES / "confirma-documented.json").voucher
    sid = queue_voucher(postgresql_store, voucher, profile).submission_id
    sandbox.faults.add("delay", target="confirma", method="POST", seconds=3.0)  # the first desktop's answer is late
    desk_a, desk_b = cut_off_desktop(postgresql_store), reconnect(postgresql_store)
    late: list[object] = []
    sender_a = Submitter(desk_a, profile, lambda: DEFAULT_CONFIRMA_KEY, timeouts=Timeouts(connect=2, read=10),
                         retry=RetryPolicy(attempts=1, backoff=0.05, status_checks=1))
    thread = threading.Thread(target=lambda: late.append(sender_a.send(sid)))
    thread.start()
    time.sleep(1.2)  # desk A's request is out; its lease has run out, no heartbeat got through
    with Submitter(desk_b, profile, lambda: DEFAULT_CONFIRMA_KEY, timeouts=Timeouts(connect=2, read=5),
                   retry=RetryPolicy(attempts=2, backoff=0.05, status_checks=2)) as sender_b:
        reports = sender_b.reconcile()  # not at Confirma yet: sent again with the same identifier, accepted
        assert [r.state for r in reports] == [SubmissionState.ACCEPTED]
        sandbox_clock.advance(5)
        assert [s.state for s in sender_b.refresh_status()] == [SubmissionState.SYNCED]
    thread.join(timeout=20)
    sender_a.close()

    (report,) = late
    assert report.state == SubmissionState.SYNCED
    assert "another desktop has settled it meanwhile: it is synced now" in report.message
    stored = desk_b.execute("SELECT state, claimed_by FROM submissions WHERE id = ?", (sid,)).fetchone()
    assert tuple(stored) == (SubmissionState.SYNCED, None)  # not written back to accepted by the late answer
    notes = [e.note for e in AuditLog(desk_b).for_submission(sid)]
    assert any(n.startswith("not settled here: ") for n in notes)
    assert len(sandbox.state()["confirma"]["ledgers"]) == 1  # booked once, by whichever request Confirma took first
    desk_a.close()
    desk_b.close()


def test_a_send_that_kept_its_claim_settles_as_before(postgresql_store, sandbox):
    profile = Profile(name="sb", target=Target.CONFIRMA, environment="sandbox", base_url=sandbox.confirma_url,
                      company_id="1234567-1")
    sid = queue_voucher(postgresql_store, read_voucher_file(EXAMPLES / "confirma-documented.json").voucher,
                        profile).submission_id
    with Submitter(postgresql_store, profile, lambda: DEFAULT_CONFIRMA_KEY, timeouts=Timeouts(connect=2, read=5),
                   retry=RetryPolicy(attempts=1, backoff=0.05, status_checks=1)) as sender:
        assert sender.send(sid).state == SubmissionState.ACCEPTED
    assert not any(e.note.startswith("not settled here") for e in AuditLog(postgresql_store).for_submission(sid))

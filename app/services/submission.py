"""Submitting vouchers: the outbox is the only way anything is sent.

`queue_voucher` (queueing.py) validates and freezes what will be sent; `Submitter.send` claims one queued
submission, loads it and its requests once, sends them through the sender of its target (senders/), and
settles the outcome in one transaction (settling.py). Reconciling is its own unit (reconciling.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import httpx

from app.client.confirma import ConfirmaClient
from app.client.infinity import InfinityClient
from app.store.backend import Connection, is_postgresql
from app.client.rate_budget import RateBudget
from app.client.transport import Exchange, RetryPolicy, Timeouts
from app.domain.messages import Message
from app.domain.targets import Target
from app.services import reconciling
from app.services.commands.context import client_profile
from app.services.decisions import resolve_uncertain
from app.services.queueing import QueueResult, queue_voucher
from app.services.senders import Sender
from app.services.senders.confirma import ConfirmaSender
from app.services.senders.infinity import InfinitySender
from app.services.settling import SubmitReport, settle
from app.services.team_budget import TeamRateBudget
from app.store.audit import AuditEvent, AuditLog
from app.store import leases
from app.store.installation import installation
from app.store.outbox import Outbox, RequestRow, Submission
from app.store.process_check import process_token
from app.store.team_location import bookkeeper_name
from app.store.profile import Profile

# queue_voucher lives in app/services/queueing.py and resolve_uncertain in decisions.py; callers of this
# module keep importing them from here.
__all__ = ["QueueResult", "SubmitReport", "Submitter", "queue_voucher", "resolve_uncertain"]

_TIMEOUTS, _RETRY = Timeouts(), RetryPolicy()  # frozen: one default each


class Submitter:
    """Sends a profile's queued submissions through its client, recording every exchange in the audit log."""

    def __init__(self, conn: Connection, profile: Profile, key_supplier: Callable[[], str], *,
                 transport: httpx.BaseTransport | None = None, budget_path: Path | None = None,
                 timeouts: Timeouts = _TIMEOUTS, retry: RetryPolicy = _RETRY,
                 sleep: Callable[[float], None] = time.sleep,
                 progress: Callable[[str], None] = lambda message: None) -> None:
        self.conn = conn
        self.profile = profile
        self.outbox = Outbox(conn)
        self.audit = AuditLog(conn)
        # The team database's desktops cannot see each other's processes: there a claim is a lease (leases.py).
        self.claimer = (leases.holder(bookkeeper_name(), installation().id) if is_postgresql(conn)
                        else process_token())
        self._context: tuple[int | None, int | None] = (None, None)
        connection = client_profile(profile, key_supplier)
        self.sender: Sender
        if profile.target is Target.CONFIRMA:
            confirma = ConfirmaClient(connection, transport=transport, timeout=timeouts, retry=retry, sleep=sleep,
                                      observer=self._record)
            self.client: ConfirmaClient | InfinityClient = confirma
            self.sender = ConfirmaSender(confirma, self.outbox, self._note_sending, self._in_context)
        else:
            # The team database counts one budget for the whole office; SQLite, the user's shared state file.
            budget = TeamRateBudget(conn) if is_postgresql(conn) else RateBudget(budget_path)
            infinity = InfinityClient(connection, budget=budget, transport=transport,
                                      timeout=timeouts, retry=retry, sleep=sleep, observer=self._record)
            self.client = infinity
            self.sender = InfinitySender(infinity, self.outbox, self._note_sending, self._in_context, progress, sleep)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Submitter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _in_context(self, submission_id: int, request_id: int) -> None:
        self._context = (submission_id, request_id)  # the audit rows of the exchanges that follow name them

    def _record(self, exchange: Exchange) -> None:
        submission_id, request_id = self._context
        self.audit.append(profile=self.profile.name, event=AuditEvent.HTTP, submission_id=submission_id,
                          request_id=request_id, method=exchange.method, url=exchange.url,
                          request_body=exchange.request_body, response_status=exchange.status,
                          response_body=exchange.response_body, note=exchange.outcome)

    def _note_sending(self, submission: Submission, request: RequestRow) -> None:
        # Written before the request leaves: if LedgerDesk dies while it is in flight, no exchange row
        # follows, and this row is the audit log's record of what may have arrived.
        self.audit.append(profile=self.profile.name, event=AuditEvent.SENDING, submission_id=submission.id,
                          request_id=request.id, request_body=request.body,
                          note=f"sending request {request.seq}; an http row follows when an answer or error comes")

    # --- sending -------------------------------------------------------------------------------

    def send_queued(self) -> list[SubmitReport]:
        """Send every queued submission of this profile, oldest first."""
        reports = []
        while (submission := self.outbox.claim_next(self.claimer, self.profile.name)) is not None:
            reports.append(self._send_claimed(submission))
        return reports

    def send(self, submission_id: int) -> SubmitReport:
        """Claim one queued submission of this profile and send it; a submission another process holds, or
        one queued under another profile, is left alone (each profile's key goes only to its own server)."""
        current = self.outbox.get(submission_id)
        if current.profile != self.profile.name or current.target != self.profile.target.value:
            return SubmitReport(submission_id, current.state,
                                Message("submission_other_profile", submission=submission_id,
                                        owner=current.profile, target=current.target, profile=self.profile.name))
        if not self.outbox.claim(submission_id, self.claimer, profile=self.profile.name):
            current = self.outbox.get(submission_id)
            return SubmitReport(submission_id, current.state,
                                current.detail or Message("submission_is", state=str(current.state)))
        return self._send_claimed(self.outbox.get(submission_id))

    def _send_claimed(self, submission: Submission) -> SubmitReport:
        requests = self.outbox.requests(submission.id)  # loaded once: the sender and settling work from these
        with self._heartbeat(submission.id):  # the lease is renewed while the requests are out
            sent = self.sender.send(submission, requests)
        return settle(self.conn, submission, requests, sent)

    def _heartbeat(self, submission_id: int) -> AbstractContextManager[object]:
        if not is_postgresql(self.conn):
            return nullcontext()
        return leases.Heartbeat(lambda: leases.sibling(self.conn), submission_id, self.claimer)

    # --- after a crash, and Confirma's sync status ------------------------------------------------

    def reconcile(self) -> list[SubmitReport]:
        """Settle what a stopped process left behind (reconciling.py)."""
        return reconciling.reconcile(self)

    def refresh_status(self) -> list[Submission]:
        """Read Confirma's sync status (reconciling.py); StatusUnavailable when it cannot be read."""
        return reconciling.refresh_status(self)

"""Submitting vouchers: the outbox is the only way anything is sent.

queue_voucher validates and queues; Submitter.send claims a queued submission and sends its requests
one by one, committing each state before the network call that follows it; Submitter.reconcile turns
what a dead process left in `sending` into `uncertain` and settles Confirma's by asking its status list.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable
from decimal import Decimal
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from app.domain.messages import Message
from app.client import (Accepted, AuthFailed, ClientProfile, ConfirmaClient, InfinityClient, NotSent, Outcome,
                        RateLimited, Rejected, RetryPolicy, Timeouts, Transient, Uncertain, Unexpected)
from app.client.confirma import StatusUnavailable
from app.client.confirma_models import LedgerStatus, SyncStatus
from app.client.rate_budget import RateBudget
from app.client.transport import Exchange
from app.client.field_mapping import row_lines_from_body
from app.domain.issues import Issue
from app.domain.money import from_cents
from app.domain.targets import Target
from app.domain.targets.infinity import plan_infinity_entries
from app.domain.targets.infinity_booking import booking_differences
from app.domain.voucher_file import read_stored_voucher
from app.services.crashpoints import crash_point
from app.services.decisions import resolve_uncertain
from app.services.queueing import QueueResult, entry_from_json, profile_tables, queue_voucher
from app.store.audit import AuditEvent, AuditLog
from app.store.database import transaction
from app.store.outbox import Outbox, RequestRow, Submission, process_token
from app.store.settings import Profile
from app.store.states import AWAITING_SYNC_STATES, RequestState, SubmissionState

log = logging.getLogger(__name__)

# queue_voucher lives in app/services/queueing.py and resolve_uncertain in decisions.py; callers of this
# module keep importing them from here.
__all__ = ["QueueResult", "SubmitReport", "Submitter", "profile_tables", "queue_voucher", "resolve_uncertain"]



@dataclass
class SubmitReport:
    """A voucher's outcome as the bookkeeper sees it."""

    submission_id: int
    state: SubmissionState
    message: str
    field_issues: list[Issue] = field(default_factory=list)
    transactions: list[dict] = field(default_factory=list)  # Infinity: what each entry created


class Submitter:
    """Sends a profile's queued submissions through its client, recording every exchange in the audit log."""

    def __init__(self, conn: sqlite3.Connection, profile: Profile, key_supplier: Callable[[], str], *,
                 transport: httpx.BaseTransport | None = None, budget_path: Path | None = None,
                 timeouts: Timeouts = Timeouts(), retry: RetryPolicy = RetryPolicy(),
                 sleep: Callable[[float], None] = time.sleep,
                 progress: Callable[[str], None] = lambda message: None) -> None:
        self.conn = conn
        self.profile = profile
        self.outbox = Outbox(conn)
        self.audit = AuditLog(conn)
        self.progress = progress
        self.sleep = sleep
        self.claimer = process_token()
        self._context: tuple[int | None, int | None] = (None, None)
        client_profile = ClientProfile(name=profile.name, target=profile.target, base_url=profile.base_url,
                                       environment=profile.environment, key_supplier=key_supplier,
                                       auth_header=profile.auth_header)
        common = dict(transport=transport, timeout=timeouts, retry=retry, sleep=sleep, observer=self._record)
        if profile.target is Target.CONFIRMA:
            self.client: ConfirmaClient | InfinityClient = ConfirmaClient(client_profile, **common)
        else:
            self.client = InfinityClient(client_profile, budget=RateBudget(budget_path), **common)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Submitter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _record(self, exchange: Exchange) -> None:
        submission_id, request_id = self._context
        self.audit.append(profile=self.profile.name, event=AuditEvent.HTTP, submission_id=submission_id,
                          request_id=request_id, method=exchange.method, url=exchange.url,
                          request_body=exchange.request_body, response_status=exchange.status,
                          response_body=exchange.response_body, note=exchange.outcome)

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

    def _note_sending(self, submission: Submission, request: RequestRow) -> None:
        # Written before the request leaves: if LedgerDesk dies while it is in flight, no exchange row
        # follows, and this row is the audit log's record of what may have arrived.
        self.audit.append(profile=self.profile.name, event=AuditEvent.SENDING, submission_id=submission.id,
                          request_id=request.id, request_body=request.body,
                          note=f"sending request {request.seq}; an http row follows when an answer or error comes")

    def _send_claimed(self, submission: Submission) -> SubmitReport:
        if submission.target == Target.CONFIRMA.value:
            return self._send_confirma(submission)
        return self._send_infinity(submission)

    def _send_confirma(self, submission: Submission) -> SubmitReport:
        (request,) = self.outbox.requests(submission.id)
        body = json.loads(request.body, parse_float=Decimal)
        # Frozen when it was queued; a request from before schema 4 maps rows from its body alone.
        row_lines = request.mapping_data.get("row_lines") or row_lines_from_body(body)
        self.outbox.set_request_state(request.id, RequestState.SENDING)
        self._note_sending(submission, request)
        crash_point("before-request")
        self._context = (submission.id, request.id)
        outcome = self.client.post_voucher(body, row_lines=row_lines)
        crash_point("after-response")
        return self._settle(submission, [request.id], outcome)

    def _send_infinity(self, submission: Submission) -> SubmitReport:
        all_requests = self.outbox.requests(submission.id)
        requests = [r for r in all_requests if r.state != RequestState.ACCEPTED]
        # Each request carries its planned entry and the cells its fields come from, frozen at queue time:
        # nothing is re-parsed or re-planned against a chart or VAT table that may have changed since.
        planned = {r.seq: entry_from_json(r.mapping_data.get("entry", {})) for r in requests}
        cells = {r.seq: r.mapping_data.get("cells") for r in requests}
        voucher = None
        if any(entry is None or cells[seq] is None for seq, entry in planned.items()):  # queued before schema 4
            voucher = read_stored_voucher(submission.voucher)
            table, _ = profile_tables(self.conn, self.profile)
            planned = {i: e for i, e in enumerate(plan_infinity_entries(voucher, table)[0], start=1)}
            cells = {}
        check = self.client.budget_check(len(requests))
        if not isinstance(check, Outcome) and check.wait_seconds > 0:
            self.progress(check.message)
        outcome: Outcome = Accepted(201)
        total = len(all_requests)
        for request in requests:
            self.outbox.set_request_state(request.id, RequestState.SENDING)
            self._note_sending(submission, request)
            crash_point("before-request")
            self._context = (submission.id, request.id)
            outcome = self.client.post_entry(json.loads(request.body, parse_float=Decimal), entry=planned.get(request.seq),
                                             voucher=voucher, cells=cells.get(request.seq))
            while isinstance(outcome, RateLimited) and outcome.local and outcome.retry_after is not None:
                # Our own budget held it back and nothing left: wait, say so, and try again.
                self.outbox.set_request_state(request.id, RequestState.QUEUED)
                self.progress(outcome.message)
                self.sleep(outcome.retry_after)
                self.outbox.set_request_state(request.id, RequestState.SENDING)
                outcome = self.client.post_entry(json.loads(request.body, parse_float=Decimal), entry=planned.get(request.seq),
                                                 voucher=voucher, cells=cells.get(request.seq))
            crash_point("after-response")
            if not isinstance(outcome, Accepted):
                return self._settle(submission, [request.id], outcome)
            self.outbox.set_request_state(request.id, RequestState.ACCEPTED,
                                          [t.model_dump(mode="json") for t in outcome.value])
            self.progress(Message("progress_entry_booked", entry=request.seq, total=total))
        return self._settle(submission, [], outcome)

    def _settle(self, submission: Submission, request_ids: list[int], outcome: Outcome) -> SubmitReport:
        """Record what an outcome means for the submission and the request that produced it."""
        with transaction(self.conn):  # request, submission and audit row commit together
            return self._settle_in_transaction(submission, request_ids, outcome)

    def _settle_in_transaction(self, submission: Submission, request_ids: list[int],
                               outcome: Outcome) -> SubmitReport:
        issues = list(getattr(outcome, "field_issues", ()))
        if isinstance(outcome, Accepted):
            for request_id in request_ids:
                self.outbox.set_request_state(request_id, RequestState.ACCEPTED, _jsonable(outcome.value))
            state, message = SubmissionState.ACCEPTED, outcome.message
            if submission.target == Target.INFINITY.value:
                message = self._booked_message(submission)
                differences = self._differences(submission)
                if differences:
                    state = SubmissionState.DIFFERS
                    message = Message("booked_differently", booked=message, differences="; ".join(differences))
        elif isinstance(outcome, Rejected):
            for request_id in request_ids:
                self.outbox.set_request_state(request_id, RequestState.REJECTED, {"message": outcome.message,
                                                                       "issues": [i.as_dict() for i in issues]})
            so_far = self._booked_so_far(submission)
            state, message = SubmissionState.REJECTED, (Message("sentences", first=outcome.message, rest=so_far)
                                                        if so_far else outcome.message)
        elif isinstance(outcome, (Uncertain, Unexpected)) or (
                isinstance(outcome, Transient) and submission.target == Target.INFINITY.value):
            # It may have been booked: never sent again without reconciling or the user's word.
            for request_id in request_ids:
                self.outbox.set_request_state(request_id, RequestState.UNCERTAIN, {"message": outcome.message})
            state, message = SubmissionState.UNCERTAIN, outcome.message
        else:
            # NotSent, AuthFailed, RateLimited, Confirma's Transient after its status check: nothing was
            # booked, so the submission waits in the queue for the next send.
            for request_id in request_ids:
                self.outbox.set_request_state(request_id, RequestState.QUEUED)
            state, message = SubmissionState.QUEUED, outcome.message
        self.outbox.set_state(submission.id, state, detail=message)
        self.audit.append(profile=self.profile.name, event=AuditEvent.STATE, submission_id=submission.id,
                          note=f"{state}: {message}")
        transactions = [t for r in self.outbox.requests(submission.id)
                        if r.state == RequestState.ACCEPTED and submission.target == Target.INFINITY.value
                        for t in json.loads(r.result or "[]") if isinstance(t, dict)]
        return SubmitReport(submission.id, state, message, issues, transactions)

    def _booked_message(self, submission: Submission) -> Message:
        requests = self.outbox.requests(submission.id)
        transactions = [t for r in requests for t in json.loads(r.result or "[]") if isinstance(t, dict)]
        vat = sum(t.get("amount", 0) for t in transactions if t.get("isTaxTransaction"))
        net = sum(t.get("amount", 0) for t in transactions if not t.get("isTaxTransaction"))

        currencies = sorted({str(t["currency"]) for t in transactions if t.get("currency")})
        unit = f" {'/'.join(currencies)}" if currencies else ""  # the books' currency, named: CHF, not the voucher's
        return Message("infinity_booked_entry" if len(requests) == 1 else "infinity_booked_entries",
                       entries=len(requests), count=len(transactions), net=from_cents(net), vat=from_cents(vat),
                       currency=unit)

    def _differences(self, submission: Submission) -> list[str]:
        """What Infinity booked against what the preview predicted, entry by entry (frozen at queue time)."""
        found = []
        requests = self.outbox.requests(submission.id)
        for request in requests:
            predicted = request.mapping_data.get("predicted")
            if (request.state != RequestState.ACCEPTED or not isinstance(predicted, dict)
                    or "original_net" not in predicted):
                continue  # queued before schema 4, or marked posted by the bookkeeper: nothing to compare
            result = json.loads(request.result or "[]")
            if not isinstance(result, list):
                continue  # {"resolved": ...}: the bookkeeper said it arrived; Infinity's answer is unknown
            booked = [t for t in result if isinstance(t, dict)]
            for difference in booking_differences(predicted, booked):
                found.append(f"entry {request.seq}: {difference}" if len(requests) > 1 else difference)
        return found

    def _booked_so_far(self, submission: Submission) -> str:
        booked = [r.seq for r in self.outbox.requests(submission.id) if r.state == RequestState.ACCEPTED]
        if not booked:
            return ""
        if len(booked) == 1:
            return Message("infinity_entry_booked_so_far", entry=booked[0])
        return Message("infinity_entries_booked_so_far", entries=", ".join(map(str, booked)))

    # --- after a crash, and the user's decisions -------------------------------------------------

    def reconcile(self) -> list[SubmitReport]:
        """Settle what a stopped process left behind. Confirma: ask its status list, re-send with the same
        identifier only when absent. Infinity: leave uncertain entries for the bookkeeper to decide."""
        self.outbox.recover_abandoned()
        reports = []
        for submission in self.outbox.list((SubmissionState.UNCERTAIN,), self.profile.name):
            if submission.target != Target.CONFIRMA.value:
                continue
            try:
                status = self.client.status_of(submission.voucher_id)
            except StatusUnavailable as exc:
                reports.append(SubmitReport(submission.id, SubmissionState.UNCERTAIN, exc.outcome.message))
                continue
            self.audit.append(profile=self.profile.name, event=AuditEvent.RECONCILE, submission_id=submission.id,
                              note="found at Confirma" if status else "not at Confirma: sending again")
            if status is not None:
                for request in self.outbox.requests(submission.id):
                    self.outbox.set_request_state(request.id, RequestState.ACCEPTED, status.model_dump(mode="json"))
                self.outbox.set_state(submission.id, _confirma_state(status), detail=status.message,
                                      remote_status=status.documentStatus)
                reports.append(SubmitReport(submission.id, _confirma_state(status), status.message))
            else:
                self.outbox.requeue(submission.id)
                reports.append(self.send(submission.id))
        return reports

    def refresh_status(self) -> list[Submission]:
        """Read Confirma's sync status and move accepted/pending submissions to pending/synced/failed."""
        if self.profile.target is not Target.CONFIRMA:
            return []
        watched = {s.voucher_id: s for s in self.outbox.list(AWAITING_SYNC_STATES, self.profile.name)}
        if not watched:
            return []
        outcome = self.client.sync_status()
        if not isinstance(outcome, Accepted):
            raise StatusUnavailable(outcome)
        changed = []
        for status in outcome.value:
            submission = watched.get(status.sourceIdentifier)
            if submission is None:
                continue
            state = _confirma_state(status)
            if state != submission.state or status.documentStatus != submission.remote_status:
                self.outbox.set_state(submission.id, state, detail=status.message,
                                      remote_status=status.documentStatus)
                changed.append(self.outbox.get(submission.id))
        return changed


def _confirma_state(status: LedgerStatus) -> SubmissionState:
    """The submission's state for Confirma's sync status of it."""
    return _CONFIRMA_STATES[status.state]


_CONFIRMA_STATES = {SyncStatus.PENDING: SubmissionState.PENDING, SyncStatus.SYNCED: SubmissionState.SYNCED,
                    SyncStatus.FAILED: SubmissionState.FAILED}


def _jsonable(value) -> object:
    if value is None:
        return {}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    return value

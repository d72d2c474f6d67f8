"""Settling a send: what its outcome means for the requests and the submission, written in one transaction
with its audit row. Works from the request rows the send was given and what it booked, never re-reading them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from app.client.outcomes import Accepted, Rejected, Transient, Uncertain, Unexpected
from app.store.backend import Connection, is_postgresql
from app.domain.issues import Issue
from app.domain.messages import Message
from app.domain.money import from_cents
from app.domain.targets import Target
from app.domain.targets.infinity_booking import booking_differences
from app.services.senders import Sent
from app.store.audit import AuditEvent, AuditLog
from app.store.database import transaction
from app.store.outbox import Outbox, RequestRow, Submission
from app.store.states import RequestState, SubmissionState


@dataclass(frozen=True)
class SubmitReport:
    """A voucher's outcome as the bookkeeper sees it."""

    submission_id: int
    state: SubmissionState
    message: str
    field_issues: tuple[Issue, ...] = ()
    transactions: tuple[dict[str, Any], ...] = field(default=())  # Infinity: what each entry created


def settle(conn: Connection, submission: Submission, requests: list[RequestRow], sent: Sent) -> SubmitReport:
    """Record what `sent` means for `submission` (whose request rows, as loaded before sending, are
    `requests`): request states, the submission's state and detail, and the audit row, committed together."""
    outbox, outcome = Outbox(conn), sent.outcome
    rows = [replace(r, state=RequestState.ACCEPTED, result=json.dumps(sent.booked[r.id]))
            if r.id in sent.booked else r for r in requests]
    infinity = submission.target == Target.INFINITY.value
    issues = tuple(getattr(outcome, "field_issues", ()))
    if isinstance(outcome, Accepted):
        request_state, result = RequestState.ACCEPTED, _jsonable(outcome.value)
    elif isinstance(outcome, Rejected):
        request_state, result = RequestState.REJECTED, {"message": outcome.message,
                                                         "issues": [i.as_dict() for i in issues]}
    elif isinstance(outcome, (Uncertain, Unexpected)) or (isinstance(outcome, Transient) and infinity):
        # It may have been booked: never sent again without reconciling or the user's word.
        request_state, result = RequestState.UNCERTAIN, {"message": outcome.message}
    else:
        # NotSent, AuthFailed, RateLimited, Confirma's Transient after its status check: nothing was
        # booked, so the submission waits in the queue for the next send.
        request_state, result = RequestState.QUEUED, None
    rows = _with_state(rows, sent.settles, request_state, json.dumps(result) if result is not None else None)
    state, message = _SUBMISSION_STATES[request_state], outcome.message
    if request_state == RequestState.ACCEPTED and infinity:
        message = _booked_message(rows)
        differences = _differences(rows)
        if differences:
            state = SubmissionState.DIFFERS
            message = Message("booked_differently", booked=message, differences="; ".join(differences))
    elif request_state == RequestState.REJECTED:
        so_far = _booked_so_far(rows)
        if so_far:
            message = Message("sentences", first=message, rest=so_far)
    with transaction(conn):  # request, submission and audit row commit together
        holder = _holder_now(conn, submission.id)
        if holder != (SubmissionState.SENDING, submission.claimed_by):
            # The lease ran out while the answer was coming (this desktop lost the server for longer than the
            # lease) and another desktop has reconciled the submission since: its result stands. This answer
            # is kept in the audit log, never written over it.
            now = _now_state(holder)
            late = Message("answer_after_lease_lost", answer=message, state=str(now))
            AuditLog(conn).append(profile=submission.profile, event=AuditEvent.STATE, submission_id=submission.id,
                                  note=f"not settled here: {late}")
            return SubmitReport(submission.id, now, late, issues)
        for request_id in sent.settles:
            outbox.set_request_state(request_id, request_state, result)
        outbox.set_state(submission.id, state, detail=message)
        AuditLog(conn).append(profile=submission.profile, event=AuditEvent.STATE, submission_id=submission.id,
                              note=f"{state}: {message}")
    transactions = tuple(t for r in rows if infinity and r.state == RequestState.ACCEPTED
                         for t in _loaded(r.result) if isinstance(t, dict))
    return SubmitReport(submission.id, state, message, issues, transactions)


def _holder_now(conn: Connection, submission_id: int) -> tuple[str, str | None] | None:
    """The submission's state and claimer as committed now, its row locked until the settling commits (so a
    colleague's reconcile cannot take it in between); None when it is gone."""
    lock = " FOR UPDATE" if is_postgresql(conn) else ""  # SQLite: BEGIN IMMEDIATE holds the whole file already
    row = conn.execute(f"SELECT state, claimed_by FROM submissions WHERE id = ?{lock}", (submission_id,)).fetchone()
    return None if row is None else (row[0], row[1])


def _now_state(holder: tuple[str, str | None] | None) -> SubmissionState:
    return SubmissionState(holder[0]) if holder is not None else SubmissionState.UNCERTAIN


_SUBMISSION_STATES = {RequestState.ACCEPTED: SubmissionState.ACCEPTED, RequestState.REJECTED: SubmissionState.REJECTED,
                      RequestState.UNCERTAIN: SubmissionState.UNCERTAIN, RequestState.QUEUED: SubmissionState.QUEUED}


def _with_state(rows: list[RequestRow], ids: tuple[int, ...], state: RequestState, result: str | None) -> list[RequestRow]:
    return [replace(r, state=state, result=r.result if result is None else result) if r.id in ids else r
            for r in rows]


def _loaded(result: str) -> Any:
    try:
        return json.loads(result or "[]")
    except ValueError:
        return []


def _booked_message(rows: list[RequestRow]) -> Message:
    transactions = [t for r in rows if isinstance(_loaded(r.result), list)
                    for t in _loaded(r.result) if isinstance(t, dict)]
    vat = sum(t.get("amount", 0) for t in transactions if t.get("isTaxTransaction"))
    net = sum(t.get("amount", 0) for t in transactions if not t.get("isTaxTransaction"))
    currencies = sorted({str(t["currency"]) for t in transactions if t.get("currency")})
    unit = f" {'/'.join(currencies)}" if currencies else ""  # the books' currency, named: CHF, not the voucher's
    return Message("infinity_booked_entry" if len(rows) == 1 else "infinity_booked_entries",
                   entries=len(rows), count=len(transactions), net=from_cents(net), vat=from_cents(vat),
                   currency=unit)


def _differences(rows: list[RequestRow]) -> list[str]:
    """What Infinity booked against what the preview predicted, entry by entry (frozen at queue time)."""
    found = []
    for request in rows:
        predicted = request.mapping_data.get("predicted")
        if (request.state != RequestState.ACCEPTED or not isinstance(predicted, dict)
                or "original_net" not in predicted):
            continue  # queued before schema 4, or marked posted by the bookkeeper: nothing to compare
        result = _loaded(request.result)
        if not isinstance(result, list):
            continue  # {"resolved": ...}: the bookkeeper said it arrived; Infinity's answer is unknown
        booked = [t for t in result if isinstance(t, dict)]
        for difference in booking_differences(predicted, booked):
            found.append(f"entry {request.seq}: {difference}" if len(rows) > 1 else difference)
    return found


def _booked_so_far(rows: list[RequestRow]) -> Message | None:
    booked = [r.seq for r in rows if r.state == RequestState.ACCEPTED]
    if not booked:
        return None
    if len(booked) == 1:
        return Message("infinity_entry_booked_so_far", entry=booked[0])
    return Message("infinity_entries_booked_so_far", entries=", ".join(map(str, booked)))


def _jsonable(value: Any) -> Any:
    if value is None:
        return {}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    return value

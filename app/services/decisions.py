"""The bookkeeper's decisions on a submission: resolve an uncertain one, or cancel one nothing was booked of."""

from __future__ import annotations

from collections.abc import Sequence

from app.store.backend import Connection
from app.domain.messages import Message
from app.store.audit import AuditEvent, AuditLog
from app.store.outbox import Outbox, RequestRow, Submission
from app.store.states import CANCELLABLE_STATES, REACHED_STATES, RequestState, SubmissionState


class DecisionRefused(ValueError):
    """The decision does not apply to this submission; the message says why."""


def resolve_uncertain(conn: Connection, submission_id: int, decision: str, profile: str = "") -> Submission:
    """The bookkeeper's word on an uncertain submission: 'posted' (it arrived) or 'resend' (queue it again)."""
    outbox = Outbox(conn)
    submission = outbox.get(submission_id)
    if submission.state != SubmissionState.UNCERTAIN:
        raise DecisionRefused(f"Submission {submission_id} is {submission.state}, not uncertain; nothing to resolve.")
    if decision == "posted":
        for request in outbox.requests(submission_id):
            if request.state == RequestState.UNCERTAIN:
                outbox.set_request_state(request.id, RequestState.ACCEPTED,
                                         {"resolved": "the bookkeeper confirmed it is posted"})
        remaining = [r for r in outbox.requests(submission_id) if r.state != RequestState.ACCEPTED]
        if remaining:
            outbox.requeue(submission_id)
        else:
            outbox.set_state(submission_id, SubmissionState.ACCEPTED, detail=Message("marked_posted"))
    elif decision == "resend":
        outbox.requeue(submission_id)
    else:
        raise DecisionRefused("decide 'posted' or 'resend'")
    AuditLog(conn).append(profile=profile or submission.profile, event=AuditEvent.RESOLVE, submission_id=submission_id,
                          note=f"bookkeeper decided: {decision}")
    return outbox.get(submission_id)


def cancel_submission(conn: Connection, submission_id: int, profile: str = "") -> Submission:
    """Withdraw a submission the target provably holds nothing of: queued (never sent, or every attempt
    refused before anything was booked) or rejected, with no request accepted or possibly in flight.

    The voucher becomes editable again; sending it later reopens this same submission."""
    outbox = Outbox(conn)
    submission = outbox.get(submission_id)
    detail = Message("cancelled_by_bookkeeper")
    if not outbox.cancel(submission_id, detail):
        raise DecisionRefused(cancel_refusal(submission, outbox.requests(submission_id))
                              or f"Submission {submission_id} changed meanwhile; look at it again.")
    AuditLog(conn).append(profile=profile or submission.profile, event=AuditEvent.RESOLVE, submission_id=submission_id,
                          note="bookkeeper cancelled it; nothing was booked")
    return outbox.get(submission_id)


def cancel_refusal(submission: Submission, requests: Sequence[RequestRow]) -> str | None:
    """Why this submission cannot be cancelled (the target holds, or may hold, some of it), or None when it
    can: asked before the bookkeeper is asked to confirm, and again in the transaction that cancels."""
    if submission.state not in CANCELLABLE_STATES:
        return (f"Submission {submission.id} is {submission.state}: only a queued or rejected submission can be "
                f"cancelled.")
    reached = [r for r in requests if r.state in REACHED_STATES]
    if not reached:
        return None
    booked = [str(r.seq) for r in reached if r.state == RequestState.ACCEPTED]
    maybe = [str(r.seq) for r in reached if r.state != RequestState.ACCEPTED]
    said = [f"{_entries(booked)} {'is' if len(booked) == 1 else 'are'} booked at the target"] if booked else []
    said += [f"{_entries(maybe)} may be booked there"] if maybe else []
    return f"Submission {submission.id} cannot be cancelled: {' and '.join(said)}."


def _entries(seqs: list[str]) -> str:
    return f"entry {seqs[0]}" if len(seqs) == 1 else f"entries {', '.join(seqs)}"

"""Commands that send: queue a voucher and send it, and the bookkeeper's decision on an uncertain one
followed by the send it puts back in the queue. The window runs them on a worker thread, the command line
in its own process; both show the `SendResult`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.deferred import deferred
from app.domain.issues import Issue
from app.domain.voucher import Voucher
from app.services.session import Session, SessionError, open_session, open_store
from app.store.drafts import DraftStore
from app.store.states import POSTED_STATES, SubmissionState

if TYPE_CHECKING:
    from app.services import decisions, queueing
else:  # both load the outbox (queueing the HTTP client's mapping too): on the worker thread that first sends
    decisions = deferred("app.services.decisions")
    queueing = deferred("app.services.queueing")

NOT_QUEUED = "not_queued"  # validation or the outbox stopped it: no submission was sent


class DecidedNotSent(SessionError):
    """The decision is recorded and the submission queued again, but its profile cannot send now."""


@dataclass(frozen=True)
class SendResult:
    """What became of one voucher: its submission's state (or NOT_QUEUED) and what to tell the bookkeeper."""

    state: SubmissionState | str
    message: str
    submission_id: int | None = None
    issues: tuple[Issue, ...] = ()  # what validation found when it was queued (warnings, or the errors)
    field_issues: tuple[Issue, ...] = ()  # the target's refusal, placed on the voucher's cells
    transactions: tuple[dict[str, Any], ...] = ()  # Infinity: what each entry created
    queue_message: str = ""  # what queueing said: "Queued.", "Queued again; …", "Already in the outbox …"
    sent: bool = True  # False: nothing went to the target (not queued, or a decision that settled it)

    @property
    def posted(self) -> bool:
        """The target holds it (booked as previewed or not)."""
        return self.state in POSTED_STATES


def queue(session: Session, voucher: Voucher, *, allow_number_reuse: bool = True) -> SendResult:
    """Validate and queue `voucher` on the session's profile: NOT_QUEUED with the issues that stopped it, or
    the submission to send (the one already queued for this voucher, never a second one)."""
    queued = queueing.queue_voucher(session.conn, voucher, session.profile, allow_number_reuse=allow_number_reuse)
    state = NOT_QUEUED if queued.submission_id is None else SubmissionState.QUEUED
    return SendResult(state, queued.message, queued.submission_id, tuple(queued.issues), queue_message=queued.message,
                      sent=False)


def send(session: Session, queued: SendResult, *, archive_draft: str | None = None) -> SendResult:
    """Send what `queue` queued; once the target holds it, the draft `archive_draft` is archived."""
    if queued.submission_id is None:
        return queued
    report = session.submitter.send(queued.submission_id)
    if archive_draft is not None and report.state in POSTED_STATES:
        DraftStore(session.conn).archive(archive_draft)
    return SendResult(report.state, report.message, report.submission_id, queued.issues,
                      tuple(report.field_issues), tuple(report.transactions), queued.queue_message)


def queue_and_send(session: Session, voucher: Voucher, *, allow_number_reuse: bool = True) -> SendResult:
    """`queue`, then `send` what it queued."""
    return send(session, queue(session, voucher, allow_number_reuse=allow_number_reuse))


def resolve_and_send(submission_id: int, decision: str) -> SendResult:
    """Record the bookkeeper's decision ('posted' or 'resend') on an uncertain submission; what it puts back
    in the queue is sent at once on its own profile. KeyError: no such submission; DecisionRefused: it is
    not uncertain; DecidedNotSent: decided and queued, but its profile cannot send now."""
    conn = open_store()
    try:
        submission = decisions.resolve_uncertain(conn, submission_id, decision)
    finally:
        conn.close()
    if submission.state != SubmissionState.QUEUED:
        return SendResult(submission.state, submission.detail, submission.id, sent=False)
    try:
        session = open_session(submission.profile)
    except SessionError as exc:
        raise DecidedNotSent(str(exc)) from None
    with session:
        report = session.submitter.send(submission.id)
    return SendResult(report.state, report.message, report.submission_id, (), tuple(report.field_issues),
                      tuple(report.transactions))

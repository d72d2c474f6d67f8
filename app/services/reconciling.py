"""Reconciling: settling what a stopped process left behind, and reading Confirma's sync status.

Confirma's status list says whether an uncertain voucher arrived (accepted) or not (sent again with the
same identifier). Infinity has no such list: its uncertain entries wait for the bookkeeper's decision.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.client.confirma import ConfirmaClient, StatusUnavailable
from app.client.confirma_models import LedgerStatus, SyncStatus
from app.client.outcomes import Accepted
from app.domain.targets import Target
from app.services.settling import SubmitReport
from app.store.audit import AuditEvent
from app.store.outbox import Submission
from app.store.states import AWAITING_SYNC_STATES, RequestState, SubmissionState

if TYPE_CHECKING:
    from app.services.submission import Submitter


def reconcile(submitter: Submitter) -> list[SubmitReport]:
    """Settle what a stopped process left behind on the submitter's profile. Confirma: ask its status list,
    re-send with the same identifier only when absent. Infinity: leave uncertain entries to the bookkeeper."""
    outbox, profile = submitter.outbox, submitter.profile
    outbox.recover_abandoned()
    reports = []
    for submission in outbox.list((SubmissionState.UNCERTAIN,), profile.name):
        if submission.target != Target.CONFIRMA.value or not isinstance(submitter.client, ConfirmaClient):
            continue
        # Held while asking, so another process or desktop reconciling at the same time does not also re-send it.
        if not outbox.claim(submission.id, submitter.claimer, (SubmissionState.UNCERTAIN,), profile.name):
            continue
        try:
            status = submitter.client.status_of(submission.voucher_id)
        except StatusUnavailable as exc:
            outbox.set_state(submission.id, SubmissionState.UNCERTAIN)  # unanswered: uncertain as it was
            reports.append(SubmitReport(submission.id, SubmissionState.UNCERTAIN, exc.outcome.message))
            continue
        submitter.audit.append(profile=profile.name, event=AuditEvent.RECONCILE, submission_id=submission.id,
                               note="found at Confirma" if status else "not at Confirma: sending again")
        if status is not None:
            for request in outbox.requests(submission.id):
                outbox.set_request_state(request.id, RequestState.ACCEPTED, status.model_dump(mode="json"))
            outbox.set_state(submission.id, confirma_state(status), detail=status.message,
                             remote_status=status.documentStatus)
            reports.append(SubmitReport(submission.id, confirma_state(status), status.message))
        else:
            outbox.requeue(submission.id)
            reports.append(submitter.send(submission.id))
    return reports


def refresh_status(submitter: Submitter) -> list[Submission]:
    """Read Confirma's sync status and move accepted/pending submissions to pending/synced/failed;
    StatusUnavailable when it cannot be read."""
    outbox, profile = submitter.outbox, submitter.profile
    if profile.target is not Target.CONFIRMA or not isinstance(submitter.client, ConfirmaClient):
        return []
    watched = {s.voucher_id: s for s in outbox.list(AWAITING_SYNC_STATES, profile.name)}
    if not watched:
        return []
    outcome = submitter.client.sync_status()
    if not isinstance(outcome, Accepted):
        raise StatusUnavailable(outcome)
    changed = []
    for status in outcome.value:
        submission = watched.get(status.sourceIdentifier)
        if submission is None:
            continue
        state = confirma_state(status)
        if state != submission.state or status.documentStatus != submission.remote_status:
            outbox.set_state(submission.id, state, detail=status.message, remote_status=status.documentStatus)
            changed.append(outbox.get(submission.id))
    return changed


def confirma_state(status: LedgerStatus) -> SubmissionState:
    """The submission's state for Confirma's sync status of it."""
    return _CONFIRMA_STATES[status.state]


_CONFIRMA_STATES = {SyncStatus.PENDING: SubmissionState.PENDING, SyncStatus.SYNCED: SubmissionState.SYNCED,
                    SyncStatus.FAILED: SubmissionState.FAILED}

"""A submission's states, defined once: which are still open and which are finished (issue 15, item 3).

queued -> sending -> accepted -> (Confirma) pending -> synced | failed; rejected: the target refused it and
booked nothing, the voucher is editable again; uncertain: it may have arrived, reconciling or the
bookkeeper decides; cancelled: the bookkeeper withdrew it while the target provably held nothing of it;
differs: the target booked it, but not as the preview showed (other amounts or currency) — posted, never
sent again, and shown amber until the bookkeeper has looked at it.
"""

from __future__ import annotations

from enum import StrEnum


class SubmissionState(StrEnum):
    """Where a submission stands. A StrEnum, so it is stored and compared as its plain value."""

    QUEUED = "queued"
    SENDING = "sending"
    ACCEPTED = "accepted"
    PENDING = "pending"
    SYNCED = "synced"
    FAILED = "failed"
    REJECTED = "rejected"
    UNCERTAIN = "uncertain"
    CANCELLED = "cancelled"
    DIFFERS = "differs"  # accepted, but what the target booked differs from what the preview showed


ALL_STATES: tuple[SubmissionState, ...] = tuple(SubmissionState)
# Still moving: in the outbox, being sent, or waiting for a decision.
OPEN_STATES = (SubmissionState.QUEUED, SubmissionState.SENDING, SubmissionState.UNCERTAIN)
# The target took it: never sent again.
POSTED_STATES = (SubmissionState.ACCEPTED, SubmissionState.PENDING, SubmissionState.SYNCED, SubmissionState.DIFFERS)
# Nothing more will be sent; sending the voucher again reopens the same submission, and whatever an earlier
# attempt booked (Infinity entries before a refused one) stays booked and is not sent again.
REOPENABLE_STATES = (SubmissionState.REJECTED, SubmissionState.CANCELLED)
FINISHED_STATES = (*POSTED_STATES, SubmissionState.FAILED, *REOPENABLE_STATES)

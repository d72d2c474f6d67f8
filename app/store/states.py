"""A submission's states, defined once: which are still open and which are finished (issue 15, item 3).

queued -> sending -> accepted -> (Confirma) pending -> synced | failed; rejected: the target refused it and
booked nothing, the voucher is editable again; uncertain: it may have arrived, reconciling or the
bookkeeper decides; cancelled: the bookkeeper withdrew it while the target provably held nothing of it;
differs: the target booked it, but not as the preview showed (other amounts or currency) — posted, never
sent again, and shown amber until the bookkeeper has looked at it.

A submission's requests (one for Confirma, one per entry for Infinity) have their own, shorter life:
queued -> sending -> accepted | rejected | uncertain (`RequestState`).
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
# The target took it and booked what the preview showed (as far as LedgerDesk can tell).
POSTED_AS_PREVIEWED = (SubmissionState.ACCEPTED, SubmissionState.PENDING, SubmissionState.SYNCED)
# The target took it: never sent again.
POSTED_STATES = (*POSTED_AS_PREVIEWED, SubmissionState.DIFFERS)
# Refused: by the target (rejected, nothing booked) or, after Confirma took it, by the accounting system.
REFUSED_STATES = (SubmissionState.REJECTED, SubmissionState.FAILED)
# Nothing more will be sent; sending the voucher again reopens the same submission, and whatever an earlier
# attempt booked (Infinity entries before a refused one) stays booked and is not sent again.
REOPENABLE_STATES = (SubmissionState.REJECTED, SubmissionState.CANCELLED)
# Confirma has it: its sync status (pending, synced, failed) may still change.
AWAITING_SYNC_STATES = (SubmissionState.ACCEPTED, SubmissionState.PENDING)
# What the bookkeeper may withdraw, provided no request of it reached the target (REACHED_STATES below).
CANCELLABLE_STATES = (SubmissionState.QUEUED, SubmissionState.REJECTED)
FINISHED_STATES = (*POSTED_STATES, SubmissionState.FAILED, *REOPENABLE_STATES)


class RequestState(StrEnum):
    """Where one HTTP request of a submission stands. A StrEnum, stored and compared as its plain value."""

    QUEUED = "queued"
    SENDING = "sending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    UNCERTAIN = "uncertain"


ALL_REQUEST_STATES: tuple[RequestState, ...] = tuple(RequestState)
# A request in one of these may have reached the target (or did): its submission cannot be cancelled.
REACHED_STATES = (RequestState.ACCEPTED, RequestState.SENDING, RequestState.UNCERTAIN)
# What a bookkeeper's "send again" (or reconciling) puts back in the queue: the outcome was never known.
REQUEUED_STATES = (RequestState.UNCERTAIN, RequestState.SENDING)

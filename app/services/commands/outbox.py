"""Commands on the outbox without sending: list what is there, cancel what the target holds nothing of,
and the next free voucher number of a profile."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.deferred import deferred
from app.store.backend import Connection
from app.services.commands.sync import StateChange
from app.services.session import open_store
from app.store.review import next_voucher_number
from app.store.states import RequestState, SubmissionState

if TYPE_CHECKING:
    from app.services import decisions
    from app.store import outbox
else:  # the window's start lists nothing and decides nothing: the outbox loads on first use
    decisions = deferred("app.services.decisions")
    outbox = deferred("app.store.outbox")


@dataclass(frozen=True)
class OutboxItem:
    """One submission as a list shows it, with the state of each of its requests (Infinity: one an entry)."""

    id: int
    voucher_id: str
    profile: str
    target: str
    state: SubmissionState
    detail: str
    remote_status: str | None
    date: str
    number: str
    description: str
    total: str
    request_states: tuple[tuple[int, RequestState], ...]  # (seq, state)


def list_submissions(conn: Connection, profile: str | None = None,
                     states: Iterable[SubmissionState] | None = None) -> list[OutboxItem]:
    """The submissions of `profile` (all profiles when None) in `states` (all when None), oldest first."""
    store = outbox.Outbox(conn)
    items = []
    for s in store.list(tuple(states) if states is not None else None, profile):
        summary = s.summary
        items.append(OutboxItem(s.id, s.voucher_id, s.profile, s.target, s.state, s.detail, s.remote_status,
                                str(summary.get("date", "")), str(summary.get("number", "")),
                                str(summary.get("description", "")), str(summary.get("total", "")),
                                tuple((r.seq, r.state) for r in store.requests(s.id))))
    return items


def cancel(submission_id: int) -> StateChange:
    """Withdraw a queued or rejected submission the target holds nothing of, through a connection of its own.
    KeyError: no such submission; DecisionRefused (a ValueError): the target holds, or may hold, some of it."""
    conn = open_store()
    try:
        submission = decisions.cancel_submission(conn, submission_id)
    finally:
        conn.close()
    return StateChange(submission.id, str(submission.summary.get("number", "")), submission.state, submission.detail)


def next_number(conn: Connection, profile: str, taken: Iterable[str] = ()) -> str:
    """The next voucher number of a profile: one more than the highest in its open drafts, its submissions
    (any state) and `taken` (the numbers in open tabs), so two tabs or two windows never get the same one."""
    return next_voucher_number(conn, profile, taken)

"""Commands that keep the outbox true: reconcile what a stopped process left behind, and read Confirma's
sync status, for one open session (the command line) or for each profile that needs it (the window).

Each profile gets a session of its own, opened only when it has something in the states concerned; a
profile whose keyring or server cannot be reached is a problem in the report, never a stop for the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.deferred import deferred
from app.services.session import Session, SessionError, open_session, open_store
from app.store.review import ReviewFilter, ReviewQuery
from app.store.duties import duty
from app.store.team_location import bookkeeper_name
from app.store.states import AWAITING_SYNC_STATES, SubmissionState

if TYPE_CHECKING:
    from app.client import confirma
    from app.store import outbox
else:  # the HTTP client and the outbox load only when there is work for them, never for the window's start
    confirma = deferred("app.client.confirma")
    outbox = deferred("app.store.outbox")


@dataclass(frozen=True)
class StateChange:
    """A submission that changed state: its id, number (when known), new state and the target's words."""

    submission_id: int
    number: str
    state: SubmissionState
    detail: str


@dataclass(frozen=True)
class SyncReport:
    """What a run did: submissions whose state changed, problems in plain words, and what was left in
    `sending` by a stopped process (now uncertain)."""

    changed: tuple[StateChange, ...] = ()
    problems: tuple[str, ...] = ()
    recovered: tuple[int, ...] = ()


def reconcile(session: Session) -> tuple[StateChange, ...]:
    """Settle what a stopped process left behind on the session's profile (every report, uncertain ones too)."""
    return tuple(StateChange(r.submission_id, "", r.state, r.message) for r in session.submitter.reconcile())


def refresh_status(session: Session) -> SyncReport:
    """Read Confirma's sync status for the session's profile; a status list that cannot be read is a problem
    (the target's or transport's own words)."""
    try:
        changed = session.submitter.refresh_status()
    except confirma.StatusUnavailable as exc:
        return SyncReport(problems=(exc.outcome.message,))
    return SyncReport(tuple(StateChange(s.id, str(s.summary.get("number", "")), s.state, s.detail)
                            for s in changed))


# On the team database one desktop reads a profile's status list per interval (the window asks every 3 minutes).
SYNC_INTERVAL_S = 150.0


def refresh_statuses(names: list[str]) -> SyncReport:
    """Read Confirma's status list for each of the profiles `names` with vouchers still waiting there; on the
    team database only where no colleague's desktop is reading it or read it within SYNC_INTERVAL_S."""
    changed: list[StateChange] = []
    problems: list[str] = []
    for name in _profiles_with(names, AWAITING_SYNC_STATES):
        try:
            with open_session(name) as session, duty(session.conn, f"confirma-sync/{name}", SYNC_INTERVAL_S,
                                                      bookkeeper_name()) as mine:
                report = refresh_status(session) if mine else SyncReport()  # a colleague's desktop does it
        except SessionError as exc:
            problems.append(f"{name}: {exc}")
            continue
        changed += report.changed
        problems += [f"{name}: {problem}" for problem in report.problems]
    return SyncReport(tuple(changed), tuple(problems))


def reconcile_profiles(names: list[str]) -> SyncReport:
    """On start: what a stopped process left in `sending` becomes uncertain (for every profile at once, so a
    keyring that cannot be read does not hide it); then each of `names` with uncertain vouchers reconciles."""
    conn = open_store()
    try:
        recovered = tuple(outbox.Outbox(conn).recover_abandoned())
    finally:
        conn.close()
    changed: list[StateChange] = []
    problems: list[str] = []
    for name in _profiles_with(names, (SubmissionState.UNCERTAIN,)):
        try:
            with open_session(name) as session:
                changed += [c for c in reconcile(session) if c.state != SubmissionState.UNCERTAIN]
        except (SessionError, confirma.StatusUnavailable) as exc:
            problems.append(f"{name}: {exc}")
    return SyncReport(tuple(changed), tuple(problems), recovered)


def send_waiting(names: list[str]) -> SyncReport:
    """The team database answers again (the window's banner goes): what this bookkeeper queued there and could
    not send while it was away goes out now, each claimed as any send, so once. A colleague's queued vouchers
    are left for that colleague: nothing is posted without the bookkeeper who pressed Ctrl+Enter."""
    me = bookkeeper_name()
    changed: list[StateChange] = []
    problems: list[str] = []
    for name in _profiles_with(names, (SubmissionState.QUEUED,)):
        try:
            with open_session(name) as session:
                waiting = [s for s in session.submitter.outbox.list((SubmissionState.QUEUED,), name)
                           if s.queued_by == me]
                for submission in waiting:
                    report = session.submitter.send(submission.id)
                    changed.append(StateChange(report.submission_id, str(submission.summary.get("number", "")),
                                               report.state, report.message))
        except SessionError as exc:
            problems.append(f"{name}: {exc}")
    return SyncReport(tuple(changed), tuple(problems))


def _profiles_with(names: list[str], states: tuple[str, ...]) -> list[str]:
    """The profiles among `names` that have a submission in one of `states` (nothing else needs a session)."""
    if not names:
        return []
    conn = open_store()
    try:
        query = ReviewQuery(conn)
        return [n for n in names if query.count(ReviewFilter(profile=n, states=states))]
    finally:
        conn.close()

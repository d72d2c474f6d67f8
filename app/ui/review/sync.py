"""Keeping the review list true: Confirma's sync status read in the background, and on start the outbox
reconciled (what a stopped LedgerDesk left in `sending` becomes uncertain; Confirma settles it itself).

The work runs through app/ui/tasks.py; each run opens its own sessions, because a SQLite connection
belongs to the thread that opened it. Only the report comes back to the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from app.services.session import SessionError, open_session, open_store
from app.store.states import AWAITING_SYNC_STATES, SubmissionState
from app.ui.tasks import BackgroundTasks

# The outbox and review query modules are imported by the worker functions, on their thread: the window
# opens without them (docs/performance.md).

REFRESH_INTERVAL_MS = 3 * 60_000  # while the review is open: Confirma syncs within minutes, not seconds


@dataclass
class SyncReport:
    """What one background run did: submissions whose state changed, and problems in plain words."""

    changed: list[tuple[int, str, str, str]] = field(default_factory=list)  # id, number, state, target's text
    problems: list[str] = field(default_factory=list)
    recovered: list[int] = field(default_factory=list)  # left in `sending` by a stopped process


def _profiles_with(names: list[str], states: tuple[str, ...]) -> list[str]:
    """The profiles among `names` that have a submission in one of `states` (nothing else needs a session)."""
    from app.store.review import ReviewFilter, ReviewQuery

    conn = open_store()
    try:
        query = ReviewQuery(conn)
        return [n for n in names if query.count(ReviewFilter(profile=n, states=states))]
    finally:
        conn.close()


def refresh_statuses(names: list[str]) -> SyncReport:
    """Worker thread: read Confirma's status list for each profile with vouchers still waiting there."""
    report = SyncReport()
    waiting = _profiles_with(names, AWAITING_SYNC_STATES)
    if not waiting:
        return report
    from app.client.confirma import StatusUnavailable  # the HTTP client loads only when there is work for it

    for name in waiting:
        try:
            with open_session(name) as session:
                for submission in session.submitter.refresh_status():
                    report.changed.append((submission.id, str(submission.summary.get("number", "")),
                                           submission.state, submission.detail))
        except (SessionError, StatusUnavailable) as exc:
            report.problems.append(f"{name}: {exc}")
    return report


def reconcile_profiles(names: list[str]) -> SyncReport:
    """Worker thread, on start: settle what a stopped process left behind, profile by profile."""
    from app.store.outbox import Outbox

    report = SyncReport()
    conn = open_store()
    try:
        # First for every profile at once, so a keyring that cannot be read does not hide a stopped send.
        report.recovered = Outbox(conn).recover_abandoned()
    finally:
        conn.close()
    uncertain = _profiles_with(names, (SubmissionState.UNCERTAIN,))
    if not uncertain:
        return report
    from app.client.confirma import StatusUnavailable  # the HTTP client loads only when there is work for it

    for name in uncertain:
        try:
            with open_session(name) as session:
                for settled in session.submitter.reconcile():
                    if settled.state != SubmissionState.UNCERTAIN:
                        report.changed.append((settled.submission_id, "", settled.state, settled.message))
        except (SessionError, StatusUnavailable) as exc:
            report.problems.append(f"{name}: {exc}")
    return report


class StatusSync(QObject):
    """Runs the refreshes one at a time; `finished(SyncReport)` on the GUI thread after each."""

    finished = Signal(object)
    started = Signal()

    def __init__(self, tasks: BackgroundTasks, profile_names: Callable[[], list[str]], parent: QObject | None = None):
        super().__init__(parent)
        self._tasks, self._names = tasks, profile_names
        self.running = False
        self.stopped = False  # the application is closing: reports that arrive later are dropped
        self._next: list[Callable[[list[str]], SyncReport]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_INTERVAL_MS)
        self.timer.timeout.connect(self.refresh)

    def refresh(self) -> bool:
        """Read Confirma's sync status now (F5, on open, on the timer); False: it runs after the current run."""
        return self._run(refresh_statuses)

    def reconcile(self) -> bool:
        """On start: settle the outbox (issue 4); uncertain Infinity entries stay for the bookkeeper."""
        return self._run(reconcile_profiles)

    def stop(self) -> None:
        """No more runs, and no report of one still running (the window and its connection are going)."""
        self.stopped = True
        self.timer.stop()
        self._next.clear()

    def _run(self, work: Callable[[list[str]], SyncReport]) -> bool:
        if self.stopped:
            return False
        if self.running:
            # One at a time; the same work asked for again meanwhile runs once, right after.
            if work not in self._next:
                self._next.append(work)
            return False
        self.running = True
        names = list(self._names())
        self.started.emit()
        self._tasks.run(lambda _progress: work(names), self._done,
                        lambda message: self._done(SyncReport(problems=[message])))
        return True

    def _done(self, report: SyncReport) -> None:
        if not isValid(self) or self.stopped:
            return  # the window closed while the work ran
        self.running = False
        self.finished.emit(report)
        if self._next:
            self._run(self._next.pop(0))

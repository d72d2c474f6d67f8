"""Keeping the review list true: Confirma's sync status read in the background, and on start the outbox
reconciled (what a stopped LedgerDesk left in `sending` becomes uncertain; Confirma settles it itself).

The work runs through app/ui/tasks.py; each run opens its own sessions, because a SQLite connection
belongs to the thread that opened it. Only the report comes back to the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from app.services.commands.sync import SyncReport, reconcile_profiles, refresh_statuses, send_waiting
from app.ui.tasks import BackgroundTasks

# The commands import the outbox, review query and HTTP client on the worker's thread, when a run starts:
# the window opens without them (docs/performance.md).

REFRESH_INTERVAL_MS = 3 * 60_000  # while the review is open: Confirma syncs within minutes, not seconds


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

    def send_waiting(self) -> bool:
        """The team database is back: send what this bookkeeper queued there while it could not be reached."""
        return self._run(send_waiting)

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
                        lambda message: self._done(SyncReport(problems=(message,))))
        return True

    def _done(self, report: SyncReport) -> None:
        if not isValid(self) or self.stopped:
            return  # the window closed while the work ran
        self.running = False
        self.finished.emit(report)
        if self._next:
            self._run(self._next.pop(0))


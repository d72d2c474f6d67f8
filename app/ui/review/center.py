"""The review feature as the main window sees it: the uncertain banner, the background sync and
reconcile, and the review window (made, and its module imported, on first use: not at start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.deferred import deferred
from app.store.review import ReviewFilter, uncertain_count
from app.store.states import SubmissionState
from app.ui.review.banner import UncertainBanner
from app.ui.review.sync import StatusSync
from app.ui.workspace import Workspace

if TYPE_CHECKING:
    from app.ui.drafts import DraftTabs
    from app.ui.review import window as review_window
    from app.ui.review.sync import SyncReport
    from app.ui.review.window import ReviewWindow
else:
    review_window = deferred("app.ui.review.window")  # made on first use: not at start

RECOUNT_MS = 30_000  # the banner recounts now and then: another LedgerDesk may share the database
START_RECONCILE_LATEST_MS = 2_000  # the start-up reconcile waits for the first frame, but no longer than this


class ReviewCenter(QObject):
    """Owns the banner and the sync; `trigger("review" | "review_uncertain")` opens the review."""

    message = Signal(str, str)  # kind, text: for the main window's outcome bar

    def __init__(self, workspace: Workspace, tabs: DraftTabs, parent: QWidget):
        super().__init__(parent)
        self.workspace, self.tabs, self.parent_window = workspace, tabs, parent
        self.banner = UncertainBanner()
        self.banner.open_requested.connect(lambda: self.trigger("review_uncertain"))
        self.sync = StatusSync(workspace.tasks, lambda: sorted(workspace.profiles), self)
        self.sync.finished.connect(self._synced)
        self.window: ReviewWindow | None = None
        self._recount = QTimer(self)
        self._recount.setInterval(RECOUNT_MS)
        self._recount.timeout.connect(self.update_banner)
        self._recount.start()
        tabs.message.connect(lambda _kind, _text: self.update_banner())  # a send may have ended uncertain
        self.update_banner()
        # On start, once the window has painted its first frame: what a stopped LedgerDesk left in `sending`
        # is settled in the background. Not sooner: the worker's imports would hold up that first paint.
        self.reconcile_started = False  # True once asked for (the sync's `running` then says whether it runs)
        self._first_paint_seen = False
        parent.installEventFilter(self)
        # A window that starts minimised (or is never painted) still settles its outbox, a little later.
        QTimer.singleShot(START_RECONCILE_LATEST_MS, self, self._first_frame_done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and watched is self.parent_window:
            self._first_frame_done()
        return False

    def _first_frame_done(self) -> None:
        if self._first_paint_seen:
            return
        self._first_paint_seen = True
        self.parent_window.removeEventFilter(self)
        QTimer.singleShot(0, self, self._reconcile_on_start)  # after this paint, when the loop is idle

    def _reconcile_on_start(self) -> None:
        if not self.sync.stopped:
            self.sync.reconcile()
        self.reconcile_started = True

    def trigger(self, name: str) -> None:
        """View ▸ Review (Ctrl+R), or only the vouchers that need a decision (Ctrl+Shift+U)."""
        if self.window is None:
            self.window = review_window.ReviewWindow(self.workspace, self.sync, self.tabs, self.parent_window)
            self.window.changed.connect(self.update_banner)
        self.window.open(ReviewFilter(states=(SubmissionState.UNCERTAIN,)) if name == "review_uncertain" else None)

    def update_banner(self) -> None:
        """Count the uncertain vouchers (an indexed count on the GUI thread's connection: milliseconds)."""
        if self.sync.stopped:
            return  # closing: the GUI thread's connection may already be closed
        self.banner.set_count(uncertain_count(self.workspace.conn))

    def _synced(self, report: SyncReport) -> None:
        if self.sync.stopped:
            return
        self.update_banner()
        if report.recovered:
            self.message.emit("warning", self.tr(
                "%n voucher(s) were being sent when LedgerDesk last stopped. Confirma's are checked and settled "
                "by themselves; Infinity's wait for your decision (Ctrl+Shift+U).", "", len(report.recovered)))
        elif report.problems and not self._review_open() and self._team_answers():
            self.message.emit("warning", " ".join(report.problems))

    def _team_answers(self) -> bool:
        """False while the team database cannot be reached: the red banner says so once, not each run."""
        link = self.workspace.team_link
        return link is None or link.online

    def _review_open(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def close(self) -> None:
        """The main window closes: the review window goes with it, its filter remembered."""
        self._recount.stop()
        self._first_paint_seen = True  # closed before the first paint: nothing to start any more
        self.parent_window.removeEventFilter(self)
        if self.window is not None:
            self.window.close()
            self.window.shut = True
            self.window.stop_listening()
        self.sync.stop()


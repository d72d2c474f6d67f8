"""Review ▸ what was posted: the filtered list, the selected voucher in full, and what can be done with it.

Filtering runs on the GUI thread, 150 ms after the last keystroke: ReviewQuery answers a count and a
first page in 5–40 ms at 100,000 submissions (docs/architecture.md), less than the worker hand-over
and a fresh SQLite connection would cost, and a synchronous answer can never arrive out of order.
The filter is saved after a pause in typing and when the window closes, never per keystroke.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QMainWindow, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from app.deferred import deferred
from app.editing.cells import NumberFormat, number_format
from app.services.commands.context import vat_table_of
from app.services.review_filters import load_review_filter, save_review_filter
from app.store.review import ReviewDetail, ReviewFilter, ReviewQuery, ReviewRow
from app.store.settings import SettingsError
from app.store.states import SubmissionState
from app.ui import style
from app.ui.accessibility import name_from_labels
from app.ui.keyboard_help import KEYS
from app.ui.outcome_bar import OutcomeBar
from app.ui.review.actions import ReviewActions
from app.ui import attachments
from app.ui.review.detail import DetailPane
from app.ui.review.filter_bar import FilterBar
from app.ui.review.model import ReviewTableModel
from app.services.commands.sync import SyncReport
from app.ui.review.sync import StatusSync
from app.ui.workspace import Workspace

if TYPE_CHECKING:
    from app.services import review_watch
    from app.services.review_watch import ReviewWatch
    from app.ui.drafts import DraftTabs
else:  # the team database's listener: when the review opens on a team location
    review_watch = deferred("app.services.review_watch")

FILTER_DELAY_MS = 150  # after the last keystroke: typing "office" runs one query, not six
HEARD_DELAY_MS = 100  # a burst of colleagues' notices is one reload
SAVE_DELAY_MS = 1500  # a pause in editing the filter: then it is remembered
_FALLBACK_FORMATS = {"confirma": "fi", "infinity": "de-CH"}


class ReviewWindow(QMainWindow):
    """The review list in its own window (View ▸ Review, Ctrl+R)."""

    changed = Signal()  # the outbox changed (a sync, a decision): the uncertain banner recounts
    heard = Signal()  # a colleague's post or a settled send, heard on the team database (from the listening thread)

    def __init__(self, workspace: Workspace, sync: StatusSync, tabs: DraftTabs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("ReviewWindow")
        style.apply_window_style(self)
        self.setWindowTitle(self.tr("LedgerDesk — Review what was posted"))
        self.workspace, self.sync = workspace, sync
        self.query = ReviewQuery(workspace.conn)
        self.bar = FilterBar(workspace.today)
        self.outcome = OutcomeBar()
        self.model = ReviewTableModel(self.query, workspace.profiles, self.amount_format, self)
        self._sync_said: tuple[str, str] | None = None  # what the last sync put in the outcome bar
        self.table = QTableView()
        self.table.setObjectName("ReviewTable")
        self.table.setAccessibleName(self.tr("Vouchers posted"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move in the list; Tab goes on to the detail and its tabs
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: nothing is measured per row, so 100,000 rows stay cheap.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, width in enumerate((90, 80, 320, 190, 120, 130, 220, 130)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = DetailPane()
        self.detail.document_chosen.connect(self._open_document)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.outcome)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.status.setObjectName("ReviewStatus")
        self.statusBar().addWidget(self.status, 1)
        self.sync_status = QLabel()
        self.statusBar().addPermanentWidget(self.sync_status)
        self._filter_timer = self._single_shot(FILTER_DELAY_MS, self.apply_filter)
        self._save_timer = self._single_shot(SAVE_DELAY_MS, self.save_filter)
        # A colleague's post: the list is read again within about a second (LISTEN/NOTIFY on a team database),
        # once for a burst of notices, and never under the cursor's feet (reload keeps the selection).
        self._watch: ReviewWatch | None = None
        self._heard_timer = self._single_shot(HEARD_DELAY_MS, self.reload)
        self.heard.connect(self._heard_timer.start)
        self.bar.edited.connect(self._filter_timer.start)
        self.bar.edited.connect(self._save_timer.start)
        self.model.count_changed.connect(lambda _n: self._show_count())
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self.show_current())
        sync.started.connect(lambda: self.sync_status.setText(self.tr("Reading Confirma's sync status…")))
        sync.finished.connect(self._synced)
        self.actions_by_name: dict[str, QAction] = {}
        self.voucher_actions = ReviewActions(self, tabs)
        self._loaded = False
        self.shut = False  # the application closed: work finishing later must not read the closed connection
        self.resize(1200, 780)

    def _single_shot(self, msecs: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        return timer

    def say(self, kind: str, text: str) -> None:
        """A message in the outcome bar above the list."""
        self.outcome.show_message(kind, text)

    def add_action(self, name: str, title: str, handler, menu) -> QAction:
        """A menu entry with the keys KEYS gives `name` (the keyboard is declared once, in keyboard_help)."""
        action = QAction(title, self)
        action.setObjectName(f"review_{name}")
        action.setShortcuts([QKeySequence(k) for key in KEYS if key.action == f"review.{name}" for k in key.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: handler())
        menu.addAction(action)
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    # ---- opening, filtering, remembering -------------------------------------------------------

    def open(self, review_filter: ReviewFilter | None = None) -> None:
        """Show the window (with the saved filter the first time, or `review_filter`) and refresh the sync."""
        self.bar.set_profiles([*self.query.profiles(), *self.workspace.profiles])
        self.bar.set_who(self.query.who())
        if review_filter is None and not self._loaded:
            try:
                review_filter = load_review_filter()
            except SettingsError as exc:
                self.outcome.show_message("error", str(exc))
        self._loaded = True
        if review_filter is not None:
            self.bar.set_filter(review_filter)
        self.apply_filter()
        name_from_labels(self)  # the filter fields are named as their labels read, for screen readers
        self.show()
        self.raise_()
        self.activateWindow()
        self.table.setFocus()
        self.sync.timer.start()
        self.sync.refresh()
        if self._watch is None and not self.shut:
            self._watch = review_watch.watch_review(self.heard.emit)  # None on SQLite: nobody else posts

    def apply_filter(self) -> None:
        """Run the filter the fields describe now (the debounce timer calls this)."""
        self._filter_timer.stop()
        wanted = self.bar.current()
        if wanted != self.model.filter or not self.model.rowCount():
            current = self.current_row()
            self.model.set_filter(wanted)
            self._select(current.submission_id if current else None)
        self._show_count()

    def save_filter(self) -> None:
        """Remember the filter in the settings (after a pause, and on close)."""
        self._save_timer.stop()
        try:
            save_review_filter(self.bar.current())
        except (SettingsError, OSError) as exc:
            self.outcome.show_message("error", self.tr("The filter could not be remembered: {error}").format(
                error=exc))

    def reload(self) -> None:
        """Read the list again after the outbox changed, keeping the selection."""
        if self.shut:
            return
        self._heard_timer.stop()
        current = self.current_row()
        self.model.reload()
        self.bar.set_who(self.query.who())  # a colleague's first post adds a name
        self._select(current.submission_id if current else None)
        self.changed.emit()

    def _select(self, submission_id: int | None) -> None:
        row = self.model.row_of(submission_id) if submission_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.show_current()

    def _show_count(self) -> None:
        total, loaded = self.model.total_count, self.model.rowCount()
        counted = self.tr("%n voucher(s)", "", total) if self.model.count_is_exact else \
            self.tr("More than {count} vouchers").format(count=self.locale().toString(total))
        self.status.setText(counted + (
            self.tr(" · first {loaded} loaded (scroll for more)").format(loaded=loaded)
            if loaded < total or not self.model.count_is_exact else ""))

    # ---- the selected voucher ------------------------------------------------------------------

    def current_row(self) -> ReviewRow | None:
        """The list row that has the cursor, if any."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_detail(self) -> ReviewDetail | None:
        """The voucher shown in the detail pane, if any."""
        return self.detail.detail

    def show_current(self) -> None:
        """Show the voucher under the cursor in the detail pane (one submission: a few small reads)."""
        row = self.current_row()
        if row is None:
            self.detail.show_detail(None)
            return
        try:
            detail = self.query.detail(row.submission_id)
        except KeyError:
            self.detail.show_detail(None)
            return
        self.detail.show_detail(detail, self.vat_table(row), self.amount_format(row))

    def _open_document(self, attachment) -> None:
        """A source document chosen in the detail: a copy opens in the system's viewer."""
        problem = attachments.open_in_viewer(self.workspace.conn, attachment)
        if problem:
            self.say("error", problem)

    def vat_table(self, row: ReviewRow):
        """The VAT table the voucher was posted with: the profile's own, else its target's default."""
        if row.profile in self.workspace.profiles:
            return self.workspace.profile_data(row.profile).table
        return vat_table_of(self.workspace.conn, row.profile, row.target)

    def amount_format(self, row: ReviewRow) -> NumberFormat:
        """How a row's amounts are written: its profile's format, else its target's."""
        if row.profile in self.workspace.profiles:
            return number_format(self.workspace.profile_data(row.profile).locale)
        return number_format(_FALLBACK_FORMATS.get(row.target, "en"))

    # ---- sync ----------------------------------------------------------------------------------

    def _synced(self, report: SyncReport) -> None:
        self.sync_status.setText(self.tr("Sync status read at {time}").format(time=datetime.now().strftime("%H:%M")))
        if report.changed:
            self.reload()
        failed = [(c.number, c.detail) for c in report.changed if c.state == SubmissionState.FAILED]
        said: tuple[str, str] | None = None
        if failed:
            said = ("error", "\n".join(
                self.tr("Voucher {number} failed at the target: {description}").format(number=n or "—",
                                                                                       description=t)
                for n, t in failed))
        elif report.problems:
            said = ("warning", self.tr("The sync status could not be read: {problems}").format(
                problems=" ".join(report.problems)))
        elif report.changed:
            said = ("ok", self.tr("%n voucher(s) changed state.", "", len(report.changed)))
        if said is not None:
            self.outcome.show_message(*said)
        elif self._sync_said is not None and self.outcome.isVisible() \
                and self.outcome.text.text() == self._sync_said[1]:
            self.outcome.hide()  # the last sync's news is old now (or its problem gone): it must not read as news
        self._sync_said = said

    def stop_listening(self) -> None:
        """No more of colleagues' posts (the review closed): the listening connection is closed."""
        watch, self._watch = self._watch, None
        self._heard_timer.stop()
        if watch is not None:
            watch.stop()

    def closeEvent(self, event) -> None:
        self.stop_listening()
        self.sync.timer.stop()
        if self._loaded:
            self.save_filter()
        super().closeEvent(event)

"""The issues panel: every problem of the voucher in one list; activating one jumps to its cell.

The list is rebuilt from VoucherEditor.issues() (which only collects what edits kept current),
at most once per event-loop turn, so a burst of edits costs one rebuild, not one per edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QObject,
                            QPersistentModelIndex, Qt, QTimer, Signal)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.domain.issues import Issue
from app.editing.cells import NumberFormat
from app.ui import style
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import field_name, issue_text

_HEADERS = ("", QT_TRANSLATE_NOOP("IssuesModel", "Where"), QT_TRANSLATE_NOOP("IssuesModel", "Problem"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("IssuesModel", text)


def place(issue: Issue) -> str:
    """`Line 2 · Account` or `Header · Date`, as the panel shows it."""
    name = field_name(issue.field, issue.line)
    if issue.field == "lines":
        return QCoreApplication.translate("IssuesModel", "Voucher · Balance")
    if issue.line is not None:
        return QCoreApplication.translate("IssuesModel", "Line {line} · {field}").format(line=issue.line, field=name)
    return QCoreApplication.translate("IssuesModel", "Header · {field}").format(field=name)


class IssuesModel(QAbstractTableModel):
    """Severity, place and message of each issue."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.issues: list[Issue] = []
        self.fmt: NumberFormat | None = None  # the grid's number format; None: the window language's

    def set_issues(self, issues: list[Issue]) -> None:
        # Errors first, then warnings; within each, voucher order.
        ordered = sorted(issues, key=lambda x: (not x.is_error, x.line or 0))
        if ordered == self.issues:
            return
        self.beginResetModel()
        self.issues = ordered
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.issues):
            return None
        issue = self.issues[index.row()]
        severity = self.tr("Error") if issue.is_error else self.tr("Warning")
        text = issue_text(issue, self.fmt)  # the message in the window's language, amounts in the grid's format
        if role == Qt.ItemDataRole.DisplayRole:
            return (severity, place(issue), text)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (severity, place(issue), text)[index.column()] if index.column() else \
                f"{severity}: {place(issue)}"
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return style.ERROR_TEXT if issue.is_error else style.WARNING_TEXT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[section]) if _HEADERS[section] else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _tr(_HEADERS[section]) if _HEADERS[section] else self.tr("Severity")
        return None


class IssuesPanel(QWidget):
    """A titled list of issues; `jump(issue)` is emitted when one is clicked or chosen with Enter."""

    jump = Signal(object)
    counted = Signal(int)  # the errors shown after each refresh

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = IssuesModel(self)
        self.title = QLabel()
        self.title.setObjectName("IssuesTitle")
        self.title.setAccessibleName(self.tr("Issues"))
        self.table = QTableView()
        self.table.setObjectName("IssuesList")
        style.apply_window_style(self.table)
        self.table.setAccessibleName(self.tr("Issues list"))
        self.table.setAccessibleDescription(self.tr("Enter on an issue goes to its cell."))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows pick an issue, Enter jumps to it; Tab goes on
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.resizeSection(0, 70)
        header.resizeSection(1, 170)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.clicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self._source: Callable[[], list[Issue]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

    def follow(self, source: Callable[[], list[Issue]]) -> None:
        """Show `source()`'s issues (a callable returning the current list)."""
        self._source = source
        self.refresh()

    def schedule_refresh(self) -> None:
        """Rebuild on the next event-loop turn; many edits in one turn cost one rebuild."""
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        issues = self._source() if self._source is not None else []
        self.model.set_issues(issues)
        errors = sum(1 for x in issues if x.is_error)
        warnings = len(issues) - errors
        title = self.tr("Issues")
        if not issues:
            self.title.setText(self.tr("<b>{issues}</b> — none").format(issues=title))
        else:
            self.title.setText(self.tr("<b>{issues}</b> — {errors}, {warnings}. Click one (or select it and press "
                                       "Enter) to go to the cell.").format(
                issues=title, errors=f"<span style='color:{style.ERROR_TEXT.name()}'>"
                                     + self.tr("%n error(s)", "", errors) + "</span>",
                warnings=self.tr("%n warning(s)", "", warnings)))
        self.table.setAccessibleDescription(re.sub(r"<[^>]+>", "", self.title.text()))  # no markup read aloud
        self.counted.emit(errors)

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jump.emit(self.model.issues[index.row()])

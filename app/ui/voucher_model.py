"""The voucher grid's Qt model: a thin QAbstractTableModel over the Qt-free VoucherEditor.

An edit is done by the editor first; the Change it returns is replayed here as begin/end row
insertions and removals followed by one dataChanged for exactly the changed cells. Between a
begin* and its end* the view still sees the rows as they were before that step: rowCount and
data() map each row through the row operations not yet announced.

For screen readers each cell also has an accessible text ("Debit, line 2: 2 990,00 EUR") and, when it
has a problem, the problem as its accessible description; row and column headers name lines and columns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QFont

from app.domain.issues import Issue
from app.editing import COLUMNS, Change, RowOp, VoucherEditor, column
from app.ui import messages as _messages  # a module: messages names the grid's columns with this one
from app.ui import style
from app.ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KEYS = tuple(c.key for c in COLUMNS)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_Role = Qt.ItemDataRole

# The grid's column headers in the window's language. app/editing is Qt-free and keeps its English
# headers; they are marked for translation here, by column key (a test keeps this complete).
COLUMN_HEADERS = {
    "booking_date": QT_TRANSLATE_NOOP("VoucherColumns", "Date"),
    "account": QT_TRANSLATE_NOOP("VoucherColumns", "Account"),
    "text": QT_TRANSLATE_NOOP("VoucherColumns", "Text"),
    "debit": QT_TRANSLATE_NOOP("VoucherColumns", "Debit"),
    "credit": QT_TRANSLATE_NOOP("VoucherColumns", "Credit"),
    "vat_code": QT_TRANSLATE_NOOP("VoucherColumns", "VAT"),
    "net": QT_TRANSLATE_NOOP("VoucherColumns", "Net"),
    "vat": QT_TRANSLATE_NOOP("VoucherColumns", "VAT amount"),
    "project": QT_TRANSLATE_NOOP("VoucherColumns", "Project"),
    "cost_center": QT_TRANSLATE_NOOP("VoucherColumns", "Cost centre"),
}
# Currencies as a screen reader should say them after an amount; any other code is read as it is.
CURRENCY_NAMES = {"EUR": QT_TRANSLATE_NOOP("VoucherColumns", "euro"),
                  "CHF": QT_TRANSLATE_NOOP("VoucherColumns", "Swiss francs")}


def column_header(key: str) -> str:
    """A grid column's header in the window's language."""
    return QCoreApplication.translate("VoucherColumns", COLUMN_HEADERS.get(key) or column(key).header)


class ServerIssues:
    """Errors a target sent back, pinned to (line index, cell key) until that cell is edited."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, str], list[Issue]] = {}
        self.header: list[Issue] = []

    def set(self, issues: Iterable[Issue]) -> None:
        self.cells, self.header = {}, []
        for issue in issues:
            if issue.line is None:
                self.header.append(issue)
            else:
                self.cells.setdefault((issue.line - 1, issue.field), []).append(issue)

    def all(self) -> list[Issue]:
        return [*self.header, *(x for found in self.cells.values() for x in found)]

    def shift(self, at: int, delta: int) -> None:
        """Lines were inserted (delta > 0) or removed (delta < 0) at line index `at`."""
        moved = {}
        for (line, key), found in self.cells.items():
            if line < at:
                moved[(line, key)] = found
            elif delta > 0 or line >= at - delta:
                moved[(line + delta, key)] = found
        self.cells = moved


class VoucherTableModel(QAbstractTableModel):
    """Display rows (lines and their derived VAT rows) × COLUMNS, read from a VoucherEditor."""

    totals_changed = Signal()
    issues_changed = Signal()
    header_changed = Signal(object)  # frozenset of header field names
    edited = Signal()  # a committed edit reached the editor: time to autosave

    def __init__(self, editor: VoucherEditor, parent=None):
        super().__init__(parent)
        self._editor = editor
        self._row_count = editor.row_count
        self._pending: list[RowOp] = []
        self.server = ServerIssues()
        # Set by the page so a delegate's setData becomes an undoable command.
        self.commit_cell: Callable[[int, str, str], object] | None = None  # what it returns is not used

    @property
    def editor(self) -> VoucherEditor:
        return self._editor

    def set_editor(self, editor: VoucherEditor) -> None:
        """Another editor for the same draft (e.g. its profile changed): a reset, never used for a keystroke."""
        self.beginResetModel()
        self._editor, self._row_count, self._pending = editor, editor.row_count, []
        self.server = ServerIssues()
        self.endResetModel()
        self.totals_changed.emit()
        self.issues_changed.emit()
        self.header_changed.emit(frozenset({"*"}))

    # ---- replaying an editor Change ------------------------------------------------------------

    def apply(self, change: Change, *, line: int | None = None, key: str | None = None,
              inserted: tuple[int, int] | None = None, removed: tuple[int, int] | None = None) -> None:
        """Tell the view what `change` did; `line`/`key`, `inserted`, `removed` keep server errors in place."""
        if line is not None and key is not None:
            self.server.cells.pop((line, key), None)
        if inserted is not None:
            self.server.shift(inserted[0], inserted[1])
        if removed is not None:
            self.server.shift(removed[0], -removed[1])
        if change.header:  # a header field typed again: the target's word on its old value no longer applies
            self.server.header = [x for x in self.server.header if x.field not in change.header]
        self._pending = list(change.row_ops)
        while self._pending:
            op = self._pending[0]
            last = op.first + op.count - 1
            if op.kind == "insert":
                self.beginInsertRows(QModelIndex(), op.first, last)
                self._pending.pop(0)
                self._row_count += op.count
                self.endInsertRows()
            else:
                self.beginRemoveRows(QModelIndex(), op.first, last)
                self._pending.pop(0)
                self._row_count -= op.count
                self.endRemoveRows()
        if self._row_count != self._editor.row_count:  # a Change that misdescribes its rows: stay correct
            log.warning("row count %s after a change, editor has %s: resetting", self._row_count,
                        self._editor.row_count)
            self.beginResetModel()
            self._row_count = self._editor.row_count
            self.endResetModel()
        if change.row_ops and self._row_count:
            first = min(op.first for op in change.row_ops)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, min(first, self._row_count - 1),
                                        self._row_count - 1)
        if change.cells is not None:
            c = change.cells
            self.dataChanged.emit(self.index(c.top, c.left), self.index(c.bottom, c.right))
        if change.totals:
            self.totals_changed.emit()
        if change.issues or line is not None or inserted or removed:
            self.issues_changed.emit()
        if change.header:
            self.header_changed.emit(change.header)
        if not change.is_empty:
            self.edited.emit()

    def _final_row(self, row: int) -> int | None:
        """The editor's row for a row as the view sees it mid-change; None for a row being removed."""
        for op in self._pending:
            if op.kind == "insert":
                row = row if row < op.first else row + op.count
            elif row >= op.first + op.count:
                row -= op.count
            elif row >= op.first:
                return None
        return row

    # ---- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def key_of(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return KEYS[index.column()]

    def cell_issues(self, row: int, key: str) -> list[Issue]:
        """The editor's issues on a cell plus any error the target returned for it."""
        found = self._editor.cell_issues(row, key)
        line, is_vat = self._editor.line_at(row)
        if not is_vat:
            found = found + self.server.cells.get((line, key), [])
        return found

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._final_row(index.row())
        if row is None or not 0 <= row < self._editor.row_count:
            return None
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._editor.display(row, key)
        if role == Qt.ItemDataRole.EditRole:
            return self._editor.edit_text(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if COLUMNS[index.column()].align == "right" else _LEFT)
        is_vat = self._editor.is_vat_row(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key, is_vat)
        if role == Qt.ItemDataRole.BackgroundRole:
            if is_vat:
                return style.VAT_ROW_BACKGROUND
            issues = self.cell_issues(row, key)
            if any(x.is_error for x in issues):
                return style.ERROR_BACKGROUND
            return style.WARNING_BACKGROUND if issues else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if is_vat or not COLUMNS[index.column()].editable:
                return style.VAT_ROW_FOREGROUND
            return None
        if role == Qt.ItemDataRole.FontRole and is_vat:
            font = QFont()
            font.setItalic(True)
            return font
        if role == _Role.AccessibleTextRole:
            return self._accessible_text(row, key, is_vat)
        if role == _Role.AccessibleDescriptionRole:
            return self._tooltip(row, key, is_vat) or ""
        return None

    def cell_name(self, row: int, key: str) -> str:
        """A cell's place in words, for screen readers: "Debit, line 2" or "VAT amount, VAT row of line 2"."""
        line, is_vat = self._editor.line_at(row)
        where = (self.tr("VAT row of line {line}") if is_vat else self.tr("line {line}")).format(line=line + 1)
        return self.tr("{column}, {where}").format(column=column_header(key), where=where)

    def _accessible_text(self, row: int, key: str, is_vat: bool) -> str:
        """What a screen reader says for a cell: "Debit, line 2: 2 990,00 euro"."""
        value = self._editor.display(row, key)
        if not value:
            value = self.tr("empty")
        elif column(key).kind in ("amount", "derived"):
            currency = self._editor.header_text("currency").strip().upper()
            if currency:
                name = CURRENCY_NAMES.get(currency)
                value = f"{value} {QCoreApplication.translate('VoucherColumns', name) if name else currency}"
        return self.tr("{cell}: {value}").format(cell=self.cell_name(row, key), value=value)

    def _tooltip(self, row: int, key: str, is_vat: bool) -> str | None:
        if is_vat:
            line = self._editor.line_at(row)[0] + 1
            return self.tr("VAT of line {line}, derived from it: read-only. Edit line {line} to change it.").format(
                line=line)
        issues = self.cell_issues(row, key)
        if issues:
            return "\n".join((self.tr("Error: {message}") if x.is_error else self.tr("Warning: {message}")).format(
                message=_messages.issue_text(x, self._editor.fmt)) for x in issues)
        if key == "vat_code" and (label := self._editor.display(row, key)):
            day = self._editor.display(row, "booking_date") or self._editor.header_text("date")
            return self.tr("{code}: the rate in force on {day}, the line's booking date.").format(
                code=label, day=day) if day else label
        if not COLUMNS[KEYS.index(key)].editable:
            return self.tr("Derived from the line's amount and VAT code: read-only.")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._final_row(index.row())
        if row is not None and 0 <= row < self._editor.row_count and self._editor.is_editable(row, self.key_of(index)):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role in (_Role.DisplayRole, _Role.AccessibleTextRole) and 0 <= section < len(COLUMNS):
                return column_header(COLUMNS[section].key)
            if role == Qt.ItemDataRole.TextAlignmentRole and 0 <= section < len(COLUMNS):
                return int(_RIGHT if COLUMNS[section].align == "right" else _LEFT)
            return None
        row = self._final_row(section)
        if row is None or not 0 <= row < self._editor.row_count:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            line, is_vat = self._editor.line_at(row)
            return self.tr("VAT") if is_vat else str(line + 1)
        if role in (Qt.ItemDataRole.ToolTipRole, _Role.AccessibleTextRole):
            line, is_vat = self._editor.line_at(row)
            return (self.tr("Derived VAT row of line {line}") if is_vat else self.tr("Line {line}")).format(
                line=line + 1)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A delegate committed text: handed to the page, which makes it one undoable command."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        text, key = "" if value is None else str(value), self.key_of(index)
        if text == self._editor.edit_text(index.row(), key):
            return True  # opened and left unchanged: not an edit, no undo step
        if self.commit_cell is not None:
            self.commit_cell(index.row(), key, text)
        else:
            line = self._editor.line_at(index.row())[0]
            self.apply(self._editor.set_cell(index.row(), key, text), line=line, key=key)
        return True

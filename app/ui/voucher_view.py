"""The voucher grid's view: a QTableView whose keyboard follows the bookkeeper, not the spreadsheet default.

Tab and Enter go to the next editable cell (derived cells and VAT rows are skipped) and past the
last one open a new line; Shift+Tab and Shift+Enter go back. On a date cell T, + and - set today
or move one day without opening the editor. Delete clears a cell. Every change is asked of the
page, which makes it an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView, QWidget

from app.editing import COLUMNS, column
from app.ui import header_fit, style
from app.ui.cell_editors import CellEditor

if TYPE_CHECKING:
    from app.ui.voucher_model import VoucherTableModel

WIDTHS = {"booking_date": 96, "account": 230, "text": 220, "debit": 110, "credit": 110, "vat_code": 120,
          "net": 100, "vat": 96, "project": 90, "cost_center": 96}
_NUDGE_TEXT = {"+": "+", "-": "-", "t": "t", "T": "t"}
_NO_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_State = QAbstractItemView.State
_Move = QAbstractItemView.CursorAction


class VoucherView(QTableView):
    """Keyboard-first grid over a VoucherTableModel."""

    editor_closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("VoucherGrid")
        style.apply_window_style(self)
        self.setAccessibleName(self.tr("Voucher lines"))
        self.setAccessibleDescription(self.tr("Tab or Enter: next cell. F6: the header. Ctrl+I: the issues. "
                                              "F1: every key."))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        # Tab walks the cells (the keyboard help's first key); these leave the grid (tests/ui/layout_audit.py).
        self.setProperty("leave_keys", "F6, Ctrl+I")
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        rows = self.verticalHeader()
        # Fixed heights: Qt then never measures 10,000 rows to lay them out.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(26)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(False)
        # Set by the page: each turns a key into one undoable command.
        self.on_append_line: Callable[[], None] = lambda: None
        self.on_nudge: Callable[[int, str, str], object] = lambda row, key, text: None  # its result is not used
        self.on_clear: Callable[[int, str], None] = lambda row, key: None

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        for c, col in enumerate(COLUMNS):
            header.resizeSection(c, WIDTHS.get(col.key, 100))
        header.setSectionResizeMode(COLUMNS.index(column("text")), QHeaderView.ResizeMode.Stretch)
        header_fit.widen_to_captions(header)  # WIDTHS suit English; a longer caption widens its column

    # ---- where Tab and Enter go ----------------------------------------------------------------

    def grid_model(self) -> VoucherTableModel | None:
        """The VoucherTableModel the page set (setModel), or None before it has."""
        return cast("VoucherTableModel | None", self.model())

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        model = self.grid_model()
        if action not in (_Move.MoveNext, _Move.MovePrevious) or model is None:
            return super().moveCursor(action, modifiers)
        if model.rowCount() == 0:
            self.on_append_line()
            return model.index(0, 0) if model.rowCount() else QModelIndex()
        current = self.currentIndex()
        if not current.isValid():
            return model.index(0, 0)
        backwards = action == _Move.MovePrevious
        key = model.key_of(current)
        row, new_key = model.editor.next_editable(current.row(), key, backwards)
        if not backwards and (row, new_key) == (current.row(), key):
            self.on_append_line()  # past the last cell: a new line, unless the last one is still blank
            row, new_key = model.editor.next_editable(self.currentIndex().row(), key)
        return model.index(row, COLUMNS.index(column(new_key)))

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab never leaves the grid (F6 and Ctrl+I do): at a dead end it stays on the cell.
        if self.state() == _State.EditingState or self.model() is None:
            return super().focusNextPrevChild(next)
        target = self.moveCursor(_Move.MoveNext if next else _Move.MovePrevious, Qt.KeyboardModifier.NoModifier)
        if target.isValid():
            self.setCurrentIndex(target)
        return True

    def keyPressEvent(self, event) -> None:
        current = self.currentIndex()
        model = self.grid_model()
        if self.state() != _State.EditingState and current.isValid() and model is not None:
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            key = model.key_of(current)
            editable = bool(model.flags(current) & Qt.ItemFlag.ItemIsEditable)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & _NO_COMMAND:
                backwards = bool(mods & Qt.KeyboardModifier.ShiftModifier)
                target = self.moveCursor(_Move.MovePrevious if backwards else _Move.MoveNext, mods)
                if target.isValid():
                    self.setCurrentIndex(target)
                event.accept()
                return
            if editable and column(key).kind == "date" and event.text() in _NUDGE_TEXT and not mods & _NO_COMMAND:
                self.on_nudge(current.row(), key, _NUDGE_TEXT[event.text()])
                event.accept()
                return
            if editable and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
                self.on_clear(current.row(), key)
                event.accept()
                return
        super().keyPressEvent(event)

    # ---- the open editor -----------------------------------------------------------------------

    def open_editor(self) -> CellEditor | None:
        """The cell editor being typed into, if any."""
        if self.state() != _State.EditingState:
            return None
        for editor in self.viewport().findChildren(CellEditor):
            if editor.isVisible():
                return editor
        return None

    def commit_open_editor(self, accept_suggestion: bool = True) -> bool:
        """Commit and close the cell editor (before a command acts on the cell); True if one was open.
        `accept_suggestion=False` keeps exactly what was typed (on quit nobody chose a suggestion)."""
        editor = self.open_editor()
        if editor is None:
            return False
        if accept_suggestion:
            editor.accept_suggestion()
        self.commitData(editor)
        self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return True

    def closeEditor(self, editor: QWidget, hint) -> None:
        super().closeEditor(editor, hint)
        # What was typed is committed now; Tab may already have opened the next (untouched) editor.
        self.editor_closed.emit()

    def go_to(self, row: int, key: str) -> None:
        """Make a cell current and visible, with the keyboard focus on the grid."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, COLUMNS.index(column(key)))
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

"""The grid's one delegate: the column's kind (columns.py) picks the editor; Enter and Tab move on.

Enter behaves like Tab (next editable cell, a new line past the last one), Shift+Enter like
Shift+Tab; the view's moveCursor decides where "next" is. An editor the bookkeeper has typed
into is never overwritten by a refresh: setEditorData leaves a modified editor alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.editing import column
from app.ui.vat_words import choice_text
from app.ui.cell_editors import (CellEditor, ShortcutPassThrough, account_suggestions, text_suggestions,
                                 vat_suggestions)

if TYPE_CHECKING:
    from app.ui.voucher_model import VoucherTableModel

_MOVE_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)
_HINT = QAbstractItemDelegate.EndEditHint


class VoucherDelegate(QStyledItemDelegate):
    """Creates, fills and commits the cell editors of the voucher grid."""

    def __init__(self, passthrough: ShortcutPassThrough, parent: QObject | None = None,
                 recent_texts: Callable[[], list[str]] = lambda: []):
        super().__init__(parent)
        self._passthrough = passthrough
        self._recent_texts = recent_texts

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        model = cast("VoucherTableModel", index.model())  # this delegate serves the voucher grid only
        key = model.key_of(index)
        col = column(key)
        editor = model.editor
        if col.kind == "account" and editor.completer is not None:
            widget = CellEditor(parent, account_suggestions(editor.completer),
                                prefer_first=lambda typed: not typed.isdigit())
        elif col.kind == "vat_code":
            choices = [(choice.code, choice_text(choice)) for choice in editor.vat_choices(index.row())]
            widget = CellEditor(parent, vat_suggestions(choices), show_on_open=True,
                                prefer_first=lambda typed: True)
        elif col.kind == "text":
            widget = CellEditor(parent, text_suggestions(self._recent_texts))
        else:
            widget = CellEditor(parent)
        widget.setObjectName(f"CellEditor_{key}")
        widget.setAccessibleName(model.cell_name(index.row(), key))
        if col.align == "right":
            widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        widget.installEventFilter(self._passthrough)
        return widget

    def destroyEditor(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, CellEditor):
            editor.dispose()
        super().destroyEditor(editor, index)

    # The editors are the CellEditors (QLineEdit) createEditor made.
    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        # A refresh while the bookkeeper types must not wipe what was typed: it is held back until commit.
        if isinstance(editor, CellEditor) and editor.isModified():
            return
        cast(QLineEdit, editor).setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        model.setData(index, cast(QLineEdit, editor).text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(obj, CellEditor):
            key, mods = event.key(), event.modifiers()
            if obj.suggestions_visible():
                if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                    obj.move_highlight(-1 if key == Qt.Key.Key_Up else 1)
                    return True
                if key == Qt.Key.Key_Escape:
                    obj.hide_suggestions()
                    return True
            if key in _MOVE_KEYS and not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                backwards = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
                obj.accept_suggestion()
                self.commitData.emit(obj)
                self.closeEditor.emit(obj, _HINT.EditPreviousItem if backwards else _HINT.EditNextItem)
                return True
        return super().eventFilter(obj, event)

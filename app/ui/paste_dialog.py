"""Paste from a spreadsheet: every row as it was read, with its problems, before anything enters the voucher.

Rows with problems stay in the list, fixable in place; inserting them as they are keeps each
problem flagged on its cell in the grid. Nothing is dropped: unused columns are named above the list.
"""

from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
                               QHBoxLayout, QLabel, QPushButton, QStyledItemDelegate, QTableView, QVBoxLayout,
                               QWidget)

from app.editing import COLUMNS, PastePreview, parse_paste
from app.editing.paste import AMOUNT
from app.ui import style
from app.ui.accessibility import name_buttons
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import render
from app.ui.undo_commands import InsertLinesCommand
from app.ui.voucher_model import column_header

AMOUNT_NAME = QT_TRANSLATE_NOOP("PasteDialog", "Amount (signed)")


def field_names() -> dict[str, str]:
    """The fields a pasted column can go to, named in the window's language."""
    return {c.key: column_header(c.key) for c in COLUMNS if c.editable} | {
        AMOUNT: QCoreApplication.translate("PasteDialog", AMOUNT_NAME)}


class PastePreviewModel(QAbstractTableModel):
    """One row per pasted row: its spreadsheet row number, each used column's text, and its problems."""

    def __init__(self, preview: PastePreview, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.keys: list[str] = []
        self.reload()

    def reload(self) -> None:
        """The columns changed (a field was assigned to a pasted column): read everything again."""
        self.beginResetModel()
        self.keys = [k for k in self.preview.columns if k is not None]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.keys) + 2

    def _key(self, column: int) -> str | None:
        return self.keys[column - 1] if 1 <= column <= len(self.keys) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.preview.rows):
            return None
        row = self.preview.rows[index.row()]
        key = self._key(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return str(row.source_row)
            if key is None:
                return "; ".join(render(p) for p in row.problems.values()) if row.problems else self.tr("OK")
            return row.cells.get(key, "")
        if role == Qt.ItemDataRole.ToolTipRole and key is not None and key in row.problems:
            return render(row.problems[key])
        if role == Qt.ItemDataRole.BackgroundRole and (key in row.problems or (key is None and index.column() > 0
                                                                              and row.problems)):
            return style.ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and key is None and index.column() > 0:
            return style.ERROR_TEXT if row.problems else style.OK_TEXT
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self._key(index.column()) is not None else base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        key = self._key(index.column())
        if role != Qt.ItemDataRole.EditRole or key is None:
            return False
        self.preview.set_cell(index.row(), key, str(value))
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Row")
        key = self._key(section)
        if key is not None:
            return field_names().get(key, key)
        return self.tr("Problems") if section == len(self.keys) + 1 else None


class _CommitOnEnter(QStyledItemDelegate):
    """Enter in a preview cell commits the fix there and then; it must not also press Insert."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(editor, QWidget)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)


class PasteDialog(QDialog):
    """The paste preview; on accept, `preview.snapshots()` go into the voucher as one undo step."""

    def __init__(self, preview: PastePreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste rows — preview"))
        self.setObjectName("PasteDialog")
        self.setAccessibleName(self.tr("Paste rows — preview"))
        self.resize(980, 520)
        self.preview = preview
        self.model = PastePreviewModel(preview, self)
        how = self.tr("Columns were recognised from the header row.") if preview.header else \
            self.tr("No header row: columns are read in the grid's order.")
        intro = QLabel(self.tr("%n row(s) read from the clipboard.", "", len(preview.rows)) + " " + how + " "
                       + self.tr("Fix a red cell here (F2 or type over it), or insert as is: the problems stay "
                                 "flagged in the grid."))
        intro.setWordWrap(True)
        self.mapping = QHBoxLayout()
        self.mapping.addWidget(QLabel(self.tr("Pasted columns:")))
        names = field_names()
        for i, key in enumerate(preview.columns):
            box = QComboBox()
            box.setObjectName(f"PasteColumn{i}")
            box.setAccessibleName(self.tr("Field of pasted column {number}").format(number=i + 1))
            box.addItem(self.tr("{number}: not used").format(number=i + 1), None)
            for field, name in names.items():
                box.addItem(f"{i + 1}: {name}", field)
            box.setCurrentIndex(max(0, box.findData(key)))
            box.activated.connect(lambda _i, i=i, box=box: self._map(i, box.currentData()))
            self.mapping.addWidget(box)
        self.mapping.addStretch(1)
        self.notes = QLabel("\n".join(preview.notes))
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(preview.notes))
        self.notes.setStyleSheet(f"color: {style.WARNING_TEXT.name()};")
        self.table = QTableView()
        self.table.setObjectName("PastePreviewTable")
        # Arrows move between cells, F2 fixes one; Tab goes on to the column choices and buttons.
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Pasted rows"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(_CommitOnEnter(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary"))
        buttons = QDialogButtonBox()
        self.insert_button = QPushButton()
        self.insert_button.setObjectName("PasteInsert")
        self.insert_button.setDefault(True)
        buttons.addButton(self.insert_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.mapping)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.model.dataChanged.connect(self._summarise)
        self.model.modelReset.connect(self._summarise)
        self._summarise()
        self.table.setFocus()

    def _map(self, column: int, key: str | None) -> None:
        self.preview.set_column(column, key)
        self.model.reload()

    def _summarise(self, *args) -> None:
        rows = self.preview.rows
        bad = sum(1 for r in rows if r.problems)
        count = self.tr("%n row(s)", "", len(rows))
        self.summary.setText(self.tr("{rows}, {bad} with problems.").format(rows=count, bad=bad) if bad else
                             self.tr("{rows}, no problems.").format(rows=count))
        lines = self.tr("Insert %n line(s)", "", len(rows))
        self.insert_button.setText(self.tr("{insert} ({flagged} flagged)").format(insert=lines, flagged=bad)
                                   if bad else lines)
        self.insert_button.setAccessibleName(self.insert_button.text())
        self.insert_button.setEnabled(bool(rows))


def paste_into(page, text: str) -> PasteDialog | None:
    """Ctrl+V on a page: preview the clipboard rows; Insert puts them in as one undo step.

    They go before the current line when it is blank (the line being typed), else after it.
    """
    if page.read_only or not text.strip():
        return None
    page.view.commit_open_editor()
    data = page.data
    preview = parse_paste(text, page.editor.fmt, set(data.table.codes), data.chart, today=page.workspace.today())
    if not preview.rows:
        page.message.emit("info", QCoreApplication.translate("PasteDialog", "The clipboard holds no rows to paste."))
        return None
    dialog = PasteDialog(preview, page)
    line = page.current_line()
    at = line if page.editor.line_count and page.line_is_blank(line) else min(line + 1, page.editor.line_count)

    def finished(result: int) -> None:
        dialog.deleteLater()
        page.paste_dialog = None
        if result == QDialog.DialogCode.Accepted and preview.rows:
            what = QCoreApplication.translate("PasteDialog", "Paste %n line(s)", None, len(preview.rows))
            if page.push(InsertLinesCommand(page.model, at, preview.snapshots(), what)):
                page.view.go_to(page.editor.row_of(at), COLUMNS[0].key)
        style.focus_back(page.view)
    dialog.finished.connect(finished)
    page.paste_dialog = dialog
    style.open_dialog(dialog)
    return dialog

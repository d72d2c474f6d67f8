"""A reference for the cold-start case: the least a voucher window needs, written in plain PySide6.

Menus with shortcuts, a draft tab, a header form, a 20-line grid over a Python model, totals and a
status bar; no domain, store, settings, translations, validation or style sheet. It is not LedgerDesk:
it shows how much of the start is PySide6 building any such window on this machine, and it is the
baseline of the cold-start target, 1.5× it in the same run (issue 15, docs/performance.md).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QMainWindow,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

COLUMNS = ("Date", "Account", "Text", "Debit", "Credit", "VAT", "VAT amount", "Cost centre")


class LinesModel(QAbstractTableModel):
    def __init__(self, rows: int = 20):
        super().__init__()
        self.rows = [[f"{r + 1}.{c}" for c in range(len(COLUMNS))] for r in range(rows)]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt's name)
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


def minimal_window() -> QMainWindow:
    window = QMainWindow()
    for title in ("&File", "&Edit", "&Line", "Vie&w", "Settin&gs", "&Help"):
        menu = window.menuBar().addMenu(title)
        for i in range(5):
            action = QAction(f"Action {i + 1}", window)
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{i + 1}"))
            menu.addAction(action)
    page = QWidget()
    layout = QVBoxLayout(page)
    form = QGridLayout()
    for i, name in enumerate(("Date", "Number", "Type", "Description", "Currency", "Company", "Profile")):
        form.addWidget(QLabel(name), i // 4, 2 * (i % 4))
        form.addWidget(QComboBox() if name in ("Type", "Profile") else QLineEdit(), i // 4, 2 * (i % 4) + 1)
    layout.addLayout(form)
    view = QTableView()
    view.setModel(LinesModel())
    layout.addWidget(view, 1)
    totals = QFrame()
    row = QHBoxLayout(totals)
    for name in ("Debit", "Credit", "Difference", "VAT"):
        row.addWidget(QLabel(name))
        row.addWidget(QLabel("0,00"))
    layout.addWidget(totals)
    tabs = QTabWidget()
    tabs.addTab(page, "New voucher")
    window.setCentralWidget(tabs)
    window.statusBar().showMessage("Ready")
    window.resize(1280, 800)
    window.view = view  # kept alive with the window
    return window

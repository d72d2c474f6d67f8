"""The read-only tables of LedgerDesk's dialogs (previews, imports): one way to build them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget


def read_only_table(name: str, headers: Sequence[str], rows: Sequence[Sequence[str]],
                    parent: QWidget | None = None) -> QTableWidget:
    """A table of `rows` under `headers`: not editable, columns sized to their contents, the last one
    stretched; arrows move in it and Tab goes on to the next control (the window audit's rule)."""
    table = QTableWidget(len(rows), len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table

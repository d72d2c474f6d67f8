"""What the window's flat, read-only tables share: the row and column counts, the captions and the flags."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class CaptionedTable:
    """Mixed in before QAbstractTableModel (the review list, a profile's VAT codes): a flat, read-only table
    whose columns are the captions in `_headers` and whose rows number `shown_rows()`. rowCount, columnCount,
    headerData and flags are written once here; the model gives `data`. A mixin, not a model of its own:
    Qt finds these overrides on the model's class all the same."""

    _headers: tuple[str, ...]  # the translated column captions, set in the model's __init__

    def shown_rows(self) -> int:
        """How many rows the view shows now."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.shown_rows()

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

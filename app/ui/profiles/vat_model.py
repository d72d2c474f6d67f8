"""A profile's VAT code table, read-only: code, meaning, rate on a day, side, VAT account, code sent."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QObject, Qt

from app.domain.vat_codes import VatCode, VatCodeError, VatTable
from app.editing.cells import local_rates, number_format
from app.ui.table_model import CaptionedTable, Index
from app.ui.vat_words import meaning


class VatTableModel(CaptionedTable, QAbstractTableModel):
    """The codes of one VatTable as rows; the rate and target code are those in force on `day`."""

    def __init__(self, table: VatTable | None = None, day: date | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._day = day or date.today()
        self.fmt = number_format("en")  # the rates' decimal mark: the form sets the profile's grid format
        self._codes: list[VatCode] = []
        self._table: VatTable | None = None
        # The rate and meaning follow the date (S1 is 14 % in 2025, 13.5 % from 2026): the heading says which day.
        as_of = f"{self._day.day}.{self._day.month}.{self._day.year}"
        self._headers = (self.tr("Code"), self.tr("Meaning on {date}").format(date=as_of),
                         self.tr("Rate on {date}").format(date=as_of), self.tr("Side"), self.tr("VAT account"),
                         self.tr("Code sent"))
        self.set_table(table)

    def set_table(self, table: VatTable | None) -> None:
        """Show another table (None: none)."""
        self.beginResetModel()
        self._table = table
        self._codes = list(table.codes.values()) if table is not None else []
        self.endResetModel()

    def shown_rows(self) -> int:  # counts, captions and flags: CaptionedTable
        return len(self._codes)

    def _meaning(self, code: VatCode) -> str:
        """The code's words and what it covers on the day shown, in the window's language."""
        try:
            covers = self._table.resolve(code.code, self._day).covers if self._table is not None else ""
        except VatCodeError:
            covers = ""
        return meaning(code.description, covers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._codes)):
            return None
        code = self._codes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return self._meaning(code)  # with what its rate class covers on the day: too long for the column
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column in (2, 5) and self._table is not None:  # codes come only with a table
            try:
                resolved = self._table.resolve(code.code, self._day)
            except VatCodeError:
                return "—"
            return local_rates(f"{resolved.percent.normalize():f} %", self.fmt) if column == 2 \
                else resolved.target_code
        side = self.tr("sales") if code.side == "sales" else self.tr("purchase")
        values = {0: code.code, 1: meaning(code.description), 3: side, 4: code.vat_account}
        return values.get(column)

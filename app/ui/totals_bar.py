"""The totals bar under the grid: Σ debit, Σ credit, the difference (red until it balances) and VAT per code.

It reads the editor's running totals, which each edit moves in O(1); refreshing costs the number
of VAT codes in use, never the number of lines.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app.domain.money import ZERO
from app.editing import VoucherEditor
from app.editing.cells import format_amount_cell, local_rates
from app.ui import style


class TotalsBar(QFrame):
    """One line of totals, always visible under the grid."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("TotalsBar")
        style.apply_window_style(self)
        self.setAccessibleName(self.tr("Totals"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        layout.setSpacing(18)
        self.captions: list[QLabel] = []
        self.debit = self._pair(layout, self.tr("Σ Debit"), self.tr("Total debit"))
        self.credit = self._pair(layout, self.tr("Σ Credit"), self.tr("Total credit"))
        self.difference = self._pair(layout, self.tr("Difference"), self.tr("Difference"))
        layout.addStretch(1)
        self.vat = QLabel()
        self.vat.setObjectName("TotalsVat")
        self.vat.setAccessibleName(self.tr("VAT by code"))
        layout.addWidget(self.vat)

    def _pair(self, layout: QHBoxLayout, caption: str, name: str) -> QLabel:
        label = QLabel(caption)
        label.setObjectName("TotalsCaption")
        label.setAccessibleName(name)  # "Σ" means nothing read aloud
        layout.addWidget(label)
        self.captions.append(label)
        value = QLabel()
        value.setObjectName("TotalsValue")
        value.setAccessibleName(name)
        layout.addWidget(value)
        return value

    def show_totals(self, editor: VoucherEditor, currency: str = "") -> None:
        """Show the editor's running totals in the profile's number format."""
        totals, fmt = editor.totals, editor.fmt
        suffix = f" {currency}" if currency else ""
        self.debit.setText(format_amount_cell(totals.debit, fmt) + suffix)
        self.credit.setText(format_amount_cell(totals.credit, fmt) + suffix)
        difference = totals.difference
        empty = totals.debit == ZERO and totals.credit == ZERO  # nothing posted yet: nothing to call balanced
        balanced = difference == ZERO and not empty
        colour = style.OK_TEXT if balanced else style.VAT_ROW_FOREGROUND if empty else style.ERROR_TEXT
        self.difference.setText(format_amount_cell(difference, fmt) + suffix
                                + ("  ✓ " + self.tr("balanced") if balanced else ""))
        self.difference.setStyleSheet(f"color: {colour.name()}; font-weight: 600;")
        self.difference.setProperty("balanced", balanced)
        self.difference.setToolTip(self.tr("Debit and credit balance.") if balanced else
                                   self.tr("Debit minus credit. Ctrl+B puts this into the current line."))
        self.difference.setAccessibleDescription(self.difference.toolTip())
        parts = [f"{local_rates(label, fmt)}: {format_amount_cell(abs(amount), fmt)}"
                 for label, amount in sorted(totals.vat_by_code.items())]
        self.vat.setText(self.tr("VAT") + "  " + "   ".join(parts) if parts else self.tr("No VAT"))

"""The Confirma preview's table: each row of the body that will be sent, in the grid's words and format, with
the VAT code as typed and the code Confirma receives ("S → 20"). Issue 18: the preview was raw JSON only, with
`"vatCode": "20"` where the grid had said S."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidget, QWidget

from app.domain.targets.confirma import confirma_body, confirma_row_lines
from app.domain.vat_codes import VatTable
from app.domain.voucher import Voucher
from app.editing.cells import NumberFormat, format_amount_cell, format_date_cell, local_rates
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.tables import read_only_table

HEADERS = ("#", QT_TRANSLATE_NOOP("SubmitDialog", "Date"), QT_TRANSLATE_NOOP("SubmitDialog", "Account"),
           QT_TRANSLATE_NOOP("SubmitDialog", "Text"), QT_TRANSLATE_NOOP("SubmitDialog", "Debit"),
           QT_TRANSLATE_NOOP("SubmitDialog", "Credit"), QT_TRANSLATE_NOOP("SubmitDialog", "Net"),
           QT_TRANSLATE_NOOP("SubmitDialog", "VAT %"), QT_TRANSLATE_NOOP("SubmitDialog", "VAT code: typed → sent"))


def confirma_rows(voucher: Voucher, table: VatTable, fmt: NumberFormat, explicit_vat_rows: bool) -> list[tuple[str, ...]]:
    """The body's ledger rows as the table shows them (the body itself is what is sent: the rows come from it)."""
    body = confirma_body(voucher, table, explicit_vat_rows=explicit_vat_rows)
    rows = body["ledgers"]["ledgerRows"]
    lines = confirma_row_lines(voucher, table, explicit_vat_rows)
    shown: list[tuple[str, ...]] = []
    for row, line_number in zip(rows, lines, strict=True):
        line = voucher.lines[line_number - 1]
        amount = Decimal(str(row["amount"]))
        is_vat = row["isVatRow"] == 1
        typed = (line.vat_code or "").strip()
        code = "" if is_vat or not (typed or row["vatCode"]) else f"{typed or '—'} → {row['vatCode'] or '—'}"
        text = (QCoreApplication.translate("SubmitDialog", "VAT of line {line}").format(line=line_number)
                if is_vat else row["transactionDescription"] or "")
        day = format_date_cell(line.booking_date or voucher.date, fmt)
        shown.append(("" if is_vat else str(line_number), day, row["accountNumber"] or "", text,
                      format_amount_cell(amount, fmt) if amount > 0 else "",
                      format_amount_cell(-amount, fmt) if amount < 0 else "",
                      "" if is_vat else format_amount_cell(abs(Decimal(str(row["netAmount"]))), fmt),
                      "" if is_vat or not code else local_rates(f"{Decimal(str(row['vatPercentage'])).normalize():f} %",
                                                                fmt),
                      code))
    return shown


def confirma_lines_table(voucher: Voucher, table: VatTable, fmt: NumberFormat, explicit_vat_rows: bool,
                         parent: QWidget | None = None) -> QTableWidget:
    rows = confirma_rows(voucher, table, fmt, explicit_vat_rows)
    grid = read_only_table("ConfirmaLines", [QCoreApplication.translate("SubmitDialog", h) for h in HEADERS], rows,
                           parent)
    grid.setAccessibleName(QCoreApplication.translate("SubmitDialog", "Confirma ledger rows"))
    return grid

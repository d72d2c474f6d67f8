"""A submitted voucher as one printable page (vouchers are kept by law): header, lines with their VAT rows,
totals, state, identifiers and the date printed; printed or written as PDF through a QTextDocument."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.domain.posting import post_voucher, voucher_totals
from app.domain.vat_codes import VatTable
from app.domain.voucher import Voucher
from app.editing.cells import NumberFormat, format_amount_cell, format_date_cell, local_rates
from app.store.review import ReviewDetail
from app.ui.messages import render
from app.ui.review.evidence import infinity_transactions
from app.ui.review.states import state_label

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

@dataclass(frozen=True)
class ShownLine:
    """One row of the lines table: a typed line, or the VAT row derived from the line above it."""

    vat_row: bool
    number: str
    date: str
    account: str
    text: str
    debit: str
    credit: str
    vat_code: str
    net: str
    vat: str


def shown_lines(voucher: Voucher, table: VatTable, fmt: NumberFormat) -> list[ShownLine]:
    """The voucher's lines as the grid shows them (issue 18: the same dates, and net and VAT as magnitudes on
    the line's side), each VAT-bearing line followed by its VAT row with the VAT in its debit or credit."""
    rows = []
    for posting in post_voucher(voucher, table):
        line = posting.line
        day = format_date_cell(posting.booking_date, fmt)
        code = local_rates(posting.resolved.label, fmt) if posting.resolved else line.vat_code
        rows.append(ShownLine(False, str(posting.number), day, line.account, line.text,
                              format_amount_cell(line.debit, fmt), format_amount_cell(line.credit, fmt), code,
                              *((format_amount_cell(abs(posting.net), fmt), format_amount_cell(abs(posting.vat), fmt))
                                if posting.resolved is not None else ("", ""))))  # as the grid: none without a code
        if posting.has_vat_row:
            text = QCoreApplication.translate("VoucherDocument", "VAT {code}").format(code=code)
            debit = format_amount_cell(posting.vat, fmt) if posting.vat > 0 else ""
            credit = format_amount_cell(-posting.vat, fmt) if posting.vat < 0 else ""
            rows.append(ShownLine(True, "", day, posting.vat_account, text, debit, credit, "", "", ""))
    return rows


def line_headers() -> tuple[str, ...]:
    """The lines table's column titles (detail pane and printed document alike)."""
    return (QCoreApplication.translate("VoucherDocument", "#"), QCoreApplication.translate("VoucherDocument", "Date"),
            QCoreApplication.translate("VoucherDocument", "Account"),
            QCoreApplication.translate("VoucherDocument", "Text"),
            QCoreApplication.translate("VoucherDocument", "Debit"),
            QCoreApplication.translate("VoucherDocument", "Credit"),
            QCoreApplication.translate("VoucherDocument", "VAT code"),
            QCoreApplication.translate("VoucherDocument", "Net"), QCoreApplication.translate("VoucherDocument", "VAT"))


def voucher_html(detail: ReviewDetail, table: VatTable, fmt: NumberFormat, printed: datetime) -> str:
    """The one-page document of a submitted voucher, as HTML for a QTextDocument."""
    row, voucher = detail.row, detail.voucher
    e = escape
    title = QCoreApplication.translate("VoucherDocument", "Voucher {number}").format(number=row.number or "—")
    state = f"{state_label(row.state)} — {render(detail.submission.detail)}" if detail.submission.detail \
        else state_label(row.state)
    facts = [(QCoreApplication.translate("VoucherDocument", "Date"), format_date_cell(row.date, fmt)),
             (QCoreApplication.translate("VoucherDocument", "Description"), row.description),
             (QCoreApplication.translate("VoucherDocument", "Profile"), f"{row.profile} ({row.target})"),
             (QCoreApplication.translate("VoucherDocument", "State"), state),
             (QCoreApplication.translate("VoucherDocument", "Total"),
              f"{format_amount_cell(row.total, fmt)} {row.currency}")]
    if voucher is not None:
        facts[1:1] = [(QCoreApplication.translate("VoucherDocument", "Type"), voucher.type),
                      (QCoreApplication.translate("VoucherDocument", "Company"), voucher.company_id)]
    facts += [(QCoreApplication.translate("VoucherDocument", "Voucher identifier"), row.voucher_id),
              (QCoreApplication.translate("VoucherDocument", "Submission"), str(row.submission_id)),
              (QCoreApplication.translate("VoucherDocument", "Remote ids"), ", ".join(row.remote_ids) or "—")]
    if voucher is not None and voucher.reverses:
        facts.append((QCoreApplication.translate("VoucherDocument", "Reverses"), voucher.reverses))
    parts = [f"<h2>{e(title)}</h2>", "<table cellspacing='0' cellpadding='2'>"]
    parts += [f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in facts]
    parts.append("</table>")
    if voucher is None:
        unreadable = QCoreApplication.translate("VoucherDocument", "The voucher cannot be read: {error}")
        parts.append(f"<p>{e(unreadable.format(error=detail.voucher_error))}</p>")
    else:
        parts.append(_lines_html(voucher, table, fmt))
    booked = infinity_transactions(detail.requests)
    if booked:
        heading = QCoreApplication.translate("VoucherDocument", "Transactions booked by Infinity")
        parts.append(f"<h3>{e(heading)}</h3><table border='1' cellspacing='0' cellpadding='3'>")
        for t in booked:
            kind = QCoreApplication.translate("VoucherDocument", "VAT") if t.is_vat else \
                QCoreApplication.translate("VoucherDocument", "net")
            parts.append(f"<tr><td>{t.entry}</td><td>{e(t.id)}</td><td>{e(t.date)}</td><td>{e(t.debit_account)}"
                         f"</td><td>{e(t.credit_account)}</td><td align='right'>"
                         f"{e(format_amount_cell(t.amount, fmt))}</td><td>{e(kind)} {e(t.tax_code)}</td></tr>")
        parts.append("</table>")
    footer = QCoreApplication.translate("VoucherDocument", "Printed {when} by LedgerDesk").format(
        when=printed.strftime("%Y-%m-%d %H:%M"))
    parts.append(f"<p><small>{e(footer)}</small></p>")
    return "\n".join(parts)


def _lines_html(voucher: Voucher, table: VatTable, fmt: NumberFormat) -> str:
    e = escape
    heading = QCoreApplication.translate("VoucherDocument", "Lines")
    rows = [f"<h3>{e(heading)}</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'>",
            "<tr>" + "".join(f"<th>{e(h)}</th>" for h in line_headers()) + "</tr>"]
    for line in shown_lines(voucher, table, fmt):
        shade = " style='color:#51606f; background:#eef2f7'" if line.vat_row else ""
        cells = (line.number, line.date, line.account, line.text, line.debit, line.credit, line.vat_code, line.net,
                 line.vat)
        rows.append(f"<tr{shade}>" + "".join(
            f"<td{' align=right' if i >= 4 and i != 6 else ''}>{e(c)}</td>" for i, c in enumerate(cells)) + "</tr>")
    rows.append("</table>")
    totals = voucher_totals(post_voucher(voucher, table))
    debit, credit = (QCoreApplication.translate("VoucherDocument", "Debit"),
                     QCoreApplication.translate("VoucherDocument", "Credit"))
    rows.append(f"<p><b>{e(debit)}</b> {e(format_amount_cell(totals.debit, fmt))} &nbsp; "
                f"<b>{e(credit)}</b> {e(format_amount_cell(totals.credit, fmt))}</p>")
    if totals.vat_by_code:
        vat = "; ".join(f"{local_rates(label, fmt)}: {format_amount_cell(amount, fmt)}" for label, amount in totals.vat_by_code.items())
        label = QCoreApplication.translate("VoucherDocument", "VAT")
        rows.append(f"<p><b>{e(label)}</b> {e(vat)}</p>")
    return "\n".join(rows)


def text_document(html: str) -> QTextDocument:
    """A QTextDocument holding `html` (for printing, PDF or a preview)."""
    document = QTextDocument()
    document.setHtml(html)
    return document


def write_pdf(html: str, path: Path) -> None:
    """Write the document as an A4 PDF (GUI thread: QTextDocument lays out with the GUI's fonts)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(QCoreApplication.translate("VoucherDocument", "LedgerDesk voucher"))
    print_to(html, writer)


def print_to(html: str, device: QPdfWriter | QPrinter) -> None:
    """Lay the document out on `device` (a QPdfWriter or a QPrinter) and paint it."""
    document = text_document(html)
    layout = device.pageLayout()
    size = layout.paintRectPixels(device.resolution()).size()
    document.setPageSize(QSizeF(size))
    document.print_(device)

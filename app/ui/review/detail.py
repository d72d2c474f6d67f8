"""The selected voucher in full: its lines with their VAT rows, the transactions Infinity created, and the
exact requests and responses from the audit log."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QListWidget, QPlainTextEdit, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from app.domain.vat_codes import VatTable
from app.editing.cells import NumberFormat, format_amount_cell, format_date_cell
from app.store.review import ReviewDetail
from app.ui.messages import render
from app.ui import style
from app.ui.attachments import list_item
from app.ui.review.document import line_headers, shown_lines
from app.ui.review.evidence import audit_text, infinity_transactions, requests_text
from app.ui.review.states import state_colours, state_label


def _table(name: str, headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # read-only: arrows move in it, Tab goes on to the next control
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], shaded: set[int] | frozenset[int] = frozenset(),
          right: set[int] | frozenset[int] = frozenset()) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r in shaded:
                item.setBackground(style.VAT_ROW_BACKGROUND)
                item.setForeground(style.VAT_ROW_FOREGROUND)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class DetailPane(QWidget):
    """Shows one ReviewDetail (read-only). Enter on a source document asks to open it (`document_chosen`)."""

    document_chosen = Signal(object)  # the Attachment, for the review window to open in the system's viewer

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ReviewDetail")
        self.title = QLabel()
        self.title.setObjectName("ReviewDetailTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("ReviewDetailMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = _table("ReviewLines", line_headers())
        self.transactions = _table("ReviewTransactions", (
            self.tr("Entry"), self.tr("Transaction id"), self.tr("Date"), self.tr("Debit"), self.tr("Credit"),
            self.tr("Amount"), self.tr("Currency"), self.tr("Preview showed"), self.tr("Net or VAT"),
            self.tr("Tax code"), self.tr("Description")))
        self.audit = QPlainTextEdit()
        self.audit.setObjectName("ReviewAudit")
        self.audit.setReadOnly(True)
        self.audit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.audit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ReviewDetailTabs")
        self.tabs.addTab(self.lines, self.tr("Lines and VAT"))
        self.tabs.addTab(self.transactions, self.tr("Booked by Infinity"))
        self.tabs.addTab(self.audit, self.tr("Requests and responses"))
        self.documents = QListWidget()  # the draft's receipts and invoices, kept with what was posted
        self.documents.setObjectName("ReviewAttachments")
        self.documents.itemActivated.connect(self._document_activated)
        self.tabs.addTab(self.documents, self.tr("Source documents"))
        # For screen readers: the tab pages are named as their tabs read (accessibility.py).
        self.tabs.tabBar().setAccessibleName(self.tr("Voucher details"))
        for index in range(self.tabs.count()):
            if (tab := self.tabs.widget(index)) is not None:
                tab.setAccessibleName(self.tabs.tabText(index))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.detail: ReviewDetail | None = None
        self.show_detail(None)

    def show_detail(self, detail: ReviewDetail | None, table: VatTable | None = None,
                    fmt: NumberFormat | None = None) -> None:
        """Show a submission (None: nothing selected)."""
        self.detail = detail
        if detail is None:
            self.title.setText(self.tr("<i>Choose a voucher in the list to see its lines and what was sent.</i>"))
            self.message.clear()
            for grid in (self.lines, self.transactions):
                grid.setRowCount(0)
            self.audit.clear()
            self.tabs.setTabVisible(1, False)
            self._show_documents([])
            return
        row = detail.row
        fg, bg = state_colours(row.state)
        state = (f"<span style='color:{fg.name()}; background:{bg.name()}; padding:2px 6px'>"
                 f"&nbsp;{escape(state_label(row.state))}&nbsp;</span>")
        title = self.tr("Voucher {number} · {date} · {profile} ({target})").format(
            number=row.number or "—", date=(format_date_cell(row.date, fmt) if fmt is not None else row.date.isoformat())
            if row.date else "—", profile=row.profile,
            target=row.target)
        self.title.setText(f"<b>{escape(title)}</b> &nbsp; {state}<br>{escape(row.description)}")
        self.message.setText(render(detail.submission.detail, fmt) or render(detail.voucher_error, fmt))
        if detail.voucher is not None and table is not None and fmt is not None:
            shown = shown_lines(detail.voucher, table, fmt)
            _fill(self.lines, [(s.number, s.date, s.account, s.text, s.debit, s.credit, s.vat_code, s.net, s.vat)
                               for s in shown], {i for i, s in enumerate(shown) if s.vat_row}, {4, 5, 7, 8})
        else:
            self.lines.setRowCount(0)
        booked = infinity_transactions(detail.requests)
        self.tabs.setTabVisible(1, row.target == "infinity")
        money = (lambda amount: format_amount_cell(amount, fmt)) if fmt else (lambda amount: str(amount or ""))
        _fill(self.transactions, [
            (str(t.entry), t.id, t.date, t.debit_account, t.credit_account, money(t.amount), t.currency,
             (money(t.predicted) + (f" {t.predicted_currency}" if t.predicted_currency != t.currency else "")
              + (" ≠" if t.differs else "")) if t.predicted is not None else self.tr("—"),
             self.tr("VAT") if t.is_vat else self.tr("net"), t.tax_code, t.description) for t in booked],
            {i for i, t in enumerate(booked) if t.is_vat}, {5, 7})
        requests = requests_text(detail.requests)
        sections = [self.tr("— Audit log (oldest first) —"), audit_text(detail.audit)]
        if requests:
            sections += ["", self.tr("— Requests as queued in the outbox —"), requests]
        self.audit.setPlainText("\n".join(sections))
        self._show_documents(detail.attachments)

    def _show_documents(self, attachments: list) -> None:
        self.documents.clear()
        for attachment in attachments:
            self.documents.addItem(list_item(attachment, self))
        self.tabs.setTabVisible(self.tabs.indexOf(self.documents), bool(attachments))

    def _document_activated(self) -> None:
        row = self.documents.currentRow()
        if self.detail is not None and 0 <= row < len(self.detail.attachments):
            self.document_chosen.emit(self.detail.attachments[row])

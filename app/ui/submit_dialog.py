"""Before anything is sent: exactly what will be sent. The Confirma body as it goes on the wire, or the
Infinity entries one by one with the net and VAT we expect Infinity to book.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QTabWidget,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.domain import wire_json
from app.domain.issues import Issue
from app.domain.money import from_cents
from app.domain.targets import INFINITY_ACCOUNTING_CURRENCY, Target
from app.domain.targets.confirma import confirma_body
from app.domain.targets.infinity import plan_infinity_entries
from app.domain.targets.infinity_booking import preview_entries
from app.services.queueing import booking_key, match_booked
from app.domain.vat_codes import VatTable
from app.domain.voucher import Voucher
from app.editing.cells import NumberFormat, format_amount_cell
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.store.profile import Profile
from app.ui import style
from app.ui.accessibility import name_buttons
from app.ui.messages import issue_text
from app.ui.submit_lines import confirma_lines_table

# Infinity's entry fields (its own words: debit and credit accounts, a tax code), as the table heads them.
ENTRY_HEADERS = ("#", QT_TRANSLATE_NOOP("SubmitDialog", "Date"), QT_TRANSLATE_NOOP("SubmitDialog", "Debit"),
                 QT_TRANSLATE_NOOP("SubmitDialog", "Credit"), QT_TRANSLATE_NOOP("SubmitDialog", "Amount"),
                 QT_TRANSLATE_NOOP("SubmitDialog", "Tax code"), QT_TRANSLATE_NOOP("SubmitDialog", "Net (predicted)"),
                 QT_TRANSLATE_NOOP("SubmitDialog", "VAT (predicted)"), QT_TRANSLATE_NOOP("SubmitDialog", "Booked in"),
                 QT_TRANSLATE_NOOP("SubmitDialog", "Description"))


def wire_preview(voucher: Voucher, profile: Profile, table: VatTable, booked: Sequence[tuple] = ()) -> str:
    """The exact JSON that goes out: one Confirma body, or each Infinity entry body in order. Entries Infinity
    booked before refusing the rest (`booked`, their booking keys) are named, not shown as going out."""
    if profile.target is Target.CONFIRMA:
        return wire_json.dumps(confirma_body(voucher, table, explicit_vat_rows=profile.explicit_vat_rows))
    entries, _ = plan_infinity_entries(voucher, table)
    done = already_booked([e.body(voucher) for e in entries], booked)
    return "\n".join(
        f"// entry {n} of {len(entries)}: already booked in Infinity, not sent again" if n - 1 in done else
        f"// entry {n} of {len(entries)}\n{wire_json.dumps(e.body(voucher))}" for n, e in enumerate(entries, start=1))


def already_booked(bodies: Sequence[dict], booked: Sequence[tuple]) -> set[int]:
    """Indexes of the entry bodies whose booking Infinity already holds (each booked entry matched once)."""
    return match_booked([booking_key(body) for body in bodies], booked)[0]

class SubmitDialog(QDialog):
    """Shows the request(s) and asks to send; Enter sends, Esc goes back to the voucher."""

    def __init__(self, voucher: Voucher, profile: Profile, table: VatTable, fmt: NumberFormat,
                 warnings: list[Issue], parent: QWidget | None = None, booked: Sequence[tuple] = ()):
        super().__init__(parent)
        target = "Confirma" if profile.target is Target.CONFIRMA else "Infinity"
        self.setWindowTitle(self.tr("Submit voucher {number} to {target}").format(
            number=voucher.number or self.tr("(no number)"), target=target))
        self.setObjectName("SubmitDialog")
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        badge_text, badge_sheet = style.badge_style(profile.environment)
        badge = QLabel(badge_text)
        badge.setStyleSheet(badge_sheet)
        badge.setAccessibleName(self.tr("Environment"))
        layout.addWidget(badge)
        layout.addWidget(QLabel(self.tr("Profile <b>{profile}</b> → {target} at <code>{url}</code>. This is exactly "
                                        "what will be sent:").format(profile=profile.name, target=target,
                                                                     url=profile.base_url)))
        if warnings:
            shown = QLabel(self.tr("Warnings (they do not stop sending):") + "<br>" + "<br>".join(
                "• " + (self.tr("line {line}: {message}").format(line=x.line, message=issue_text(x, fmt)) if x.line
                        else issue_text(x, fmt)) for x in warnings))
            shown.setWordWrap(True)
            shown.setStyleSheet(f"color: {style.WARNING_TEXT.name()};")
            layout.addWidget(shown)
        if profile.target is Target.INFINITY:
            notice = self._currency_notice(voucher)
            if notice is not None:
                layout.addWidget(notice)
            lines = self._entries_table(voucher, table, fmt, booked)
        else:
            lines = confirma_lines_table(voucher, table, fmt, profile.explicit_vat_rows, self)
        self.body = QPlainTextEdit(wire_preview(voucher, profile, table, booked))
        self.body.setObjectName("SubmitBody")
        self.body.setAccessibleName(self.tr("What will be sent"))
        self.body.setReadOnly(True)
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # What the bookkeeper reads first, in the grid's words; the exact JSON one key away (Alt+J, Ctrl+Tab).
        self.views = QTabWidget()
        self.views.setObjectName("SubmitViews")
        self.views.addTab(lines, self.tr("&Lines as sent"))
        self.views.addTab(self.body, self.tr("&JSON, exactly as sent"))
        self.views.tabBar().setAccessibleName(self.tr("What will be sent"))
        layout.addWidget(self.views, 1)
        buttons = QDialogButtonBox()
        where = self.tr("PRODUCTION") if profile.is_production else target
        self.send_button = QPushButton(self.tr("Send to {target}").format(target=where))
        self.send_button.setObjectName("SendButton")
        self.send_button.setAccessibleName(self.send_button.text())
        self.send_button.setDefault(True)
        self.send_button.setAutoDefault(True)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout.addWidget(buttons)
        self.send_button.setFocus()

    def _entries_table(self, voucher: Voucher, table: VatTable, fmt: NumberFormat,
                       booked: Sequence[tuple]) -> QTableWidget:
        previews = preview_entries(voucher, table)
        done = already_booked([shown.body for shown in previews], booked)
        grid = QTableWidget(len(previews), len(ENTRY_HEADERS))
        grid.setObjectName("InfinityEntries")
        grid.setTabKeyNavigation(False)  # read-only: Tab goes on to the JSON and the buttons
        grid.setAccessibleName(self.tr("Infinity entries"))
        grid.setHorizontalHeaderLabels([QCoreApplication.translate("SubmitDialog", h) for h in ENTRY_HEADERS])
        grid.verticalHeader().hide()
        for row, shown in enumerate(previews):
            entry, predicted = shown.entry, shown.prediction
            if shown.target_rate:  # only the voucher's own currency can be predicted
                net, vat, currency = predicted["original_net"], predicted["original_vat"], voucher.currency
            else:
                net, vat, currency = predicted["net"], predicted["vat"], predicted["currency"]
            number = (self.tr("{n} (already booked, not sent again)").format(n=row + 1) if row in done
                      else str(row + 1))
            cells = (number, entry.date.isoformat() if entry.date else "", entry.debit_account,
                     entry.credit_account, f"{format_amount_cell(from_cents(entry.amount_cents), fmt)} "
                                           f"{voucher.currency}",
                     entry.tax_code or "—", format_amount_cell(from_cents(net), fmt),
                     format_amount_cell(from_cents(vat), fmt), currency, entry.description)
            for col, text in enumerate(cells):
                grid.setItem(row, col, QTableWidgetItem(text))
        grid.resizeColumnsToContents()
        header = grid.horizontalHeader()
        for column in range(grid.columnCount()):  # never a cut-off heading ("Debi", "Credi")
            grid.setColumnWidth(column, max(grid.columnWidth(column), header.sectionSizeHint(column) + 12))
        header.setStretchLastSection(True)
        return grid

    def _currency_notice(self, voucher: Voucher) -> QLabel | None:
        """What the amounts in a foreign currency turn into in Infinity's CHF books, spelled out."""
        if voucher.currency == INFINITY_ACCOUNTING_CURRENCY:
            return None
        if voucher.exchange_rate is None:
            text = self.tr("The voucher is in {currency} without an exchange rate: Infinity converts it to CHF at "
                           "its own rate, so the CHF amounts are known only after booking. The amounts below are "
                           "in {currency}.").format(currency=voucher.currency)
        else:
            text = self.tr("The voucher is in {currency}: converted at {rate} CHF per {currency}; the predicted "
                           "net and VAT below are in CHF.").format(currency=voucher.currency,
                                                                   rate=voucher.exchange_rate)
        notice = QLabel(text)
        notice.setObjectName("CurrencyNotice")
        notice.setWordWrap(True)
        notice.setStyleSheet(f"color: {style.WARNING_TEXT.name()};")
        return notice

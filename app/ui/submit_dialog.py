"""Before anything is sent: exactly what will be sent. The Confirma body as it goes on the wire, or the
Infinity entries one by one with the net and VAT we expect Infinity to book.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app.domain import wire_json
from app.domain.issues import Issue
from app.domain.money import from_cents
from app.domain.targets import Target
from app.domain.targets.confirma import confirma_body
from app.domain.targets.infinity import plan_infinity_entries
from app.domain.vat_codes import VatTable
from app.domain.voucher import Voucher
from app.editing.cells import NumberFormat, format_amount_cell
from app.store.profile import Profile
from app.ui import style
from app.ui.accessibility import name_buttons

# Infinity's entry fields (its own words: debit and credit accounts, a tax code), as the table heads them.
ENTRY_HEADERS = ("#", QT_TRANSLATE_NOOP("SubmitDialog", "Date"), QT_TRANSLATE_NOOP("SubmitDialog", "Debit"),
                 QT_TRANSLATE_NOOP("SubmitDialog", "Credit"), QT_TRANSLATE_NOOP("SubmitDialog", "Amount"),
                 QT_TRANSLATE_NOOP("SubmitDialog", "Tax code"), QT_TRANSLATE_NOOP("SubmitDialog", "Net (predicted)"),
                 QT_TRANSLATE_NOOP("SubmitDialog", "VAT (predicted)"),
                 QT_TRANSLATE_NOOP("SubmitDialog", "Description"))


def wire_preview(voucher: Voucher, profile: Profile, table: VatTable) -> str:
    """The exact JSON that goes out: one Confirma body, or each Infinity entry body in order."""
    if profile.target is Target.CONFIRMA:
        return wire_json.dumps(confirma_body(voucher, table, explicit_vat_rows=profile.explicit_vat_rows))
    entries, _ = plan_infinity_entries(voucher, table)
    return "\n".join(f"// entry {n} of {len(entries)}\n{wire_json.dumps(e.body(voucher))}"
                     for n, e in enumerate(entries, start=1))


class SubmitDialog(QDialog):
    """Shows the request(s) and asks to send; Enter sends, Esc goes back to the voucher."""

    def __init__(self, voucher: Voucher, profile: Profile, table: VatTable, fmt: NumberFormat,
                 warnings: list[Issue], parent: QWidget | None = None):
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
                "• " + (self.tr("line {line}: {message}").format(line=x.line, message=x.message) if x.line
                        else x.message) for x in warnings))
            shown.setWordWrap(True)
            shown.setStyleSheet(f"color: {style.WARNING_TEXT.name()};")
            layout.addWidget(shown)
        if profile.target is Target.INFINITY:
            layout.addWidget(self._entries_table(voucher, table, fmt))
        self.body = QPlainTextEdit(wire_preview(voucher, profile, table))
        self.body.setObjectName("SubmitBody")
        self.body.setAccessibleName(self.tr("What will be sent"))
        self.body.setReadOnly(True)
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.body, 1)
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

    def _entries_table(self, voucher: Voucher, table: VatTable, fmt: NumberFormat) -> QTableWidget:
        entries, _ = plan_infinity_entries(voucher, table)
        grid = QTableWidget(len(entries), len(ENTRY_HEADERS))
        grid.setObjectName("InfinityEntries")
        grid.setAccessibleName(self.tr("Infinity entries"))
        grid.setHorizontalHeaderLabels([QCoreApplication.translate("SubmitDialog", h) for h in ENTRY_HEADERS])
        grid.verticalHeader().hide()
        for row, entry in enumerate(entries):
            net, vat = entry.predicted_net_vat_cents
            cells = (str(row + 1), entry.date.isoformat() if entry.date else "", entry.debit_account,
                     entry.credit_account, format_amount_cell(from_cents(entry.amount_cents), fmt),
                     entry.tax_code or "—", format_amount_cell(from_cents(net), fmt),
                     format_amount_cell(from_cents(vat), fmt), entry.description)
            for col, text in enumerate(cells):
                grid.setItem(row, col, QTableWidgetItem(text))
        grid.resizeColumnsToContents()
        grid.horizontalHeader().setStretchLastSection(True)
        grid.setMaximumHeight(60 + 26 * min(len(entries), 8))
        return grid

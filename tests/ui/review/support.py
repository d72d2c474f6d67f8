"""Vouchers posted to the sandbox through the same services the window uses, and the review window's helpers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain.voucher import Voucher, VoucherLine
from app.services.session import open_session
from app.services.submission import SubmitReport, queue_voucher

CONFIRMA_COMPANY = "0737546-2"


def confirma_voucher(day: date, number: str, description: str, text: str, amount: str = "124.00",
                     expense: str = "4000") -> Voucher:
    """A purchase paid from the bank: expense with VAT code P on the debit, bank 1910 on the credit."""
    gross = Decimal(amount)
    return Voucher(date=day, number=number, type="MU", description=description, company_id=CONFIRMA_COMPANY,
                   lines=[VoucherLine(account=expense, text=text, debit=gross, vat_code="P"),
                          VoucherLine(account="1910", text=text, credit=gross)])


def infinity_voucher(day: date, number: str, description: str, amount: str = "120.50") -> Voucher:
    """A sale into the bank with Swiss VAT (UN): one Infinity entry, net and VAT transactions."""
    gross = Decimal(amount)
    return Voucher(date=day, number=number, description=description, currency="CHF",
                   lines=[VoucherLine(account="1020", text="Einnahme", debit=gross),
                          VoucherLine(account="3200", text="Einnahme", credit=gross, vat_code="UN")])


def post(profile: str, voucher: Voucher) -> SubmitReport:
    """Queue and send one voucher as the submit flow does (its own session and connection)."""
    with open_session(profile) as session:
        queued = queue_voucher(session.conn, voucher, session.profile)
        assert queued.submission_id is not None, [i.message for i in queued.issues]
        return session.submitter.send(queued.submission_id)


def open_review(gui, qtbot, name: str = "review"):
    """Ctrl+R (or Ctrl+Shift+U) in the main window, through its action; the review window once it is shown."""
    gui.window.actions_by_name[name].trigger()
    window = gui.window.review.window
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=15_000)
    return window


def shown(window, column: str) -> list[str]:
    """A column of the review list as shown."""
    from app.ui.review.model import COLUMN_KEYS

    model = window.model
    return [model.index(r, COLUMN_KEYS.index(column)).data() for r in range(model.rowCount())]


def press(key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key to the widget that has the keyboard focus (the windows' actions are window shortcuts)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, key, modifiers)

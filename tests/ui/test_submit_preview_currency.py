"""Issue 14, item 1: the Infinity preview says what a foreign currency becomes in Infinity's CHF books."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.targets import Target
from app.sandbox.charts import starter_accounts
from app.editing.cells import number_format
from app.resources import vat_table_for
from app.store.profile import Profile
from app.ui.submit_dialog import SubmitDialog

from .review.support import infinity_voucher

PROFILE = Profile(name="Swiss", target=Target.INFINITY, environment="sandbox", base_url="http://127.0.0.1:9/api/v1")


def _dialog(qtbot, currency: str, rate: Decimal | None) -> SubmitDialog:
    voucher = infinity_voucher(date(2025, 1, 1), "7", "Verkauf")
    voucher.currency, voucher.exchange_rate = currency, rate
    dialog = SubmitDialog(voucher, PROFILE, vat_table_for(Target.INFINITY), number_format("en"), [])
    qtbot.addWidget(dialog)
    return dialog


def test_a_chf_voucher_previews_net_and_vat_in_chf_without_a_notice(qapp, qtbot):
    dialog = _dialog(qtbot, "CHF", None)
    from PySide6.QtWidgets import QLabel, QTableWidget

    assert dialog.findChild(QLabel, "CurrencyNotice") is None
    grid = dialog.findChild(QTableWidget, "InfinityEntries")
    cells = [grid.item(0, c).text() for c in range(grid.columnCount())]
    assert cells[6:9] == ["111.47", "9.03", "CHF"] or cells[6:9] == ["111,47", "9,03", "CHF"]


def test_a_eur_voucher_without_a_rate_says_infinity_converts_at_its_own_rate(qapp, qtbot):
    from PySide6.QtWidgets import QLabel, QTableWidget

    dialog = _dialog(qtbot, "EUR", None)
    notice = dialog.findChild(QLabel, "CurrencyNotice")
    assert notice is not None and "at its own rate" in notice.text() and "EUR" in notice.text()
    grid = dialog.findChild(QTableWidget, "InfinityEntries")
    cells = [grid.item(0, c).text() for c in range(grid.columnCount())]
    assert cells[8] == "EUR" and cells[4].endswith("EUR")  # never CHF amounts it cannot know


def test_a_eur_voucher_with_a_rate_previews_the_chf_amounts_infinity_will_book(qapp, qtbot):
    from PySide6.QtWidgets import QLabel, QTableWidget

    dialog = _dialog(qtbot, "EUR", Decimal("0.94"))
    notice = dialog.findChild(QLabel, "CurrencyNotice")
    assert notice is not None and "0.94 CHF per EUR" in notice.text()
    grid = dialog.findChild(QTableWidget, "InfinityEntries")
    cells = [grid.item(0, c).text() for c in range(grid.columnCount())]
    # 120.50 EUR × 0.94 = 113.27 CHF → net 104.78, VAT 8.49 at 8.1 % (the figures Infinity books)
    assert [c.replace(",", ".") for c in cells[6:8]] == ["104.78", "8.49"] and cells[8] == "CHF"
    assert '"exchangeRate": 0.94' in dialog.body.toPlainText()  # the rate typed reaches the body


@pytest.mark.sandbox(accounts_ch=starter_accounts("CH") - {"6500"})  # Infinity refuses the office supplies
def test_after_a_partial_refusal_the_preview_names_the_entries_already_booked_instead_of_sending_them(
        qapp, qtbot, sandbox, tmp_path):
    """Found walking as a bookkeeper: the preview said 'exactly what will be sent' and listed the entry Infinity
    had already booked, although only the rest was sent."""
    from PySide6.QtWidgets import QTableWidget

    from app.services.queueing import booked_keys
    from app.services.session import open_session
    from app.services.submission import queue_voucher
    from app.services.voucher_files import read_voucher_file
    from tests.conftest import EXAMPLES
    from tests.ui.conftest import add_profile

    add_profile("Swiss", Target.INFINITY, sandbox.infinity_url)
    bill = read_voucher_file(EXAMPLES / "infinity-supplier-bill.json").voucher
    # 6500 is in our chart but not in Infinity's: entry 2 is refused, entry 1 (4200) is booked

    with open_session("Swiss") as session:
        sid = queue_voucher(session.conn, bill, session.profile).submission_id
        assert session.submitter.send(sid).state == "rejected"
        bill.lines[2].account = "6570"  # corrected in the window
        booked = booked_keys(session.conn, bill.identifier, "Swiss")
    assert len(booked) == 1
    profile = Profile(name="Swiss", target=Target.INFINITY, environment="sandbox", base_url=sandbox.infinity_url)
    dialog = SubmitDialog(bill, profile, vat_table_for(Target.INFINITY), number_format("en"), [], booked=booked)
    qtbot.addWidget(dialog)
    grid = dialog.findChild(QTableWidget, "InfinityEntries")
    firsts = [grid.item(r, 0).text() for r in range(grid.rowCount())]
    assert firsts == ["1 (already booked, not sent again)", "2", "3"]
    body = dialog.body.toPlainText()
    assert "entry 1 of 3: already booked in Infinity, not sent again" in body
    assert '"debitAccount": 4200' not in body and '"debitAccount": 6570' in body

"""Issue 6, "Done when": a bookkeeper can find yesterday's voucher by a word of its text, see that it synced,
reverse it, and export the month to CSV — in the real window, with the keyboard."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.ui.conftest import running_gui
from tests.ui.keys import CTRL, SHIFT, K, Keyboard

from .support import confirma_voucher, post, press, shown

COFFEE = Decimal("24.80")


@pytest.mark.sandbox(sync_delay=60)
def test_find_yesterdays_voucher_by_a_word_see_it_synced_reverse_it_and_export_the_month(
        qapp, qtbot, confirma_profile, sandbox_clock, tmp_path):
    yesterday = date.today() - timedelta(days=1)
    # Other vouchers around it: the word and the month have to find the right one.
    post("Sandbox", confirma_voucher(yesterday, "4001", "Office rent", "Vuokra", "950.00", expense="7000"))
    coffee = post("Sandbox", confirma_voucher(yesterday, "4002", "Coffee beans for the office", "Kahvipavut",
                                              "24.80"))
    post("Sandbox", confirma_voucher(yesterday - timedelta(days=40), "3999", "Coffee filters", "Suodattimet",
                                     "6.20"))
    assert coffee.state == "accepted"
    sandbox_clock.advance(60)  # Confirma has synced them by the time the bookkeeper looks
    keys = Keyboard(qtbot)
    with running_gui(qtbot) as gui:
        window = gui.window
        press(K.Key_R, CTRL)  # View ▸ Review
        review = window.review.window
        qtbot.waitExposed(review)
        qtbot.waitUntil(review.isActiveWindow, timeout=3000)
        press(K.Key_F5)  # read the sync status now (opening did too)
        qtbot.waitUntil(lambda: not review.sync.running, timeout=10_000)

        press(K.Key_F, CTRL)
        keys.type("kahvi")  # a word of a line text, in any case
        qtbot.waitUntil(lambda: shown(review, "number") == ["4002"], timeout=3000)
        assert shown(review, "date") == [f"{yesterday.day}.{yesterday.month}.{yesterday.year}"]  # as the grid writes it
        qtbot.waitUntil(lambda: shown(review, "state") == ["synced"], timeout=5000)

        press(K.Key_L, CTRL)  # to the list, the voucher is selected
        assert review.current_row().number == "4002"
        before = window.tabs.count()
        press(K.Key_R, CTRL | SHIFT)  # the reversing voucher, as a new draft
        assert window.tabs.count() == before + 1
        reversal = window.tabs.current_page().editor.voucher()
        assert [(ln.account, ln.debit, ln.credit, ln.vat_code) for ln in reversal.lines if not ln.is_blank()] == [
            ("4000", None, COFFEE, "P"), ("1910", COFFEE, None, "")]
        assert reversal.description.startswith("Reversal of 4002")

        review.activateWindow()
        qtbot.waitUntil(review.isActiveWindow, timeout=3000)
        first = yesterday.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        review.bar.text.setFocus()
        review.bar.text.selectAll()
        press(K.Key_Delete)  # the word off; the month on
        review.bar.date_from.setFocus()
        keys.type(f"{first.day}.{first.month}.{first.year}")
        review.bar.date_to.setFocus()
        keys.type(last.isoformat())
        qtbot.waitUntil(lambda: set(shown(review, "number")) == {"4001", "4002"}, timeout=3000)
        press(K.Key_E, CTRL)
        dialog = review.voucher_actions.dialog
        target = tmp_path / "month.csv"
        dialog.selectFile(str(target))
        dialog.accept()
        qtbot.waitUntil(lambda: review.outcome.kind == "ok" and target.exists(), timeout=10_000)
        with target.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.DictReader(stream, delimiter=";"))
        coffee_rows = [r for r in rows if r["Number"] == "4002"]
        assert [(r["Account"], r["Text"], r["Debit"], r["Credit"], r["VAT code"]) for r in coffee_rows] == [
            ("4000", "Kahvipavut", "24.80", "", "P"), ("1910", "Kahvipavut", "", "24.80", "")]
        assert {r["Date"] for r in rows} == {yesterday.isoformat()} and {r["State"] for r in coffee_rows} == {"synced"}
        assert "3999" not in {r["Number"] for r in rows}  # last month's voucher is not in this month's file

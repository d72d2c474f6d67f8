"""The review window with the real application: typing a filter (debounced, kept across restarts), the
selected voucher's lines, VAT rows and exact exchange, a copy or the reversal opened as a draft, the list
exported as CSV and a voucher saved as PDF — each reached with the keyboard."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from datetime import date, timedelta

import pytest

from app.domain.targets import Target
from app.store.drafts import DraftStore
from app.store.settings import load_settings
from app.ui.review.document import print_to
from app.ui.review.states import state_label
from tests.ui.conftest import add_profile, running_gui
from tests.ui.keys import CTRL, SHIFT, K, Keyboard

from .support import confirma_voucher, infinity_voucher, open_review, post, press, shown
from app.store.states import SubmissionState

TODAY = date.today()


@pytest.fixture
def posted(confirma_profile):
    """Three Confirma vouchers in the sandbox: coffee, rent and a taxi."""
    for number, description, text, amount in [("2001", "Office coffee beans", "Kahvipavut", "24.80"),
                                              ("2002", "Office rent", "Vuokra", "1200.00"),
                                              ("2003", "Taxi to the client", "Taksi", "31.00")]:
        report = post("Sandbox", confirma_voucher(TODAY - timedelta(days=1), number, description, text, amount))
        assert report.state == SubmissionState.ACCEPTED, report.message
    return confirma_profile


def test_typing_a_word_filters_after_a_pause_and_the_filter_outlives_a_restart(qapp, qtbot, posted):
    with running_gui(qtbot) as gui:
        review = open_review(gui, qtbot)
        assert shown(review, "number") == ["2003", "2002", "2001"]  # newest first
        assert "3 voucher" in review.status.text()
        resets = []
        review.model.modelReset.connect(lambda: resets.append(1))
        qtbot.waitUntil(review.isActiveWindow, timeout=3000)
        press(K.Key_F, CTRL)
        assert review.bar.text.hasFocus()
        Keyboard(qtbot).type("coffee")
        assert shown(review, "number") == ["2003", "2002", "2001"]  # not yet: the query waits for a pause
        qtbot.waitUntil(lambda: shown(review, "number") == ["2001"], timeout=3000)
        assert resets == [1]  # six keystrokes, one query
        assert review.detail.detail.row.number == "2001"  # the one left is shown in full
        press(K.Key_Escape)  # closes the review; the filter is remembered
        qtbot.waitUntil(lambda: not review.isVisible(), timeout=3000)
        assert load_settings().review_filter.text == "coffee"
    with running_gui(qtbot) as gui:
        review = open_review(gui, qtbot)
        assert review.bar.text.text() == "coffee" and shown(review, "number") == ["2001"]
        review.bar.states[SubmissionState.REJECTED].click()  # a second filter, combined with the first
        qtbot.waitUntil(lambda: shown(review, "number") == [], timeout=3000)
        assert "0 voucher" in review.status.text()


def test_the_detail_shows_lines_with_their_vat_rows_and_the_exact_exchange(qapp, qtbot, sandbox, posted):
    add_profile("Swiss", Target.INFINITY, sandbox.infinity_url)
    assert post("Swiss", infinity_voucher(TODAY, "A-1", "Verkauf Zürich")).state == SubmissionState.ACCEPTED
    with running_gui(qtbot) as gui:
        review = open_review(gui, qtbot)
        review.table.selectRow(review.model.row_of(review.query.page()[-1].submission_id))  # 2001, coffee
        lines = review.detail.lines
        rows = [[lines.item(r, c).text() for c in range(lines.columnCount())] for r in range(lines.rowCount())]
        assert [r[2] for r in rows] == ["4000", "1763", "1910"]  # the expense, its VAT row, the bank
        assert rows[0][4] == "24,80" and rows[0][6] == "P · 25,5 %" and rows[0][7] == "19,76"
        assert rows[1][3] == "VAT P · 25,5 %" and rows[1][4] == "5,04" and rows[1][8] == ""  # on its side, as the grid
        assert rows[2][5] == "24,80"
        audit = review.detail.audit.toPlainText()
        assert "POST " + posted.base_url + "/accounting/ledger  → 200" in audit
        assert '"accountNumber": "4000"' in audit and '"vatPercentage": 25.5' in audit  # pretty, exact numbers
        assert not review.detail.tabs.isTabVisible(1)  # no Infinity transactions for Confirma
        review.table.selectRow(0)  # the Infinity voucher
        assert review.detail.tabs.isTabVisible(1)
        booked = review.detail.transactions
        kinds = [booked.item(r, 8).text() for r in range(booked.rowCount())]
        amounts = [booked.item(r, 5).text() for r in range(booked.rowCount())]
        assert sorted(kinds) == ["VAT", "net"] and sorted(amounts) == ["111.47", "9.03"]
        # Side by side: the currency it was booked in, and what the preview showed (equal: no ≠ mark).
        assert {booked.item(r, 6).text() for r in range(booked.rowCount())} == {"CHF"}
        assert sorted(booked.item(r, 7).text() for r in range(booked.rowCount())) == ["111.47", "9.03"]
        assert all(len(booked.item(r, 1).text()) == 24 for r in range(booked.rowCount()))  # Infinity's ids


def test_copy_and_reversal_open_as_new_draft_tabs(qapp, qtbot, posted):
    with running_gui(qtbot) as gui:
        tabs = gui.window.tabs
        before = tabs.count()
        review = open_review(gui, qtbot)
        review.bar.text.setText("rent")
        qtbot.waitUntil(lambda: shown(review, "number") == ["2002"], timeout=3000)
        original = review.current_detail().voucher
        review.table.setFocus()
        press(K.Key_R, CTRL | SHIFT)  # the reversing voucher
        assert tabs.count() == before + 1
        page = tabs.current_page()
        reversed_ = page.editor.voucher()
        lines = [ln for ln in reversed_.lines if not ln.is_blank()]
        assert [(ln.account, ln.debit, ln.credit, ln.vat_code) for ln in lines] == [
            (ln.account, ln.credit, ln.debit, ln.vat_code) for ln in original.lines]
        assert reversed_.reverses == original.identifier and reversed_.identifier != original.identifier
        assert reversed_.description == "Reversal of 2002: Office rent" and reversed_.date == original.date
        assert reversed_.number not in ("", "2002")  # the next free number, never the original's
        assert "reversal of voucher 2002 is open as a new draft" in gui.window.outcome.text.text()
        gui.autosave.flush()
        assert page.draft_id in {row.id for row in DraftStore(gui.conn).open_drafts()}  # kept at once
        review.activateWindow()
        review.table.setFocus()
        press(K.Key_C, CTRL | SHIFT)  # a copy
        copy = tabs.current_page().editor.voucher()
        assert tabs.count() == before + 2 and copy.date == TODAY and copy.reverses == ""
        assert [(ln.account, ln.debit, ln.credit) for ln in copy.lines if not ln.is_blank()] == [
            (ln.account, ln.debit, ln.credit) for ln in original.lines]


def test_export_writes_the_filtered_list_with_its_lines_as_csv(qapp, qtbot, posted, tmp_path):
    with running_gui(qtbot) as gui:
        review = open_review(gui, qtbot)
        review.bar.amount_min.setText("30")
        qtbot.waitUntil(lambda: shown(review, "number") == ["2003", "2002"], timeout=3000)
        review.table.setFocus()
        press(K.Key_E, CTRL)
        dialog = review.voucher_actions.dialog
        assert dialog.isVisible() and dialog.selectedFiles()[0].endswith(f"ledgerdesk-review-{TODAY.isoformat()}.csv")
        target = tmp_path / "review.csv"
        dialog.selectFile(str(target))
        dialog.accept()
        qtbot.waitUntil(lambda: review.outcome.kind == "ok", timeout=10_000)
        with target.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.DictReader(stream, delimiter=";"))
        assert [(r["Number"], r["Account"], r["Debit"], r["Credit"]) for r in rows] == [
            ("2003", "4000", "31.00", ""), ("2003", "1910", "", "31.00"),
            ("2002", "4000", "1200.00", ""), ("2002", "1910", "", "1200.00")]
        assert {r["State"] for r in rows} <= {"accepted", "pending", "synced"} and rows[0]["VAT"] == "6.30"
        assert "4 line" in review.outcome.text.text()


def test_a_voucher_is_saved_as_a_one_page_pdf(qapp, qtbot, posted, tmp_path):
    with running_gui(qtbot) as gui:
        review = open_review(gui, qtbot)
        review.table.selectRow(2)  # 2001
        detail = review.current_detail()
        html = review.voucher_actions._document(detail)
        for expected in ("Voucher 2001", "Office coffee beans", "VAT P · 25,5 %", state_label(detail.row.state),
                         "Printed", detail.row.voucher_id, "0737546-2", "24,80"):
            assert expected in html
        review.table.setFocus()
        press(K.Key_P, CTRL | SHIFT)
        dialog = review.voucher_actions.dialog
        target = tmp_path / "voucher-2001.pdf"
        dialog.selectFile(str(target))
        dialog.accept()
        qtbot.waitUntil(lambda: review.outcome.kind == "ok", timeout=5000)
        data = target.read_bytes()
        assert data.startswith(b"%PDF") and len(data) > 2000
        assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 1  # one page: a voucher document
        press(K.Key_P, CTRL)  # Print…: the printer dialog (this machine has no printer to choose)
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        assert isinstance(review.voucher_actions.dialog, QPrintDialog) and review.voucher_actions.dialog.isVisible()
        review.voucher_actions.dialog.reject()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # what the dialog hands over, as a PDF printer
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        print_to(html, printer)
        printed = (tmp_path / "printed.pdf").read_bytes()
        assert printed.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page(?!s)", printed)) == 1
        if shutil.which("pdftoppm"):  # rendered, when poppler is there: one page that is not blank
            subprocess.run(["pdftoppm", "-png", "-r", "30", str(target), str(tmp_path / "page")], check=True,
                           timeout=60)
            assert [p.name for p in tmp_path.glob("page*.png")] != []

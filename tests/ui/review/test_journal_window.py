"""Ctrl+J in the review window: the filtered period's posted vouchers as a PDF journal or as CSV, through the
window's keyboard and its file dialog, with the grid's number format and the window's words."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest

from app.ui.keyboard_help import shortcuts_by_action
from tests.review.test_journal import pdf_text
from tests.ui.conftest import running_gui
from tests.ui.keys import CTRL, K

from .support import confirma_voucher, open_review, post, press, shown
from app.store.states import SubmissionState

TODAY = date.today()


@pytest.fixture
def posted(confirma_profile):
    for number, description, amount in [("2001", "Office coffee beans", "24.80"), ("2002", "Office rent", "1200.00"),
                                        ("2003", "Taxi to the client", "31.00")]:
        report = post("Sandbox", confirma_voucher(TODAY - timedelta(days=1), number, description, "Osto", amount))
        assert report.state == SubmissionState.ACCEPTED, report.message
    return confirma_profile


def test_ctrl_j_writes_the_filtered_journal_as_pdf_or_csv(qapp, qtbot, posted, tmp_path):
    assert shortcuts_by_action()["review.journal"] == ("Ctrl+J",)
    with running_gui(qtbot) as gui:
        review = open_review(gui, qtbot)
        review.bar.amount_min.setText("30")  # the journal follows the filter: rent and taxi, not the coffee
        qtbot.waitUntil(lambda: shown(review, "number") == ["2003", "2002"], timeout=3000)
        review.table.setFocus()
        press(K.Key_J, CTRL)
        dialog = review.voucher_actions.dialog
        assert dialog.isVisible() and dialog.selectedFiles()[0].endswith("journal-all.pdf")
        target = tmp_path / "journal.pdf"
        dialog.selectFile(str(target))
        dialog.accept()
        qtbot.waitUntil(lambda: review.outcome.kind == "ok", timeout=10_000)
        assert "2 posted voucher(s): 1 page(s)" in review.outcome.text.text()
        [page] = pdf_text(target.read_bytes())
        assert page[:2] == ["Journal", "Company: Sandbox (0737546-2)"]
        rows = [t for t in page if t[:1].isdigit()]  # the voucher heads, oldest first, then by number
        assert [r.split()[1] for r in rows if "Office" in r or "Taxi" in r] == ["2002", "2003"]
        assert any(t.rstrip().endswith("1 200,00") for t in page)  # the Finnish grid's decimal mark
        assert not any("coffee" in t for t in page) and "Page 1 of 1" in page

        review.outcome.show_message("info", "")
        review.table.setFocus()
        press(K.Key_J, CTRL)
        dialog = review.voucher_actions.dialog
        csv_kind = dialog.nameFilters()[1]
        dialog.selectNameFilter(csv_kind)
        dialog.filterSelected.emit(csv_kind)  # what choosing it in the dialog's list sends
        assert dialog.defaultSuffix() == "csv"
        table = tmp_path / "journal.csv"
        dialog.selectFile(str(table))
        dialog.accept()
        qtbot.waitUntil(lambda: review.outcome.kind == "ok", timeout=10_000)
        with table.open(encoding="utf-8-sig", newline="") as stream:
            lines = list(csv.DictReader(stream, delimiter=";"))
        assert [(r["Number"], r["Row"], r["Account"]) for r in lines] == [
            ("2002", "line", "4000"), ("2002", "VAT", "1763"), ("2002", "line", "1910"),
            ("2003", "line", "4000"), ("2003", "VAT", "1763"), ("2003", "line", "1910")]
        assert "6 row(s)" in review.outcome.text.text()


def test_the_journal_writes_amounts_as_the_grid_of_its_profile_does(qapp):
    from app.domain.targets import Target
    from app.store.profile import Profile
    from app.ui.review.journal import journal_format

    def profile(name, target):
        return Profile(name=name, target=target, environment="sandbox", base_url=f"http://127.0.0.1:9/{name}")

    both = {"fi": profile("fi", Target.CONFIRMA), "ch": profile("ch", Target.INFINITY)}
    assert journal_format(both, "fi", None).decimal_sep == ","  # Confirma's grid: 1 234,56
    assert journal_format(both, "ch", None).thousands_sep == "'"  # Infinity's: 1'234.56
    assert journal_format(both, "ch", "fi").decimal_sep == ","  # a chosen language decides for every grid
    assert journal_format(both, "", "sv").decimal_sep == ","
    assert journal_format({"fi": both["fi"]}, "", None).decimal_sep == ","  # one profile: its grid's
    assert journal_format(both, "", None).decimal_sep == "."  # two formats, English window: its own

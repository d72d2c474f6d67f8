"""The window says what a VAT code covers on the line's date, and when an account's default moved class."""

from datetime import date

from tests.editing.support import CHART, editor, line, voucher


def test_vat_completion_on_a_2025_line_says_s2_covers_newspapers_not_books():
    ed = editor(voucher(line("3000", credit="10.00"), day="2025-06-01"))
    choices = dict(ed.vat_code_choices(0))
    assert choices["S2"].startswith("S2 · 10 %") and "newspapers" in choices["S2"] and "books" not in choices["S2"]
    assert "books" in choices["S1"]


def test_vat_completion_on_a_2024_line_still_says_s2_covers_books():
    ed = editor(voucher(line("3000", credit="10.00", booking_date=date(2024, 6, 1)), day="2025-06-01"))
    assert "books" in dict(ed.vat_code_choices(0))["S2"]


def test_books_account_with_its_old_default_s2_warns_on_the_vat_cell_in_2025():
    ed = editor(voucher(line("1701", debit="10.00"), line(""), day="2025-12-13"), chart=CHART)
    ed.set_cell(ed.row_of(1), "account", "3010")  # "Myynti, kirjat" with default code S2
    (issue,) = ed.cell_issues(ed.row_of(1), "vat_code")
    assert issue.code == "vat_class_moved" and "S1" in issue.message and not issue.is_error


def test_books_account_with_s2_on_a_2024_voucher_is_quiet():
    ed = editor(voucher(line("1701", debit="10.00"), line(""), day="2024-12-13"), chart=CHART)
    ed.set_cell(ed.row_of(1), "account", "3010")
    assert ed.cell_issues(ed.row_of(1), "vat_code") == []

"""The texts of unreadable cells leave the editor for the draft store and come back with their issues."""

from __future__ import annotations

from datetime import date

from app.domain.targets import Target
from app.domain.voucher import Voucher, VoucherLine
from app.editing import VoucherEditor
from app.resources import vat_table_for


def editor(lines: int = 2) -> VoucherEditor:
    voucher = Voucher(date=date(2026, 11, 15), lines=[VoucherLine() for _ in range(lines)])
    return VoucherEditor(voucher, vat_table_for(Target.CONFIRMA), Target.CONFIRMA)


def test_unreadable_texts_round_trip_through_a_fresh_editor_with_their_issues():
    typed = editor()
    typed.set_cell(typed.row_of(1), "debit", "12,3,4")
    typed.set_cell(typed.row_of(0), "booking_date", "31.11.")
    typed.set_header("date", "32.13.2026")
    texts = typed.raw_cell_texts()
    assert texts == {"1:debit": "12,3,4", "0:booking_date": "31.11.", "header:date": "32.13.2026"}

    reopened = editor()  # as a restart builds it from the saved voucher, where those fields are empty
    assert reopened.restore_raw_cell_texts(texts) == []
    assert reopened.raw_cell_texts() == texts
    assert reopened.display(reopened.row_of(1), "debit") == "12,3,4"
    assert {(x.line, x.field) for x in reopened.issues() if x.is_error} >= {(2, "debit"), (1, "booking_date"),
                                                                            (None, "date")}


def test_saved_texts_that_no_longer_fit_the_voucher_are_left_out_and_named():
    reopened = editor(lines=1)
    left_out = reopened.restore_raw_cell_texts({"5:debit": "x", "0:net": "y", "0:nonsense": "z", "header:bogus": "w",
                                                "0:credit": "1,2,3"})
    assert sorted(left_out) == ["0:net", "0:nonsense", "5:debit", "header:bogus"]  # net is derived, not typed
    assert reopened.raw_cell_texts() == {"0:credit": "1,2,3"}

"""Typing into cells: display, parsing, kept text on errors, derived VAT rows, and the exact Change."""

from decimal import Decimal

import pytest

from app.domain.voucher import VatMode, VoucherLine
from app.editing import COLUMNS, CellRange, Change, RowOp, column
from app.editing.columns import column_index
from tests.editing.support import CHART, CH, KEYS, editor, grid, line, live_totals, scratch_totals, voucher

C = column_index


def test_columns_are_declared_once():
    assert KEYS == ["booking_date", "account", "text", "debit", "credit", "vat_code", "net", "vat", "project",
                    "cost_center"]
    assert [c.key for c in COLUMNS if not c.editable] == ["net", "vat"]
    assert {c.key for c in COLUMNS if c.align == "right"} == {"debit", "credit", "net", "vat"}
    assert column("cost_center").kind == "dimension" and column("cost_center").dimension == "COST_CENTER"
    assert column("net").kind == "derived"


def test_display_per_locale_and_vat_row():
    v = voucher(line("1701", debit="2990.00"), line("3000", credit="2990.00", vat_code="S", text="Lasku 1"))
    ed = editor(v, chart=CHART)
    assert ed.row_count == 3 and [ed.line_at(r) for r in range(3)] == [(0, False), (1, False), (1, True)]
    assert grid(ed) == [
        ["", "1701 Myyntisaamiset", "", "2 990,00", "", "", "", "", "", ""],
        ["", "3000 Myynti", "Lasku 1", "", "2 990,00", "S · 25,5 %", "2 382,47", "607,53", "", ""],
        ["", "2939 Arvonlisäverovelka", "Lasku 1", "", "607,53", "", "", "", "", ""],
    ]
    assert ed.is_vat_row(2) and not ed.is_editable(2, "text") and not ed.is_editable(1, "net")
    assert editor(v, locale="de-CH").display(0, "debit") == "2'990.00"
    assert editor(v, locale="en").display(0, "debit") == "2,990.00"
    assert ed.edit_text(0, "debit") == "2990,00" and ed.edit_text(2, "text") == "" and ed.edit_text(1, "net") == ""


def test_swiss_vat_label_shows_the_dated_infinity_code():
    ed = editor(voucher(line("3200", credit="120.50", vat_code="UN"), day="2025-03-01"), table=CH)
    assert ed.display(0, "vat_code") == "UN · UN81 8,1 %"
    assert ed.display(0, "net") == "111,47" and ed.display(1, "credit") == "9,03"
    assert ("UN", "UN · UN81 8,1 % \u2014 Sales, normal rate") in ed.vat_code_choices(0)


def test_typing_an_amount_recomputes_the_line_and_totals():
    ed = editor(voucher(line("1701", debit="100.00"), line("3000", credit="100.00", vat_code="S")))
    change = ed.set_cell(1, "credit", "200")
    assert change == Change((), CellRange(1, C("credit"), 2, C("vat")), totals=True, issues=False)
    assert ed.display(1, "net") == "159,36" and ed.display(2, "credit") == "40,64"
    assert live_totals(ed) == scratch_totals(ed)
    assert [i.code for i in ed.issues()] == ["unbalanced"]


def test_vat_row_appears_and_disappears_with_the_code():
    ed = editor(voucher(line("1701", debit="100.00"), line("3000", credit="100.00"), line("1910", debit="1")))
    change = ed.set_cell(1, "vat_code", "s")
    assert change.row_ops == (RowOp("insert", 2, 1),) and change.inserted == [(2, 1)]
    assert change.cells == CellRange(1, C("vat_code"), 1, C("vat")) and change.totals
    assert ed.row_count == 4 and ed.line_at(3) == (2, False) and ed.display(1, "vat_code") == "S · 25,5 %"
    change = ed.set_cell(1, "vat_code", "")
    assert change.removed == [(2, 1)] and change.inserted == [] and ed.row_count == 3
    assert change.cells == CellRange(1, C("vat_code"), 1, C("vat"))
    assert live_totals(ed) == scratch_totals(ed)


def test_zero_rate_code_has_no_vat_row():
    ed = editor(voucher(line("3000", credit="100.00")))
    change = ed.set_cell(0, "vat_code", "S0")
    assert change.row_ops == () and ed.row_count == 1 and ed.display(0, "vat") == "0,00"


def test_text_edit_reaches_the_vat_row():
    ed = editor(voucher(line("3000", credit="100.00", vat_code="S")))
    change = ed.set_cell(0, "text", "Myynti")
    assert change.cells == CellRange(0, C("text"), 1, C("text")) and not change.totals
    assert ed.display(1, "text") == "Myynti"


def test_unreadable_text_is_kept_and_flagged_on_the_cell():
    ed = editor(voucher(line("1701", debit="100.00"), line("3000", credit="100.00")))
    change = ed.set_cell(0, "debit", "12,3x")
    assert ed.display(0, "debit") == "12,3x" and ed.edit_text(0, "debit") == "12,3x"
    assert [i.code for i in ed.cell_issues(0, "debit")] == ["amount_unreadable"]
    assert ed.cell_issues(0, "debit")[0].line == 1
    assert ed.voucher().lines[0].debit is None  # documented: the unreadable field is left empty
    assert change.totals and change.issues
    assert {(i.code, i.line) for i in ed.issues()} == {("amount_unreadable", 1), ("unbalanced", None)}
    assert [(i.code, i.line) for i in ed.final_issues()] == [("amount_unreadable", 1)]
    ed.set_cell(0, "debit", "100")
    assert ed.cell_issues(0, "debit") == [] and ed.issues() == []


def test_unreadable_date_is_kept():
    ed = editor(voucher(line("1701", debit="1")))
    ed.set_cell(0, "booking_date", "31.2.")
    assert ed.display(0, "booking_date") == "31.2." and ed.voucher().lines[0].booking_date is None
    assert [i.code for i in ed.cell_issues(0, "booking_date")] == ["date_invalid"]
    ed.set_cell(0, "booking_date", "-2")  # from the voucher date, 13.12.2025
    assert ed.display(0, "booking_date") == "11.12.2025" and ed.cell_issues(0, "booking_date") == []


def test_negative_debit_becomes_a_credit_and_one_side_clears_the_other():
    ed = editor(voucher(line("1701", debit="100.00"), line("3000", credit="100.00")))
    change = ed.set_cell(0, "debit", "-12,5")
    assert (ed.display(0, "debit"), ed.display(0, "credit")) == ("", "12,50")
    assert change.cells == CellRange(0, C("debit"), 0, C("credit"))
    ed.set_cell(1, "debit", "50")
    line_ = ed.voucher().lines[1]
    assert (line_.debit, line_.credit) == (Decimal("50"), None)
    assert live_totals(ed) == scratch_totals(ed)


def test_arithmetic_in_a_cell():
    ed = editor(voucher(line("1701")))
    ed.set_cell(0, "debit", "3*19,90")
    assert ed.display(0, "debit") == "59,70" and ed.voucher().lines[0].debit == Decimal("59.70")


def test_too_many_decimals_shown_in_full_and_flagged():
    ed = editor(voucher(line("1701")))
    ed.set_cell(0, "debit", "1,005")
    assert ed.display(0, "debit") == "1,005"
    assert [i.code for i in ed.cell_issues(0, "debit")] == ["amount_decimals"]


def test_account_cell_with_chart():
    ed = editor(voucher(line("1701", debit="100.00"), VoucherLine(credit=Decimal("100.00"))), chart=CHART)
    change = ed.set_cell(1, "account", "3000 Myynti")
    # The account's default VAT code comes in with the same edit, and its VAT row with it.
    assert ed.voucher().lines[1].vat_code == "S" and change.inserted == [(2, 1)]
    assert change.cells == CellRange(1, C("account"), 1, C("vat"))
    assert ed.display(1, "account") == "3000 Myynti" and ed.edit_text(1, "account") == "3000"
    ed.set_cell(1, "account", "4000")
    assert ed.voucher().lines[1].vat_code == "S"  # a code already there is not replaced
    ed.set_cell(1, "account", "5555")
    assert [i.code for i in ed.cell_issues(1, "account")] == ["account_unknown"]
    assert ed.display(1, "account") == "5555"
    ed.set_cell(1, "account", "pankkitili")  # a unique name is taken as its account
    assert ed.voucher().lines[1].account == "1910"
    ed.set_cell(1, "account", "17 01")
    assert [i.code for i in ed.cell_issues(1, "account")] == ["account_malformed"]


def test_vat_code_issues_on_the_cell():
    ed = editor(voucher(line("3000", credit="100.00")))
    ed.set_cell(0, "vat_code", "XX")
    assert [i.code for i in ed.cell_issues(0, "vat_code")] == ["vat_code_unknown"]
    assert ed.display(0, "vat_code") == "XX" and ed.row_count == 1
    ch = editor(voucher(line("3200", credit="100.00"), day="2025-03-01"), table=CH)
    ch.set_cell(0, "vat_code", "UN77")
    assert [i.code for i in ch.cell_issues(0, "vat_code")] == ["vat_code_outside_dates"]


def test_project_and_cost_centre():
    ed = editor(voucher(line("1701", debit="1")))
    ed.set_cell(0, "cost_center", " 1000 ")
    ed.set_cell(0, "project", "PN1")
    assert ed.voucher().lines[0].dimensions == {"COST_CENTER": "1000"} and ed.display(0, "project") == "PN1"
    ed.set_cell(0, "cost_center", "")
    assert ed.voucher().lines[0].dimensions == {}


def test_read_only_cells_refuse_edits():
    ed = editor(voucher(line("3000", credit="100.00", vat_code="S")))
    with pytest.raises(ValueError):
        ed.set_cell(0, "net", "1")
    with pytest.raises(ValueError):
        ed.set_cell(1, "text", "x")
    with pytest.raises(IndexError):
        ed.set_cell(5, "text", "x")


def test_blank_line_has_no_issues_until_typed_into():
    ed = editor(voucher(line("1701", debit="1"), line("3000", credit="1"), VoucherLine()))
    assert ed.issues() == []
    ed.set_cell(2, "text", "x")
    assert {(i.code, i.line) for i in ed.issues()} == {("account_missing", 3), ("amount_missing", 3)}
    ed.set_cell(2, "debit", "abc")  # a reading problem replaces "amount missing"
    assert {(i.code, i.field) for i in ed.cell_issues(2, "debit")} == {("amount_unreadable", "debit")}


def test_typing_the_same_value_changes_nothing_visible():
    ed = editor(voucher(line("1701", debit="100.00")))
    change = ed.set_cell(0, "debit", "100,00")
    assert change.cells is None and change.row_ops == () and not change.totals and not change.issues


def test_net_mode_shows_net_typed_and_vat_on_top():
    ed = editor(voucher(line("1701", debit="2990.00"), line("3000", credit="2382.47", vat_code="S"),
                        mode=VatMode.NET))
    assert ed.display(1, "net") == "2 382,47" and ed.display(2, "credit") == "607,53"
    assert ed.totals.balanced and ed.issues() == []


def test_vat_rates_are_written_with_the_grids_decimal_mark():
    """Issue 18: the Finnish window wrote "25.5 %" beside amounts written 2 990,00."""
    sale = voucher(line("1701", debit="2990.00"), line("3000", credit="2990.00", vat_code="S"))
    assert editor(sale, locale="fi").display(1, "vat_code") == "S · 25,5 %"
    assert editor(sale, locale="en").display(1, "vat_code") == "S · 25.5 %"
    swiss = voucher(line("3200", credit="120.50", vat_code="UN"), day="2025-03-01")
    assert editor(swiss, table=CH, locale="de-CH").display(0, "vat_code") == "UN · UN81 8.1 %"
    assert all("25,5 %" in label for code, label in editor(sale, locale="fi").vat_code_choices(1)
               if code in ("S", "P"))

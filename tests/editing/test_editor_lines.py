"""Header fields and line operations (insert, delete, duplicate, paste, fill, copy, navigate) and their undo."""

from datetime import date
from decimal import Decimal

import pytest

from app.domain.money import CENT
from app.domain.targets import Target
from app.domain.vat import add_vat
from app.domain.voucher import VatMode, VoucherLine
from app.editing import CellRange, Change, RowOp
from app.editing.editor_lines import net_closing
from app.editing.lines import LineSnapshot
from tests.editing.support import CH, KEYS, editor, grid, line, live_totals, scratch_totals, view_state, voucher


def sample():
    return voucher(line("1701", debit="2990.00"), line("3000", credit="2990.00", vat_code="S"),
                   line("1910", debit="10.00"), line("4000", credit="10.00", vat_code="P"))


# ---- header ------------------------------------------------------------------------------------

def test_header_fields_and_their_issues():
    ed = editor(sample(), target=Target.CONFIRMA)
    assert ed.description_limit == 210 and editor(sample(), target=Target.INFINITY).description_limit == 128
    assert editor(sample()).description_limit is None
    change = ed.set_header("description", "x" * 211)
    assert change == Change(header=frozenset({"description"}), issues=True)
    assert [i.code for i in ed.header_field_issues("description")] == ["description_too_long"]
    ed.set_header("currency", "sek")
    assert ed.voucher().currency == "SEK" and [i.code for i in ed.header_field_issues("currency")] == [
        "currency_not_supported"]
    ed.set_header("exchange_rate", "1,0825")
    assert ed.voucher().exchange_rate == Decimal("1.0825") and ed.header_text("exchange_rate") == "1,0825"
    ed.set_header("exchange_rate", "abc")
    assert ed.header_text("exchange_rate") == "abc" and ed.voucher().exchange_rate is None
    assert [i.code for i in ed.header_field_issues("exchange_rate")] == ["exchange_rate_unreadable"]
    for field, text in [("number", " 1001 "), ("type", "ML"), ("company_id", "0737546-2"), ("identifier", "id-1")]:
        ed.set_header(field, text)
    v = ed.voucher()
    assert (v.number, v.type, v.company_id, v.identifier) == ("1001", "ML", "0737546-2", "id-1")
    with pytest.raises(KeyError):
        ed.set_header("colour", "red")


def test_unreadable_header_date_is_kept_and_flagged():
    ed = editor(sample())
    ed.set_header("date", "32.12.")
    assert ed.header_text("date") == "32.12." and ed.voucher().date is None
    assert [i.code for i in ed.header_field_issues("date")] == ["date_invalid"]  # not also "date missing"
    ed.set_header("date", "t")
    assert ed.voucher().date == date(2025, 12, 20) and ed.header_field_issues("date") == []


def test_voucher_date_change_reposts_every_line_with_its_rate():
    ed = editor(sample())
    assert ed.display(1, "vat_code") == "S · 25,5 %"
    change = ed.set_header("date", "1.8.2024")
    assert ed.display(1, "vat_code") == "S · 24 %" and ed.display(1, "net") == "2 411,29"
    assert change.header == {"date"} and change.totals and change.row_ops == ()
    assert change.cells == CellRange(0, 0, ed.row_count - 1, len(KEYS) - 1)
    assert live_totals(ed) == scratch_totals(ed)
    change = ed.set_header("date", "")  # no date: no rate, no VAT rows
    assert change.removed == [(2, 1), (4, 1)] and ed.row_count == 4
    change = ed.set_header("date", "2025-12-13")
    assert change.inserted == [(2, 1), (5, 1)] and ed.row_count == 6


def test_vat_mode_change_reposts_every_line():
    ed = editor(sample())
    change = ed.set_header("vat_mode", "net")
    assert ed.voucher().vat_mode is VatMode.NET and ed.display(2, "credit") == "762,45" and change.totals
    assert live_totals(ed) == scratch_totals(ed)
    ed.set_header("vat_mode", "sideways")
    assert ed.voucher().vat_mode is VatMode.NET and ed.header_text("vat_mode") == "sideways"
    assert [i.code for i in ed.header_field_issues("vat_mode")] == ["vat_mode_unknown"]


# ---- line operations ---------------------------------------------------------------------------

def test_insert_and_delete_lines_report_display_rows():
    ed = editor(sample())
    assert ed.row_count == 6
    change = ed.insert_line(2)  # before "1910": display row 3 (after line 1's VAT row)
    assert change.row_ops == (RowOp("insert", 3, 1),) and not change.totals and ed.line_at(3) == (2, False)
    change = ed.delete_line(2)  # the VAT row of line 1 deletes line 1 and its VAT row
    assert change.row_ops == (RowOp("remove", 1, 2),) and change.totals
    assert ed.row_count == 5 and live_totals(ed) == scratch_totals(ed)


def test_duplicate_line_goes_under_its_vat_row():
    ed = editor(sample())
    change = ed.duplicate_line(1)
    assert change.inserted == [(3, 2)] and ed.row_count == 8 and grid(ed)[3] == grid(ed)[1]
    assert live_totals(ed) == scratch_totals(ed)


def test_append_line_if_needed():
    ed = editor(sample())
    change = ed.append_line_if_needed()
    assert change.inserted == [(6, 1)] and ed.line_count == 5
    assert ed.append_line_if_needed().is_empty and ed.line_count == 5
    assert editor(voucher()).append_line_if_needed().inserted == [(0, 1)]


def test_copy_from_above():
    ed = editor(voucher(line("3000", credit="10.00", vat_code="S", project="P1"), line("3010", credit="5")))
    change = ed.copy_from_above(2, "vat_code")
    assert ed.display(2, "vat_code") == "S · 25,5 %" and change.inserted == [(3, 1)]
    ed.copy_from_above(2, "project")
    assert ed.voucher().lines[1].project == "P1"
    assert ed.copy_from_above(0, "project").is_empty


def test_fill_difference_gross():
    ed = editor(voucher(line("1701", debit="2990.00"), line("3000", vat_code="S")))
    change = ed.fill_difference(1)
    assert ed.voucher().lines[1].credit == Decimal("2990.00") and ed.totals.balanced
    assert change.inserted == [(2, 1)] and change.totals
    assert ed.fill_difference(1).is_empty  # already balanced


def test_fill_difference_replaces_the_lines_own_amount_and_side():
    ed = editor(voucher(line("1701", debit="100.00"), line("3000", credit="30"), line("1910", debit="5")))
    ed.fill_difference(4 - 2)  # display row 2 is line 2 (no VAT rows)
    assert ed.voucher().lines[2].credit == Decimal("70.00") and ed.voucher().lines[2].debit is None
    assert ed.totals.balanced


def test_fill_difference_net_mode_solves_for_the_net():
    ed = editor(voucher(line("1701", debit="2990.00"), line("3000", vat_code="S"), mode=VatMode.NET))
    ed.fill_difference(1)
    assert ed.voucher().lines[1].credit == Decimal("2382.47") and ed.totals.balanced
    assert ed.cell_issues(1, "credit") == []


def unclosable_gross():
    # A gross that no net reaches at 25.5 %: net + VAT jumps two cents somewhere.
    cents = 100
    while True:
        gross = Decimal(cents) * CENT
        if not net_closing(gross, Decimal("25.5"))[1]:
            return gross
        cents += 1


def test_net_closing_reaches_every_reachable_gross():
    for cents in range(1, 3000):
        net = Decimal(cents) * CENT
        gross = add_vat(net, Decimal("25.5"))[1]
        found, exact = net_closing(gross, Decimal("25.5"))
        assert exact and add_vat(found, Decimal("25.5"))[1] == gross


def test_fill_difference_says_when_a_cent_cannot_be_closed():
    gross = unclosable_gross()
    ed = editor(voucher(line("1701", debit=str(gross)), line("3000", vat_code="S"), mode=VatMode.NET))
    ed.fill_difference(1)
    (issue,) = ed.cell_issues(1, "credit")
    assert issue.code == "difference_not_closable" and not issue.is_error
    assert dict(issue.params)["off"] == Decimal("0.01")  # the window shows it in the grid's format (0,01)
    assert abs(ed.totals.difference) == CENT
    ed.set_cell(1, "text", "x")  # the advice belongs to that fill; the next edit of the line clears it
    assert ed.cell_issues(1, "credit") == []


# ---- navigation --------------------------------------------------------------------------------

def test_tab_order_skips_derived_cells_and_vat_rows():
    ed = editor(sample())
    assert ed.next_editable(0, "credit") == (0, "vat_code")
    assert ed.next_editable(0, "vat_code") == (0, "project")
    assert ed.next_editable(0, "cost_center") == (1, "booking_date")
    assert ed.next_editable(1, "cost_center") == (3, "booking_date")  # over the VAT row
    assert ed.next_editable(3, "booking_date", backwards=True) == (1, "cost_center")
    assert ed.next_editable(2, "text") == (3, "booking_date")
    assert ed.next_editable(2, "text", backwards=True) == (1, "cost_center")
    assert ed.next_editable(1, "net") == (1, "project") and ed.next_editable(1, "vat", True) == (1, "vat_code")
    assert ed.next_editable(0, "booking_date", backwards=True) == (0, "booking_date")
    last = ed.row_of(3)
    assert ed.next_editable(last, "cost_center") == (last, "cost_center")  # then append_line_if_needed


# ---- undo: every operation has an exact inverse ------------------------------------------------

def undo_pairs(ed):
    """(do, undo) closures, as QUndoCommands would hold them."""
    def single(i, do):
        before = ed.snapshot_line(i)
        do()
        return lambda: ed.restore_line(i, before)

    def delete(row):
        i = ed.line_at(row)[0]
        saved = ed.snapshot_lines(i, 1)
        ed.delete_line(row)
        return lambda: ed.insert_lines(i, saved)

    def insert(at):
        ed.insert_line(at)
        return lambda: ed.remove_lines(at, 1)

    def header(field, text):
        old = ed.header_text(field)
        ed.set_header(field, text)
        return lambda: ed.set_header(field, old)

    return single, delete, insert, header


@pytest.mark.parametrize("operation", [
    lambda ed, s, d, i, h: s(1, lambda: ed.set_cell(ed.row_of(1), "vat_code", "")),
    lambda ed, s, d, i, h: s(0, lambda: ed.set_cell(ed.row_of(0), "debit", "zz")),
    lambda ed, s, d, i, h: s(2, lambda: ed.set_cell(ed.row_of(2), "vat_code", "S")),
    lambda ed, s, d, i, h: s(3, lambda: ed.set_cell(ed.row_of(3), "credit", "7")),
    lambda ed, s, d, i, h: s(3, lambda: ed.fill_difference(ed.row_of(3))),
    lambda ed, s, d, i, h: s(2, lambda: ed.copy_from_above(ed.row_of(2), "vat_code")),
    lambda ed, s, d, i, h: d(1),
    lambda ed, s, d, i, h: d(2),
    lambda ed, s, d, i, h: d(4),
    lambda ed, s, d, i, h: i(0),
    lambda ed, s, d, i, h: i(4),
    lambda ed, s, d, i, h: h("date", "1.1.2024"),
    lambda ed, s, d, i, h: h("vat_mode", "net"),
    lambda ed, s, d, i, h: h("exchange_rate", "x"),
])
def test_undo_restores_exactly(operation):
    ed = editor(sample())
    ed.set_cell(ed.row_of(2), "text", "Pankki")
    ed.set_cell(ed.row_of(3), "credit", "1/0")  # unreadable text, kept through every step
    assert ed.row_count == 5
    before = view_state(ed)
    undo = operation(ed, *undo_pairs(ed))
    assert view_state(ed) != before
    undo()
    assert view_state(ed) == before


def test_snapshots_keep_unreadable_text_through_delete_and_undo():
    ed = editor(sample())
    ed.set_cell(0, "debit", "12,,5")
    saved = ed.snapshot_lines(0, 1)
    assert isinstance(saved[0], LineSnapshot) and saved[0].raw == {"debit": "12,,5"}
    ed.remove_lines(0, 1)
    change = ed.insert_lines(0, saved)
    assert change.inserted == [(0, 1)] and ed.display(0, "debit") == "12,,5"
    assert [i.code for i in ed.cell_issues(0, "debit")] == ["amount_unreadable"]


def test_apply_rows_is_one_step_and_undone_by_remove_lines():
    ed = editor(sample())
    before = view_state(ed)
    rows = [VoucherLine("3000", credit=Decimal("5"), vat_code="S"), VoucherLine("1910", debit=Decimal("5"))]
    change = ed.apply_rows(2, rows)
    assert change.row_ops == (RowOp("insert", 3, 3),) and change.totals and ed.row_count == 9
    assert live_totals(ed) == scratch_totals(ed)
    ed.remove_lines(2, 2)
    assert view_state(ed) == before
    with pytest.raises(IndexError):
        ed.insert_lines(99, rows)


def test_swiss_locale_editor():
    ed = editor(voucher(line("1020", debit="120.50"), line("3200", vat_code="UN"), day="2025-03-01"),
                table=CH, locale="de-CH")
    ed.fill_difference(1)
    assert ed.display(1, "credit") == "120.50" and ed.display(2, "credit") == "9.03"
    ed.set_cell(0, "debit", "1'234.50")
    assert ed.display(0, "debit") == "1'234.50"

"""Pasting spreadsheet rows: headers in three languages, locales, quoted cells, bad rows kept and fixable."""

from datetime import date
from decimal import Decimal

from app.domain.voucher import VoucherLine
from app.editing import parse_paste
from tests.editing.support import CHART, FI, editor, line, live_totals, scratch_totals, voucher

TODAY = date(2025, 12, 20)


def paste(text, fmt="fi", codes=FI, chart=CHART):
    return parse_paste(text, fmt, codes, chart, today=TODAY)


def amounts(preview):
    return [(ln.account, ln.debit, ln.credit) for ln in preview.lines()]


def test_english_header_and_finnish_amounts():
    preview = paste("Account\tText\tDebit\tCredit\tVAT\n1701\tLasku 1\t2 990,00\t\t\n3000\tLasku 1\t\t2 990,00\tS\n")
    assert preview.header and preview.columns == ["account", "text", "debit", "credit", "vat_code"]
    assert amounts(preview) == [("1701", Decimal("2990.00"), None), ("3000", None, Decimal("2990.00"))]
    assert preview.lines()[1].vat_code == "S" and preview.lines()[0].text == "Lasku 1"
    assert not preview.has_problems and preview.notes == []


def test_finnish_and_german_headers():
    fi = paste("Päivämäärä\tTili\tSelite\tDebet\tKredit\tALV\tProjekti\tKustannuspaikka\n"
               "12.12.2025\t1701\tx\t10\t\t\tPN1\t1000\n")
    assert fi.columns == ["booking_date", "account", "text", "debit", "credit", "vat_code", "project", "cost_center"]
    (ln,) = fi.lines()
    assert ln.booking_date == date(2025, 12, 12) and ln.project == "PN1" and ln.dimensions == {"COST_CENTER": "1000"}
    de = paste("Datum\tKonto\tText\tSoll\tHaben\tMwSt\tProjekt\tKostenstelle\n"
               "12.12.2025\t1701\tx\t1'234.50\t\t\t\t\n", fmt="de-CH")
    assert de.columns == fi.columns and de.lines()[0].debit == Decimal("1234.50")


def test_single_signed_amount_column():
    preview = paste("Konto\tBetrag\n1701\t100,00\n3000\t-100,00\n")
    assert amounts(preview) == [("1701", Decimal("100.00"), None), ("3000", None, Decimal("100.00"))]
    assert paste("tili\tsumma\n1701\t-5\n").lines()[0].credit == Decimal("5")


def test_without_header_columns_follow_the_grid():
    preview = paste("1701\tLasku\t100\n3000\tLasku\t\t100\tS\n\n\n")
    assert not preview.header and preview.columns[:4] == ["account", "text", "debit", "credit"]
    assert amounts(preview) == [("1701", Decimal("100"), None), ("3000", None, Decimal("100"))]
    dated = paste("12.12.2025\t1701\tx\t5\n")
    assert dated.columns[:2] == ["booking_date", "account"] and dated.lines()[0].booking_date == date(2025, 12, 12)


def test_extra_unknown_columns_are_named_not_dropped():
    preview = paste("Account\tColour\tDebit\n1701\tred\t5\n")
    assert preview.columns == ["account", None, "debit"]
    assert preview.notes == ["Column 2 ('Colour') is not used: say which field it holds, or it is left out."]
    wide = paste("1701\tx\t1\t\t\tPN\t\t\textra\n")
    assert wide.columns[-1] is None and wide.notes == [
        "Column 9 is not used: say which field it holds, or it is left out."]
    wide.set_column(8, "project")  # the project moves from column 6 to column 9
    assert wide.lines()[0].project == "extra" and wide.columns[5] is None
    assert wide.notes == ["Column 6 is not used: say which field it holds, or it is left out."]
    repeated = paste("Text\tSelite\n1\t2\n")
    assert repeated.columns == ["text", None] and len(repeated.notes) == 1


def test_quoted_cells_with_tabs_and_newlines():
    preview = paste('Account\tText\tDebit\r\n1701\t"two\nlines\tand a tab"\t5\r\n3000\t"say ""hi"""\t6\r\n')
    assert [ln.text for ln in preview.lines()] == ["two\nlines\tand a tab", 'say "hi"']


def test_bad_rows_stay_with_problems_per_cell_and_can_be_fixed():
    preview = paste("Account\tText\tDebit\tCredit\tVAT\tDate\n"
                    "5555\tunknown account\t10\t\t\t\n"
                    "1701\tbad amount\t12,3x\t\t\t\n"
                    "3000\tbad code\t\t10\tZZ\t\n"
                    "1701\tboth sides\t10\t10\t\t\n"
                    "Myyntisaamiset\tby name\t1\t\t\t31.2.\n")
    assert len(preview.rows) == 5 and preview.has_problems
    assert [sorted(r.problems) for r in preview.rows] == [
        ["account"], ["debit"], ["vat_code"], ["credit"], ["booking_date"]]
    assert preview.rows[0].source_row == 2 and preview.rows[4].line.account == "1701"
    assert preview.lines()[1].debit is None  # unreadable: left empty in the line...
    assert preview.snapshots()[1].raw == {"debit": "12,3x"}  # ...but kept for the grid
    preview.set_cell(1, "debit", "12,30")
    assert preview.rows[1].problems == {} and preview.lines()[1].debit == Decimal("12.30")
    preview.set_cell(2, "vat_code", "s")
    assert preview.rows[2].problems == {} and preview.lines()[2].vat_code == "S"


def test_pasted_rows_enter_the_voucher_flagged_as_one_step():
    ed = editor(voucher(line("1701", debit="100.00")), chart=CHART)
    preview = paste("Account\tCredit\tVAT\n3000\t100,00\tS\n4000\tabc\t\n")
    change = ed.apply_rows(1, preview.snapshots())
    assert change.inserted == [(1, 3)] and ed.row_count == 4
    assert ed.display(3, "credit") == "abc"
    assert [i.code for i in ed.cell_issues(3, "credit")] == ["amount_unreadable"]
    assert live_totals(ed) == scratch_totals(ed)
    ed.apply_rows(0, [VoucherLine("1910", debit=Decimal("1"))])  # plain lines are accepted too
    assert ed.line_count == 4


def test_blank_and_english_locale():
    assert paste("").rows == [] and paste("\n\t\n").rows == []
    preview = paste("account\tamount\n1701\t1,234.50\n", fmt="en")
    assert preview.lines()[0].debit == Decimal("1234.50")


def test_pasted_texts_with_hidden_characters_are_flagged_in_the_preview_not_called_fine():
    """Found walking as a bookkeeper: the paste preview said 'no problems' for texts holding U+202E and BEL,
    which the grid refused once they were inserted."""
    preview = paste("Account\tText\tDebit\n1701\tLasku \u202e1\t10,00\n1701\tBell\x07\t5,00\n1701\tFine\t1,00\n")
    assert preview.has_problems
    assert ["text" in row.problems for row in preview.rows] == [True, True, False]
    assert "U+202E" in preview.rows[0].problems["text"] and "U+0007" in preview.rows[1].problems["text"]

"""The grid's Qt adapter: QAbstractItemModelTester stays silent through every kind of edit, and each edit
tells the view about exactly the cells and rows it changed, never with a model reset."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.domain.chart import ChartAccount
from app.domain.targets import Target
from app.domain.voucher import Voucher, VoucherLine
from app.editing import COLUMNS, LineSnapshot, VoucherEditor, parse_paste
from app.resources import default_vat_table
from app.ui import style
from app.ui.issues_panel import IssuesModel
from app.ui.paste_dialog import PastePreviewModel
from app.ui.voucher_model import VoucherTableModel

FI = default_vat_table("FI")
CHART = [ChartAccount("1701", "Myyntisaamiset"), ChartAccount("1910", "Pankkitili"),
         ChartAccount("2939", "Arvonlisäverovelka"), ChartAccount("1763", "Arvonlisäverosaamiset"),
         ChartAccount("3000", "Myynti", "S"), ChartAccount("4000", "Ostot", "P")]
KEYS = [c.key for c in COLUMNS]
# QAbstractItemModelTester reports through qWarning: any warning fails these tests (bar the offscreen plugin's).
strict = pytest.mark.qt_log_level_fail("WARNING")
offscreen_noise = pytest.mark.qt_log_ignore("This plugin does not support")


def col(key: str) -> int:
    return KEYS.index(key)


def make_model(lines: int = 3) -> VoucherTableModel:
    voucher = Voucher(date=date(2025, 12, 13), number="7", lines=[
        VoucherLine(account="1701", debit=Decimal("100.00")) if i % 2 == 0 else
        VoucherLine(account="3000", credit=Decimal("100.00"), vat_code="S") for i in range(lines)])
    editor = VoucherEditor(voucher, FI, Target.CONFIRMA, CHART, "fi", today=lambda: date(2025, 12, 20))
    return VoucherTableModel(editor)


def set_cell(model: VoucherTableModel, row: int, key: str, text: str) -> None:
    assert model.setData(model.index(row, col(key)), text)


def assert_mirrors_editor(model: VoucherTableModel) -> None:
    editor = model.editor
    assert model.rowCount() == editor.row_count
    for row in range(model.rowCount()):
        assert [model.index(row, c).data() for c in range(len(KEYS))] == [editor.display(row, k) for k in KEYS]


@strict
@offscreen_noise
def test_model_tester_stays_silent_through_edits_inserts_removals_and_header_changes(qtmodeltester):
    model = make_model(3)  # rows: 1701 | 3000 + VAT row | 1701
    qtmodeltester.check(model)
    set_cell(model, 0, "vat_code", "P")  # a VAT row appears in the middle of the grid
    assert model.editor.is_vat_row(1)
    set_cell(model, 0, "debit", "250")
    set_cell(model, 0, "vat_code", "")  # and goes again
    editor = model.editor
    model.apply(editor.insert_lines(1, [VoucherLine(account="4000", debit=Decimal("10"), vat_code="P")] * 2),
                inserted=(1, 2))
    model.apply(editor.remove_lines(0, 2), removed=(0, 2))
    model.apply(editor.set_header("date", "1.6.2012"))  # no Finnish rate on file then: VAT rows removed at once
    model.apply(editor.set_header("date", "13.12.2025"))  # and back, several inserted in one change
    preview = parse_paste("1701\tpasted\t5,00\n3000\tpasted\t\t5,00\tS\n", "fi", set(FI.codes), CHART)
    model.apply(editor.apply_rows(1, preview.snapshots()), inserted=(1, 2))
    model.apply(editor.restore_line(0, LineSnapshot(VoucherLine())))
    assert_mirrors_editor(model)


def test_one_cell_edit_signals_that_row_only_and_never_resets(qtbot):
    model = make_model(10)
    resets, changed, inserted = [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.row(), a.column(), b.row(), b.column())))
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    row = model.editor.row_of(4)  # line 5, a plain 1701 line
    with qtbot.waitSignal(model.totals_changed):
        set_cell(model, row, "debit", "300")
    assert resets == [] and inserted == []
    assert changed == [(row, col("debit"), row, col("debit"))]
    changed.clear()
    set_cell(model, row, "vat_code", "P")  # the line's net/VAT change and a VAT row appears under it
    assert inserted == [(row + 1, row + 1)]
    assert all(top == bottom == row for top, _l, bottom, _r in changed)
    assert resets == []


def test_vat_rows_are_read_only_and_look_different_and_problems_show_their_reason():
    model = make_model(2)
    vat_row = model.index(2, col("account"))
    assert model.editor.is_vat_row(2)
    assert not model.flags(vat_row) & Qt.ItemFlag.ItemIsEditable
    assert model.data(vat_row, Qt.ItemDataRole.BackgroundRole) == style.VAT_ROW_BACKGROUND
    assert "read-only" in model.data(vat_row, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(2, Qt.Orientation.Vertical) == "VAT"
    assert not model.flags(model.index(0, col("net"))) & Qt.ItemFlag.ItemIsEditable
    set_cell(model, 0, "account", "9998")
    unknown = model.index(0, col("account"))
    assert model.data(unknown, Qt.ItemDataRole.BackgroundRole) == style.ERROR_BACKGROUND
    assert "not in this profile's chart" in model.data(unknown, Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, col("account")).data() == "9998"  # flagged, kept as typed, never replaced


def test_vat_cell_names_the_rate_on_the_booking_date():
    model = make_model(2)
    set_cell(model, 1, "booking_date", "1.8.2024")
    assert "24" in model.index(1, col("vat_code")).data()
    set_cell(model, 1, "booking_date", "1.9.2024")
    assert "25,5" in model.index(1, col("vat_code")).data()
    assert "1.9.2024" in model.data(model.index(1, col("vat_code")), Qt.ItemDataRole.ToolTipRole)


@strict
@offscreen_noise
def test_issues_and_paste_preview_models_pass_the_model_tester(qtmodeltester):
    issues = IssuesModel()
    qtmodeltester.check(issues)
    model = make_model(2)
    set_cell(model, 0, "account", "9998")
    issues.set_issues(model.editor.issues())
    assert issues.rowCount() >= 1
    preview = parse_paste("Date\tAccount\tDebit\tCredit\n12.12.2025\t1701\t10,00\t\nxx\t9998\t\tabc\n", "fi",
                          set(FI.codes), CHART)
    paste = PastePreviewModel(preview)
    qtmodeltester.check(paste)
    assert paste.setData(paste.index(1, 1), "1.1.2025")
    preview.set_column(0, None)
    paste.reload()
    issues.set_issues([])

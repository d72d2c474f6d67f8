"""Qt's QAbstractItemModelTester on every Qt model of the window, filled and then changed under its eyes.

The tester reports what it finds as Qt warnings ("FAIL! ..."), and pytest-qt fails the test on them. A model
added to app/ui without an entry in MODELS fails here too, and a deliberately broken model shows that the
tester does complain about one.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester

import app.ui
from app.domain.chart import ChartAccount
from app.domain.targets import Target
from app.domain.voucher import Voucher, VoucherLine
from app.editing import VoucherEditor, parse_paste
from app.editing.columns import COLUMN_KEYS
from app.resources import default_vat_table, vat_table_for
from app.store.database import connect
from app.store.review import ReviewFilter, ReviewQuery
from app.ui.issues_panel import IssuesModel
from app.ui.paste_dialog import PastePreviewModel
from app.ui.profiles.vat_model import VatTableModel
from app.ui.review.model import ReviewTableModel
from app.ui.voucher_model import VoucherTableModel
from tests.review.support import line, submit, voucher

FI = default_vat_table("FI")
CHART = [ChartAccount("1701", "Myyntisaamiset"), ChartAccount("2939", "Arvonlisäverovelka"),
         ChartAccount("3000", "Myynti", "S"), ChartAccount("4000", "Ostot", "P")]
PASTED = "Date\tAccount\tDebit\tCredit\n12.12.2025\t1701\t10,00\t\nxx\t9998\t\tabc\n"


def _editor() -> VoucherEditor:
    lines = [VoucherLine(account="1701", debit=Decimal("124.00")),
             VoucherLine(account="3000", credit=Decimal("124.00"), vat_code="S")]
    return VoucherEditor(Voucher(date=date(2025, 12, 13), number="7", lines=lines), FI, Target.CONFIRMA, CHART,
                         "fi", today=lambda: date(2025, 12, 20))


def voucher_grid(tmp_path) -> tuple[QAbstractItemModel, Callable[[], None]]:  # noqa: ARG001
    model = VoucherTableModel(_editor())
    return model, lambda: model.setData(model.index(0, COLUMN_KEYS.index("vat_code")), "P")  # a VAT row appears


def issues_list(tmp_path) -> tuple[QAbstractItemModel, Callable[[], None]]:  # noqa: ARG001
    editor = _editor()
    editor.set_cell(0, "account", "9998")
    model = IssuesModel()
    model.set_issues(editor.issues())
    assert model.rowCount() >= 1
    return model, lambda: model.set_issues(model.issues[1:])


def paste_preview(tmp_path) -> tuple[QAbstractItemModel, Callable[[], None]]:  # noqa: ARG001
    preview = parse_paste(PASTED, "fi", set(FI.codes), CHART)
    model = PastePreviewModel(preview)

    def fix_then_drop_a_column() -> None:
        assert model.setData(model.index(1, 1), "1.1.2025")
        preview.set_column(0, None)
        model.reload()
    return model, fix_then_drop_a_column


def vat_codes(tmp_path) -> tuple[QAbstractItemModel, Callable[[], None]]:  # noqa: ARG001
    model = VatTableModel(vat_table_for(Target.CONFIRMA), date(2025, 6, 1))
    return model, lambda: model.set_table(vat_table_for(Target.INFINITY))


def review_list(tmp_path) -> tuple[QAbstractItemModel, Callable[[], None]]:
    conn = connect(tmp_path / "ledgerdesk.sqlite3")
    for n in range(5):
        submit(conn, voucher(line("6300", debit="10.00", text=f"Coffee {n}"), line("1910", credit="10.00"),
                             number=str(1000 + n), description=f"Office coffee {n}"))
    model = ReviewTableModel(ReviewQuery(conn), {})
    model.set_filter(ReviewFilter())
    return model, lambda: model.set_filter(ReviewFilter(text="coffee 3"))


MODELS = {VoucherTableModel: voucher_grid, IssuesModel: issues_list, PastePreviewModel: paste_preview,
          VatTableModel: vat_codes, ReviewTableModel: review_list}


def complaints_of_the_tester(qtlog) -> list[str]:
    """What QAbstractItemModelTester reported (it writes "FAIL! <what> (<where>)" as a Qt warning)."""
    return [record.message for record in qtlog.records if "FAIL!" in record.message]


@pytest.mark.parametrize("build", MODELS.values(), ids=[cls.__name__ for cls in MODELS])
def test_each_qt_model_passes_the_model_tester_filled_and_changed(qtmodeltester, qtlog, tmp_path, build):
    model, change = build(tmp_path)
    assert model.rowCount() > 0 and model.columnCount() > 0  # the tester has cells to look at
    qtmodeltester.check(model)
    change()  # a change (reset, dataChanged, inserted rows): the tester runs all its checks again
    assert complaints_of_the_tester(qtlog) == []


def test_every_qt_model_in_the_window_is_in_the_model_tester_list():
    found = set()
    for module in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        for _, cls in inspect.getmembers(importlib.import_module(module.name), inspect.isclass):
            if issubclass(cls, QAbstractItemModel) and cls.__module__.startswith("app.ui"):
                found.add(cls)
    assert found == set(MODELS), "add each Qt model of app/ui to MODELS, with data and a change"


class _IssuesModelThatForgetsItsParent(IssuesModel):
    """A table model that says its cells have children: a classic mistake the tester must catch."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.issues)


def test_the_model_tester_fails_a_table_whose_cells_claim_children(qtlog, tmp_path):
    model, _ = issues_list(tmp_path)
    broken = _IssuesModelThatForgetsItsParent()
    broken.set_issues(model.issues)
    heard: list[tuple[str, str]] = []
    # Listened to here rather than through qtlog: pytest-qt would fail this test on the very warning it expects.
    with qtlog.disabled():
        previous = qInstallMessageHandler(lambda kind, context, message: heard.append((context.category, message)))
        try:
            tester = QAbstractItemModelTester(broken, QAbstractItemModelTester.FailureReportingMode.Warning)
        finally:
            qInstallMessageHandler(previous)
    assert tester is not None
    assert any(category == "qt.modeltest" and message.startswith("FAIL!") for category, message in heard), heard

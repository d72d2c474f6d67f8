"""The VAT code table shown read-only in Settings ▸ Profiles: Qt's model tester, and rates on the day shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain.targets import Target
from app.resources import vat_table_for
from app.ui.profiles.vat_model import VatTableModel


def rows(model) -> dict[str, list[str]]:
    return {model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def test_the_vat_model_passes_the_model_tester_and_shows_each_code_on_its_day(qtmodeltester):
    model = VatTableModel(vat_table_for(Target.CONFIRMA), date(2025, 6, 1))
    qtmodeltester.check(model)
    shown = rows(model)
    assert shown["S"][2:] == ["25.5 %", "sales", "2939", "20"]
    assert shown["S1"][2] == "14 %" and shown["P"][3] == "purchase"
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags  # read-only
    model.set_table(vat_table_for(Target.INFINITY))
    qtmodeltester.check(model)
    assert rows(model)["UN"][2] == "8.1 %" and rows(model)["UN"][5] == "UN81"  # Infinity's code for the day


def test_a_rate_follows_the_day(qtmodeltester):
    model = VatTableModel(vat_table_for(Target.INFINITY), date(2023, 6, 1))
    assert rows(model)["UN"][2:6:3] == ["7.7 %", "UN77"]
    model = VatTableModel(vat_table_for(Target.CONFIRMA), date(2026, 1, 1))
    assert rows(model)["S1"][2] == "13.5 %"

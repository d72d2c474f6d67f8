"""The bundled starter charts: format, the accounts the examples and the sandbox rely on, valid VAT codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.sandbox.charts import starter_chart

RESOURCES = Path(__file__).resolve().parents[2] / "resources"

REQUIRED = {
    "FI": {"1701", "3000", "2939", "1763", "4000", "7610", "7680", "2871", "1910"},
    "CH": {"1000", "1020", "1100", "1170", "1171", "2000", "2200", "2201", "3200", "3400", "4000", "4200", "6500"},
}


@pytest.mark.parametrize("country", ["FI", "CH"])
def test_starter_chart_file(country: str):
    raw = (RESOURCES / "charts" / f"{country.lower()}-starter.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == "number;name;vat_code"
    assert all(line.count(";") == 2 for line in lines)
    rows = starter_chart(country)
    numbers = [number for number, _, _ in rows]
    assert len(numbers) == len(set(numbers)) >= 30
    assert all(number.isdigit() and len(number) == 4 and name for number, name, _ in rows)
    assert REQUIRED[country] <= set(numbers)
    table = json.loads((RESOURCES / "vat" / f"{country.lower()}.json").read_text(encoding="utf-8"))
    codes = {code["code"] for code in table["codes"]}
    assert {vat_code for _, _, vat_code in rows if vat_code} <= codes


def test_default_codes_of_key_accounts():
    fi = {number: code for number, _, code in starter_chart("FI")}
    ch = {number: code for number, _, code in starter_chart("CH")}
    assert (fi["3000"], fi["4000"], fi["1701"], fi["2939"]) == ("S", "P", "", "")
    assert (ch["3200"], ch["4200"], ch["6500"], ch["1020"]) == ("UN", "VM", "VB", "")

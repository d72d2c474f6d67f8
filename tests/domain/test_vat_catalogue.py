import re
from datetime import date
from decimal import Decimal

import pytest

from app.domain.vat_codes import VatCodeError
from app.domain.vat_rates import (
    INFINITY_CODES,
    RateLookupError,
    infinity_code_for,
    infinity_code_outside_dates,
    rate_on,
)
from app.resources import default_vat_table
from tests.conftest import GOLDEN, SEEDS

D = date.fromisoformat


@pytest.mark.parametrize("rate_class, day, percent", [
    ("FI.general", "2024-08-31", "24"),
    ("FI.general", "2024-09-01", "25.5"),
    ("FI.reduced1", "2025-12-31", "14"),
    ("FI.reduced1", "2026-01-01", "13.5"),
    ("FI.reduced2", "2030-06-01", "10"),
    ("FI.zero", "2020-01-01", "0"),
    ("CH.normal", "2023-12-31", "7.7"),
    ("CH.normal", "2024-01-01", "8.1"),
    ("CH.reduced", "2018-01-01", "2.5"),
    ("CH.accommodation", "2025-05-05", "3.8"),
])
def test_rate_follows_the_date(rate_class, day, percent):
    assert rate_on(rate_class, D(day)) == Decimal(percent)


def test_no_rate_before_the_catalogue_starts():
    with pytest.raises(RateLookupError, match="2012-12-31"):
        rate_on("FI.general", D("2012-12-31"))


def test_infinity_codes_are_exactly_the_vendors_enum():
    seed = GOLDEN / "infinity-tax-codes.txt"
    documented = set(seed.read_text().split())
    assert set(INFINITY_CODES) == documented
    if (SEEDS / "infinity-ledger-entries.txt").exists():
        page = (SEEDS / "infinity-ledger-entries.txt").read_text()
        options = page.split("Available options:")[1].split("Example:")[0]
        assert set(re.findall(r"[A-Z]{2,3}\d{0,2}", options)) == documented


@pytest.mark.parametrize("prefix, rate_class, day, code", [
    ("UN", "CH.normal", "2025-01-01", "UN81"),
    ("UN", "CH.normal", "2023-06-30", "UN77"),
    ("VM", "CH.reduced", "2024-01-01", "VM26"),
    ("VB", "CH.accommodation", "2019-01-01", "VB37"),
    ("UEX", "CH.zero", "2025-01-01", "UEX"),
])
def test_rate_class_and_date_give_the_infinity_code(prefix, rate_class, day, code):
    assert infinity_code_for(prefix, rate_class, D(day)) == code


def test_code_used_outside_its_dates_is_explained():
    assert infinity_code_outside_dates("UN81", D("2025-01-01")) is None
    message = infinity_code_outside_dates("UN77", D("2025-03-01"))
    assert "2023-12-31" in message and "UN81" in message
    assert "from 2024-01-01" in infinity_code_outside_dates("UN81", D("2023-12-31"))


def test_fi_codes_follow_the_booking_date():
    table = default_vat_table("FI")
    assert table.resolve("S", D("2024-08-31")).percent == Decimal("24")
    assert table.resolve("s", D("2024-09-01")).percent == Decimal("25.5")
    assert table.resolve("S", D("2025-12-12")).target_code == "20"
    assert table.resolve("P1", D("2026-01-15")).percent == Decimal("13.5")


def test_ch_codes_resolve_to_the_dated_infinity_code():
    table = default_vat_table("CH")
    assert table.resolve("UN", D("2025-01-01")).target_code == "UN81"
    assert table.resolve("UN", D("2023-01-01")).target_code == "UN77"
    assert table.resolve("VMR", D("2023-01-01")).target_code == "VM25"
    assert table.resolve("UN", D("2025-01-01")).label == "UN · UN81 8.1 %"


def test_exact_infinity_code_pins_its_rate_and_is_flagged_outside_its_dates():
    table = default_vat_table("CH")
    pinned = table.resolve("UN77", D("2025-03-01"))
    assert pinned.percent == Decimal("7.7") and pinned.target_code == "UN77"
    assert "UN81" in pinned.outside_dates
    assert table.resolve("UN77", D("2023-03-01")).outside_dates is None
    assert table.resolve("VM25", D("2020-01-01")).code.code == "VMR"


def test_every_ch_table_code_maps_onto_a_real_infinity_code():
    table = default_vat_table("CH")
    for typed in table.codes:
        for day in (D("2020-01-01"), D("2025-01-01")):
            assert table.resolve(typed, day).target_code in INFINITY_CODES


def test_unknown_code_is_a_readable_error():
    with pytest.raises(VatCodeError, match="'XX' is not a VAT code"):
        default_vat_table("FI").resolve("XX", D("2025-01-01"))

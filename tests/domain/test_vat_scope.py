"""A VAT code's meaning follows the date (issue 14 item 9): from 2025 books, medicines, transport, culture
moved from Finland's 10 % class to the 14 % class (13.5 % from 2026); 10 % is left chiefly for newspapers."""

from datetime import date

from app.domain.chart import ChartAccount
from app.domain.vat_codes import VatTable
from app.domain.vat_rates import class_scope, products_moved_out
from app.domain.vat_scope import default_code_moved
from app.resources import default_vat_table

FI = default_vat_table("FI")


def test_s2_described_on_a_2025_date_covers_newspapers_not_books():
    described = FI.describe("S2", date(2025, 3, 1))
    assert "newspapers and magazines" in described and "books" not in described
    assert "books" in FI.describe("S2", date(2024, 12, 31))


def test_s1_on_a_2026_date_covers_books_at_13_5():
    resolved = FI.resolve("S1", date(2026, 2, 1))
    assert str(resolved.percent) == "13.5" and "books" in resolved.description
    assert "books" not in FI.resolve("S1", date(2024, 6, 1)).description


def test_the_bundled_descriptions_claim_no_products_for_all_dates():
    assert "books" not in FI.codes["S2"].description and "food" not in FI.codes["S1"].description


def test_a_profile_table_saved_with_the_old_description_is_read_with_the_dated_one():
    old = FI.to_dict()
    for row in old["codes"]:
        if row["code"] == "S2":
            row["description"] = "Sales, reduced rate 2 (books, medicines, transport, culture)"
    assert "books" not in VatTable.from_dict(old).describe("S2", date(2025, 3, 1))


def test_which_products_left_the_10_percent_class_and_when():
    moved = products_moved_out("FI.reduced2", date(2025, 1, 1))
    assert moved is not None and moved.since == date(2025, 1, 1) and moved.to_class == "FI.reduced1"
    assert "books" in moved.products
    assert products_moved_out("FI.reduced2", date(2024, 12, 31)) is None
    assert products_moved_out("FI.general", date(2025, 6, 1)) is None
    assert class_scope("CH.normal", date(2025, 1, 1)) == ""


def test_books_account_with_default_s2_warns_on_a_2025_line_that_books_moved_to_14_percent():
    books = ChartAccount("3010", "Myynti, kirjat", "S2")
    issue = default_code_moved(books, "S2", FI, date(2025, 12, 13), line=2)
    assert issue is not None and not issue.is_error and issue.field == "vat_code" and issue.line == 2
    assert "2025-01-01" in issue.message and "S1" in issue.message and "14 %" in issue.message
    assert default_code_moved(books, "S2", FI, date(2024, 12, 13), line=2) is None
    assert default_code_moved(books, "S1", FI, date(2025, 12, 13), line=2) is None  # the bookkeeper chose S1

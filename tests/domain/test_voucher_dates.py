"""Implausible dates get a warning on the cell (issue 14 item 5), judged by the profile's fiscal year."""

from datetime import date

import pytest

from app.domain.booking_rules import BookingRules
from app.domain.targets import Target
from app.domain.validation import validate_voucher
from app.domain.voucher_file import parse_voucher_file
from app.resources import default_vat_table
from app.services.voucher_files import check_voucher
from tests.domain.builders import line, voucher
from tests.editing.support import editor

FI = default_vat_table("FI")
TODAY = date(2026, 12, 2)
RULES = BookingRules("EUR", 1, 60, TODAY)


def date_issues(v, rules=RULES):
    return {(i.code, i.line, i.field): i for i in validate_voucher(v, FI, Target.CONFIRMA, rules=rules)
            if "date" in i.code}


def plain(day, *lines):
    return voucher(*(lines or (line("1701", debit="10.00"), line("3000", credit="10.00"))), day=day,
                   company_id="0737546-2", type="ML")


def test_voucher_dated_2052_gets_a_warning_on_the_date():
    issue = date_issues(plain("2052-01-01"))[("date_far_ahead", None, "date")]
    assert not issue.is_error and "2052-01-01" in issue.message and "60 days" in issue.message


def test_voucher_dated_within_the_set_days_ahead_is_quiet():
    assert date_issues(plain("2027-01-31")) == {}
    assert ("date_far_ahead", None, "date") in date_issues(plain("2027-02-01"))


def test_voucher_more_than_one_fiscal_year_back_gets_a_warning():
    assert date_issues(plain("2025-01-01")) == {}  # last fiscal year: still being closed
    issue = date_issues(plain("2024-12-31"))[("date_far_back", None, "date")]
    assert "fiscal year 2024" in issue.message


def test_fiscal_year_starting_in_july_moves_the_line():
    july = BookingRules("EUR", 7, 60, TODAY)  # today is in 2026/27; 2025/26 began 2025-07-01
    assert date_issues(plain("2025-07-01"), july) == {}
    issue = date_issues(plain("2025-06-30"), july)[("date_far_back", None, "date")]
    assert "2024/25" in issue.message and "2026/27" in issue.message


def test_voucher_of_december_2026_whose_lines_are_dated_2025_warns_on_each_line():
    v = plain("2026-12-01", line("1701", debit="10.00", booking_date=date(2025, 12, 1)),
              line("3000", credit="10.00", booking_date=date(2025, 12, 1)))
    found = date_issues(v)
    for number in (1, 2):
        issue = found[("booking_date_other_fiscal_year", number, "booking_date")]
        assert "2025-12-01" in issue.message and "2026-12-01" in issue.message and not issue.is_error


def test_a_line_in_another_month_of_the_same_fiscal_year_warns_about_its_vat_return():
    v = plain("2026-12-01", line("1701", debit="10.00", booking_date=date(2026, 11, 30)), line("3000", credit="10.00"))
    assert set(date_issues(v)) == {("booking_date_other_month", 1, "booking_date")}


@pytest.mark.parametrize("start, voucher_day, line_day, expected", [
    (7, "2026-07-01", date(2026, 6, 30), "booking_date_other_fiscal_year"),
    (7, "2026-01-05", date(2025, 12, 31), "booking_date_other_month"),  # both in 2025/26
])
def test_line_periods_follow_the_profiles_fiscal_year(start, voucher_day, line_day, expected):
    v = plain(voucher_day, line("1701", debit="10.00", booking_date=line_day), line("3000", credit="10.00"))
    rules = BookingRules("EUR", start, 60, date.fromisoformat(voucher_day))
    assert {code for code, _, _ in date_issues(v, rules)} == {expected}


def test_the_editor_warns_on_the_date_as_it_is_typed():
    ed = editor(plain("2025-12-13"))  # the editing tests' today is 2025-12-20
    ed.set_header("date", "1.1.2052")
    assert [i.code for i in ed.header_field_issues("date")] == ["date_far_ahead"]
    ed.set_header("date", "1.1.2026")
    assert ed.header_field_issues("date") == []


def test_validate_of_a_file_dated_2052_warns():
    text = ('{"format": "ledgerdesk-voucher", "version": 1, "identifier": "x", "date": "2052-01-01", '
            '"description": "d", "lines": [{"account": "1701", "debit": "1.00"}, '
            '{"account": "3000", "credit": "1.00"}]}')
    checked = check_voucher(parse_voucher_file(text), Target.CONFIRMA, today=TODAY)
    assert "date_far_ahead" in {i.code for i in checked.issues}

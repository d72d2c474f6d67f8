"""Implausible dates (issue 14): a voucher years back or far ahead, lines booked in another period.

Warnings, not errors: neither target documents a refusal LedgerDesk could predict (Infinity refuses a date
outside its open fiscal years, which it does not tell us), and a late or early booking can be deliberate.
"""

from __future__ import annotations

from datetime import date

from app.domain.booking_rules import BookingRules
from app.domain.issues import Issue, warning
from app.domain.messages import Message
from app.domain.voucher import Voucher, VoucherLine


def voucher_date_issues(voucher: Voucher, rules: BookingRules) -> list[Issue]:
    """Warnings on the voucher date: more than one fiscal year back, or more than the set days ahead.

    Judged from `rules.today`; rules without a day (a library call that named none) skip this check, so a
    result never depends on the day it happens to run.
    """
    day, today = voucher.date, rules.today
    if day is None or today is None:
        return []
    ahead = (day - today).days
    if ahead > rules.max_days_ahead:
        return [warning("date", Message("date_far_ahead", day=day, ahead=ahead, today=today,
                                        limit=rules.max_days_ahead), "date_far_ahead")]
    this_year = rules.fiscal_year_of(today)
    previous_year = rules.fiscal_year_of(date(this_year.year - 1, this_year.month, 1))
    if day < previous_year:
        return [warning("date", Message("date_far_back", day=day, year=rules.fiscal_year_name(day),
                                        this_year=rules.fiscal_year_name(today)), "date_far_back")]
    return []


def line_date_issues(number: int, line: VoucherLine, voucher: Voucher, rules: BookingRules) -> list[Issue]:
    """A warning on a line whose booking date falls in another fiscal year or month than the voucher date."""
    day, voucher_day = line.booking_date, voucher.date
    if day is None or voucher_day is None or day == voucher_day:
        return []
    if rules.fiscal_year_of(day) != rules.fiscal_year_of(voucher_day):
        return [warning("booking_date", Message("booking_date_other_fiscal_year", day=day,
                                                year=rules.fiscal_year_name(day), voucher_day=voucher_day,
                                                voucher_year=rules.fiscal_year_name(voucher_day)),
                        "booking_date_other_fiscal_year", number)]
    if (day.year, day.month) != (voucher_day.year, voucher_day.month):
        return [warning("booking_date", Message("booking_date_other_month", day=day, voucher_day=voucher_day),
                        "booking_date_other_month", number)]
    return []

"""What a profile says about a plausible voucher: its accounting currency, its fiscal year, how far ahead.

`BookingRules` is the domain's view of those profile settings (app/store/profile.py builds it); a voucher
file checked without a profile gets the target's defaults. The checks that use them live beside their
subject: app/domain/date_checks.py (dates) and app/domain/exchange_rates.py (currency and rate).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.targets import INFINITY_ACCOUNTING_CURRENCY, Target

# The currency each target keeps its books in (API-CONTRACTS.md): Confirma takes euros only.
ACCOUNTING_CURRENCY = {Target.CONFIRMA: "EUR", Target.INFINITY: INFINITY_ACCOUNTING_CURRENCY}
# A voucher dated further ahead than this is far more often a mistyped year than a real booking.
DEFAULT_DAYS_AHEAD = 60


@dataclass(frozen=True)
class BookingRules:
    """A profile's accounting currency, the month its fiscal year starts, and how far ahead a date is plausible.

    `today` is the day the date window counts from (None: the window is not checked).
    """

    accounting_currency: str = "EUR"
    fiscal_year_start: int = 1
    max_days_ahead: int = DEFAULT_DAYS_AHEAD
    today: date | None = None

    @classmethod
    def for_target(cls, target: Target | None, today: date | None = None) -> BookingRules:
        """The defaults for a target: its accounting currency, a calendar fiscal year."""
        return cls(accounting_currency=ACCOUNTING_CURRENCY.get(target, "EUR") if target else "EUR", today=today)

    def fiscal_year_of(self, day: date) -> date:
        """The first day of the fiscal year that contains `day`."""
        year = day.year if day.month >= self.fiscal_year_start else day.year - 1
        return date(year, self.fiscal_year_start, 1)

    def fiscal_year_name(self, day: date) -> str:
        """How bookkeepers name the fiscal year of `day`: `2025`, or `2025/26` when it does not start in January."""
        start = self.fiscal_year_of(day)
        return str(start.year) if self.fiscal_year_start == 1 else f"{start.year}/{(start.year + 1) % 100:02d}"

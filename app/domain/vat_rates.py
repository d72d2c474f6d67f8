"""The VAT rate catalogue: which rate a rate class has on a date, and which Infinity tax code says so.

Rates and their date ranges are those of shared/API-CONTRACTS.md section C. Rate classes are
named `<country>.<class>`, e.g. `FI.general`, `CH.normal`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain.messages import Message

OPEN_END = date(9999, 12, 31)


@dataclass(frozen=True)
class RatePeriod:
    """One rate of a rate class, valid from `start` to `end` inclusive."""

    start: date
    end: date
    percent: Decimal

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


def _periods(*rows: tuple[str, str | None, str]) -> tuple[RatePeriod, ...]:
    return tuple(
        RatePeriod(date.fromisoformat(a), date.fromisoformat(b) if b else OPEN_END, Decimal(p))
        for a, b, p in rows
    )


RATE_CLASSES: dict[str, tuple[RatePeriod, ...]] = {
    "FI.general": _periods(("2013-01-01", "2024-08-31", "24"), ("2024-09-01", None, "25.5")),
    "FI.reduced1": _periods(("2013-01-01", "2025-12-31", "14"), ("2026-01-01", None, "13.5")),
    "FI.reduced2": _periods(("2013-01-01", None, "10")),
    "FI.zero": _periods(("2013-01-01", None, "0")),
    "CH.normal": _periods(("2018-01-01", "2023-12-31", "7.7"), ("2024-01-01", None, "8.1")),
    "CH.reduced": _periods(("2018-01-01", "2023-12-31", "2.5"), ("2024-01-01", None, "2.6")),
    "CH.accommodation": _periods(("2018-01-01", "2023-12-31", "3.7"), ("2024-01-01", None, "3.8")),
    "CH.zero": _periods(("2018-01-01", None, "0")),
}


@dataclass(frozen=True)
class ClassScope:
    """What a rate class covers from `start` to `end` inclusive, in a bookkeeper's words."""

    start: date
    end: date
    covers: str


@dataclass(frozen=True)
class ProductMove:
    """Products that left a rate class on `since` for the class `to_class`."""

    since: date
    products: str
    to_class: str


# What each class covers moved too (API-CONTRACTS.md C, from vero.fi). Only what the contract states is
# written here: the 2026 scope of the public broadcasting fee is disputed between sources, so it is left out.
_FI_MOVED_2025 = ("books, medicines, passenger transport, accommodation, cultural and sports admissions, "
                  "film screenings")
CLASS_SCOPES: dict[str, tuple[ClassScope, ...]] = {
    "FI.reduced1": (
        ClassScope(date(2013, 1, 1), date(2024, 12, 31), "food, feed, restaurant and catering services"),
        ClassScope(date(2025, 1, 1), OPEN_END, f"food, feed, restaurant and catering services; {_FI_MOVED_2025}"),
    ),
    "FI.reduced2": (
        ClassScope(date(2013, 1, 1), date(2024, 12, 31), "books, medicines, passenger transport, accommodation, "
                   "sports services, cultural and entertainment events, newspaper and periodical subscriptions"),
        ClassScope(date(2025, 1, 1), OPEN_END, "chiefly newspapers and magazines"),
    ),
}
PRODUCT_MOVES: dict[str, tuple[ProductMove, ...]] = {
    "FI.reduced2": (ProductMove(date(2025, 1, 1), _FI_MOVED_2025, "FI.reduced1"),),
}


def class_scope(rate_class: str, day: date) -> str:
    """What `rate_class` covers on `day` ("" where LedgerDesk has nothing more to say than its name)."""
    return next((s.covers for s in CLASS_SCOPES.get(rate_class, ()) if s.start <= day <= s.end), "")


def products_moved_out(rate_class: str, day: date) -> ProductMove | None:
    """The latest move of products out of `rate_class` on or before `day`, if any."""
    moves = [m for m in PRODUCT_MOVES.get(rate_class, ()) if m.since <= day]
    return moves[-1] if moves else None


# Infinity's tax codes (shared/seeds/infinity-ledger-entries.txt), by prefix and the rate
# classes each prefix exists for. The digits after the prefix are the rate without its dot.
INFINITY_PREFIXES: dict[str, tuple[str, ...]] = {
    "UN": ("CH.normal",),
    "UR": ("CH.reduced",),
    "US": ("CH.accommodation",),
    "UO": ("CH.normal",),
    "VM": ("CH.normal", "CH.accommodation", "CH.reduced"),
    "VB": ("CH.normal", "CH.accommodation", "CH.reduced"),
    "BZM": ("CH.normal",),
    "BZB": ("CH.normal",),
    "ES": ("CH.normal", "CH.reduced"),
}
INFINITY_ZERO_CODES = ("UNO", "UEX", "ULA")


class RateLookupError(LookupError):
    """No rate is defined for this rate class on this date; the message is for the bookkeeper."""


@dataclass(frozen=True)
class InfinityCode:
    """An Infinity tax code with the rate class, rate and dates it stands for."""

    code: str
    rate_class: str
    period: RatePeriod


def _rate_digits(percent: Decimal) -> str:
    return format(percent, "f").replace(".", "")


def _build_infinity_codes() -> dict[str, InfinityCode]:
    codes: dict[str, InfinityCode] = {}
    for prefix, classes in INFINITY_PREFIXES.items():
        for rate_class in classes:
            for period in RATE_CLASSES[rate_class]:
                code = prefix + _rate_digits(period.percent)
                codes[code] = InfinityCode(code, rate_class, period)
    for code in INFINITY_ZERO_CODES:
        codes[code] = InfinityCode(code, "CH.zero", RATE_CLASSES["CH.zero"][0])
    return codes


INFINITY_CODES: dict[str, InfinityCode] = _build_infinity_codes()


def rate_period(rate_class: str, day: date) -> RatePeriod:
    """The period of `rate_class` that covers `day`."""
    periods = RATE_CLASSES.get(rate_class)
    if periods is None:
        raise RateLookupError(Message("vat_rate_class_unknown", rate_class=rate_class))
    for period in periods:
        if period.covers(day):
            return period
    raise RateLookupError(Message("vat_rate_undefined", day=day, first=periods[0].start))


def rate_on(rate_class: str, day: date) -> Decimal:
    """The VAT percent of `rate_class` on `day` (e.g. FI.general on 2025-12-12 -> 25.5)."""
    return rate_period(rate_class, day).percent


def infinity_code_for(prefix: str, rate_class: str, day: date) -> str:
    """The Infinity tax code for a code family on a date: ("UN", CH.normal, 2025) -> "UN81"."""
    if prefix in INFINITY_ZERO_CODES:
        return prefix
    if rate_class not in INFINITY_PREFIXES.get(prefix, ()):
        raise RateLookupError(Message("infinity_code_no_family", prefix=prefix, rate_class=rate_class))
    return prefix + _rate_digits(rate_on(rate_class, day))


def infinity_code_outside_dates(code: str, day: date) -> Message | None:
    """Plain words when `code` is not valid on `day` (UN77 after 2023), else None."""
    known = INFINITY_CODES.get(code)
    if known is None:
        return Message("infinity_code_unknown", code=code)
    if known.period.covers(day):
        return None
    end = known.period.end
    span = (Message("infinity_code_span_open", start=known.period.start) if end == OPEN_END
            else Message("infinity_code_span", start=known.period.start, end=end))
    prefix = code.rstrip("0123456789")
    percent = str(known.period.percent)
    try:
        current = infinity_code_for(prefix, known.rate_class, day)
    except RateLookupError:
        return Message("infinity_code_outside_dates", code=code, percent=percent, span=span)
    return Message("infinity_code_outside_dates_use", code=code, percent=percent, span=span, day=day,
                   current=current)

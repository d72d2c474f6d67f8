"""Money: Decimal amounts, parsing what a bookkeeper types, cents, and the one rounding rule.

Every rounding of money in LedgerDesk goes through `round_cents`; it is the only place
that names ROUND_HALF_UP.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.domain import messages as _messages  # a module: messages formats amounts with this one

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

# Separators a Finnish, Swiss or English spreadsheet uses for thousands.
_THOUSANDS = {" ", "\u00a0", "\u202f", "'", "\u2019"}


class AmountError(ValueError):
    """A typed amount that cannot be read; the message is for the bookkeeper."""


def round_cents(value: Decimal) -> Decimal:
    """Round to whole cents, halves away from zero (so -0.005 -> -0.01, 0.005 -> 0.01)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(value: Decimal) -> int:
    """Exact integer cents of an amount that already has at most two decimals."""
    scaled = value * 100
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{value} has more than two decimals")
    return int(scaled)


def from_cents(cents: int) -> Decimal:
    """The Decimal amount of an integer number of cents."""
    return (Decimal(cents) / 100).quantize(CENT)


def decimal_places(value: Decimal) -> int:
    """How many decimals an amount carries as typed (2.50 -> 2, 2.5 -> 1, 3 -> 0)."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def parse_amount(text: str, decimal_sep: str | None = None) -> Decimal:
    """Read an amount as typed: `1 234,56`, `1234.56`, `1'234.50`, `-12,5`, `(100,00)` (brackets: negative).

    With `decimal_sep` unset the separator is inferred: the last of `,` or `.` that is
    followed by one or two digits at the end is the decimal separator. A value with a
    comma and a dot uses the rightmost as decimals. Raises AmountError with a readable
    message; never returns a float.
    """
    raw = text.strip()
    if not raw:
        raise AmountError(_messages.Message("amount_empty"))
    sign = ""
    if raw.startswith("(") and raw.endswith(")"):  # bookkeepers write negative amounts in brackets
        sign, raw = "-", raw[1:-1].strip()
        if not raw:
            raise AmountError(_messages.Message("amount_not_an_amount", text=text.strip()))
        if raw[0] in "+-\u2212" or raw.endswith("-"):
            raise AmountError(_messages.Message("amount_bracket_and_minus", text=text.strip()))
    elif raw[0] in "+-\u2212":
        sign = "-" if raw[0] in "-\u2212" else ""
        raw = raw[1:].strip()
    elif raw.endswith("-"):  # some exports write credits as "12,50-"
        sign, raw = "-", raw[:-1].strip()
    cleaned = "".join(ch for ch in raw if ch not in _THOUSANDS)
    if not cleaned or not re.fullmatch(r"[0-9.,]+", cleaned) or not re.search(r"[0-9]", cleaned):
        raise AmountError(_messages.Message("amount_not_an_amount", text=text.strip()))
    sep = decimal_sep or _infer_decimal_separator(cleaned)
    other = "." if sep == "," else ","
    if sep in cleaned:
        integer_part, _, fraction = cleaned.rpartition(sep)
    else:
        integer_part, fraction = cleaned, ""
    if sep in integer_part:
        raise AmountError(_messages.Message("amount_two_decimal_separators", text=text.strip()))
    if other in fraction:
        raise AmountError(_messages.Message("amount_mixed_separators", text=text.strip()))
    if other in integer_part and not _thousands_grouping_ok(integer_part, other):
        raise AmountError(_messages.Message("amount_thousands_misplaced", text=text.strip()))
    integer_part = integer_part.replace(other, "")
    digits = (integer_part or "0") + ("." + fraction if fraction else "")
    try:
        return Decimal(sign + digits)
    except InvalidOperation:
        raise AmountError(_messages.Message("amount_not_an_amount", text=text.strip())) from None


def _infer_decimal_separator(cleaned: str) -> str:
    last_comma, last_dot = cleaned.rfind(","), cleaned.rfind(".")
    if last_comma >= 0 and last_dot >= 0:
        return "," if last_comma > last_dot else "."
    if last_comma >= 0:
        # "1,234" is ambiguous; three digits after a single comma reads as thousands
        # only in a number that also groups further ("1,234,567").
        return "," if cleaned.count(",") == 1 else "."
    return "."


def _thousands_grouping_ok(integer_part: str, sep: str) -> bool:
    groups = integer_part.split(sep)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def format_amount(value: Decimal, decimal_sep: str = ".", thousands_sep: str = "") -> str:
    """Two-decimal text of an amount, with the given separators (`1 234,56`, `1'234.56`)."""
    rounded = round_cents(value)
    sign = "-" if rounded < 0 else ""
    integer, _, fraction = f"{abs(rounded):.2f}".partition(".")
    if thousands_sep:
        groups: list[str] = []
        while len(integer) > 3:
            groups.insert(0, integer[-3:])
            integer = integer[:-3]
        integer = thousands_sep.join([integer, *groups])
    return f"{sign}{integer}{decimal_sep}{fraction}"

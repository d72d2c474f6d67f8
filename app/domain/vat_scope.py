"""Where the products a bookkeeper names moved to another rate class, say so (issue 14 item 9).

An account's default VAT code was chosen for what it sells. When the law moves those products to another
class (Finland, 2025-01-01: books, medicines, transport, culture from 10 % to 14 %), the default code
still resolves to a rate, just no longer the right one: the bookkeeper gets a warning on the VAT cell.
"""

from __future__ import annotations

from datetime import date

from app.domain.chart import ChartAccount
from app.domain.issues import Issue, warning
from app.domain.messages import Message
from app.domain.vat_codes import VatCodeError, VatTable
from app.domain.vat_rates import RateLookupError, products_moved_out, rate_on


def default_code_moved(account: ChartAccount, typed_code: str, table: VatTable, day: date,
                       line: int | None = None) -> Issue | None:
    """A warning when `typed_code` is `account`'s default and products left its class on or before `day`."""
    default = (account.default_vat_code or "").strip().upper()
    if not default or typed_code.strip().upper() != default:
        return None
    try:
        resolved = table.resolve(default, day)
        move = products_moved_out(resolved.code.rate_class, day)
        if move is None:
            return None
        new_percent = rate_on(move.to_class, day)
    except (VatCodeError, RateLookupError):
        return None
    same_side = [c.code for c in table.codes.values()
                 if c.rate_class == move.to_class and c.side == resolved.code.side]
    codes = f" ({', '.join(same_side)})" if same_side else ""
    return warning("vat_code", Message("vat_class_moved", account=account.number, code=resolved.code.code,
                                       percent=f"{resolved.percent.normalize():f}", since=move.since,
                                       products=move.products, new_percent=f"{new_percent.normalize():f}",
                                       codes=codes, day=day,
                                       covers=resolved.covers or Message("vat_class_covers_less")),
                   "vat_class_moved", line)

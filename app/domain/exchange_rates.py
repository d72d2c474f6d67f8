"""A voucher in a foreign currency needs an exchange rate, or the explicit choice of the target's own rate.

Infinity converts a foreign entry with the `exchangeRate` sent, or with its own rate when none is sent
(API-CONTRACTS.md B); which rate that is, Infinity does not say. So LedgerDesk never leaves the rate out
silently: the voucher carries either a rate or `use_target_rate`, and the preview says which
(`exchange_rate_note`). Confirma takes euros only, so there the question does not arise.
"""

from __future__ import annotations

from app.domain.booking_rules import BookingRules
from app.domain.currencies import ISO_4217
from app.domain.issues import Issue, error
from app.domain.messages import Message
from app.domain.targets import Target
from app.domain.voucher import Voucher


def exchange_rate_issues(voucher: Voucher, target: Target | None, rules: BookingRules) -> list[Issue]:
    """Errors on the currency cell of an Infinity voucher that says neither a rate nor "use Infinity's rate"."""
    currency, home = voucher.currency.strip(), rules.accounting_currency
    if target is not Target.INFINITY or currency not in ISO_4217 or currency == home:
        return []  # a currency that is no code has its own error
    if voucher.use_target_rate and voucher.exchange_rate is not None:
        return [error("exchange_rate", Message("exchange_rate_and_target_rate", currency=currency),
                      "exchange_rate_and_target_rate")]
    if voucher.use_target_rate or voucher.exchange_rate is not None:
        return []
    return [error("currency", Message("exchange_rate_missing", currency=currency, home=home),
                  "exchange_rate_missing")]


def exchange_rate_note(voucher: Voucher, target: Target | None, rules: BookingRules) -> str | None:
    """One line for the submit preview on how a foreign-currency voucher is converted; None when it is not."""
    currency, home = voucher.currency.strip(), rules.accounting_currency
    if target is not Target.INFINITY or currency == home:
        return None
    if voucher.exchange_rate is not None:
        return f"{currency} is converted at the rate you typed: 1 {currency} = {voucher.exchange_rate} {home}."
    if voucher.use_target_rate:
        day = voucher.date.isoformat() if voucher.date else "the voucher date"
        return (f"No exchange rate is sent: Infinity converts {currency} to {home} at its own rate for {day}, "
                "which LedgerDesk does not know in advance.")
    return None

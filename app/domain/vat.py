"""VAT arithmetic per line: gross -> net + VAT and net -> VAT + gross (API-CONTRACTS.md section C)."""

from __future__ import annotations

from decimal import Decimal

from app.domain.money import round_cents

_HUNDRED = Decimal(100)


def split_gross(gross: Decimal, percent: Decimal) -> tuple[Decimal, Decimal]:
    """Split a gross amount into (net, vat): net rounded half-up on the absolute value, sign re-applied.

    net + vat == gross exactly, and split_gross(-g) == (-net, -vat).
    """
    magnitude = round_cents(abs(gross) / (1 + percent / _HUNDRED))
    net = -magnitude if gross < 0 else magnitude
    return net, round_cents(gross) - net


def add_vat(net: Decimal, percent: Decimal) -> tuple[Decimal, Decimal]:
    """From a net amount, (vat, gross): vat rounded half-up on the absolute value, sign re-applied."""
    magnitude = round_cents(abs(net) * percent / _HUNDRED)
    vat = -magnitude if net < 0 else magnitude
    return vat, round_cents(net) + vat

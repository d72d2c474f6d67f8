"""Mapping a voucher onto what each posting target receives (pure functions, no I/O)."""

from enum import StrEnum


class Target(StrEnum):
    """The cloud accounting services LedgerDesk posts to."""

    CONFIRMA = "confirma"
    INFINITY = "infinity"


# Infinity keeps its books in Swiss francs (API-CONTRACTS.md); other currencies need an exchange rate.
INFINITY_ACCOUNTING_CURRENCY = "CHF"

# Longest voucher description each target accepts (API-CONTRACTS.md).
DESCRIPTION_LIMIT = {Target.CONFIRMA: 210, Target.INFINITY: 128}

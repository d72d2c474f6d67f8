"""Mapping a voucher onto what each posting target receives (pure functions, no I/O)."""

from enum import StrEnum


class Target(StrEnum):
    """The cloud accounting services LedgerDesk posts to."""

    CONFIRMA = "confirma"
    INFINITY = "infinity"


# Longest voucher description each target accepts (API-CONTRACTS.md).
DESCRIPTION_LIMIT = {Target.CONFIRMA: 210, Target.INFINITY: 128}

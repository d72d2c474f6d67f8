"""What the review list is filtered by: typed, immutable, and stored in the settings between runs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, field_validator

from app.domain.money import round_cents

# The outbox's states (app/store/outbox.py SUBMISSION_STATES; a test keeps the two equal).
REVIEW_STATES = ("queued", "sending", "accepted", "pending", "synced", "failed", "rejected", "uncertain")


class ReviewFilter(BaseModel):
    """Filters of the review list; every one that is set must hold (empty fields filter nothing)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    date_from: date | None = None  # voucher date, inclusive
    date_to: date | None = None  # inclusive
    profile: str = ""
    states: tuple[str, ...] = ()  # any of these
    account: str = ""  # an account any line posts to, exactly
    amount_min: Decimal | None = None  # the voucher total (Σ debit incl. VAT), inclusive
    amount_max: Decimal | None = None
    text: str = ""  # every word must occur in the number, description or a line text

    @field_validator("states")
    @classmethod
    def _known_states(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [state for state in value if state not in REVIEW_STATES]
        if unknown:
            raise ValueError(f"unknown submission state(s): {', '.join(unknown)}")
        return tuple(dict.fromkeys(value))

    @field_validator("amount_min", "amount_max")
    @classmethod
    def _whole_cents(cls, value: Decimal | None) -> Decimal | None:
        if value is not None and not value.is_finite():
            raise ValueError("an amount limit must be a number")
        # Totals are whole cents; a limit typed with more decimals is rounded the one way money is.
        return None if value is None else round_cents(value)

    @field_validator("profile", "account")
    @classmethod
    def _trimmed(cls, value: str) -> str:
        return value.strip()

    def is_empty(self) -> bool:
        """True when nothing is filtered."""
        return self == ReviewFilter()

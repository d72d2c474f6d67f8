"""What the review list is filtered by: typed, immutable, and stored in the settings between runs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain.money import round_cents

from app.store.states import ALL_STATES

REVIEW_STATES: tuple[str, ...] = tuple(state.value for state in ALL_STATES)


@dataclass(frozen=True)
class ReviewFilter:
    """Filters of the review list; every one that is set must hold (empty fields filter nothing).

    A dataclass that checks itself, so the main window can count uncertain vouchers without loading
    pydantic; in the settings file pydantic validates its JSON types (app/store/settings.py)."""

    # Read by pydantic when it validates the settings file: unknown keys are refused.
    __pydantic_config__ = {"extra": "forbid"}

    date_from: date | None = None  # voucher date, inclusive
    date_to: date | None = None  # inclusive
    profile: str = ""
    states: tuple[str, ...] = ()  # any of these
    account: str = ""  # an account any line posts to, exactly
    amount_min: Decimal | None = None  # the voucher total (Σ debit incl. VAT), inclusive
    amount_max: Decimal | None = None
    text: str = ""  # every word must occur in the number, description or a line text
    who: str = ""  # who queued it, exactly as the review names them (a team database: "Posted by")

    def __post_init__(self) -> None:
        unknown = [state for state in self.states if state not in REVIEW_STATES]
        if unknown:
            raise ValueError(f"unknown submission state(s): {', '.join(unknown)}")
        object.__setattr__(self, "states", tuple(dict.fromkeys(self.states)))
        for name in ("amount_min", "amount_max"):
            value = getattr(self, name)
            if value is not None and not value.is_finite():
                raise ValueError("an amount limit must be a number")
            # Totals are whole cents; a limit typed with more decimals is rounded the one way money is.
            object.__setattr__(self, name, None if value is None else round_cents(value))
        object.__setattr__(self, "profile", self.profile.strip())
        object.__setattr__(self, "account", self.account.strip())
        object.__setattr__(self, "who", self.who.strip())

    def is_empty(self) -> bool:
        """True when nothing is filtered."""
        return self == NO_FILTER


NO_FILTER = ReviewFilter()  # lets every submission through (frozen: one instance serves every default)

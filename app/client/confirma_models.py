"""pydantic v2 wire models of Confirma's ledger API: strict requests, tolerant responses.

Amounts stay Decimal through validation and are written by `app.domain.wire_json`, because
pydantic's own JSON dump would write Decimal as a string, which Confirma documents as a number.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from app.domain import wire_json
from app.domain.messages import Message


def _no_float(value: Any) -> Any:
    # A float has already lost the exact amount; refuse it rather than guess.
    if isinstance(value, float):
        raise ValueError("amounts must be Decimal or int, never float")
    if isinstance(value, bool):
        raise ValueError("a boolean is not an amount")
    return value


def _two_decimals(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError("amount must be finite")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        cents = value.quantize(Decimal("0.01"))
        if cents != value:
            raise ValueError("at most 2 decimals")
        return cents  # 2990.000 is 2990.00; the wire carries at most two decimals
    return value


def _iso_date(value: str) -> str:
    date.fromisoformat(value)  # raises ValueError for anything but YYYY-MM-DD
    if len(value) != 10:
        raise ValueError("date must be YYYY-MM-DD")
    return value


WireNumber = Annotated[Decimal, BeforeValidator(_no_float), AfterValidator(_two_decimals)]
IsoDate = Annotated[str, AfterValidator(_iso_date)]
Flag01 = Annotated[int, Field(strict=True, ge=0, le=1)]  # strict: True/False must not pass as 1/0


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False, frozen=True)


class LedgerDimension(_Request):
    """One dimension of a row (only COST_CENTER is seen in the documentation)."""

    dimensionType: str
    dimensionValue: str


class LedgerRow(_Request):
    """One row of `ledgerRows`; signed amounts, debit positive."""

    bookingDate: IsoDate
    accountNumber: Annotated[str, Field(pattern=r"^\d+$")]
    vatAccountNumber: str | None = None
    vatType: str | None = None
    vatPercentage: WireNumber
    vatCode: str
    amount: WireNumber
    netAmount: WireNumber
    isVatRow: Flag01
    projectNumber: str | None = None
    transactionType: str | None = None
    transactionDescription: str | None = None
    ledgerDimensions: list[LedgerDimension] = Field(default_factory=list)


class Ledger(_Request):
    """The voucher header and its rows."""

    ledgerIdentifier: Annotated[str, Field(min_length=1)]
    companyIdentifier: str
    documentType: str
    documentName: str
    documentDate: IsoDate
    documentDescription: Annotated[str, Field(max_length=210)]
    calculationMode: Literal["GROSS", "NET"]
    ledgerRows: Annotated[list[LedgerRow], Field(min_length=1)]


class LedgerPostRequest(_Request):
    """`POST /accounting/ledger`: one voucher per request (POLICY)."""

    ledgers: Ledger

    def wire_json(self) -> str:
        """The body as sent: amounts as JSON numbers, isVatRow as 0/1, nulls kept."""
        return wire_json.dumps(self.model_dump(mode="python"), indent=None)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class SyncStatus(StrEnum):
    """Confirma's word for where a voucher stands on its way to the accounting system (`status` 0, 1, other).

    Confirma's vocabulary, not LedgerDesk's: services map it to a SubmissionState."""

    PENDING = "pending"
    SYNCED = "synced"
    FAILED = "failed"


class LedgerStatus(_Response):
    """One voucher's sync state from `GET /accounting/ledger`; status 0 pending, 1 synced, else failed."""

    sourceIdentifier: str
    documentDate: str | None = None
    documentName: str | None = None
    documentStatus: str | None = None
    syncDate: str | None = None
    status: int
    description: str | None = None

    @property
    def state(self) -> SyncStatus:
        """Confirma's numeric status as a word."""
        return SyncStatus.PENDING if self.status == 0 else SyncStatus.SYNCED if self.status == 1 else SyncStatus.FAILED

    @property
    def message(self) -> str:
        """The state in words, with Confirma's description when there is one."""
        words = (Message("sync_pending") if self.state is SyncStatus.PENDING
                 else Message("sync_failed") if self.state is SyncStatus.FAILED
                 else Message("sync_synced_since", since=self.syncDate) if self.syncDate else Message("sync_synced"))
        return Message("sync_described", words=words, description=self.description) if self.description else words


class LedgerStatusList(_Response):
    """The 200 body of `GET /accounting/ledger`."""

    ledgers: list[LedgerStatus] = Field(default_factory=list)


class ValidateResponse(_Response):
    """`GET /validate` 200 body: `{"isValid": true, "message": "Token is valid"}`."""

    isValid: bool
    message: str | None = None


class RenewResponse(_Response):
    """`GET /renew` 200 body: `{"Message": "..."}`; where a new token sits is undocumented."""

    model_config = ConfigDict(extra="allow", frozen=True)  # the token may sit in any extra field

    Message: str | None = None

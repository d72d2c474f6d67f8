"""VAT code tables: what the bookkeeper types, and what it means on a given date.

A table is data (resources/vat/*.json, or a profile's own copy). A code names a rate class,
not a rate, so the rate follows the booking date. For Infinity the code sent is a template
such as `UN{rate}` (-> UN81 in 2025, UN77 in 2023); typing an exact Infinity code such as
`UN77` pins that rate, and validation says when it is used outside its dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from app.domain.messages import Message, message_of
from app.domain.vat_rates import (
    INFINITY_CODES,
    RATE_CLASSES,
    RateLookupError,
    class_scope,
    infinity_code_outside_dates,
    rate_period,
)

Side = Literal["sales", "purchase"]
RATE_PLACEHOLDER = "{rate}"


@dataclass(frozen=True)
class VatCode:
    """One row of a VAT code table."""

    code: str
    description: str
    rate_class: str
    side: Side
    vat_account: str
    target_code: str  # the code sent to the target; "{rate}" is replaced by the rate's digits

    def target_code_on(self, percent: Decimal) -> str:
        digits = format(percent, "f").replace(".", "")
        return self.target_code.replace(RATE_PLACEHOLDER, digits)


@dataclass(frozen=True)
class ResolvedVat:
    """A VAT code as it applies on one date: its rate and the code the target receives."""

    code: VatCode
    percent: Decimal
    target_code: str
    outside_dates: Message | None = None  # plain words when a pinned code is used outside its dates
    covers: str = ""  # what the code's rate class covers on the date ("" where there is nothing to add)

    @property
    def description(self) -> str:
        """The code's description with what it covers on the date: `Sales, reduced rate 2: chiefly newspapers…`."""
        return f"{self.code.description}: {self.covers}" if self.covers else self.code.description

    @property
    def label(self) -> str:
        """What the VAT cell shows, e.g. `S · 25.5 %` or `UN · UN81 8.1 %`."""
        pct = f"{self.percent.normalize():f} %"
        if self.target_code and self.target_code != self.code.code and RATE_PLACEHOLDER in self.code.target_code:
            return f"{self.code.code} · {self.target_code} {pct}"
        return f"{self.code.code} · {pct}"


# Descriptions of earlier bundled tables that named a class's products for every date (issue 14).
_RETIRED = {
    "Sales, reduced rate 1 (food, restaurants)": "Sales, reduced rate 1",
    "Sales, reduced rate 2 (books, medicines, transport, culture)": "Sales, reduced rate 2",
}


class VatCodeError(LookupError):
    """A typed VAT code that cannot be used; the message is for the bookkeeper."""


class VatTable:
    """A VAT code table: lookup by typed code, resolution on a date."""

    def __init__(self, name: str, codes: Iterable[VatCode]):
        self.name = name
        self.codes: dict[str, VatCode] = {}
        for code in codes:
            if code.rate_class not in RATE_CLASSES:
                raise ValueError(f"VAT table {name}: code {code.code} has unknown rate class {code.rate_class}")
            self.codes[code.code.upper()] = code

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VatTable:
        """Build a table from its JSON form: {"name": ..., "codes": [{...}, ...]}."""
        # A profile's copy of an older bundled table still names products for all dates; read it as today's.
        return cls(data["name"], (VatCode(**{**row, "description": _RETIRED.get(row["description"],
                                                                                 row["description"])})
                                  for row in data["codes"]))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "codes": [vars(code).copy() for code in self.codes.values()]}

    def merged(self, other: VatTable) -> VatTable:
        """A table holding the codes of both (used when no target says which country applies)."""
        return VatTable(f"{self.name}+{other.name}", [*self.codes.values(), *other.codes.values()])

    def __contains__(self, typed: str) -> bool:
        return typed.strip().upper() in self.codes or self._pinned(typed.strip().upper()) is not None

    def resolve(self, typed: str, day: date) -> ResolvedVat:
        """What `typed` means on `day`. Raises VatCodeError for an unknown code or undefined rate."""
        key = typed.strip().upper()
        code = self.codes.get(key)
        try:
            if code is not None:
                percent = rate_period(code.rate_class, day).percent
                return ResolvedVat(code, percent, code.target_code_on(percent), None,
                                   class_scope(code.rate_class, day))
            pinned = self._pinned(key)
            if pinned is not None:
                period = INFINITY_CODES[key].period
                return ResolvedVat(pinned, period.percent, key, infinity_code_outside_dates(key, day),
                                   class_scope(pinned.rate_class, day))
        except RateLookupError as exc:
            raise VatCodeError(Message("vat_code_no_rate", code=typed.strip(), reason=message_of(exc))) from None
        raise VatCodeError(Message("vat_code_not_in_table", code=typed.strip(), table=self.name))

    def describe(self, typed: str, day: date) -> str:
        """What `typed` means on `day`, with what its class covers then; raises VatCodeError like resolve."""
        return self.resolve(typed, day).description

    def _pinned(self, key: str) -> VatCode | None:
        """The table row an exact Infinity code (e.g. UN77) belongs to, if any."""
        known = INFINITY_CODES.get(key)
        if known is None:
            return None
        for code in self.codes.values():
            if RATE_PLACEHOLDER not in code.target_code:
                continue
            if code.rate_class == known.rate_class and code.target_code_on(known.period.percent) == key:
                return code
        return None

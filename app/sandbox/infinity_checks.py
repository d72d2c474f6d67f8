"""Request validation of Infinity's `POST /ledger-entries` body, done from the raw JSON.

Three layers, each with its own error code (API-CONTRACTS.md section B; endpoint codes are a
vendor GAP and the sandbox's choice): missing fields, malformed fields, then bookkeeping rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.domain.vat_rates import INFINITY_CODES
from app.sandbox.wire import Problems, as_date, is_integer, is_number

# The enum of the vendor page (seeds/infinity-ledger-entries.txt), kept here verbatim so the sandbox
# does not trust the domain's derived catalogue for which codes exist; only dates and rates come from it.
TAX_CODES = ("UN81", "UN77", "UR26", "UR25", "US38", "US37", "UO81", "UO77", "BZB81", "BZB77", "BZM81",
             "BZM77", "VM81", "VM38", "VM26", "VB81", "VB38", "VB26", "VM77", "VM37", "VM25", "VB77", "VB37",
             "VB25", "ES81", "ES26", "ES77", "ES25", "UNO", "UEX", "ULA")
REQUIRED = ("date", "description", "debitAccount", "creditAccount", "amount")
OPTIONAL = ("currency", "exchangeRate", "taxCode")
FIRST_OPEN_DAY = date(2018, 1, 1)  # the sandbox's first open fiscal year starts here
ACCOUNTING_CURRENCY = "CHF"
# Rates the sandbox pretends Infinity has set (CHF per unit) when a foreign entry carries none.
DEFAULT_EXCHANGE_RATES = {"EUR": Decimal("0.94"), "USD": Decimal("0.80"), "GBP": Decimal("1.07")}
MAX_CENTS = Decimal(10) ** 18  # the largest CHF amount the sandbox books, like any number it reads
_CURRENCY = re.compile(r"[A-Z]{3}")

MISSING, MALFORMED = "general/missing-fields", "general/malformed-request"
NO_FISCAL_YEAR, CLOSED_PERIOD = "ledger-entries/no-open-fiscal-year", "ledger-entries/closed-period"
UNKNOWN_ACCOUNT, INVALID_TAX_CODE = "ledger-entries/unknown-account", "ledger-entries/invalid-tax-code"
NO_EXCHANGE_RATE = "ledger-entries/unknown-exchange-rate"


@dataclass(frozen=True)
class Entry:
    """A ledger entry that passed validation, with the defaults applied."""

    day: date
    description: str
    debit_account: int
    credit_account: int
    amount: int
    currency: str
    exchange_rate: Decimal
    tax_code: str | None


@dataclass(frozen=True)
class Rejection:
    """Why an entry is refused: one code, the fields concerned, the problems in words."""

    code: str
    problems: Problems

    def body(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.problems.summary(),
                "invalidFields": self.problems.fields(), "details": self.problems.details()}


def check_entry(data: Any, accounts: set[str], closed_until: date | None) -> Entry | Rejection:
    """The validated entry, or the first layer of problems found (missing, malformed, rules)."""
    problems = Problems()
    if not isinstance(data, dict):
        problems.add("(body)", "must be a JSON object with one ledger entry")
        return Rejection(MALFORMED, problems)
    for key in REQUIRED:
        if data.get(key) is None:
            problems.add(key, "is required")
    if problems:
        return Rejection(MISSING, problems)
    _check_shapes(data, problems)
    if problems:
        return Rejection(MALFORMED, problems)
    entry = _entry(data)
    code = _check_rules(entry, accounts, closed_until, problems)
    return Rejection(code, problems) if code else entry


def _check_shapes(data: dict[str, Any], problems: Problems) -> None:
    for key in sorted(set(data) - set(REQUIRED) - set(OPTIONAL)):
        problems.add(key, "unknown field")
    if as_date(data["date"]) is None:
        problems.add("date", "must be a date written YYYY-MM-DD")
    description = data["description"]
    if not isinstance(description, str):
        problems.add("description", "must be a string")
    elif not 1 <= len(description) <= 128:
        problems.add("description", f"must be 1 to 128 characters, not {len(description)}")
    elif "\n" in description or "\r" in description:
        problems.add("description", "must be a single line")
    for key in ("debitAccount", "creditAccount"):
        value = data[key]
        if not is_integer(value):
            problems.add(key, "must be an integer account number")
        elif not 1000 <= value <= 9999:
            problems.add(key, "must be from 1000 to 9999")
    amount = data["amount"]
    if not is_integer(amount):
        problems.add("amount", "must be an integer number of cents")
    elif amount < 1:
        problems.add("amount", "must be at least 1 cent")
    currency = data.get("currency")
    if currency is not None and not (isinstance(currency, str) and _CURRENCY.fullmatch(currency)):
        problems.add("currency", "must be a 3-letter ISO 4217 code in capitals, e.g. CHF")
    rate = data.get("exchangeRate")
    if rate is not None and not (is_number(rate) and rate > 0):
        problems.add("exchangeRate", "must be a number greater than 0")
    elif (rate is not None and currency not in (None, ACCOUNTING_CURRENCY) and is_integer(amount)
          and amount * Decimal(rate) >= MAX_CENTS):
        # Beyond this the CHF amount cannot be rounded to the cent in Decimal's 28 digits (it once answered 500).
        problems.add("exchangeRate", f"amount × exchangeRate must be below {MAX_CENTS:.0e} cents")
    tax_code = data.get("taxCode")
    if tax_code not in (None, "") and tax_code not in TAX_CODES:
        problems.add("taxCode", "must be one of " + ", ".join(TAX_CODES) + ", null or \"\"")


def _entry(data: dict[str, Any]) -> Entry:
    currency = data.get("currency") or ACCOUNTING_CURRENCY
    rate = data.get("exchangeRate")
    if currency == ACCOUNTING_CURRENCY:
        rate = Decimal(1)  # a rate sent with CHF is ignored: the amount is already in CHF
    elif rate is None:
        rate = DEFAULT_EXCHANGE_RATES.get(currency, Decimal(0))
    day = as_date(data["date"])
    assert day is not None  # only an entry whose date passed validation is made
    return Entry(day, data["description"], data["debitAccount"], data["creditAccount"],
                 data["amount"], currency, Decimal(rate), data.get("taxCode") or None)


def _check_rules(entry: Entry, accounts: set[str], closed_until: date | None, problems: Problems) -> str | None:
    codes: list[str] = []
    if entry.day < FIRST_OPEN_DAY:
        problems.add("date", f"no open fiscal year contains {entry.day.isoformat()} "
                             f"(the first starts {FIRST_OPEN_DAY.isoformat()})")
        codes.append(NO_FISCAL_YEAR)
    elif closed_until is not None and entry.day <= closed_until:
        problems.add("date", f"{entry.day.isoformat()} is in a closed period (closed up to "
                             f"{closed_until.isoformat()})")
        codes.append(CLOSED_PERIOD)
    for key, account in (("debitAccount", entry.debit_account), ("creditAccount", entry.credit_account)):
        if str(account) not in accounts:
            problems.add(key, f"account {account} does not exist")
            codes.append(UNKNOWN_ACCOUNT)
    if entry.tax_code is not None:
        period = INFINITY_CODES[entry.tax_code].period
        if not period.covers(entry.day):
            problems.add("taxCode", f"{entry.tax_code} ({period.percent} %) is not valid on "
                                    f"{entry.day.isoformat()}")
            codes.append(INVALID_TAX_CODE)
    if entry.exchange_rate <= 0:
        problems.add("exchangeRate", f"no exchange rate is set for {entry.currency}; send exchangeRate")
        codes.append(NO_EXCHANGE_RATE)
    return codes[0] if codes else None

"""The Infinity side of the sandbox: `POST /v1/ledger-entries` and `GET /v1/contacts`, token auth, hourly rate limit."""

from __future__ import annotations

import math
import secrets
import threading
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from app.domain.money import from_cents, round_cents, to_cents
from app.domain.vat import split_gross
from app.domain.vat_rates import INFINITY_CODES
from app.sandbox.infinity_checks import ACCOUNTING_CURRENCY, MALFORMED, Entry, Rejection, check_entry
from app.sandbox.recorder import JsonLines, Recorder, now_stamp
from app.sandbox.wire import BodyError, Problems, Reply, Request, body_for_record, parse_json

DEFAULT_INFINITY_TOKEN = "sandbox-infinity-token"
BASE_PATH = "/v1"
ENTRIES_PATH = "/v1/ledger-entries"
CONTACTS_PATH = "/v1/contacts"   # `GET /v1/contacts` (Find contacts): what LedgerDesk's connection test reads
ENTRIES_FILE = "infinity-entries.jsonl"
SALES_VAT_ACCOUNT = 2200          # U* and ES* codes: VAT owed
REVERSE_CHARGE_ACCOUNT = 2201     # BZM*/BZB*: reverse-charge VAT owed (sandbox guess)
INPUT_TAX_ACCOUNTS = {"VM": 1170, "VB": 1171}


_ROUTES = {ENTRIES_PATH: "POST", CONTACTS_PATH: "GET"}
PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX = 30, 200  # the vendor's list endpoints: limit (default 30, max 200), skip


def find_contacts(query: str) -> Reply:
    """`GET /v1/contacts?limit=&skip=`: the sandbox keeps no contacts, so a valid page is always empty."""
    params = parse_qs(query, keep_blank_values=True)
    problems = Problems()
    for name, low, high in (("limit", 1, PAGE_LIMIT_MAX), ("skip", 0, 10**9)):
        values = params.get(name, [])
        if len(values) > 1:
            problems.add(name, "is given more than once")
        elif values and not (values[0].isascii() and values[0].isdigit() and len(values[0]) < 11
                             and low <= int(values[0]) <= high):
            problems.add(name, f"must be a whole number from {low} to {high}")
    if problems:
        return Reply(400, {"code": MALFORMED, "message": problems.summary(), "invalidFields": problems.fields(),
                           "details": problems.details()})
    return Reply(200, {"contacts": []})


class RateLimiter:
    """`limit` requests per `window` seconds per token; a window starts at its first request."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._limit, self._window, self._clock = limit, window, clock
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[float, int]] = {}

    def admit(self, token: str) -> int | None:
        """None when the request may go ahead (and is counted), else whole seconds until the reset."""
        now = self._clock()
        with self._lock:
            start, count = self._windows.get(token, (now, 0))
            if now - start >= self._window:
                start, count = now, 0
            if count >= self._limit:
                return max(1, math.ceil(start + self._window - now))
            self._windows[token] = (start, count + 1)
            return None

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()


class InfinityApi:
    """Answers Infinity requests under BASE_PATH and keeps the transactions it created."""

    def __init__(self, recorder: Recorder, *, token: str, accept_bearer: bool, accounts: set[str],
                 closed_until: date | None, rate_limit: int, rate_window: float,
                 data_dir: Path | None, clock: Callable[[], float] = time.monotonic) -> None:
        self._recorder = recorder
        self._token = token
        self._accept_bearer = accept_bearer
        self._accounts = accounts
        self._closed_until = closed_until
        self.limiter = RateLimiter(rate_limit, rate_window, clock)
        self._lock = threading.Lock()
        self._file = JsonLines(data_dir, ENTRIES_FILE)
        self._entries: list[dict[str, Any]] = self._file.load()

    def handle(self, request: Request, *, shift_cents: int = 0) -> Reply:
        """Route, authenticate, rate-limit, validate, book; every POST is recorded with its status.

        `shift_cents` (the `book_differently` fault) books that much more net and less VAT than the
        documented split: a vendor that rounds otherwise than LedgerDesk predicts."""
        reply = self._answer(request, shift_cents)
        if request.method == "POST":
            self._recorder.record("infinity", request.method, request.path, body_for_record(request.body),
                                  reply.status)
        return reply

    def _answer(self, request: Request, shift_cents: int = 0) -> Reply:
        allowed = _ROUTES.get(request.path)
        if allowed is None:
            return Reply(404, {"code": "general/not-found", "message": f"No Infinity endpoint {request.path}"})
        if request.method != allowed:
            return Reply(405, {"code": "general/method-not-allowed",
                               "message": f"{request.method} is not allowed on {request.path}"},
                         headers={"Allow": allowed})
        # The same token check and hourly budget for every endpoint, as the vendor documents for all of them.
        token = self._token_of(request)
        if token != self._token:
            return self.failure(401, "unauthorised", request.path)
        wait = self.limiter.admit(token)
        if wait is not None:
            return self.failure(429, "too-many-requests", request.path, retry_after=wait)
        if request.path == CONTACTS_PATH:
            return find_contacts(request.query)
        try:
            data = parse_json(request.body)
        except BodyError as exc:
            return Reply(400, {"code": MALFORMED, "message": f"The request body is unreadable: {exc}.",
                               **exc.as_fields()})
        checked = check_entry(data, self._accounts, self._closed_until)
        if isinstance(checked, Rejection):
            return Reply(400, checked.body())
        transactions = self._book(checked, data, shift_cents)
        return Reply(201, {"transactions": transactions})

    def _token_of(self, request: Request) -> str | None:
        token = request.header("x-api-token")
        if token is None and self._accept_bearer:
            scheme, _, value = (request.header("Authorization") or "").partition(" ")
            if scheme.lower() == "bearer":
                token = value.strip()
        return token

    def failure(self, status: int, reason: str, path: str, *, retry_after: int | None = None) -> Reply:
        """An error in Infinity's `{"code": "ns/slug"}` shape; 429 carries Retry-After."""
        if reason == "expired":
            body = {"code": "general/unauthorised", "message": "Token has expired"}
        elif reason == "unauthorised":
            body = {"code": "general/unauthorised", "message": "Missing or invalid x-api-token"}
        elif status == 429:
            body = {"code": "general/too-many-requests", "message": "Rate limit reached"}
        else:
            body = {"code": "general/server-error", "message": f"Server error {status}"}
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        return Reply(status, body, headers=headers)

    def _book(self, entry: Entry, data: dict[str, Any], shift_cents: int = 0) -> list[dict[str, Any]]:
        transactions = split_entry(entry)
        if shift_cents and len(transactions) == 2:
            transactions[0]["amount"] += shift_cents
            transactions[1]["amount"] -= shift_cents
        with self._lock:
            record = {"postedAt": now_stamp(), "entry": data, "transactions": transactions}
            self._entries.append(record)
            self._file.append(record)
        return transactions

    def state(self) -> dict[str, Any]:
        """Every entry booked, with its transactions, and the transactions on their own."""
        with self._lock:
            entries = [dict(e) for e in self._entries]
        return {"entries": entries, "transactions": [t for e in entries for t in e["transactions"]]}

    def reset(self) -> None:
        """Forget every entry and every rate-limit window."""
        with self._lock:
            self._entries.clear()
            self._file.truncate()
        self.limiter.reset()


def split_entry(entry: Entry) -> list[dict[str, Any]]:
    """The transactions Infinity books for an entry: one, or a net one and a VAT one under a tax code."""
    original_gross = from_cents(entry.amount)
    gross = round_cents(original_gross * entry.exchange_rate)  # CHF amount, half-up to the cent
    percent = INFINITY_CODES[entry.tax_code].period.percent if entry.tax_code else Decimal(0)
    net, vat = split_gross(gross, percent)
    original_net, original_vat = split_gross(original_gross, percent)

    def transaction(debit: int, credit: int, amount: Decimal, original: Decimal, is_tax: bool) -> dict[str, Any]:
        return {"id": secrets.token_hex(12), "date": entry.day.isoformat(), "debitAccount": debit,
                "creditAccount": credit, "description": entry.description, "amount": to_cents(amount),
                "grossAmount": to_cents(gross), "currency": ACCOUNTING_CURRENCY,
                "originalAmount": to_cents(original), "originalCurrency": entry.currency,
                "taxCode": entry.tax_code, "isTaxTransaction": is_tax}

    booked = [transaction(entry.debit_account, entry.credit_account, net, original_net, False)]
    if vat != 0:
        debit, credit = vat_accounts(entry)
        booked.append(transaction(debit, credit, vat, original_vat, True))
    return booked


def vat_accounts(entry: Entry) -> tuple[int, int]:
    """Debit and credit of the VAT transaction: sales owe 2200, input tax claims 1170/1171, BZ owes 2201."""
    code = entry.tax_code or ""
    prefix = code.rstrip("0123456789")
    if prefix in INPUT_TAX_ACCOUNTS:
        return INPUT_TAX_ACCOUNTS[prefix], entry.credit_account
    if prefix in ("BZM", "BZB"):
        return entry.debit_account, REVERSE_CHARGE_ACCOUNT
    return entry.debit_account, SALES_VAT_ACCOUNT

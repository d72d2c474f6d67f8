"""Infinity client: post one ledger entry at a time, inside the hourly request budget.

Infinity has no idempotency key and no endpoint to list entries, so a sent entry can never be
checked for. The client therefore re-sends only what provably never left (NotSent). A read
timeout or a dropped connection is returned as Uncertain, and a 5xx as Transient: the server may
have booked the entry before failing, and a second POST would book it twice. The bookkeeper decides.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx
from pydantic import ValidationError

from app.domain.messages import Message
from app.client.field_mapping import infinity_field_issues
from app.client.infinity_models import ErrorBody, LedgerEntryRequest, LedgerEntryResponse, Transaction
from app.client.outcomes import (Accepted, AuthFailed, AuthReason, NotSent, Outcome, RateLimited, Rejected,
                                 Uncertain)
from app.client.profile import ClientProfile
from app.client.rate_budget import BudgetCheck, RateBudget, token_fingerprint
from app.client.responses import (describe_validation_error, json_body, looks_like_html, rate_limited,
                                  refused_unprocessed, server_text,
                                  transient)
from app.client.target_client import TargetClient
from app.client.transport import (DEFAULT_RETRY, DEFAULT_TIMEOUTS, Connection, ExchangeObserver, Reply, RetryPolicy,
                                  Timeouts)
from app.domain.money import from_cents
from app.domain.targets import Target
from app.domain.targets.infinity import PlannedEntry
from app.domain.voucher import Voucher

log = logging.getLogger(__name__)

ENTRIES = "ledger-entries"
CONNECTION_CHECK = "contacts?limit=1"  # Find contacts (docs.infinity.swiss/api/contacts), one record at most
NO_LOOKUP_ADVICE = Message("infinity_no_lookup_advice")


def _key_headers(style: str) -> Callable[[str], dict[str, str]]:
    if style == "bearer":
        return lambda key: {"Authorization": f"Bearer {key}"}
    return lambda key: {"x-api-token": key}


class InfinityClient(TargetClient):
    """One Infinity profile's client; use as a context manager or call close()."""

    def __init__(self, profile: ClientProfile, *, transport: httpx.BaseTransport | None = None,
                 budget: RateBudget | None = None, timeout: Timeouts = DEFAULT_TIMEOUTS,
                 retry: RetryPolicy = DEFAULT_RETRY, sleep: Callable[[float], None] = time.sleep,
                 observer: ExchangeObserver | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        if profile.target is not Target.INFINITY:
            raise ValueError(f"profile '{profile.name}' is for {profile.target}, not Infinity")
        self.profile = profile
        self.budget = budget if budget is not None else RateBudget(clock=clock)
        self.retry = retry
        self._sleep = sleep
        self._clock = clock
        self._conn = Connection(profile, _key_headers(profile.auth_header), transport=transport, timeouts=timeout,
                                observer=observer)

    def budget_check(self, entries: int) -> BudgetCheck | Outcome:
        """How many requests are left this hour for the profile's token, and the wait for `entries` of them."""
        key = self._conn.current_key()
        if isinstance(key, Outcome):
            return key
        return self.budget.check(entries, fingerprint=token_fingerprint(key))

    def post_entry(self, body: dict[str, Any], *, entry: PlannedEntry | None = None,
                   voucher: Voucher | None = None, cells: Mapping[str, Any] | None = None) -> Outcome:
        """POST one entry body; Accepted carries list[Transaction]. `entry` with `cells` (frozen at queue time)
        or `voucher` place field issues on the voucher's cells."""
        try:
            payload = LedgerEntryRequest.model_validate(body).wire_json()
        except ValidationError as exc:
            return NotSent(Message("infinity_format", problems=describe_validation_error(exc)),
                           can_retry=False)
        outcome: Outcome = NotSent(Message("no_attempt"))
        for attempt in range(1, self.retry.attempts + 1):
            key = self._conn.current_key()
            if isinstance(key, Outcome):
                return key
            fingerprint = token_fingerprint(key)
            wait = self.budget.acquire(1, fingerprint=fingerprint)
            if wait > 0:
                return RateLimited(wait, local=True)
            reply = self._conn.send("POST", ENTRIES, body=payload, key=key)
            outcome = self._entry_outcome(reply, key, entry, voucher, cells)
            if isinstance(outcome, RateLimited):
                self.budget.note_rate_limited(outcome.retry_after, fingerprint=fingerprint)
            # Only a request that never left may go again; see the module docstring.
            if not (isinstance(outcome, NotSent) and outcome.can_retry) or attempt == self.retry.attempts:
                return outcome
            self._sleep(self.retry.backoff * 2 ** (attempt - 1))
        return outcome

    def test_connection(self) -> Outcome:
        """`GET /contacts?limit=1`: Accepted when Infinity accepts the token, AuthFailed, NotSent when unreachable.

        Infinity documents no key check of its own; reading one contact is the cheapest documented
        authenticated read (one request of the hourly budget, at most one small record, nothing written).
        """
        key = self._conn.current_key()
        if isinstance(key, Outcome):
            return key
        wait = self.budget.acquire(1, fingerprint=token_fingerprint(key))
        if wait > 0:
            return RateLimited(wait, local=True)
        reply = self._conn.send("GET", CONNECTION_CHECK, key=key)
        if not isinstance(reply, Reply):
            return reply
        if reply.status == 200:
            if not isinstance(json_body(reply), dict):
                return reply.unexpected("Infinity answered the connection test in a form LedgerDesk cannot read; "
                                        "check the profile's address.")
            return Accepted(200, None, Message("infinity_key_accepted"))
        if reply.status == 401:
            error = _error_body(json_body(reply))
            return AuthFailed(_why_refused(error, reply, key, self._clock()), (error.code or "") if error else "")
        if reply.status == 403:
            return AuthFailed("unknown", Message("infinity_403_contacts"))
        if reply.status == 429:
            limited = rate_limited(reply)
            self.budget.note_rate_limited(limited.retry_after, fingerprint=token_fingerprint(key))
            return limited
        if reply.status >= 500:
            return transient(reply)
        if 300 <= reply.status < 400 or reply.status == 404:
            return reply.unexpected(Message("infinity_wrong_address", status=str(reply.status)))
        return reply.unexpected()

    def _entry_outcome(self, reply: Reply | Outcome, key: str, entry: PlannedEntry | None,
                       voucher: Voucher | None, cells: Mapping[str, Any] | None = None) -> Outcome:
        if isinstance(reply, Uncertain):
            return Uncertain(reply.reason, NO_LOOKUP_ADVICE)
        if not isinstance(reply, Reply):
            return reply
        if reply.status in (200, 201):
            try:
                transactions = list(LedgerEntryResponse.model_validate_json(reply.content).transactions)
            except ValidationError:
                return reply.unexpected(Message("infinity_ok_unreadable", status=str(reply.status),
                                                advice=NO_LOOKUP_ADVICE))
            return Accepted(reply.status, transactions, _booked_note(transactions, entry))
        data = json_body(reply)
        if reply.status >= 500:
            return transient(reply, Message("infinity_maybe_booked", advice=NO_LOOKUP_ADVICE))
        if reply.status == 429:
            return rate_limited(reply)
        error = _error_body(data)
        if reply.status == 401:
            detail = error.code if error and error.code else ""
            return AuthFailed(_why_refused(error, reply, key, self._clock()), detail)
        if reply.status == 403:
            return AuthFailed("unknown", Message("infinity_403"))
        if error is not None and error.code and 400 <= reply.status < 500 and not looks_like_html(reply):
            messages = {name: reply.redact(text) for name, text in error.field_messages().items()}
            issues = infinity_field_issues(entry, error.invalidFields, error.code, voucher, messages, cells)
            return Rejected(reply.status, error.code, server_text(data, reply), tuple(error.invalidFields),
                            tuple(issues), reply.excerpt())
        refused = refused_unprocessed(reply, data, "Infinity")
        if refused is not None:
            return refused
        return reply.unexpected()


def _error_body(data: Any) -> ErrorBody | None:
    try:
        return ErrorBody.model_validate(data) if isinstance(data, dict) else None
    except ValidationError:  # an error body in some other shape: shown as Unexpected, never a crash
        return None


def _booked_note(transactions: list[Transaction], entry: PlannedEntry | None) -> str:
    """What Infinity booked, with its currency. Whether that is what the preview showed is decided by the
    submission, against the prediction frozen when it was queued (in the right currency)."""
    net = sum(t.amount for t in transactions if not t.isTaxTransaction)
    vat = sum(t.amount for t in transactions if t.isTaxTransaction)
    currency = " " + "/".join(sorted({t.currency for t in transactions if t.currency})) if transactions else ""
    currency = currency if currency.strip() else ""
    if vat:
        return Message("infinity_booked_vat", count=len(transactions), net=from_cents(net), vat=from_cents(vat),
                       currency=currency)
    return Message("infinity_booked", count=len(transactions), net=from_cents(net), currency=currency)


def _why_refused(error: ErrorBody | None, reply: Reply, key: str, now: float) -> AuthReason:
    said = " ".join(filter(None, [error.code if error else None, error.message if error else None,
                                  server_text(json_body(reply), reply)])).lower()
    if "expire" in said:
        return "expired"
    expiry = _jwt_expiry(key)
    if expiry is None:
        return "unknown"
    return "expired" if expiry <= now else "invalid"


def _jwt_expiry(token: str) -> int | None:
    """The `exp` claim of a JWT, read without verifying it (only to word the message), else None."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except ValueError:
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    return exp if isinstance(exp, int) and not isinstance(exp, bool) else None

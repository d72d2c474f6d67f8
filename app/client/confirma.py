"""Confirma Finance client: post a voucher, read sync status, validate and renew the key.

Retries are automatic only where a duplicate is impossible: the same body (same ledgerIdentifier)
is re-sent after NotSent, 429 and 5xx, and after an Uncertain outcome only once `GET
/accounting/ledger` shows the voucher is not there.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from pydantic import ValidationError

from app.domain.messages import Message
from app.client.confirma_models import (LedgerPostRequest, LedgerStatus, LedgerStatusList, RenewResponse,
                                       ValidateResponse)
from app.client.field_mapping import confirma_error_fields, confirma_field_issues
from app.client.outcomes import (Accepted, AuthFailed, NotSent, Outcome, RateLimited, Rejected, Transient,
                                 Uncertain, Unexpected)
from app.client.profile import ClientProfile
from app.client.redaction import redact
from app.client.responses import (describe_validation_error, json_body, rate_limited,
                                  refused_unprocessed, server_text,
                                  transient)
from app.client.target_client import TargetClient
from app.client.transport import (DEFAULT_RETRY, DEFAULT_TIMEOUTS, Connection, ExchangeObserver, Reply, RetryPolicy,
                                  Timeouts)
from app.domain.targets import Target

log = logging.getLogger(__name__)

LEDGER = "accounting/ledger"
_TOKENISH = re.compile(r"[A-Za-z0-9_\-.~+/=]{24,}")


@dataclass(frozen=True)
class TokenRenewal:
    """What `GET /renew` gave: its message, and a new token (never shown in repr)."""

    message: str
    new_token: str | None = field(default=None, repr=False)
    verified: bool = False  # True only when `GET /validate` accepted new_token
    outcome: Outcome | None = None  # why there is no verified token, when there is none


class StatusUnavailable(RuntimeError):
    """The sync status could not be read; `outcome` says why (its text never holds a key)."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.message)
        self.outcome = outcome


class ConfirmaClient(TargetClient):
    """One Confirma profile's client; use as a context manager or call close()."""

    def __init__(self, profile: ClientProfile, *, transport: httpx.BaseTransport | None = None,
                 timeout: Timeouts = DEFAULT_TIMEOUTS, retry: RetryPolicy = DEFAULT_RETRY,
                 sleep: Callable[[float], None] = time.sleep, observer: ExchangeObserver | None = None) -> None:
        if profile.target is not Target.CONFIRMA:
            raise ValueError(f"profile '{profile.name}' is for {profile.target}, not Confirma")
        self.profile = profile
        self.retry = retry
        self._sleep = sleep
        self._conn = Connection(profile, lambda key: {"X-Api-Key": key}, transport=transport, timeouts=timeout,
                                observer=observer)

    # --- posting -------------------------------------------------------------------------------

    def post_voucher(self, body: dict[str, Any], *, row_lines: Sequence[int] | None = None) -> Outcome:
        """POST one voucher body (from `confirma_body`); `row_lines` maps rows to voucher lines for issues.

        Accepted.value is Confirma's answer body, or the LedgerStatus when a status check confirmed arrival.
        """
        try:
            request = LedgerPostRequest.model_validate(body)
        except ValidationError as exc:
            return NotSent(Message("confirma_format", problems=describe_validation_error(exc)),
                           can_retry=False)
        payload = request.wire_json()
        identifier = request.ledgers.ledgerIdentifier
        outcome: Outcome = NotSent(Message("no_attempt"))
        for attempt in range(1, self.retry.attempts + 1):
            reply = self._conn.send("POST", LEDGER, body=payload)
            outcome = self._post_outcome(reply, body, row_lines)
            if isinstance(outcome, Unexpected) and isinstance(reply, Reply) and 200 <= reply.status < 300:
                # It said OK in a way we cannot read: the status list tells whether it is queued.
                return self._confirm(identifier, outcome, checks=1) or outcome
            if not isinstance(outcome, (NotSent, RateLimited, Transient, Uncertain)) or _local(outcome):
                return outcome
            if attempt == self.retry.attempts:
                if isinstance(outcome, Uncertain):
                    found = self._confirm(identifier, outcome, checks=self.retry.status_checks,
                                          first_wait=self.retry.backoff)
                    return found or Uncertain(outcome.reason, Message("confirma_not_listed", attempts=attempt))
                break
            wait = self._wait_before_retry(outcome, attempt)
            if wait is None:
                return outcome
            if isinstance(outcome, (Uncertain, Transient)):
                # It may have arrived: look before sending it again.
                checks = self.retry.status_checks if isinstance(outcome, Uncertain) else 1
                found = self._confirm(identifier, outcome, checks=checks, first_wait=wait)
                if found is not None:
                    return found
            else:
                self._sleep(wait)
            log.info("re-sending voucher %s (attempt %d) after %s", identifier, attempt + 1, type(outcome).__name__)
        return outcome

    def _confirm(self, identifier: str, outcome: Outcome, *, checks: int,
                 first_wait: float = 0.0) -> Outcome | None:
        """Accepted if the status list shows the voucher, the outcome itself if it cannot be told, else None."""
        wait = first_wait
        for _ in range(max(1, checks)):
            if wait:
                self._sleep(wait)
            looked = self._lookup(identifier)
            if not isinstance(looked, Accepted):
                return _cannot_tell(outcome, looked)
            if looked.value is not None:
                status: LedgerStatus = looked.value
                return Accepted(200, status, Message("confirma_has_voucher", status=status.message))
            wait = max(wait * 2, self.retry.backoff)
        return None

    def _post_outcome(self, reply: Reply | Outcome, body: dict[str, Any],
                      row_lines: Sequence[int] | None) -> Outcome:
        if not isinstance(reply, Reply):
            return reply
        data = json_body(reply)
        if 200 <= reply.status < 300:
            if reply.content.strip() and data is None:
                return reply.unexpected(Message("confirma_ok_unreadable"))
            return Accepted(reply.status, data, Message("confirma_queued"))
        if reply.status == 400 or reply.status == 409 or reply.status == 422:
            if data is None:  # refused, in a form that names no field
                return refused_unprocessed(reply, data, "Confirma") or reply.unexpected()
            fields = [(path, reply.redact(text) if text else None) for path, text in confirma_error_fields(data)]
            return Rejected(reply.status, _code(data), server_text(data, reply),
                            tuple(path for path, _ in fields),
                            tuple(confirma_field_issues(fields, body, row_lines)), reply.excerpt())
        return self._common(reply, data)

    def _common(self, reply: Reply, data: Any) -> Outcome:
        if reply.status == 401:
            return self._auth_failed(reply, data)
        if reply.status == 403:
            return AuthFailed("unknown", Message("confirma_403"))
        if reply.status == 429:
            return rate_limited(reply)
        if reply.status >= 500:
            return transient(reply)
        refused = refused_unprocessed(reply, data, "Confirma")
        if refused is not None:
            return refused
        if 300 <= reply.status < 400:
            return reply.unexpected(Message("confirma_redirected", status=str(reply.status)))
        return reply.unexpected()

    def _auth_failed(self, reply: Reply, data: Any) -> AuthFailed:
        said = server_text(data, reply) or reply.excerpt()
        if "expire" in said.lower():
            return AuthFailed("expired", said)
        # POLICY: a 401 does not say why; GET /validate tells invalid from expired.
        checked = self.validate_token()
        if isinstance(checked, AuthFailed):
            return checked
        return AuthFailed("unknown", Message("confirma_key_refused_yet_valid"))

    def _wait_before_retry(self, outcome: Outcome, attempt: int) -> float | None:
        wait: float = self.retry.backoff * 2 ** (attempt - 1)
        if isinstance(outcome, (RateLimited, Transient)) and outcome.retry_after is not None:
            if outcome.retry_after > self.retry.max_wait:
                return None  # too long to hold the bookkeeper here; show it
            wait = max(wait, outcome.retry_after)
        return wait

    # --- status ----------------------------------------------------------------------------------

    def sync_status(self) -> Outcome:
        """GET the sync status list: Accepted with `value` a list[LedgerStatus] (204 = empty list)."""
        return self._get(LEDGER, self._status_outcome)

    def _status_outcome(self, reply: Reply) -> Outcome:
        if reply.status == 204:
            return Accepted(204, [], Message("confirma_lists_none"))
        if reply.status == 200:
            try:
                parsed = LedgerStatusList.model_validate_json(reply.content)
            except ValidationError:
                return reply.unexpected(Message("confirma_status_unreadable"))
            return Accepted(200, list(parsed.ledgers), Message("confirma_lists", count=len(parsed.ledgers)))
        return self._common(reply, json_body(reply))

    def status_of(self, identifier: str) -> LedgerStatus | None:
        """The status of one voucher, None when Confirma does not list it; raises StatusUnavailable."""
        looked = self._lookup(identifier)
        if not isinstance(looked, Accepted):
            raise StatusUnavailable(looked)
        status: LedgerStatus | None = looked.value
        return status

    def _lookup(self, identifier: str) -> Outcome:
        listed = self.sync_status()
        if not isinstance(listed, Accepted):
            return listed
        match = next((s for s in listed.value if s.sourceIdentifier == identifier), None)
        return Accepted(listed.status, match)

    # --- the key ---------------------------------------------------------------------------------

    def validate_token(self) -> Outcome:
        """GET /validate: Accepted (value: ValidateResponse) when valid, else AuthFailed invalid/expired."""
        return self._validate(None)

    def _validate(self, key: str | None) -> Outcome:
        def read(reply: Reply) -> Outcome:
            data = json_body(reply)
            said = server_text(data, reply) or ""
            if reply.status == 200:
                try:
                    answer = ValidateResponse.model_validate(data)
                except ValidationError:
                    return reply.unexpected(Message("confirma_validation_unreadable"))
                if answer.isValid:
                    return Accepted(200, answer, Message("confirma_key_accepted"))
                return _refused(said)
            if reply.status in (400, 401):
                return _refused(said)
            return self._common(reply, data)
        return self._get("validate", read, key=key)

    def renew_token(self) -> Outcome:
        """GET /renew: Accepted with a TokenRenewal (new_token set if the answer holds something token-like)."""
        def read(reply: Reply) -> Outcome:
            data = json_body(reply)
            if reply.status == 200:
                if not isinstance(data, dict):
                    return reply.unexpected(Message("confirma_renewal_unreadable"))
                try:
                    answer = RenewResponse.model_validate(data)
                except ValidationError:
                    return reply.unexpected(Message("confirma_renewal_unreadable"))
                token = _find_token(data)
                said = reply.redact(redact(answer.Message or "", [token]))  # Confirma's own words, as it wrote them
                message = Message("confirma_renewed_said", said=said) if said else Message("confirma_renewed")
                return Accepted(200, TokenRenewal(message, token), message)
            if reply.status in (400, 401):
                return _refused(server_text(data, reply) or "")
            return self._common(reply, data)
        return self._get("renew", read, retry=False)  # a renewal may invalidate the old key: never twice

    def renew_and_verify(self) -> TokenRenewal:
        """Renew, then validate the new token; `new_token` is set only if Confirma accepts it."""
        renewed = self.renew_token()
        if not isinstance(renewed, Accepted):
            return TokenRenewal(renewed.message, outcome=renewed)
        renewal: TokenRenewal = renewed.value
        if renewal.new_token is None:
            return TokenRenewal(Message("sentences", first=renewal.message, rest=Message("renewal_no_new_key")),
                                outcome=renewed)
        checked = self._validate(renewal.new_token)
        if not isinstance(checked, Accepted):
            return TokenRenewal(Message("renewal_new_key_refused", reason=checked.message), outcome=checked)
        return TokenRenewal(Message("renewal_verified"), renewal.new_token, True, checked)

    # --- GET with retries ---------------------------------------------------------------------------

    def _get(self, path: str, read: Callable[[Reply], Outcome], *, key: str | None = None,
             retry: bool = True) -> Outcome:
        """A GET, retried (bounded) on anything temporary: reading twice never changes anything."""
        outcome: Outcome = NotSent(Message("no_attempt"))
        attempts = self.retry.attempts if retry else 1
        for attempt in range(1, attempts + 1):
            reply = self._conn.send("GET", path, key=key)
            outcome = read(reply) if isinstance(reply, Reply) else reply
            if not isinstance(outcome, (NotSent, RateLimited, Transient, Uncertain)) or _local(outcome):
                return outcome
            if attempt < attempts:
                wait = self._wait_before_retry(outcome, attempt)
                if wait is None:
                    return outcome
                self._sleep(wait)
        return outcome


def _local(outcome: Outcome) -> bool:
    # NotSent because of the key or the body: trying again cannot help.
    return isinstance(outcome, NotSent) and not outcome.can_retry


def _refused(said: str) -> AuthFailed:
    return AuthFailed("expired" if "expire" in said.lower() else "invalid", said)


def _cannot_tell(outcome: Outcome, looked: Outcome) -> Outcome:
    if isinstance(outcome, Uncertain):
        return Uncertain(outcome.reason, Message("confirma_status_list_failed_too", reason=looked.message))
    return outcome


def _find_token(data: dict[str, Any]) -> str | None:
    """A new key in a renewal answer: a token-named field, else a long token-shaped word in the message."""
    for name, value in data.items():
        if isinstance(value, str) and re.search(r"token|key", name, re.IGNORECASE) and _TOKENISH.fullmatch(value):
            return value
    message = data.get("Message") or data.get("message")
    if isinstance(message, str):
        found = _TOKENISH.search(message)
        if found and re.search(r"\d", found.group()) and re.search(r"[A-Za-z]", found.group()):
            return found.group()
    return None


def _code(data: Any) -> str | None:
    if isinstance(data, dict):
        for key in ("code", "errorCode", "Code"):
            if isinstance(data.get(key), (str, int)):
                return str(data[key])
    return None

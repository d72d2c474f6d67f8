"""The Confirma Finance side of the sandbox: `/api/v1/partner` validate, renew and accounting/ledger.

Vouchers are queued (status 0) and their sync outcome is decided at acceptance; the status a GET
shows is computed from the acceptance time and `sync_delay`, so no background thread is needed. Both
times come from `clock` (UTC now by default): tests pass one they move on instead of sleeping the delay.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.sandbox.confirma_checks import check_ledger_post
from app.sandbox.recorder import JsonLines, Recorder
from app.sandbox.wire import BodyError, Reply, Request, as_date, body_for_record, parse_json

DEFAULT_CONFIRMA_KEY = "sandbox-confirma-key"
BASE_PATH = "/api/v1/partner"
LEDGERS_FILE = "confirma-ledgers.jsonl"
STATUS_PENDING, STATUS_SYNCED, STATUS_FAILED = 0, 1, 2

_ROUTES = {"/validate": ("GET",), "/renew": ("GET",), "/accounting/ledger": ("GET", "POST")}


class ConfirmaKeys:
    """Which `X-Api-Key` values work: the configured key, renewed tokens, and expired ones.

    A renewed token replaces its predecessor lazily: the old key keeps working until the new
    token is used once, and from then on answers 401 "Token has expired".
    """

    def __init__(self, key: str, expired: set[str]) -> None:
        self._configured, self._configured_expired = key, set(expired)
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._valid = {self._configured}
            self._expired = set(self._configured_expired)
            self._predecessor: dict[str, str] = {}

    def check(self, key: str | None) -> str:
        """'valid', 'expired', 'missing' or 'invalid'; first use of a renewed token expires its predecessor."""
        if not key:
            return "missing"
        with self._lock:
            if key in self._expired:
                return "expired"
            if key not in self._valid:
                return "invalid"
            old = self._predecessor.pop(key, None)
            if old is not None:
                self._valid.discard(old)
                self._expired.add(old)
            return "valid"

    def renew(self, key: str) -> str:
        """A new token that is valid at once; `key` stays valid until the new one is first used."""
        new = "sandbox-confirma-" + secrets.token_hex(16)
        with self._lock:
            self._valid.add(new)
            self._predecessor[new] = key
        return new


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class QueuedLedger:
    """One accepted voucher: its body, when it was accepted, and why its sync fails (None = succeeds)."""

    identifier: str
    ledger: dict[str, Any]
    accepted_at: datetime
    failure: str | None

    def to_record(self) -> dict[str, Any]:
        return {"identifier": self.identifier, "acceptedAt": self.accepted_at.isoformat(),
                "failure": self.failure, "ledger": self.ledger}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> QueuedLedger:
        return cls(record["identifier"], record["ledger"], datetime.fromisoformat(record["acceptedAt"]),
                   record.get("failure"))


class ConfirmaApi:
    """Answers Confirma requests under BASE_PATH and keeps the queued vouchers."""

    def __init__(self, recorder: Recorder, *, key: str, expired_keys: set[str], accounts: set[str],
                 sync_delay: float, closed_until: date | None, data_dir: Path | None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.keys = ConfirmaKeys(key, expired_keys)
        self._recorder = recorder
        self._accounts = accounts
        self._sync_delay = timedelta(seconds=sync_delay)
        self._clock = clock or _utc_now  # when a voucher is accepted, and whether its delay has passed
        self._closed_until = closed_until
        self._lock = threading.Lock()
        self._file = JsonLines(data_dir, LEDGERS_FILE)
        self._ledgers: dict[str, QueuedLedger] = {}
        for record in self._file.load():
            queued = QueuedLedger.from_record(record)
            self._ledgers[queued.identifier] = queued

    def handle(self, request: Request) -> Reply:
        """Route, authenticate, answer; every POST is recorded with the status it got."""
        reply = self._answer(request)
        if request.method == "POST":
            self._recorder.record("confirma", request.method, request.path, body_for_record(request.body),
                                  reply.status)
        return reply

    def _answer(self, request: Request) -> Reply:
        route = request.path[len(BASE_PATH):]
        methods = _ROUTES.get(route)
        if methods is None:
            return Reply(404, {"message": f"No Confirma endpoint {request.path}"})
        if request.method not in methods:
            return Reply(405, {"message": f"{request.method} is not allowed on {request.path}"},
                         headers={"Allow": ", ".join(methods)})
        verdict = self.keys.check(request.header("X-Api-Key"))
        if verdict != "valid":
            return self.unauthorised(route, verdict)
        if route == "/validate":
            return Reply(200, {"isValid": True, "message": "Token is valid"})
        if route == "/renew":
            token = self.keys.renew(request.header("X-Api-Key") or "")
            return Reply(200, {"Message": "Token renewed. The previous token works until the new one is "
                                          "first used.", "token": token})
        if request.method == "GET":
            return self._list()
        return self._post(request.body)

    def unauthorised(self, route: str, verdict: str) -> Reply:
        """401 for a missing, invalid or expired key; /validate also says isValid false."""
        message = {"missing": "Missing X-Api-Key header", "expired": "Token has expired"}.get(
            verdict, "Token is invalid")
        body: dict[str, Any] = {"isValid": False, "message": message} if route.endswith("/validate") \
            else {"message": message}
        return Reply(401, body)

    def failure(self, status: int, reason: str, path: str) -> Reply:
        """The body of an injected failure (server error, rate limit, expired token)."""
        if reason == "expired":
            return self.unauthorised(path, "expired")
        message = "Too many requests" if status == 429 else f"Server error {status}"
        return Reply(status, {"message": message})

    def _post(self, raw: bytes) -> Reply:
        try:
            data = parse_json(raw)
        except BodyError as exc:
            return Reply(400, {"code": "malformed-json", "message": f"The request body is unreadable: {exc}.",
                               **exc.as_fields()})
        problems = check_ledger_post(data)
        if problems:
            count = len(problems.items)
            return Reply(400, {"code": "validation",
                               "message": f"{count} problem{'s' if count != 1 else ''}: {problems.summary()}",
                               "invalidFields": problems.fields(), "details": problems.details()})
        ledger = data["ledgers"]
        identifier = ledger["ledgerIdentifier"]
        with self._lock:
            existing = self._ledgers.get(identifier)
            if existing is not None:
                if existing.ledger == ledger:
                    return Reply(200, {})  # a retry of the same voucher: already queued, nothing new
                return Reply(409, {"code": "duplicate-identifier",
                                   "message": f"ledgerIdentifier '{identifier}' was already used for a "
                                              "different voucher; a new voucher needs a new identifier."})
            queued = QueuedLedger(identifier, ledger, self._clock(), self._sync_failure(ledger))
            self._ledgers[identifier] = queued
            self._file.append(queued.to_record())
        return Reply(200, {})

    def _sync_failure(self, ledger: dict[str, Any]) -> str | None:
        """Why the target system would reject this voucher, or None when it would book it."""
        reasons = []
        rows = ledger["ledgerRows"]
        for index, row in enumerate(rows, start=1):
            for key in ("accountNumber", "vatAccountNumber"):
                account = row.get(key)
                if account and account not in self._accounts:
                    reasons.append(f"Account {account} (row {index}) does not exist in the chart of accounts.")
        total = sum((Decimal(row["netAmount"]) for row in rows), Decimal(0))
        if total != 0:
            reasons.append(f"Voucher does not balance: netAmount of the rows sums to {total:.2f}, not 0.00.")
        if self._closed_until is not None:
            days = [as_date(ledger["documentDate"])] + [as_date(row["bookingDate"]) for row in rows]
            closed = sorted({d for d in days if d is not None and d <= self._closed_until})
            if closed:
                reasons.append(f"Period closed: {closed[0].isoformat()} is on or before "
                               f"{self._closed_until.isoformat()}.")
        return " ".join(reasons) or None

    def _list(self) -> Reply:
        views = self.ledger_views()
        return Reply(200, {"ledgers": views}) if views else Reply(204)

    def ledger_views(self, *, with_voucher: bool = False) -> list[dict[str, Any]]:
        """Each queued voucher as GET /accounting/ledger shows it now, in acceptance order."""
        now = self._clock()
        with self._lock:
            queued = list(self._ledgers.values())
        views = []
        for item in queued:
            view = self._view(item, now)
            if with_voucher:
                view["acceptedAt"] = item.accepted_at.isoformat()
                view["voucher"] = item.ledger
            views.append(view)
        return views

    def _view(self, item: QueuedLedger, now: datetime) -> dict[str, Any]:
        due = item.accepted_at + self._sync_delay
        if now < due:
            status, document_status, sync_date, description = (
                STATUS_PENDING, "Queued", None, "Waiting to be synchronised")
        elif item.failure:
            status, document_status, sync_date, description = (
                STATUS_FAILED, "Rejected", None, item.failure)
        else:
            status, document_status, sync_date, description = (
                STATUS_SYNCED, "Approved", due.date().isoformat(), "Successfully synced")
        return {"sourceIdentifier": item.identifier, "documentDate": item.ledger.get("documentDate"),
                "documentName": item.ledger.get("documentName"), "documentStatus": document_status,
                "syncDate": sync_date, "status": status, "description": description}

    def reset(self) -> None:
        """Forget every voucher and every renewal; the configured keys work again."""
        with self._lock:
            self._ledgers.clear()
            self._file.truncate()
        self.keys.reset()

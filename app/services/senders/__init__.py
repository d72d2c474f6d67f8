"""Per-target senders: each takes one submission as it was frozen at queue time and sends its requests.

A sender reads only the submission and the request rows it is given (loaded once by the Submitter); it
never re-parses the voucher or re-plans against a chart or VAT table that may have changed since queueing.
It marks a request `sending` (committed) before the network call, and returns what settling needs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from app.client.outcomes import Outcome
from app.store.outbox import RequestRow, Submission


@dataclass(frozen=True)
class Sent:
    """What one send produced: the last outcome, the requests it settles, and what Infinity booked meanwhile
    (request id -> the transactions, already stored as accepted)."""

    outcome: Outcome
    settles: tuple[int, ...]  # the request ids the outcome is about (Confirma: its one request)
    booked: dict[int, list[dict[str, Any]]] = field(default_factory=dict)


class NoteSending(Protocol):
    def __call__(self, submission: Submission, request: RequestRow) -> None: ...


class Sender(Protocol):
    """Sends one claimed submission's requests that are not yet accepted."""

    def send(self, submission: Submission, requests: list[RequestRow]) -> Sent: ...


def request_body(request: RequestRow) -> dict[str, Any]:
    """The body frozen at queue time, amounts as Decimal (never float)."""
    body: dict[str, Any] = json.loads(request.body, parse_float=Decimal)
    return body


Progress = Callable[[str], None]

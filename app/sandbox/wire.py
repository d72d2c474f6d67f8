"""What the sandbox reads and writes on the wire: requests, replies, strict JSON and field checks.

The sandbox validates raw JSON itself (no client wire models), so a bug shared by the client and
the sandbox cannot pass both sides. Numbers are parsed as Decimal, never float.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from email.message import Message
from typing import Any, TypeGuard

from app.domain import wire_json
from app.sandbox.strict_json import BodyError, parse_json

__all__ = ["BodyError", "Problems", "Reply", "Request", "as_date", "body_for_record", "decimals", "is_integer",
           "is_number", "parse_json", "render_json"]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Request:
    """One HTTP request as the vendor handlers see it (no sockets, no http.server)."""

    method: str
    path: str
    query: str
    headers: Message
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


@dataclass
class Reply:
    """An HTTP answer: status, a JSON-able body (or raw bytes), extra headers."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"

    def payload(self) -> bytes:
        """The bytes to send; no body at all for 204 and for a None body."""
        if self.status == 204 or self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        return render_json(self.body).encode("utf-8")


def render_json(value: Any) -> str:
    """Compact JSON text; Decimal amounts are written as JSON numbers exactly."""
    return wire_json.dumps(value, indent=None)


def body_for_record(raw: bytes) -> Any:
    """The parsed body for the received log, or the raw text when it is not JSON."""
    try:
        return parse_json(raw)
    except BodyError:
        return raw.decode("utf-8", errors="replace")


def is_integer(value: Any) -> bool:
    """A JSON integer; `true`/`false` are not integers even though Python says so."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> TypeGuard[Decimal | int]:
    """A JSON number (integer or Decimal), never a bool and never a string."""
    return is_integer(value) or (isinstance(value, Decimal) and value.is_finite())


def decimals(value: Decimal | int) -> int:
    """How many decimals a JSON number carries once trailing zeros go (2990.0 -> 0, 2.50 -> 1)."""
    if not isinstance(value, Decimal):  # a JSON integer
        return 0
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def as_date(value: Any) -> date | None:
    """The date of a strict `YYYY-MM-DD` string, else None."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


class Problems:
    """Validation problems collected per field, in the order found."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def add(self, field_path: str, message: str) -> None:
        self.items.append((field_path, message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def fields(self) -> list[str]:
        """Each field once, in the order its first problem was found."""
        return list(dict.fromkeys(path for path, _ in self.items))

    def details(self) -> list[dict[str, str]]:
        return [{"field": path, "message": message} for path, message in self.items]

    def summary(self) -> str:
        return "; ".join(f"{path}: {message}" for path, message in self.items)

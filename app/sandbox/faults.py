"""Programmable failures: the next N matching vendor requests misbehave in a chosen way."""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

TARGETS = ("confirma", "infinity")

# kind -> (its parameters with defaults, the parameter a CLI spec's `kind=VALUE` sets)
KINDS: dict[str, tuple[dict[str, Any], str | None]] = {
    "delay": ({"seconds": 1.0}, "seconds"),           # wait, then process normally
    "status": ({"status": 503}, "status"),            # 5xx JSON error, nothing processed
    "rate_limited": ({"retry_after": 1}, "retry_after"),  # 429 + Retry-After, nothing processed
    "drop_before": ({}, None),                        # close the socket, nothing processed
    "drop_after": ({}, None),                         # process and record, then close, no answer
    "malformed_json": ({}, None),                     # process and record, answer 200 with broken JSON
    "html_error": ({"status": 502}, "status"),        # a proxy's HTML error page, nothing processed
    "expired_token": ({}, None),                      # 401 "Token has expired", nothing processed
    "book_differently": ({"cents": 1}, "cents"),      # Infinity: book N cents more net, N less VAT
}
MAX_COUNT = 1_000_000        # requests a fault applies to
MAX_DELAY = 600              # seconds: longer than any client timeout, short enough not to wedge a test run
MAX_RETRY_AFTER = 86_400     # seconds: a day
# Kinds whose request is still processed (and recorded) by the vendor handler.
PROCESSING_KINDS = {"delay", "drop_after", "malformed_json", "book_differently"}


class FaultError(ValueError):
    """A fault description that cannot be used; the message says why."""


@dataclass
class Fault:
    """One planned failure and how many more matching requests it applies to."""

    kind: str
    remaining: int
    target: str | None = None
    path: str | None = None
    method: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def matches(self, target: str, method: str, path: str) -> bool:
        """Same target (or any), method (or any), and the request path ends with `path` (or any)."""
        return ((self.target is None or self.target == target)
                and (self.method is None or self.method == method)
                and (self.path is None or path.endswith(self.path)))

    def as_dict(self) -> dict[str, Any]:
        # JSON-ready: the delay in seconds goes out as an exact decimal, not a float.
        params = {k: Decimal(repr(v)) if isinstance(v, float) else v for k, v in self.params.items()}
        return {"kind": self.kind, "count": self.remaining, "target": self.target, "path": self.path,
                "method": self.method, **params}


def make_fault(kind: str, count: int = 1, target: str | None = None, *, path: str | None = None,
               method: str | None = None, **params: Any) -> Fault:
    """A checked Fault; raises FaultError for an unknown kind, target or parameter, or a value out of range."""
    if not isinstance(kind, str):
        raise FaultError(f"the fault kind must be a text; use one of {', '.join(KINDS)}")
    kind = kind.replace("-", "_")
    if kind not in KINDS:
        raise FaultError(f"unknown fault kind '{kind[:40]}'; use one of {', '.join(KINDS)}")
    if target is not None and (not isinstance(target, str) or target not in TARGETS):
        raise FaultError("unknown target; use confirma or infinity")
    for name, text in (("path", path), ("method", method)):
        if text is not None and not isinstance(text, str):
            raise FaultError(f"{name} must be a text")
    count = _whole("count", count, 1, MAX_COUNT)
    defaults, _ = KINDS[kind]
    unknown = set(params) - set(defaults)
    if unknown:
        raise FaultError(f"fault '{kind}' takes no parameter {', '.join(sorted(unknown))[:80]}")
    values = dict(defaults)
    if "seconds" in params:
        values["seconds"] = _seconds(params["seconds"])
    if "status" in params:
        values["status"] = _whole("status", params["status"], 500, 599)
    if "retry_after" in params:
        values["retry_after"] = _whole("retry_after", params["retry_after"], 0, MAX_RETRY_AFTER)
    if "cents" in params:
        values["cents"] = _whole("cents", params["cents"], -100_000, 100_000)
    return Fault(kind, count, target, path, method.upper() if method else None, values)


def _whole(name: str, value: Any, low: int, high: int) -> int:
    """A whole number from JSON (int, integral Decimal) or a CLI spec (digits), within [low, high]."""
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, Decimal) and value.is_finite() and value.adjusted() < 10 and value == int(value):
        number = int(value)
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value.strip()) < 10:
        number = int(value.strip())
    if number is None or not low <= number <= high:
        raise FaultError(f"{name} must be a whole number from {low} to {high}")
    return number


def _seconds(value: Any) -> float:
    """A pause length from 0 to MAX_DELAY seconds; NaN and infinity are refused (sleep(nan) raises)."""
    seconds: float | None = None
    if isinstance(value, (int, float, str, Decimal)) and not isinstance(value, bool):
        try:
            seconds = float(value)  # a pause length, not money: float is the right type here
        except (ValueError, OverflowError):
            seconds = None
    if seconds is None or not math.isfinite(seconds) or not 0 <= seconds <= MAX_DELAY:
        raise FaultError(f"seconds must be a number from 0 to {MAX_DELAY}")
    return seconds


def parse_fault_spec(spec: str) -> Fault:
    """Read a CLI spec like `delay=3`, `status=503,count=2,target=infinity`, `drop_after,path=/ledger`."""
    head, *rest = [part.strip() for part in spec.split(",") if part.strip()] or [""]
    kind, _, value = head.partition("=")
    kind = kind.strip().replace("-", "_")
    options: dict[str, Any] = {}
    params: dict[str, Any] = {}
    if value:
        main = KINDS.get(kind, ({}, None))[1]
        if main is None:
            raise FaultError(f"fault '{kind}' takes no value")
        params[main] = value
    for part in rest:
        key, sep, val = part.partition("=")
        if not sep:
            raise FaultError(f"'{part}' is not key=value")
        key = key.strip()
        if key == "count":
            options["count"] = val.strip()  # checked as a whole number by make_fault
        elif key in ("target", "path", "method"):
            options[key] = val.strip()
        else:
            params[key] = val.strip()
    return make_fault(kind, **options, **params)


class FaultPlan:
    """The faults still to come; each request consumes at most one, the first that matches."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, kind: str, count: int = 1, target: str | None = None, **params: Any) -> Fault:
        """Plan `kind` for the next `count` matching requests; params: path, method and the kind's own."""
        fault = make_fault(kind, count, target, **params)
        with self._lock:
            self._faults.append(fault)
        return fault

    def add_fault(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        """Forget every planned fault."""
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[dict[str, Any]]:
        """The planned faults with their remaining counts."""
        with self._lock:
            return [fault.as_dict() for fault in self._faults]

    def take(self, target: str, method: str, path: str) -> Fault | None:
        """Consume one use of the first fault matching this request, if any."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(target, method, path):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

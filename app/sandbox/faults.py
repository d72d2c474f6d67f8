"""Programmable failures: the next N matching vendor requests misbehave in a chosen way."""

from __future__ import annotations

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
    """A checked Fault; raises FaultError for an unknown kind, target or parameter."""
    kind = str(kind).replace("-", "_")
    if kind not in KINDS:
        raise FaultError(f"unknown fault kind '{kind}'; use one of {', '.join(KINDS)}")
    if target is not None and target not in TARGETS:
        raise FaultError(f"unknown target '{target}'; use confirma or infinity")
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise FaultError("count must be a whole number of at least 1")
    defaults, _ = KINDS[kind]
    unknown = set(params) - set(defaults)
    if unknown:
        raise FaultError(f"fault '{kind}' takes no parameter {', '.join(sorted(unknown))}")
    values = dict(defaults)
    try:
        if "seconds" in params:
            # a pause length, not money: float is the right type here
            values["seconds"] = float(params["seconds"])
        if "status" in params:
            values["status"] = int(params["status"])
        if "retry_after" in params:
            values["retry_after"] = int(params["retry_after"])
        if "cents" in params:
            values["cents"] = int(params["cents"])
    except (TypeError, ValueError) as exc:
        raise FaultError(f"bad parameter for fault '{kind}': {exc}") from None
    if values.get("seconds", 0) < 0:
        raise FaultError("seconds must not be negative")
    if "status" in values and not 500 <= values["status"] <= 599:
        raise FaultError("status must be a 5xx code (500, 502, 503, ...)")
    if values.get("retry_after", 0) < 0:
        raise FaultError("retry_after must not be negative")
    return Fault(kind, count, target, path, method.upper() if method else None, values)


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
            try:
                options["count"] = int(val)
            except ValueError:
                raise FaultError("count must be a whole number") from None
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

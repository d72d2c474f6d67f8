"""The sandbox's own endpoints under /_sandbox: what it received, its state, faults, reset.

They need no key: the sandbox listens on loopback, and refuses these paths to any other peer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from app import __version__
from app.sandbox.faults import TARGETS, FaultError, make_fault
from app.sandbox.wire import BodyError, Reply, Request, parse_json

if TYPE_CHECKING:
    from app.sandbox.server import SandboxServer

ADMIN_PATH = "/_sandbox"


def handle_admin(sandbox: SandboxServer, request: Request) -> Reply:
    """Answer one /_sandbox request."""
    route = request.path[len(ADMIN_PATH):].rstrip("/")
    key = (request.method, route)
    if key == ("GET", "/received"):
        targets = parse_qs(request.query).get("target")
        target = targets[0] if targets else None
        if target is not None and target not in TARGETS:
            return _error(400, "target must be confirma or infinity")
        return Reply(200, sandbox.received(target))
    if key == ("GET", "/state"):
        return Reply(200, sandbox.state())
    if key == ("POST", "/reset"):
        sandbox.reset()
        return Reply(200, {"reset": True})
    if key == ("GET", "/faults"):
        return Reply(200, sandbox.faults.pending())
    if key == ("POST", "/faults"):
        return _add_faults(sandbox, request.body)
    if key == ("DELETE", "/faults"):
        sandbox.faults.clear()
        return Reply(200, {"cleared": True})
    if key == ("GET", "/info"):
        return Reply(200, sandbox.info())
    if key == ("GET", "/health"):
        # What a second LedgerDesk asks before starting its own sandbox on this port (one per machine).
        return Reply(200, {"app": "LedgerDesk", "service": "sandbox", "version": __version__, "status": "ok"})
    return _error(404, f"No sandbox endpoint {request.method} {request.path}")


def _add_faults(sandbox: SandboxServer, raw: bytes) -> Reply:
    """Body: one fault object or a list of them, e.g. {"kind": "status", "status": 503, "count": 2}."""
    try:
        data = parse_json(raw)
    except BodyError as exc:
        return _error(400, str(exc))
    items = data if isinstance(data, list) else [data]
    faults = []
    for item in items:
        if not isinstance(item, dict) or "kind" not in item:
            return _error(400, 'each fault must be an object with a "kind"')
        options: dict[str, Any] = dict(item)
        kind = options.pop("kind")
        try:
            faults.append(make_fault(kind, **options))
        except (FaultError, TypeError) as exc:
            return _error(400, str(exc))
    for fault in faults:
        sandbox.faults.add_fault(fault)
    return Reply(201, {"planned": [fault.as_dict() for fault in faults]})


def _error(status: int, message: str) -> Reply:
    return Reply(status, {"code": "sandbox/error", "message": message})

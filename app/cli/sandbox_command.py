"""`ledgerdesk sandbox`: run the local Confirma + Infinity sandbox until Ctrl+C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.deferred import deferred

if TYPE_CHECKING:
    from app import sandbox as sandbox_server
    from app.services import first_run
else:  # every command builds the parser, and so imports this module: only `ledgerdesk sandbox` loads the server
    sandbox_server = deferred("app.sandbox")
    first_run = deferred("app.services.first_run")  # its probe; it loads app.client, which the sandbox never uses

DEFAULT_PORT = 8765


def register(commands: argparse._SubParsersAction) -> None:
    sandbox = commands.add_parser(
        "sandbox", help="run a local server that speaks the Confirma and Infinity APIs",
        description="Run a local sandbox of both posting targets on one port (Confirma under "
                    "/api/v1/partner, Infinity under /v1, its own endpoints under /_sandbox). "
                    "Stop it with Ctrl+C. See docs/sandbox.md.")
    sandbox.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sandbox.add_argument("--port", type=int, default=DEFAULT_PORT,
                         help=f"port (default {DEFAULT_PORT}; 0 picks a free one)")
    sandbox.add_argument("--allow-remote", action="store_true",
                         help="allow a non-loopback --host (no TLS, admin endpoints unprotected)")
    sandbox.add_argument("--data", type=Path, metavar="DIR",
                         help="keep what it receives and books in DIR as JSON lines, and reload it at start")
    sandbox.add_argument("--confirma-key", metavar="KEY", help="the X-Api-Key Confirma accepts "
                         "(default sandbox-confirma-key)")
    sandbox.add_argument("--infinity-token", metavar="TOKEN", help="the x-api-token Infinity accepts "
                         "(default sandbox-infinity-token)")
    sandbox.add_argument("--expired-key", action="append", default=[], metavar="KEY",
                         help="a Confirma key that answers 401 'Token has expired' (repeatable)")
    sandbox.add_argument("--accept-bearer", action="store_true",
                         help="Infinity: also accept 'Authorization: Bearer TOKEN'")
    sandbox.add_argument("--sync-delay", type=float, default=2.0, metavar="SECONDS",
                         help="Confirma: seconds from queued to synced or failed (default 2)")
    sandbox.add_argument("--closed-until", type=_day, metavar="YYYY-MM-DD",
                         help="dates up to and including this day are in a closed period")
    sandbox.add_argument("--rate-limit", type=int, default=1000, metavar="N",
                         help="Infinity: requests per window per token (default 1000)")
    sandbox.add_argument("--rate-window", type=float, default=3600.0, metavar="SECONDS",
                         help="Infinity: rate-limit window, starting at its first request (default 3600)")
    sandbox.add_argument("--fault", action="append", default=[], metavar="SPEC",
                         help="plan a fault, e.g. delay=3, status=503,count=2,target=infinity, drop_after, "
                              "malformed_json, html_error, rate_limited=30, expired_token (repeatable)")
    sandbox.add_argument("--request-timeout", type=float, default=10.0, metavar="SECONDS",
                         help="a request (headers and body) must arrive within this time, idle connections "
                              "close after it (default 10)")
    sandbox.add_argument("--quiet", action="store_true", help="do not print a line per request")
    sandbox.set_defaults(handler=run_sandbox)


def _already_running(host: str, port: int, exc: Exception) -> str:
    """When the port is taken by a LedgerDesk sandbox, say so: it can be used as it is."""
    if not isinstance(exc, OSError) or not port:
        return ""
    shown = f"[{host.strip('[]')}]" if ":" in host else host
    version = first_run.running_sandbox_version(f"http://{shown}:{port}")
    if version is None:
        return ""
    return (f". LedgerDesk's sandbox{' ' + version if version else ''} already runs at http://{shown}:{port}: "
            f"use it, or pick another --port")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None


def run_sandbox(args: argparse.Namespace) -> int:
    """Start the sandbox, print where it listens and which keys it takes, serve until interrupted."""
    try:
        faults = [sandbox_server.parse_fault_spec(spec) for spec in args.fault]
    except sandbox_server.FaultError as exc:
        print(f"--fault: {exc}", file=sys.stderr)
        return 2
    confirma_key = args.confirma_key or sandbox_server.DEFAULT_CONFIRMA_KEY
    infinity_token = args.infinity_token or sandbox_server.DEFAULT_INFINITY_TOKEN
    try:
        server = sandbox_server.SandboxServer(
            args.host, args.port, data_dir=args.data, confirma_key=confirma_key,
            infinity_token=infinity_token, sync_delay=args.sync_delay, rate_limit=args.rate_limit,
            rate_window=args.rate_window, closed_until=args.closed_until, expired_keys=args.expired_key,
            accept_bearer=args.accept_bearer, allow_remote=args.allow_remote, faults=faults,
            log=None if args.quiet else _print_line, request_timeout=args.request_timeout)
        server.start()
    except (ValueError, OSError) as exc:
        print(f"sandbox: {exc}{_already_running(args.host, args.port, exc)}", file=sys.stderr)
        return 2
    # Stop cleanly on SIGTERM too, through the same path as Ctrl+C.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)
    print(f"LedgerDesk sandbox listening on {server.base_url}")
    print(f"  Confirma  base URL {server.confirma_url}   X-Api-Key: {confirma_key}")
    print(f"  Infinity  base URL {server.infinity_url}   x-api-token: {infinity_token}")
    print(f"  Sandbox   {server.base_url}/_sandbox/received | state | faults | reset")
    if args.data:
        print(f"  Data      {args.data}")
    print("Press Ctrl+C to stop.", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("Sandbox stopped.", flush=True)
    return 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _print_line(line: str) -> None:
    print(line, flush=True)

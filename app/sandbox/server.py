"""SandboxServer: one loopback HTTP server that speaks Confirma and Infinity, routed by path.

Stdlib only (ThreadingHTTPServer). Confirma lives under /api/v1/partner, Infinity under /v1,
the sandbox's own endpoints under /_sandbox. Log lines carry method, path and status only.
"""

from __future__ import annotations

import io
import ipaddress
import math
import socket
import socketserver
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from app.sandbox import confirma, infinity
from app.sandbox.admin import ADMIN_PATH, handle_admin
from app.sandbox.charts import starter_accounts
from app.sandbox.confirma import DEFAULT_CONFIRMA_KEY, ConfirmaApi
from app.sandbox.faults import PROCESSING_KINDS, Fault, FaultPlan
from app.sandbox.framing import BodyTooLarge, DeadlineReader, drain, read_body
from app.sandbox.infinity import DEFAULT_INFINITY_TOKEN, InfinityApi
from app.sandbox.recorder import Recorder
from app.sandbox.wire import Reply, Request

HTML_ERROR_PAGE = ("<html>\r\n<head><title>{status} {phrase}</title></head>\r\n<body>\r\n"
                   "<center><h1>{status} {phrase}</h1></center>\r\n<hr><center>nginx</center>\r\n"
                   "</body>\r\n</html>\r\n")


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class SandboxServer:
    """A local stand-in for both vendor APIs, for tests and for trying LedgerDesk without accounts."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, data_dir: Path | None = None,
                 confirma_key: str = DEFAULT_CONFIRMA_KEY, infinity_token: str = DEFAULT_INFINITY_TOKEN,
                 sync_delay: float = 2.0, rate_limit: int = 1000, rate_window: float = 3600.0,
                 closed_until: date | None = None, accounts_fi: set[str] | None = None,
                 accounts_ch: set[str] | None = None, expired_keys: Iterable[str] = (),
                 accept_bearer: bool = False, allow_remote: bool = False, faults: Iterable[Fault] = (),
                 log: Callable[[str], None] | None = None, request_timeout: float = 10.0,
                 clock: Callable[[], float] = time.monotonic,
                 confirma_clock: Callable[[], datetime] | None = None) -> None:
        # `clock` drives only the rate-limit windows: tests pass a simulated one to run an hour in seconds.
        # `confirma_clock` (aware UTC; default the real time) decides when Confirma accepted a voucher and
        # whether its sync delay has passed: tests move it on instead of sleeping for the delay.
        if not is_loopback(host) and not allow_remote:
            raise ValueError(f"{host} is not a loopback address; the sandbox has no TLS and admin "
                             "endpoints without a key, so a remote host needs allow_remote")
        if not (isinstance(request_timeout, (int, float)) and 0 < request_timeout <= 3600):
            raise ValueError("request_timeout must be a number of seconds between 0 and 3600")
        self.host, self._port = host, port
        # From the moment a connection waits for a request until its body is read: idle kept-alive
        # connections, bodies shorter than announced and slow clients all end here (answered 408 or closed).
        self.request_timeout = float(request_timeout)
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.sync_delay, self.closed_until = sync_delay, closed_until
        self.rate_limit, self.rate_window = rate_limit, rate_window
        self._log = log
        self.faults = FaultPlan()
        for fault in faults:
            self.faults.add_fault(fault)
        self._recorder = Recorder(self.data_dir)
        self.confirma = ConfirmaApi(
            self._recorder, key=confirma_key, expired_keys=set(expired_keys),
            accounts=set(accounts_fi) if accounts_fi is not None else starter_accounts("FI"),
            sync_delay=sync_delay, closed_until=closed_until, data_dir=self.data_dir,
            clock=confirma_clock)
        self.infinity = InfinityApi(
            self._recorder, token=infinity_token, accept_bearer=accept_bearer,
            accounts=set(accounts_ch) if accounts_ch is not None else starter_accounts("CH"),
            closed_until=closed_until, rate_limit=rate_limit, rate_window=rate_window,
            data_dir=self.data_dir, clock=clock)
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> SandboxServer:
        """Bind and serve in a daemon thread; returns self."""
        if self._httpd is not None:
            return self
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        self._httpd = _HTTPServer((self.host.strip("[]"), self._port), self, family)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.5},
                                        name="ledgerdesk-sandbox", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close the listening socket and every open connection."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        stopper = threading.Thread(target=httpd.shutdown, daemon=True)
        stopper.start()
        # serve_forever only sees the shutdown flag when select() returns: a connection wakes it now.
        try:
            socket.create_connection((httpd.server_name, httpd.server_port), timeout=0.5).close()
        except OSError:
            pass
        stopper.join()
        httpd.server_close()
        httpd.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=2)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    # -- addresses ---------------------------------------------------------------------------
    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the sandbox is not started")
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        host = f"[{self.host.strip('[]')}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def confirma_url(self) -> str:
        return self.base_url + confirma.BASE_PATH

    @property
    def infinity_url(self) -> str:
        return self.base_url + infinity.BASE_PATH

    # -- what it holds -----------------------------------------------------------------------
    def received(self, target: str | None = None) -> list[dict[str, Any]]:
        """Every request body the target processed, oldest first: time, method, path, body, status."""
        return self._recorder.received(target)

    def state(self) -> dict[str, Any]:
        """Confirma vouchers with their current status, Infinity entries and transactions."""
        return {"confirma": {"ledgers": self.confirma.ledger_views(with_voucher=True)},
                "infinity": self.infinity.state()}

    def reset(self) -> None:
        """Forget everything received and booked, planned faults, renewals and rate-limit windows."""
        self.confirma.reset()
        self.infinity.reset()
        self._recorder.clear()
        self.faults.clear()

    def info(self) -> dict[str, Any]:
        """The URLs and policies in force (never the keys)."""
        return {"confirmaUrl": self.confirma_url, "infinityUrl": self.infinity_url,
                "syncDelay": Decimal(str(self.sync_delay)), "rateLimit": self.rate_limit,
                "rateWindow": Decimal(str(self.rate_window)),
                "closedUntil": self.closed_until.isoformat() if self.closed_until else None}

    # -- one request -------------------------------------------------------------------------
    def serve(self, request: Request, peer: str) -> Reply | None:
        """The reply to one request, or None when the connection is to be dropped unanswered."""
        path = request.path
        if path == ADMIN_PATH or path.startswith(ADMIN_PATH + "/"):
            if not is_loopback(peer):
                return Reply(403, {"code": "sandbox/forbidden", "message": "admin endpoints are loopback-only"})
            return handle_admin(self, request)
        api: ConfirmaApi | InfinityApi
        if path.startswith(confirma.BASE_PATH + "/"):
            target, api = "confirma", self.confirma
        elif path.startswith(infinity.BASE_PATH + "/"):
            target, api = "infinity", self.infinity
        else:
            return Reply(404, {"message": f"Nothing at {path}: Confirma is under {confirma.BASE_PATH}, "
                                          f"Infinity under {infinity.BASE_PATH}"})
        fault = self.faults.take(target, request.method, path)
        if fault is not None and fault.kind not in PROCESSING_KINDS:
            return _fault_reply(fault, api, path)
        if fault is not None and fault.kind == "delay":
            time.sleep(fault.params["seconds"])
        if fault is not None and fault.kind == "book_differently" and target == "infinity":
            reply = self.infinity.handle(request, shift_cents=fault.params["cents"])
        else:
            reply = api.handle(request)
        if fault is not None and fault.kind == "drop_after":
            return None
        if fault is not None and fault.kind == "malformed_json":
            # Half of the real answer and a tail that no JSON parser accepts.
            payload = reply.payload()
            return Reply(200, payload[: len(payload) // 2] + b"...")
        return reply

    def log(self, line: str) -> None:
        """Pass one request line (method, path, status) to the log callback, if any."""
        if self._log is not None:
            self._log(line)


def _fault_reply(fault: Fault, api: ConfirmaApi | InfinityApi, path: str) -> Reply | None:
    if fault.kind == "drop_before":
        return None
    if fault.kind == "status":
        return api.failure(fault.params["status"], "server-error", path)
    if fault.kind == "rate_limited":
        reply = api.failure(429, "too-many-requests", path)
        reply.headers["Retry-After"] = str(fault.params["retry_after"])
        return reply
    if fault.kind == "html_error":
        status = fault.params["status"]
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "Error"
        page = HTML_ERROR_PAGE.format(status=status, phrase=phrase)
        return Reply(status, page.encode("utf-8"),
                     content_type="text/html; charset=utf-8")
    return api.failure(401, "expired", path)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], sandbox: SandboxServer, family: int) -> None:
        self.address_family = family
        self.sandbox = sandbox
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS lookup (getfqdn) that can stall for seconds.
        socketserver.TCPServer.server_bind(self)
        # (what TCPServer.server_bind put in server_address, typed as the (host, port) it is for IP)
        self.server_name, self.server_port = self.socket.getsockname()[:2]

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that vanished mid-answer is not a sandbox failure: no traceback for it.
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)

    def track(self, connection: socket.socket, alive: bool) -> None:
        with self._connections_lock:
            (self._connections.add if alive else self._connections.discard)(connection)

    def close_connections(self) -> None:
        """Close kept-alive connections so a stopped sandbox answers nothing more."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "LedgerDeskSandbox/1"
    sys_version = ""
    timeout = 10.0  # the socket's until setup() applies the sandbox's request_timeout (`_timeout`)
    # Headers and body leave in two writes; with Nagle on, the body waits for the client's delayed ACK
    # (~40 ms on Linux) and every request on a kept-alive connection pays it.
    disable_nagle_algorithm = True
    server: _HTTPServer

    def setup(self) -> None:
        # Per connection, so a changed request_timeout applies to the next one. Not `self.timeout`: the
        # handler class's setting, read by StreamRequestHandler.setup.
        self._timeout = self.server.sandbox.request_timeout
        super().setup()
        self.connection.settimeout(self._timeout)
        self._deadline = math.inf
        # Every read of the request ends by the deadline, however slowly the bytes trickle in.
        self.rfile.close()
        self.rfile = io.BufferedReader(DeadlineReader(self.connection, lambda: self._deadline))
        self.server.track(self.connection, True)

    def handle_one_request(self) -> None:
        self._deadline = time.monotonic() + self._timeout
        try:
            super().handle_one_request()  # a TimeoutError there closes the connection unanswered
        except ConnectionError:
            self.close_connection = True

    def finish(self) -> None:
        self.server.track(self.connection, False)
        try:
            super().finish()
        except OSError:
            pass

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        # The default log line includes the raw request line; the sandbox logs its own, see _dispatch.
        return

    def _dispatch(self) -> None:
        sandbox = self.server.sandbox
        path, _, query = self.path.partition("?")
        try:
            body = read_body(self.headers, self.rfile)
        except TimeoutError:
            self._refuse(path, 408, f"the request body did not arrive within {self._timeout:g} s")
            return
        except ValueError as exc:  # BadFraming, BodyTooLarge
            self._refuse(path, 413 if isinstance(exc, BodyTooLarge) else 400, str(exc))
            return
        self._deadline = math.inf
        self.connection.settimeout(self._timeout)  # the answer's writes get the whole timeout again
        request = Request(self.command, path, query, self.headers, body)
        try:
            reply = sandbox.serve(request, self.client_address[0])
        except Exception:  # a sandbox bug: answer 500 instead of dropping the connection
            traceback.print_exc(file=sys.stderr)
            reply = Reply(500, {"code": "sandbox/internal-error", "message": "the sandbox failed; see its stderr"})
        if reply is None:
            self.close_connection = True
            sandbox.log(f"{self.command} {path} dropped")
            return
        self._send(reply)
        sandbox.log(f"{self.command} {path} {reply.status}")

    def _refuse(self, path: str, status: int, message: str) -> None:
        """Answer a body that cannot be read, then close: the rest of the stream cannot be trusted."""
        self.close_connection = True
        self._deadline = math.inf
        self.connection.settimeout(self._timeout)
        self._send(Reply(status, {"code": "sandbox/bad-request", "message": message}))
        self.wfile.flush()
        drain(self.connection, min(1.0, self._timeout))
        self.server.sandbox.log(f"{self.command} {path} {status}")

    def _send(self, reply: Reply) -> None:
        payload = reply.payload()
        self.send_response(reply.status)
        if reply.status != 204:
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(payload)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if payload and self.command != "HEAD":
            self.wfile.write(payload)

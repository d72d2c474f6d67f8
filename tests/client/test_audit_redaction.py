"""A key the server echoes back JSON-escaped (`\\/`, `\\u002d`) is masked in the audit log too.

Real HTTP over loopback (a tiny stdlib server that echoes the key the way some JSON encoders write
it) and the real audit log in SQLite: what the bookkeeper would find in the log must not hold the key
in any spelling a JSON reader would turn back into the key.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.client import ClientProfile, ConfirmaClient, InfinityClient, RateBudget, RetryPolicy
from app.client.redaction import excerpt, redact_body
from app.domain.targets import Target
from app.store.audit import AuditLog
from app.store.database import connect

KEY = "sk/LIVE-4f9d2c7a1b8e"


def _escape_all(text: str, upper: bool = False) -> str:
    return "".join((f"\\u{ord(c):04X}" if upper else f"\\u{ord(c):04x}") for c in text)


ECHOES = {
    "slash escaped": KEY.replace("/", "\\/"),
    "dash escaped": KEY.replace("-", "\\u002d"),
    "both escaped": KEY.replace("/", "\\/").replace("-", "\\u002D"),
    "every character escaped": _escape_all(KEY),
    "every character escaped, capitals": _escape_all(KEY, upper=True),
}


class _Echo(BaseHTTPRequestHandler):
    spelling = ""

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = ('{"code": "general/unauthorised", "message": "key ' + self.spelling
                + ' is not valid", "renewed": {"token": "' + self.spelling + '"}}').encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(params=sorted(ECHOES))
def echo_server(request):
    handler = type("Echo", (_Echo,), {"spelling": ECHOES[request.param]})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def _assert_no_key(stored: str) -> None:
    assert KEY not in stored
    assert not any(KEY in s for s in _strings(json.loads(stored)))


def test_a_key_echoed_escaped_is_masked_in_the_audit_log(echo_server, tmp_path):
    conn = connect(tmp_path / "db.sqlite3")
    audit = AuditLog(conn)

    def record(exchange):
        audit.append(profile="p", event="http", method=exchange.method, url=exchange.url,
                     response_status=exchange.status, response_body=exchange.response_body)

    confirma = ClientProfile("fi", Target.CONFIRMA, echo_server, "sandbox", lambda: KEY)
    with ConfirmaClient(confirma, observer=record, retry=RetryPolicy(attempts=1)) as client:
        outcome = client.validate_token()
    infinity = ClientProfile("ch", Target.INFINITY, echo_server, "sandbox", lambda: KEY)
    body = {"date": "2025-01-01", "description": "x", "debitAccount": 1020, "creditAccount": 3200, "amount": 100}
    with InfinityClient(infinity, observer=record, budget=RateBudget()) as client:
        refused = client.post_entry(body)
    rows = conn.execute("SELECT response_status, response_body FROM audit_log").fetchall()
    assert [row[0] for row in rows] == [401, 401]
    for row in rows:
        _assert_no_key(row[1])
        assert "general/unauthorised" in row[1]  # the rest of the answer is still there to read
    for text in (outcome.message, refused.message):
        assert KEY not in text and not any(spelling in text for spelling in ECHOES.values())


@pytest.mark.parametrize("spelling", sorted(ECHOES.values()))
def test_an_escaped_key_is_masked_in_what_the_bookkeeper_is_shown(spelling):
    raw = '{"message": "bad key ' + spelling + '"}'
    assert spelling not in excerpt(raw, [KEY])
    _assert_no_key(redact_body(raw, [KEY]))


def test_a_body_without_the_key_is_kept_as_it_came():
    raw = '{"message": "path a\\/b", "amount": 12.50}'
    assert redact_body(raw, [KEY]) == raw

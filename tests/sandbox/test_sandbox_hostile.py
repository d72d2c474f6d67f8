"""Hostile request bodies and framing: the sandbox answers 4xx like the vendors, and stays up.

Each body is sent raw (no client model could even produce most of them), at each field where a
number or a text goes, to both vendors and to the admin endpoint; then a normal request must still work.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from app.sandbox import SandboxServer

from .vendor_bodies import DOCUMENTED_CONFIRMA_BODY, DOCUMENTED_INFINITY_ENTRY

CONFIRMA_LEDGER = "/api/v1/partner/accounting/ledger"
INFINITY_ENTRIES = "/v1/ledger-entries"
ADMIN_FAULTS = "/_sandbox/faults"
MARK = '"@@HOSTILE@@"'

# Raw JSON texts put where a value goes. Each is a kind of value that once made the sandbox answer 500.
HOSTILE_VALUES = {
    "deep-array": "[" * 5000 + "]" * 5000,
    "deep-object": '{"a":' * 5000 + "1" + "}" * 5000,
    "moderately-deep": "[" * 200 + "]" * 200,
    "5000-digit-integer": "9" * 5000,
    "4000-digit-integer": "9" * 4000,
    "lone-surrogate": '"\\ud800"',
    "lone-low-surrogate": '"x\\udfff"',
    "exponent-9999999": "1e9999999",
    "negative-exponent-9999999": "-1e9999999",
    "tiny-exponent": "1e-9999999",
    "exponent-999999999": "1E+999999999",
    "100-digit-decimal": "1." + "1" * 100,
    "30-digit-integer": "1" * 30,
    "NaN": "NaN",
    "Infinity": "-Infinity",
    "over-the-cap-string": "\"" + "x" * 1_100_000 + "\"",
}

CONFIRMA_FIELDS = ("amount", "netAmount", "vatPercentage", "isVatRow", "accountNumber", "bookingDate",
                   "transactionDescription", "ledgerDimensions")
INFINITY_FIELDS = ("amount", "exchangeRate", "debitAccount", "description", "date", "taxCode", "currency")


def _confirma_body(field: str, raw: str) -> bytes:
    data = json.loads(DOCUMENTED_CONFIRMA_BODY)
    data["ledgers"]["ledgerRows"][0][field] = "@@HOSTILE@@"
    return json.dumps(data).replace(MARK, raw).encode("utf-8")


def _infinity_body(field: str, raw: str) -> bytes:
    return json.dumps({**DOCUMENTED_INFINITY_ENTRY, field: "@@HOSTILE@@"}).replace(MARK, raw).encode("utf-8")


def _cases() -> Iterator[tuple[str, str, bytes]]:
    for kind, raw in HOSTILE_VALUES.items():
        for field in CONFIRMA_FIELDS:
            yield f"confirma-{field}-{kind}", CONFIRMA_LEDGER, _confirma_body(field, raw)
        for field in INFINITY_FIELDS:
            yield f"infinity-{field}-{kind}", INFINITY_ENTRIES, _infinity_body(field, raw)
        yield f"confirma-body-{kind}", CONFIRMA_LEDGER, raw.encode("utf-8")
        yield f"infinity-body-{kind}", INFINITY_ENTRIES, raw.encode("utf-8")
        yield f"fault-seconds-{kind}", ADMIN_FAULTS, f'{{"kind": "delay", "seconds": {raw}}}'.encode()
        yield f"fault-status-{kind}", ADMIN_FAULTS, f'{{"kind": "status", "status": {raw}}}'.encode()
    converted = {**DOCUMENTED_INFINITY_ENTRY, "amount": 10**18 - 1, "currency": "EUR", "exchangeRate": 10**17}
    yield "infinity-converted-amount-beyond-28-digits", INFINITY_ENTRIES, json.dumps(converted).encode()
    for name, raw in (("duplicate-keys", '{"amount": 1, "amount": 2}'), ("not-utf8", "\xff\xfe")):
        yield f"infinity-body-{name}", INFINITY_ENTRIES, raw.encode("latin-1")
    for name, fault in (("seconds-nan", {"kind": "delay", "seconds": "nan"}),
                        ("seconds-inf", {"kind": "delay", "seconds": "inf"}),
                        ("seconds-a-year", {"kind": "delay", "seconds": 31_536_000}),
                        ("path-number", {"kind": "status", "path": 5}),
                        ("method-number", {"kind": "status", "method": 5}),
                        ("target-list", {"kind": "status", "target": ["infinity"]}),
                        ("kind-object", {"kind": {"a": 1}}),
                        ("retry-after-huge", {"kind": "rate_limited", "retry_after": 10**30}),
                        ("count-huge", {"kind": "status", "count": 10**30})):
        yield f"fault-{name}", ADMIN_FAULTS, json.dumps(fault).encode()


CASES = list(_cases())


HEADERS = {"X-Api-Key": "sandbox-confirma-key", "x-api-token": "sandbox-infinity-token",
           "Content-Type": "application/json"}


@pytest.fixture
def raw_client(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url, headers=HEADERS, timeout=5) as client:
        yield client


def still_answers(sandbox: SandboxServer) -> None:
    """A normal booking still goes through, and nothing was planned or booked by the hostile ones."""
    assert sandbox.faults.pending() == []
    response = httpx.post(sandbox.infinity_url + "/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY,
                          headers={"x-api-token": "sandbox-infinity-token"}, timeout=5)
    assert response.status_code == 201, response.text


def test_every_hostile_body_gets_a_4xx_naming_the_problem_and_the_sandbox_stays_up(sandbox: SandboxServer,
                                                                                  raw_client: httpx.Client):
    wrong = {}
    for name, path, body in CASES:
        try:
            response = raw_client.post(path, content=body)
            answer = response.json() if response.headers.get("Content-Type") == "application/json" else {}
        except (httpx.HTTPError, ValueError) as exc:
            wrong[name] = f"no answer: {type(exc).__name__}"
            continue
        if not 400 <= response.status_code < 500 or "message" not in answer:
            wrong[name] = f"{response.status_code} {response.text[:100]}"
    print(f"{len(CASES)} hostile requests, {len(wrong)} not answered 4xx")
    assert wrong == {}, "\n".join(f"{name}: {why}" for name, why in wrong.items())
    assert sandbox.state()["infinity"]["entries"] == [] and sandbox.state()["confirma"]["ledgers"] == []
    still_answers(sandbox)


def test_a_number_out_of_range_is_refused_naming_the_field(raw_client: httpx.Client):
    response = raw_client.post(INFINITY_ENTRIES, content= _infinity_body("amount", "1e9999999"))
    assert response.status_code == 400
    assert response.json()["code"] == "general/malformed-request"
    assert "amount" in response.json()["message"]
    response = raw_client.post(CONFIRMA_LEDGER, content=_confirma_body("netAmount", "9" * 4000))
    assert response.status_code == 400 and "ledgers.ledgerRows[0].netAmount" in response.json()["message"]


def raw_exchange(sandbox: SandboxServer, request: bytes, *, timeout: float = 5) -> bytes:
    """Send bytes on a fresh connection and read until the server closes it (or the timeout)."""
    with socket.create_connection((sandbox.host, sandbox.port), timeout=timeout) as conn:
        conn.sendall(request)
        received = b""
        try:
            while chunk := conn.recv(65536):
                received += chunk
        except TimeoutError:
            received += b"<client timeout>"
        return received


def _head(path: str, *headers: str) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: sandbox", "x-api-token: sandbox-infinity-token", *headers, "", ""]
    return "\r\n".join(lines).encode()


@pytest.mark.parametrize(("name", "request_bytes", "status"), [
    ("negative-content-length", _head(INFINITY_ENTRIES, "Content-Length: -1") + b"x" * 2_000_000, b"400"),
    ("negative-content-length-held-open", _head(INFINITY_ENTRIES, "Content-Length: -1"), b"400"),
    ("huge-content-length", _head(INFINITY_ENTRIES, "Content-Length: " + "9" * 5000), b"413"),
    ("signed-content-length", _head(INFINITY_ENTRIES, "Content-Length: +5") + b"{}{}{", b"400"),
    ("two-content-lengths", _head(INFINITY_ENTRIES, "Content-Length: 2", "Content-Length: 3") + b"{}", b"400"),
    ("length-and-chunked", _head(INFINITY_ENTRIES, "Content-Length: 2", "Transfer-Encoding: chunked") + b"{}",
     b"400"),
    ("negative-chunk-size", _head(INFINITY_ENTRIES, "Transfer-Encoding: chunked") + b"-1\r\n" + b"x" * 2_000_000,
     b"400"),
    ("chunk-size-not-hex", _head(INFINITY_ENTRIES, "Transfer-Encoding: chunked") + b"zz\r\n{}\r\n0\r\n\r\n", b"400"),
    ("endless-chunk-size-line", _head(INFINITY_ENTRIES, "Transfer-Encoding: chunked") + b"0" * 2_000_000, b"400"),
    ("chunks-over-the-cap", _head(INFINITY_ENTRIES, "Transfer-Encoding: chunked")
     + b"".join(b"ffff\r\n" + b"x" * 0xFFFF + b"\r\n" for _ in range(20)), b"413"),
])
def test_bad_framing_is_refused_before_reading_past_the_cap(sandbox: SandboxServer, name: str,
                                                            request_bytes: bytes, status: bytes):
    answer = raw_exchange(sandbox, request_bytes)
    assert answer.startswith(b"HTTP/1.1 " + status), (name, answer[:200])
    still_answers(sandbox)


@pytest.mark.sandbox(request_timeout=0.5)  # an impatient sandbox
def test_a_body_shorter_than_announced_times_out_with_408(sandbox: SandboxServer):
    answer = raw_exchange(sandbox, _head(INFINITY_ENTRIES, "Content-Length: 100") + b"{", timeout=5)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    still_answers(sandbox)


@pytest.mark.sandbox(request_timeout=0.5)
def test_a_client_trickling_its_headers_is_cut_off(sandbox: SandboxServer):
    with socket.create_connection((sandbox.host, sandbox.port), timeout=5) as conn:
        started = time.monotonic()
        cut_after = None
        try:
            conn.sendall(b"POST /v1/ledger-entries HTTP/1.1\r\n")
            for i in range(30):  # 3 s of one header every 0.1 s, each well inside a per-read timeout
                time.sleep(0.1)
                conn.sendall(b"X-Slow: %d\r\n" % i)
            conn.settimeout(2)
            if conn.recv(65536) == b"":
                cut_after = time.monotonic() - started
        except OSError:
            cut_after = time.monotonic() - started
    assert cut_after is not None and cut_after < 2.0, f"the slow client was cut off after {cut_after} s"
    still_answers(sandbox)


def test_a_fault_with_seconds_nan_is_refused_and_the_admin_endpoint_keeps_answering(sandbox: SandboxServer,
                                                                                   raw_client: httpx.Client):
    for seconds in ('"nan"', '"inf"', "-1", "601", "true"):
        response = raw_client.post(ADMIN_FAULTS, content=f'{{"kind": "delay", "seconds": {seconds}}}')
        assert response.status_code == 400 and "seconds must be a number from 0 to 600" in response.json()["message"]
    assert raw_client.get(ADMIN_FAULTS).json() == []
    assert raw_client.post(ADMIN_FAULTS, json={"kind": "delay", "seconds": "0.1"}).status_code == 201

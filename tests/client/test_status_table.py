"""docs/architecture.md, "What each answer means": one test per row, over real loopback HTTP.

A scripted server answers every POST with the row's status (or breaks the connection); a voucher is queued
and sent through the real Submitter; the row says what the submission becomes and how many POSTs the
server saw. Confirma's status list (GET) is always empty here, so "not listed" is what reconciling sees.
"""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.client import RetryPolicy, Timeouts
from app.domain.targets import Target
from app.services.submission import Submitter, queue_voucher
from app.services.voucher_files import read_voucher_file
from app.store.database import connect
from app.store.outbox import Outbox
from app.store.settings import Profile
from tests.conftest import EXAMPLES
from app.store.states import OPEN_STATES, SubmissionState as State

TIMEOUTS = Timeouts(connect=1, read=1)
RETRY = RetryPolicy(attempts=2, backoff=0.01, status_checks=1)
BOOKED = {"transactions": [{"id": "a" * 24, "date": "2025-01-01", "debitAccount": 1020, "creditAccount": 3200,
                            "description": "x", "amount": amount, "grossAmount": 12050, "currency": "CHF",
                            "taxCode": "UN81", "isTaxTransaction": tax} for amount, tax in ((11147, False),
                                                                                         (903, True))]}


class Scripted(ThreadingHTTPServer):
    """Answers POST with (status, body, headers), or 'close' to drop the connection after reading it."""

    daemon_threads = True

    def __init__(self, answer):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answer, self.posts = answer, 0
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # Confirma's status list: empty
        self.send_response(204)
        self.end_headers()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.posts += 1
        if self.server.answer == "close":
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        status, body, headers = self.server.answer
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


HTML = b"<html><body>Request Entity Too Large</body></html>"
# (row, target, answer, submission state, POSTs): the rows of docs/architecture.md's table.
ROWS = [
    ("2xx readable", "confirma", (200, {"message": "queued"}, {}), State.ACCEPTED, 1),
    ("2xx readable", "infinity", (201, BOOKED, {}), State.ACCEPTED, 1),
    ("2xx unreadable", "confirma", (200, b"{not json", {}), State.UNCERTAIN, 1),
    ("2xx unreadable", "infinity", (201, b"{not json", {}), State.UNCERTAIN, 1),
    ("301/302/307/308 moved", "confirma", (302, b"", {"Location": "http://elsewhere.invalid/"}), State.QUEUED, 1),
    ("301/302/307/308 moved", "infinity", (308, b"", {"Location": "http://elsewhere.invalid/"}), State.QUEUED, 1),
    ("303 see other", "confirma", (303, b"", {"Location": "/x"}), State.UNCERTAIN, 1),
    ("303 see other", "infinity", (303, b"", {"Location": "/x"}), State.UNCERTAIN, 1),
    ("400 with fields", "confirma", (400, {"errors": {"ledgerRows[0].accountNumber": ["unknown"]}}, {}),
     State.REJECTED, 1),
    ("400 with fields", "infinity", (400, {"code": "general/missing-fields", "invalidFields": ["date"]}, {}),
     State.REJECTED, 1),
    ("other 4xx, any body", "confirma", (400, HTML, {"Content-Type": "text/html"}), State.REJECTED, 1),
    ("other 4xx, any body", "infinity", (422, b"", {}), State.REJECTED, 1),
    ("401", "confirma", (401, {"message": "Token has expired"}, {}), State.QUEUED, 1),
    ("401", "infinity", (401, {"code": "general/unauthorised"}, {}), State.QUEUED, 1),
    ("403", "confirma", (403, {}, {}), State.QUEUED, 1),
    ("403", "infinity", (403, {}, {}), State.QUEUED, 1),
    ("404/405/410 nothing here", "confirma", (404, HTML, {"Content-Type": "text/html"}), State.QUEUED, 1),
    ("404/405/410 nothing here", "infinity", (405, {}, {}), State.QUEUED, 1),
    ("408", "confirma", (408, b"", {}), State.QUEUED, 2),
    ("408", "infinity", (408, b"", {}), State.QUEUED, 2),
    ("413 too large", "confirma", (413, HTML, {"Content-Type": "text/html"}), State.REJECTED, 1),
    ("413 too large", "infinity", (413, {"code": "general/payload-too-large"}, {}), State.REJECTED, 1),
    ("429", "confirma", (429, {"code": "general/too-many-requests"}, {"Retry-After": "3600"}), State.QUEUED, 1),
    ("429", "infinity", (429, {"code": "general/too-many-requests"}, {"Retry-After": "3600"}), State.QUEUED, 1),
    ("5xx", "confirma", (503, {"code": "general/server-error"}, {}), State.QUEUED, 2),
    ("5xx", "infinity", (500, {"code": "general/server-error"}, {}), State.UNCERTAIN, 1),
    ("connection closed after sending", "confirma", "close", State.UNCERTAIN, 2),
    ("connection closed after sending", "infinity", "close", State.UNCERTAIN, 1),
]


def _profile(target: str, url: str) -> Profile:
    if target == "confirma":
        return Profile(name="sb", target=Target.CONFIRMA, environment="sandbox", base_url=url + "/api/v1/partner",
                       company_id="1234567-1")
    return Profile(name="inf", target=Target.INFINITY, environment="sandbox", base_url=url + "/api/v1")


def send_against(answer, target: str, tmp_path):
    server = Scripted(answer)
    try:
        conn = connect(tmp_path / "db.sqlite3")
        profile = _profile(target, server.url)
        voucher = read_voucher_file(EXAMPLES / f"{target}-documented.json").voucher
        sid = queue_voucher(conn, voucher, profile).submission_id
        with Submitter(conn, profile, lambda: "test-key-123", timeouts=TIMEOUTS, retry=RETRY,
                       budget_path=tmp_path / "budget.json", sleep=lambda seconds: None) as submitter:
            report = submitter.send(sid)
        return report, Outbox(conn).get(sid), server.posts
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("row,target,answer,state,posts", ROWS, ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_each_answer_leaves_the_voucher_where_the_table_says(row, target, answer, state, posts, tmp_path):
    report, submission, seen = send_against(answer, target, tmp_path)
    assert (submission.state, seen) == (state, posts), report.message
    assert report.message  # always a sentence for the bookkeeper


def test_connection_refused_leaves_the_voucher_queued_with_nothing_sent(tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    conn = connect(tmp_path / "db.sqlite3")
    profile = _profile("infinity", f"http://127.0.0.1:{port}")
    sid = queue_voucher(conn, read_voucher_file(EXAMPLES / "infinity-documented.json").voucher, profile).submission_id
    with Submitter(conn, profile, lambda: "test-key-123", timeouts=TIMEOUTS, retry=RETRY,
                   budget_path=tmp_path / "budget.json", sleep=lambda seconds: None) as submitter:
        report = submitter.send(sid)
    assert Outbox(conn).get(sid).state == State.QUEUED, report.message


def test_an_oversized_voucher_is_rejected_once_and_editable_not_resent(tmp_path):
    """Issue 13, hole 5: a 413 used to leave the voucher uncertain, re-POSTed at every later submit."""
    report, submission, seen = send_against((413, HTML, {"Content-Type": "text/html"}), "confirma", tmp_path)
    assert submission.state == State.REJECTED and seen == 1
    assert "too large" in report.message and "Split it" in report.message
    conn = connect(tmp_path / "db.sqlite3")
    assert Outbox(conn).list(OPEN_STATES) == []  # nothing left to send again

"""InfinityClient against the real loopback sandbox: an entry is never sent twice, whatever fails.

Every test checks what the bookkeeper sees, how many times the sandbox processed the entry, and
that the token appears in no log line, output, repr or message.
"""

from __future__ import annotations

import logging
import socket
import time
from pathlib import Path

import pytest

from app.client import (Accepted, AuthFailed, ClientProfile, InfinityClient, NotSent, RateBudget, RateLimited,
                        Rejected, RetryPolicy, Timeouts, Transient, Uncertain, Unexpected)
from app.domain.targets import Target
from app.domain.targets.infinity import plan_infinity_entries
from app.sandbox.server import DEFAULT_INFINITY_TOKEN, SandboxServer
from app.services.voucher_files import check_voucher, read_voucher_file

REPO = Path(__file__).resolve().parents[2]
TIMEOUTS = Timeouts(connect=2, read=1)


@pytest.fixture
def watch(caplog, capfd):
    """Collects every text a token could leak into; asserts at the end of the test that none holds it."""
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    yield texts
    out, err = capfd.readouterr()
    assert [t for t in texts + [caplog.text, out, err] if DEFAULT_INFINITY_TOKEN in t] == []


def make_client(url, key=DEFAULT_INFINITY_TOKEN, budget=None, **kw):
    prof = ClientProfile("sandbox", Target.INFINITY, url, "sandbox", lambda: key,
                         auth_header=kw.pop("auth_header", "x-api-token"))
    return InfinityClient(prof, timeout=TIMEOUTS, budget=budget if budget is not None else RateBudget(),
                          retry=RetryPolicy(backoff=0.1), **kw)


def documented():
    checked = check_voucher(read_voucher_file(REPO / "examples" / "infinity-documented.json"))
    entries, issues = plan_infinity_entries(checked.voucher, checked.table)
    assert not issues and len(entries) == 1
    return checked.voucher, entries[0]


def posts(sandbox):
    return [r for r in sandbox.received("infinity") if r["method"] == "POST"]


def show(texts, outcome, client):
    texts += [outcome.message, repr(outcome), repr(client)]
    return outcome


def test_documented_example_books_net_11147_and_vat_903(sandbox, watch):
    voucher, entry = documented()
    with make_client(sandbox.infinity_url) as client:
        outcome = show(watch, client.post_entry(entry.body(voucher), entry=entry, voucher=voucher), client)
    assert isinstance(outcome, Accepted) and outcome.status == 201
    assert sorted((t.isTaxTransaction, t.amount) for t in outcome.value) == [(False, 11147), (True, 903)]
    assert (11147, 903) == entry.predicted_net_vat_cents
    assert "net 111.47 CHF, VAT 9.03 CHF" in outcome.message
    [record] = posts(sandbox)
    assert record["status"] == 201 and record["body"]["amount"] == 12050


def test_bearer_header_when_the_profile_says_so():
    voucher, entry = documented()
    with SandboxServer(port=0, accept_bearer=True) as server, \
            make_client(server.infinity_url, auth_header="bearer") as client:
        assert client.post_entry(entry.body(voucher)).ok


@pytest.mark.parametrize("kind,params,expected,processed", [
    ("delay", {"seconds": 2}, Uncertain, 1),           # read timeout; the slow original is booked
    ("drop_before", {}, Uncertain, 0),                 # closed before processing
    ("drop_after", {}, Uncertain, 1),                  # booked, then the connection closed
    ("malformed_json", {}, Unexpected, 1),             # booked, answer unreadable
    ("status", {"status": 503}, Transient, 0),         # server error: not re-sent
    ("html_error", {"status": 502}, Transient, 0),     # a proxy's page: not re-sent
])
def test_an_entry_is_never_sent_twice_whatever_fails(sandbox, watch, kind, params, expected, processed):
    voucher, entry = documented()
    sandbox.faults.add(kind, count=1, target="infinity", **params)
    started = time.monotonic()
    with make_client(sandbox.infinity_url) as client:
        outcome = show(watch, client.post_entry(entry.body(voucher), entry=entry), client)
    assert isinstance(outcome, expected), outcome.message
    assert "booked twice" in outcome.message
    time.sleep(max(0.0, 2.3 - (time.monotonic() - started)) if kind == "delay" else 0)
    # The fault applied once: a second POST would have been processed and recorded.
    assert len(posts(sandbox)) == processed
    assert len(sandbox.state()["infinity"]["entries"]) == processed


def test_a_429_is_shown_and_the_budget_waits_without_sending(sandbox, watch):
    voucher, entry = documented()
    sandbox.faults.add("rate_limited", target="infinity", retry_after=2)
    with make_client(sandbox.infinity_url) as client:
        first = show(watch, client.post_entry(entry.body(voucher)), client)
        assert isinstance(first, RateLimited) and first.retry_after == 2 and not first.local
        second = show(watch, client.post_entry(entry.body(voucher)), client)
        assert isinstance(second, RateLimited) and second.local and 0 < second.retry_after <= 2
        assert posts(sandbox) == []
        time.sleep(second.retry_after)
        assert client.post_entry(entry.body(voucher)).ok
    assert len(posts(sandbox)) == 1


def test_the_client_budget_keeps_under_the_servers_limit(tmp_path, watch):
    voucher, entry = documented()
    path = tmp_path / "budget.json"
    with SandboxServer(port=0, rate_limit=3, rate_window=3600) as server:
        with make_client(server.infinity_url, budget=RateBudget(path, limit=3)) as client:
            assert [client.post_entry(entry.body(voucher)).ok for _ in range(2)] == [True, True]
        # A restart: a new client and a new budget object, the same file.
        with make_client(server.infinity_url, budget=RateBudget(path, limit=3)) as client:
            check = client.budget_check(2)
            assert check.remaining == 1 and check.message.endswith("1 request is left this hour; waiting 1 h.")
            assert client.post_entry(entry.body(voucher)).ok
            held = show(watch, client.post_entry(entry.body(voucher)), client)
        assert isinstance(held, RateLimited) and held.local and held.retry_after > 3500
        assert [r["status"] for r in posts(server)] == [201, 201, 201]  # no 429 was ever provoked
    assert DEFAULT_INFINITY_TOKEN not in path.read_text()


def test_the_servers_own_limit_is_reported_with_retry_after(watch):
    voucher, entry = documented()
    with SandboxServer(port=0, rate_limit=1, rate_window=3600) as server:
        with make_client(server.infinity_url) as client:  # a budget that does not know the server's limit
            assert client.post_entry(entry.body(voucher)).ok
            over = show(watch, client.post_entry(entry.body(voucher)), client)
            assert isinstance(over, RateLimited) and over.retry_after > 3500 and not over.local
            again = client.post_entry(entry.body(voucher))
            assert isinstance(again, RateLimited) and again.local
        assert [r["status"] for r in posts(server)] == [201, 429]


def test_validation_errors_point_at_the_voucher_lines(sandbox, watch):
    voucher, entry = documented()
    voucher.lines[1].account = "3999"  # valid range, not in the sandbox's chart
    body = entry.body(voucher) | {"creditAccount": 3999}
    with make_client(sandbox.infinity_url) as client:
        outcome = show(watch, client.post_entry(body, entry=entry, voucher=voucher), client)
    assert isinstance(outcome, Rejected) and outcome.code == "ledger-entries/unknown-account"
    assert [(i.field, i.line) for i in outcome.field_issues] == [("account", 2)]
    assert "3999" in outcome.field_issues[0].message


def test_expired_and_wrong_tokens(sandbox, watch):
    voucher, entry = documented()
    sandbox.faults.add("expired_token", target="infinity")
    with make_client(sandbox.infinity_url) as client:
        outcome = show(watch, client.post_entry(entry.body(voucher)), client)
    assert isinstance(outcome, AuthFailed) and outcome.reason == "expired"
    with make_client(sandbox.infinity_url, key="someone-elses-token") as client:
        outcome = show(watch, client.post_entry(entry.body(voucher)), client)
    assert isinstance(outcome, AuthFailed) and outcome.reason in ("invalid", "unknown")
    assert [r["status"] for r in posts(sandbox)] == [401]


def test_connection_refused_is_not_sent(watch):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    voucher, entry = documented()
    with make_client(f"http://127.0.0.1:{port}/v1") as client:
        outcome = show(watch, client.post_entry(entry.body(voucher)), client)
    assert isinstance(outcome, NotSent) and outcome.can_retry


def test_test_connection_says_infinity_accepts_the_token_and_books_nothing(sandbox, watch):
    with make_client(sandbox.infinity_url) as client:
        outcome = show(watch, client.test_connection(), client)
    assert isinstance(outcome, Accepted) and "Infinity accepts the key" in outcome.message
    assert sandbox.state()["infinity"]["entries"] == []


def test_test_connection_with_a_wrong_token_says_the_key_was_refused(sandbox, watch):
    with make_client(sandbox.infinity_url, key="someone-elses-token") as client:
        outcome = show(watch, client.test_connection(), client)
    assert isinstance(outcome, AuthFailed) and "refused" in outcome.message
    sandbox.faults.add("expired_token", target="infinity")
    with make_client(sandbox.infinity_url) as client:
        outcome = show(watch, client.test_connection(), client)
    assert isinstance(outcome, AuthFailed) and outcome.reason == "expired"


def test_test_connection_to_an_unreachable_server_says_it_was_not_sent(watch):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with make_client(f"http://127.0.0.1:{port}/v1") as client:
        outcome = show(watch, client.test_connection(), client)
    assert isinstance(outcome, NotSent) and "could not connect" in outcome.message


def test_test_connection_at_a_wrong_address_says_to_check_it(sandbox, watch):
    with make_client(sandbox.base_url + "/nothing-here") as client:
        outcome = show(watch, client.test_connection(), client)
    assert isinstance(outcome, Unexpected) and "check the profile's address" in outcome.message

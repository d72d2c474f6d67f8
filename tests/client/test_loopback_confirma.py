"""ConfirmaClient against the real loopback sandbox: faults injected over HTTP, never by patching.

Every test checks three things: what the bookkeeper sees, that the sandbox processed the voucher
at most once, and that the key appears in no log line, output, repr or message.
"""

from __future__ import annotations

import json
import logging
import socket
import time
from decimal import Decimal
from pathlib import Path

import pytest

from app.client import (Accepted, AuthFailed, ClientProfile, ConfirmaClient, NotSent, RateLimited, Rejected,
                        RetryPolicy, Timeouts, Transient, confirma_row_lines)
from app.domain.targets import Target
from app.sandbox.server import DEFAULT_CONFIRMA_KEY
from app.services.voucher_files import build_payload, check_voucher, read_voucher_file
from app.client.confirma_models import SyncStatus

REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "seeds" / "confirma-ledger-post.txt"
TIMEOUTS = Timeouts(connect=2, read=1)
RETRY = RetryPolicy(attempts=3, backoff=0.2, status_checks=4)


@pytest.fixture
def watch(caplog, capfd):
    """Collects every text a key could leak into; asserts at the end of the test that none holds it."""
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    yield texts
    out, err = capfd.readouterr()
    everything = texts + [caplog.text, out, err]
    assert [t for t in everything if DEFAULT_CONFIRMA_KEY in t] == []


def make_client(url, key=DEFAULT_CONFIRMA_KEY, **kw):
    prof = ClientProfile("sandbox", Target.CONFIRMA, url, "sandbox", lambda: key)
    return ConfirmaClient(prof, timeout=kw.pop("timeout", TIMEOUTS), retry=kw.pop("retry", RETRY), **kw)


def documented():
    checked = check_voucher(read_voucher_file(REPO / "examples" / "confirma-documented.json"))
    return checked, build_payload(checked)


def posts_of(sandbox, identifier):
    return [r for r in sandbox.received("confirma")
            if r["method"] == "POST" and isinstance(r["body"], dict)
            and r["body"].get("ledgers", {}).get("ledgerIdentifier") == identifier]


def show(texts, outcome, client):
    texts += [outcome.message, repr(outcome), repr(client)]
    return outcome


@pytest.mark.sandbox(sync_delay=60)  # pending at the first look however slow the machine; then the clock moves
def test_documented_voucher_arrives_json_equal_to_the_vendor_example_and_syncs(sandbox, sandbox_clock, watch):
    checked, body = documented()
    with make_client(sandbox.confirma_url) as client:
        outcome = show(watch, client.post_voucher(body, row_lines=confirma_row_lines(checked.voucher,
                                                                                     checked.table)), client)
        assert isinstance(outcome, Accepted)
        assert client.status_of("abc-123-def-456").state == "pending"
        sandbox_clock.advance(60)
        status = client.status_of("abc-123-def-456")
        assert status.state == SyncStatus.SYNCED and status.documentName == "1001"
    [record] = posts_of(sandbox, "abc-123-def-456")
    assert record["status"] == 200
    if SEED.exists():  # the vendor pages sit beside the checkout (shared/seeds)
        text = SEED.read_text(encoding="utf-8")
        expected, _ = json.JSONDecoder(parse_float=Decimal).raw_decode(text[text.index('{\n\t"ledgers"'):])
        assert record["body"] == expected


@pytest.mark.parametrize("kind,params,note", [
    ("delay", {"seconds": 2.5}, "has the voucher"),      # read timeout; the slow original lands, status finds it
    ("drop_before", {}, ""),                      # closed unprocessed: status says absent, re-sent once
    ("drop_after", {}, "has the voucher"),               # processed then closed: status finds it, no re-send
    ("malformed_json", {}, "has the voucher"),           # processed, answer unreadable: status confirms it
    ("status", {"status": 503}, ""),              # 5xx: status says absent, re-sent
    ("html_error", {"status": 502}, ""),          # a proxy's page: re-sent
    ("rate_limited", {"retry_after": 1}, ""),     # 429 Retry-After 1: waited, re-sent
])
def test_every_fault_ends_accepted_with_the_voucher_processed_once(sandbox, watch, kind, params, note):
    _, body = documented()
    sandbox.faults.add(kind, count=1, target="confirma", **params)
    started = time.monotonic()
    with make_client(sandbox.confirma_url) as client:
        outcome = show(watch, client.post_voucher(body), client)
    assert isinstance(outcome, Accepted), outcome.message
    assert note in outcome.message
    if kind == "rate_limited":
        assert time.monotonic() - started >= 1
    if kind == "delay":
        time.sleep(max(0.0, 2.7 - (time.monotonic() - started)))  # let a late original land, if any
    assert len(posts_of(sandbox, "abc-123-def-456")) == 1
    assert len(sandbox.state()["confirma"]["ledgers"]) == 1


def test_a_persistent_server_error_gives_up_after_three_attempts(sandbox, watch):
    _, body = documented()
    sandbox.faults.add("status", count=10, target="confirma", status=503, method="POST")
    with make_client(sandbox.confirma_url) as client:
        outcome = show(watch, client.post_voucher(body), client)
    assert isinstance(outcome, Transient) and "503" in outcome.message
    assert posts_of(sandbox, "abc-123-def-456") == []
    assert sandbox.faults.pending()[0]["count"] == 7


def test_a_long_retry_after_is_shown_not_waited(sandbox, watch):
    _, body = documented()
    sandbox.faults.add("rate_limited", target="confirma", retry_after=120)
    with make_client(sandbox.confirma_url) as client:
        outcome = show(watch, client.post_voucher(body), client)
    assert isinstance(outcome, RateLimited) and outcome.retry_after == 120 and "2 min" in outcome.message
    assert posts_of(sandbox, "abc-123-def-456") == []


def test_expired_token_is_told_apart_from_an_invalid_one(sandbox, watch):
    _, body = documented()
    sandbox.faults.add("expired_token", target="confirma")
    with make_client(sandbox.confirma_url) as client:
        outcome = show(watch, client.post_voucher(body), client)
    assert isinstance(outcome, AuthFailed) and outcome.reason == "expired"
    with make_client(sandbox.confirma_url, key="not-the-right-key") as client:
        outcome = show(watch, client.post_voucher(body), client)
        assert isinstance(outcome, AuthFailed) and outcome.reason == "invalid"
        assert show(watch, client.validate_token(), client).reason == "invalid"
    # The injected expiry answered before processing; the wrong key was processed once and refused.
    assert [r["status"] for r in posts_of(sandbox, "abc-123-def-456")] == [401]


def test_renew_and_verify_hands_back_a_working_key_and_the_old_one_expires(sandbox, watch):
    with make_client(sandbox.confirma_url) as client:
        assert show(watch, client.validate_token(), client).ok
        renewal = client.renew_and_verify()
        watch += [renewal.message, repr(renewal)]
        assert renewal.verified and renewal.new_token and renewal.new_token != DEFAULT_CONFIRMA_KEY
        assert renewal.new_token not in renewal.message + repr(renewal)
        old = show(watch, client.validate_token(), client)
        assert isinstance(old, AuthFailed) and old.reason == "expired"
    with make_client(sandbox.confirma_url, key=renewal.new_token) as client:
        assert client.validate_token().ok


def test_server_validation_errors_point_at_the_voucher(sandbox, watch):
    checked, body = documented()
    body["ledgers"]["companyIdentifier"] = ""
    body["ledgers"]["ledgerRows"][1]["vatPercentage"] = Decimal(100)
    with make_client(sandbox.confirma_url) as client:
        outcome = show(watch, client.post_voucher(body, row_lines=confirma_row_lines(checked.voucher,
                                                                                     checked.table)), client)
    assert isinstance(outcome, Rejected) and outcome.status == 400
    assert [(i.field, i.line) for i in outcome.field_issues] == [("company_id", None), ("vat_code", 2)]
    assert "line 2, vat_code" in outcome.message
    assert len(posts_of(sandbox, "abc-123-def-456")) == 1


def test_connection_refused_is_not_sent(watch):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    _, body = documented()
    with make_client(f"http://127.0.0.1:{port}/api/v1/partner") as client:
        outcome = show(watch, client.post_voucher(body), client)
    assert isinstance(outcome, NotSent) and "connect" in outcome.message


def test_an_empty_status_list_is_an_empty_list(sandbox, watch):
    with make_client(sandbox.confirma_url) as client:
        outcome = show(watch, client.sync_status(), client)
    assert outcome.ok and outcome.value == []

"""ConfirmaClient over httpx.MockTransport: wire format, outcome mapping, retries, key handling."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from app.client import (Accepted, AuthFailed, ClientProfile, ConfirmaClient, LedgerStatus, NotSent, RateLimited,
                        Rejected, RetryPolicy, StatusUnavailable, Transient, Uncertain, Unexpected,
                        confirma_row_lines)
from app.domain.targets import Target
from app.services.voucher_files import build_payload, check_voucher, read_voucher_file
from app.client.confirma_models import SyncStatus

KEY = "k-confirma-0123456789abcdef"
URL = "https://staging-integrations.confirmafinance.com/api/v1/partner"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def documented():
    checked = check_voucher(read_voucher_file(EXAMPLES / "confirma-documented.json"))
    return checked, build_payload(checked)


class Script:
    """Answers per (method, path suffix) from queues; the last answer repeats. Records every request."""

    def __init__(self, **routes):
        self.routes = {k: list(v) for k, v in routes.items()}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        key = f"{request.method} {request.url.path.rsplit('/partner/', 1)[1]}"
        queue = self.routes[key]
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return answer

    def sent(self, method="POST"):
        return [r for r in self.requests if r.method == method]


def client(script, **kw):
    sleeps = kw.pop("sleeps", [])
    prof = ClientProfile("fi", Target.CONFIRMA, URL, "staging", lambda: KEY)
    return ConfirmaClient(prof, transport=httpx.MockTransport(script), sleep=sleeps.append,
                          retry=kw.pop("retry", RetryPolicy(backoff=0.01)), **kw)


def ok(json_body=None, status=200, **kw):
    return httpx.Response(status, json=json_body if json_body is not None else {}, **kw)


def listed(identifier, status=0):
    return ok({"ledgers": [{"sourceIdentifier": identifier, "documentDate": "2025-12-13", "documentName": "1001",
                            "documentStatus": "Queued", "syncDate": None, "status": status,
                            "description": "Waiting", "somethingNew": [1, 2]}]})


def test_post_sends_amounts_as_json_numbers_and_isvatrow_as_integer():
    _, body = documented()
    script = Script(**{"POST accounting/ledger": [ok()]})
    outcome = client(script).post_voucher(body)
    assert isinstance(outcome, Accepted) and outcome.ok
    text = script.sent()[0].content.decode()
    assert '"amount":2990.00' in text and '"netAmount":-2382.47' in text and '"vatPercentage":25.5' in text
    assert '"isVatRow":1' in text and '"isVatRow":0' in text
    assert '"2990.00"' not in text and "true" not in text
    assert '"vatAccountNumber":null' in text
    assert script.sent()[0].headers["Content-Type"] == "application/json"


def test_post_reaches_the_wire_json_equal_to_the_documented_example():
    _, body = documented()
    script = Script(**{"POST accounting/ledger": [ok()]})
    client(script).post_voucher(body)
    seed = (Path(__file__).resolve().parents[3] / "shared" / "seeds" / "confirma-ledger-post.txt")
    if not seed.exists():
        pytest.skip("the vendor seed pages are not beside this checkout")
    text = seed.read_text(encoding="utf-8")
    start = text.index('{\n\t"ledgers"')
    expected, _ = json.JSONDecoder(parse_float=Decimal).raw_decode(text[start:])
    assert json.loads(script.sent()[0].content, parse_float=Decimal) == expected


@pytest.mark.parametrize("mutate,words", [
    (lambda b: b["ledgers"]["ledgerRows"][0].__setitem__("amount", 2990.0), "float"),
    (lambda b: b["ledgers"]["ledgerRows"][0].__setitem__("amount", Decimal("2990.001")), "2 decimals"),
    (lambda b: b["ledgers"]["ledgerRows"][2].__setitem__("isVatRow", True), "integer"),
    (lambda b: b["ledgers"].__setitem__("surprise", 1), "Extra inputs"),
    (lambda b: b["ledgers"].__setitem__("documentDescription", "x" * 211), "210"),
])
def test_a_body_outside_the_contract_is_never_sent(mutate, words):
    _, body = documented()
    mutate(body)
    script = Script(**{"POST accounting/ledger": [ok()]})
    outcome = client(script).post_voucher(body)
    assert isinstance(outcome, NotSent) and not outcome.can_retry
    assert words in outcome.message
    assert script.requests == []


def test_three_decimal_amount_equal_to_cents_goes_out_with_two():
    _, body = documented()
    body["ledgers"]["ledgerRows"][0]["amount"] = Decimal("2990.000")
    script = Script(**{"POST accounting/ledger": [ok()]})
    assert client(script).post_voucher(body).ok
    assert '"amount":2990.00,' in script.sent()[0].content.decode()


def test_validation_errors_point_at_voucher_lines():
    checked, body = documented()
    rows = confirma_row_lines(checked.voucher, checked.table)
    assert rows == [1, 2, 2]
    answer = ok({"code": "validation", "message": "2 problems",
                 "invalidFields": ["ledgers.ledgerRows[1].accountNumber", "ledgers.ledgerRows[2].amount"],
                 "details": [{"field": "ledgers.ledgerRows[1].accountNumber", "message": "unknown account"},
                             {"field": "ledgers.ledgerRows[2].amount", "message": "wrong"},
                             {"field": "ledgers.documentDate", "message": "bad date"}]}, status=400)
    script = Script(**{"POST accounting/ledger": [answer]})
    outcome = client(script).post_voucher(body, row_lines=rows)
    assert isinstance(outcome, Rejected) and outcome.code == "validation"
    places = [(i.field, i.line) for i in outcome.field_issues]
    assert places == [("account", 2), ("vat_code", 2), ("date", None)]
    assert "unknown account" in outcome.field_issues[0].message
    assert "line 2, account" in outcome.message
    assert len(script.sent()) == 1


def test_rows_map_from_the_body_alone_when_no_voucher_is_at_hand():
    _, body = documented()
    answer = ok({"errors": {"ledgers.ledgerRows[1].amount": ["must be a number"]}}, status=400)
    outcome = client(Script(**{"POST accounting/ledger": [answer]})).post_voucher(body)
    assert [(i.field, i.line) for i in outcome.field_issues] == [("credit", 2)]


def test_401_with_expired_message_is_expired_without_asking_validate():
    _, body = documented()
    script = Script(**{"POST accounting/ledger": [ok({"message": "Token has expired"}, status=401)]})
    outcome = client(script).post_voucher(body)
    assert isinstance(outcome, AuthFailed) and outcome.reason == "expired"
    assert "expired" in outcome.message


def test_401_asks_validate_to_tell_invalid_from_expired():
    _, body = documented()
    script = Script(**{"POST accounting/ledger": [ok({"message": "Unauthorized"}, status=401)],
                       "GET validate": [ok({"isValid": False, "message": "Token is invalid"}, status=401)]})
    outcome = client(script).post_voucher(body)
    assert isinstance(outcome, AuthFailed) and outcome.reason == "invalid"
    assert [r.url.path.rsplit("/", 1)[1] for r in script.requests] == ["ledger", "validate"]


def test_429_and_5xx_are_retried_with_the_same_body_honouring_retry_after():
    _, body = documented()
    sleeps = []
    script = Script(**{"POST accounting/ledger": [ok({"message": "slow down"}, 429, headers={"Retry-After": "2"}),
                                                  ok({"message": "oops"}, 503, headers={"Retry-After": "3"}), ok()],
                       "GET accounting/ledger": [httpx.Response(204)]})
    outcome = client(script, sleeps=sleeps).post_voucher(body)
    assert outcome.ok
    posts = script.sent()
    assert len(posts) == 3 and len({p.content for p in posts}) == 1
    assert sleeps[:2] == [2, 3]  # Retry-After of the 429 and of the 503, both longer than the backoff
    assert len(script.sent("GET")) == 1  # after the 503 it looked before re-sending


def test_retries_are_bounded():
    _, body = documented()
    script = Script(**{"POST accounting/ledger": [ok({"message": "down"}, 503)],
                       "GET accounting/ledger": [httpx.Response(204)]})
    outcome = client(script, retry=RetryPolicy(attempts=3, backoff=0.01)).post_voucher(body)
    assert isinstance(outcome, Transient) and outcome.status == 503
    assert len(script.sent()) == 3


def test_a_long_retry_after_is_returned_not_waited():
    _, body = documented()
    script = Script(**{"POST accounting/ledger": [ok({}, 429, headers={"Retry-After": "600"})]})
    outcome = client(script).post_voucher(body)
    assert isinstance(outcome, RateLimited) and outcome.retry_after == 600
    assert "10 min" in outcome.message and len(script.sent()) == 1


def test_uncertain_post_is_not_resent_when_the_status_list_has_it():
    _, body = documented()
    script = Script(**{"POST accounting/ledger": [httpx.ReadTimeout("timed out")],
                       "GET accounting/ledger": [listed("abc-123-def-456")]})
    outcome = client(script).post_voucher(body)
    assert isinstance(outcome, Accepted) and isinstance(outcome.value, LedgerStatus)
    assert "queued" in outcome.message
    assert len(script.sent()) == 1


def test_uncertain_post_is_resent_only_after_the_status_list_shows_it_absent():
    _, body = documented()
    script = Script(**{"POST accounting/ledger": [httpx.RemoteProtocolError("Server disconnected"), ok()],
                       "GET accounting/ledger": [httpx.Response(204)]})
    outcome = client(script, retry=RetryPolicy(backoff=0.01, status_checks=2)).post_voucher(body)
    assert outcome.ok
    kinds = [r.method for r in script.requests]
    assert kinds == ["POST", "GET", "GET", "POST"]


def test_uncertain_post_is_not_resent_when_the_status_cannot_be_read():
    _, body = documented()
    script = Script(**{"POST accounting/ledger": [httpx.ReadTimeout("timed out")],
                       "GET accounting/ledger": [httpx.ConnectError("refused")]})
    outcome = client(script).post_voucher(body)
    assert isinstance(outcome, Uncertain) and "status" in outcome.message
    assert len(script.sent()) == 1


def test_not_sent_is_retried():
    _, body = documented()
    script = Script(**{"POST accounting/ledger": [httpx.ConnectError("[Errno 111] Connection refused"), ok()]})
    assert client(script).post_voucher(body).ok
    assert len(script.sent()) == 2


def test_ok_in_html_is_checked_against_the_status_list():
    _, body = documented()
    page = httpx.Response(200, text="<html><body>Welcome to the hotel wifi</body></html>",
                          headers={"Content-Type": "text/html"})
    script = Script(**{"POST accounting/ledger": [page], "GET accounting/ledger": [httpx.Response(204)]})
    outcome = client(script).post_voucher(body)
    assert isinstance(outcome, Unexpected) and "hotel wifi" in outcome.message
    assert len(script.sent()) == 1


def test_html_error_page_is_a_transient_with_an_excerpt():
    page = httpx.Response(502, text="<html><title>502 Bad Gateway</title></html>",
                          headers={"Content-Type": "text/html"})
    outcome = client(Script(**{"GET accounting/ledger": [page]})).sync_status()
    assert isinstance(outcome, Transient) and "web page" in outcome.message and "502" in outcome.message


def test_sync_status_parses_lists_tolerates_unknown_fields_and_204():
    script = Script(**{"GET accounting/ledger": [listed("id-1", 1), listed("id-2", 7), httpx.Response(204)]})
    c = client(script)
    first = c.sync_status()
    assert first.ok and first.value[0].state == SyncStatus.SYNCED and first.value[0].sourceIdentifier == "id-1"
    assert c.status_of("id-2").state == SyncStatus.FAILED
    assert c.sync_status().value == []
    assert c.status_of("id-3") is None


def test_unreadable_status_raises_a_readable_error():
    script = Script(**{"GET accounting/ledger": [httpx.Response(200, text="{not json")]})
    with pytest.raises(StatusUnavailable, match="cannot be read"):
        client(script).status_of("x")


def test_validate_token():
    script = Script(**{"GET validate": [ok({"isValid": True, "message": "Token is valid"}),
                                        ok({"isValid": False, "message": "Token has expired"}, 401),
                                        ok({"isValid": False, "message": "Token is invalid"}, 200)]})
    c = client(script)
    assert c.validate_token().ok
    assert c.validate_token().reason == "expired"
    assert c.validate_token().reason == "invalid"


def test_renew_and_verify_returns_the_token_only_when_validate_accepts_it():
    new = "sandbox-confirma-" + "ab" * 16
    checked_with = []

    def validate(request):
        checked_with.append(request.headers["X-Api-Key"])
        good = request.headers["X-Api-Key"] == new
        return ok({"isValid": good, "message": "Token is valid" if good else "Token is invalid"}, 200 if good else 401)
    script = Script(**{"GET renew": [ok({"Message": "Token renewed.", "token": new})], "GET validate": [validate]})
    renewal = client(script).renew_and_verify()
    assert renewal.verified and renewal.new_token == new and checked_with == [new]
    assert new not in repr(renewal) and new not in renewal.message

    script = Script(**{"GET renew": [ok({"Message": "Token renewed.", "token": "z" * 30})], "GET validate": [validate]})
    renewal = client(script).renew_and_verify()
    assert not renewal.verified and renewal.new_token is None and "stays in use" in renewal.message


def test_renew_without_a_token_keeps_the_old_key():
    script = Script(**{"GET renew": [ok({"Message": "Your token was renewed; see the portal"})]})
    renewal = client(script).renew_and_verify()
    assert renewal.new_token is None and "No new key" in renewal.message
    assert [r.url.path.rsplit("/", 1)[1] for r in script.requests] == ["renew"]


def test_renew_finds_a_token_inside_the_message():
    token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlMTIzNDU2"
    script = Script(**{"GET renew": [ok({"Message": f"New token: {token}"})]})
    renewed = client(script).renew_token()
    assert renewed.value.new_token == token
    assert token not in renewed.value.message and token not in repr(renewed)

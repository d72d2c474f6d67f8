"""InfinityClient over httpx.MockTransport: entries, transactions, never a second POST of an uncertain entry."""

from __future__ import annotations

import base64
import json
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from app.client import (Accepted, AuthFailed, ClientProfile, InfinityClient, NotSent, RateBudget, RateLimited,
                        Rejected, RetryPolicy, Transaction, Transient, Uncertain, Unexpected)
from app.domain.targets import Target
from app.domain.targets.infinity import plan_infinity_entries
from app.services.voucher_files import check_voucher, read_voucher_file

KEY = "k-infinity-0123456789abcdef"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
DOCUMENTED = {"date": "2025-01-01", "description": "Einnahme von 120.50 CHF", "debitAccount": 1020,
              "creditAccount": 3200, "amount": 12050, "currency": "CHF", "taxCode": "UN81"}
BOOKED = {"transactions": [
    {"id": "682338d9e9500b3ffe4baa5a", "date": "2025-01-01", "debitAccount": 1020, "creditAccount": 3200,
     "description": "Einnahme von 120.50 CHF", "amount": 11147, "grossAmount": 12050, "currency": "CHF",
     "originalAmount": 11147, "originalCurrency": "CHF", "taxCode": "UN81", "isTaxTransaction": False,
     "createdBy": "someone"},
    {"id": "682338d9e9500b3ffe4baa5b", "date": "2025-01-01", "debitAccount": 1020, "creditAccount": 2200,
     "description": "Einnahme von 120.50 CHF", "amount": 903, "grossAmount": 12050, "currency": "CHF",
     "originalAmount": 903, "originalCurrency": "CHF", "taxCode": "UN81", "isTaxTransaction": True}]}


class Script:
    def __init__(self, *answers):
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request):
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def client(script, key=KEY, budget=None, clock=lambda: 1_000_000.0):
    prof = ClientProfile("ch", Target.INFINITY, "https://api.infinity.swiss/v1", "production", lambda: key)
    return InfinityClient(prof, transport=httpx.MockTransport(script), budget=budget, sleep=lambda s: None,
                          retry=RetryPolicy(backoff=0.01), clock=clock)


def test_documented_entry_returns_net_and_vat_transactions():
    script = Script(httpx.Response(201, json=BOOKED))
    outcome = client(script).post_entry(dict(DOCUMENTED))
    assert isinstance(outcome, Accepted) and outcome.status == 201
    assert all(isinstance(t, Transaction) for t in outcome.value)
    assert [(t.amount, t.isTaxTransaction) for t in outcome.value] == [(11147, False), (903, True)]
    assert "net 111.47 CHF, VAT 9.03 CHF" in outcome.message
    assert json.loads(script.requests[0].content) == DOCUMENTED


def test_the_example_voucher_plans_and_posts_one_entry():
    checked = check_voucher(read_voucher_file(EXAMPLES / "infinity-documented.json"))
    entries, _ = plan_infinity_entries(checked.voucher, checked.table)
    script = Script(httpx.Response(201, json=BOOKED))
    outcome = client(script).post_entry(entries[0].body(checked.voucher), entry=entries[0])
    assert outcome.ok and "expected" not in outcome.message  # our prediction matched Infinity's split


def test_exchange_rate_goes_out_as_a_json_number():
    script = Script(httpx.Response(201, json=BOOKED))
    body = dict(DOCUMENTED, currency="EUR", exchangeRate=Decimal("0.9412"))
    client(script).post_entry(body)
    assert '"exchangeRate":0.9412' in script.requests[0].content.decode()


@pytest.mark.parametrize("change", [{"amount": 120.5}, {"amount": 0}, {"debitAccount": "1020"},
                                    {"description": "two\nlines"}, {"taxCode": "UN99"}, {"currency": "chf"},
                                    {"exchangeRate": 0.94}, {"extra": 1}, {"description": "x" * 129}])
def test_an_entry_outside_the_contract_is_never_sent(change):
    script = Script(httpx.Response(201, json=BOOKED))
    outcome = client(script).post_entry(dict(DOCUMENTED, **change))
    assert isinstance(outcome, NotSent) and not outcome.can_retry
    assert script.requests == []


@pytest.mark.parametrize("failure", [httpx.ReadTimeout("timed out"),
                                     httpx.RemoteProtocolError("Server disconnected without sending a response."),
                                     httpx.ReadError("[Errno 104] Connection reset by peer")])
def test_an_uncertain_entry_is_never_sent_twice(failure):
    script = Script(failure, httpx.Response(201, json=BOOKED))
    outcome = client(script).post_entry(dict(DOCUMENTED))
    assert isinstance(outcome, Uncertain)
    assert "booked twice" in outcome.message
    assert len(script.requests) == 1


def test_a_server_error_is_transient_and_not_resent():
    script = Script(httpx.Response(500, json={"code": "general/server-error"}), httpx.Response(201, json=BOOKED))
    outcome = client(script).post_entry(dict(DOCUMENTED))
    assert isinstance(outcome, Transient) and outcome.status == 500
    assert "may or may not be booked" in outcome.message and len(script.requests) == 1


def test_connection_refused_is_retried_because_nothing_left():
    script = Script(httpx.ConnectError("[Errno 111] Connection refused"), httpx.Response(201, json=BOOKED))
    assert client(script).post_entry(dict(DOCUMENTED)).ok
    assert len(script.requests) == 2


def test_429_is_rate_limited_and_holds_the_budget_back():
    budget = RateBudget(clock=lambda: 1_000_000.0)
    script = Script(httpx.Response(429, json={"code": "general/too-many-requests"}, headers={"Retry-After": "120"}))
    c = client(script, budget=budget)
    first = c.post_entry(dict(DOCUMENTED))
    assert isinstance(first, RateLimited) and first.retry_after == 120 and not first.local
    second = c.post_entry(dict(DOCUMENTED))
    assert isinstance(second, RateLimited) and second.local and second.retry_after == 120
    assert "held the request back" in second.message and "not processed" in second.message
    assert len(script.requests) == 1


def test_the_budget_stops_request_1001_within_the_hour():
    now = [1_000_000.0]
    budget = RateBudget(clock=lambda: now[0], limit=3)
    script = Script(httpx.Response(201, json=BOOKED))
    c = client(script, budget=budget, clock=lambda: now[0])
    assert all(c.post_entry(dict(DOCUMENTED)).ok for _ in range(3))
    now[0] += 600
    held = c.post_entry(dict(DOCUMENTED))
    assert isinstance(held, RateLimited) and held.local and held.retry_after == 3000
    assert len(script.requests) == 3
    check = c.budget_check(2)
    assert check.remaining == 0 and "waiting 50 min" in check.message


def test_validation_error_maps_invalid_fields_onto_lines():
    checked = check_voucher(read_voucher_file(EXAMPLES / "infinity-documented.json"))
    entries, _ = plan_infinity_entries(checked.voucher, checked.table)
    answer = httpx.Response(400, json={"code": "ledger-entries/unknown-account", "invalidFields": ["creditAccount",
                                                                                                  "taxCode"],
                                       "details": [{"field": "creditAccount", "message": "no account 3200"}]})
    outcome = client(Script(answer)).post_entry(entries[0].body(checked.voucher), entry=entries[0],
                                                voucher=checked.voucher)
    assert isinstance(outcome, Rejected) and outcome.code == "ledger-entries/unknown-account"
    assert [(i.field, i.line) for i in outcome.field_issues] == [("account", 2), ("vat_code", 2)]
    assert "no account 3200" in outcome.field_issues[0].message


def _jwt(exp):
    def part(obj):
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")
    return f"{part({'alg': 'HS256'})}.{part({'exp': exp, 'org': 'x'})}.c2lnbmF0dXJl"


@pytest.mark.parametrize("key,message,reason", [
    (_jwt(999_000), "Missing or invalid x-api-token", "expired"),
    (_jwt(2_000_000), "Missing or invalid x-api-token", "invalid"),
    (KEY, "Token has expired", "expired"),
    (KEY, "Missing or invalid x-api-token", "unknown"),
])
def test_401_says_expired_or_invalid_when_it_can_tell(key, message, reason):
    answer = httpx.Response(401, json={"code": "general/unauthorised", "message": message})
    outcome = client(Script(answer), key=key).post_entry(dict(DOCUMENTED))
    assert isinstance(outcome, AuthFailed) and outcome.reason == reason


@pytest.mark.parametrize("answer", [httpx.Response(201, text='{"transactions": [{"id": "68'),
                                    httpx.Response(201, json={"unexpected": True}),
                                    httpx.Response(400, text="<html>Bad request</html>"),
                                    httpx.Response(418, json=["odd"])])
def test_unreadable_answers_are_shown_not_crashed_on(answer):
    outcome = client(Script(answer)).post_entry(dict(DOCUMENTED))
    assert outcome.message
    if answer.status_code == 201:  # it said OK: probably booked, in a form we cannot read
        assert isinstance(outcome, Unexpected) and "probably booked" in outcome.message
    else:  # a 4xx in any form means refused, nothing booked: the voucher is editable again
        assert isinstance(outcome, Rejected) and outcome.status == answer.status_code

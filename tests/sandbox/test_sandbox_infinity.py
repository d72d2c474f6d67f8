"""The Infinity side of the sandbox: auth, validation codes, net/VAT split, rate limit."""

from __future__ import annotations

import re
import time
from datetime import date
from decimal import Decimal

import httpx
import pytest

from app.domain.vat_rates import INFINITY_CODES
from app.sandbox import DEFAULT_INFINITY_TOKEN, SandboxServer
from app.sandbox.infinity_checks import TAX_CODES

from .vendor_bodies import DOCUMENTED_INFINITY_ENTRY, entry, to_json

TOKEN = {"x-api-token": "sandbox-infinity-token"}


def test_documented_example_splits_into_net_and_vat(sandbox: SandboxServer, infinity: httpx.Client):
    response = infinity.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY)
    assert response.status_code == 201
    net, vat = response.json()["transactions"]
    assert (net["amount"], vat["amount"]) == (11147, 903)
    assert (net["isTaxTransaction"], vat["isTaxTransaction"]) == (False, True)
    assert (net["debitAccount"], net["creditAccount"]) == (1020, 3200)
    assert (vat["debitAccount"], vat["creditAccount"]) == (1020, 2200)
    for transaction in (net, vat):
        assert re.fullmatch(r"[0-9a-f]{24}", transaction["id"])
        assert transaction["grossAmount"] == 12050
        assert transaction["taxCode"] == "UN81"
        assert transaction["date"] == "2025-01-01"
        assert transaction["currency"] == "CHF"
        assert set(transaction) == {"id", "date", "debitAccount", "creditAccount", "description", "amount",
                                    "grossAmount", "currency", "originalAmount", "originalCurrency",
                                    "taxCode", "isTaxTransaction"}
    assert net["id"] != vat["id"]
    assert len(sandbox.state()["infinity"]["transactions"]) == 2


def test_without_tax_code_one_transaction(infinity: httpx.Client):
    for tax_code in (None, ""):
        body = entry(taxCode=None)
        body["taxCode"] = tax_code
        (only,) = infinity.post("/ledger-entries", json=body).json()["transactions"]
        assert only["amount"] == 12050
        assert only["taxCode"] is None


def test_input_tax_goes_to_1170_against_the_credit_account(infinity: httpx.Client):
    body = entry(debitAccount=4200, creditAccount=2000, amount=108100, taxCode="VM81", date="2025-03-10")
    net, vat = infinity.post("/ledger-entries", json=body).json()["transactions"]
    assert (net["debitAccount"], net["creditAccount"], net["amount"]) == (4200, 2000, 100000)
    assert (vat["debitAccount"], vat["creditAccount"], vat["amount"]) == (1170, 2000, 8100)


def test_reverse_charge_vat_goes_to_2201(infinity: httpx.Client):
    body = entry(debitAccount=4400, creditAccount=2000, amount=10810, taxCode="BZM81")
    _, vat = infinity.post("/ledger-entries", json=body).json()["transactions"]
    assert (vat["debitAccount"], vat["creditAccount"], vat["amount"]) == (4400, 2201, 810)


def test_foreign_currency_is_converted_with_the_given_rate(infinity: httpx.Client):
    body = entry(currency="EUR", exchangeRate=Decimal("0.98"), taxCode=None)
    (only,) = post_entry(infinity, body).json()["transactions"]
    assert (only["amount"], only["currency"]) == (11809, "CHF")
    assert (only["originalAmount"], only["originalCurrency"]) == (12050, "EUR")


def post_entry(client: httpx.Client, body) -> httpx.Response:
    """POST an entry; Decimal values go out as JSON numbers, never through float."""
    return client.post("/ledger-entries", content=to_json(body), headers={"Content-Type": "application/json"})


def rejected(infinity: httpx.Client, body, code: str, status: int = 400) -> dict:
    response = post_entry(infinity, body)
    assert response.status_code == status, response.text
    problem = response.json()
    assert problem["code"] == code
    return problem


def test_missing_fields(infinity: httpx.Client):
    problem = rejected(infinity, entry(date=None, amount=None), "general/missing-fields")
    assert problem["invalidFields"] == ["date", "amount"]


def test_unreadable_body_is_malformed(infinity: httpx.Client):
    response = infinity.post("/ledger-entries", content=b'{"date": ', headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["code"] == "general/malformed-request"


@pytest.mark.parametrize("changes, field", [
    ({"date": "01.01.2025"}, "date"),
    ({"description": ""}, "description"),
    ({"description": "x" * 129}, "description"),
    ({"description": "two\nlines"}, "description"),
    ({"debitAccount": "1020"}, "debitAccount"),
    ({"creditAccount": 999}, "creditAccount"),
    ({"creditAccount": 10000}, "creditAccount"),
    ({"amount": 0}, "amount"),
    ({"amount": Decimal("120.5")}, "amount"),
    ({"amount": "12050"}, "amount"),
    ({"currency": "chf"}, "currency"),
    ({"currency": "EURO"}, "currency"),
    ({"exchangeRate": 0}, "exchangeRate"),
    ({"exchangeRate": Decimal("-1.5")}, "exchangeRate"),
    ({"taxCode": "UN80"}, "taxCode"),
    ({"tax_code": "UN81"}, "tax_code"),
])
def test_malformed_fields(infinity: httpx.Client, changes: dict, field: str):
    problem = rejected(infinity, entry(**changes), "general/malformed-request")
    assert problem["invalidFields"] == [field]


def test_description_of_128_characters_is_fine(infinity: httpx.Client):
    assert infinity.post("/ledger-entries", json=entry(description="x" * 128)).status_code == 201


def test_unknown_account(infinity: httpx.Client):
    problem = rejected(infinity, entry(creditAccount=3201), "ledger-entries/unknown-account")
    assert problem["invalidFields"] == ["creditAccount"]


def test_tax_code_outside_its_dates(infinity: httpx.Client):
    problem = rejected(infinity, entry(taxCode="UN77", date="2025-01-01"), "ledger-entries/invalid-tax-code")
    assert problem["invalidFields"] == ["taxCode"]
    rejected(infinity, entry(taxCode="UN81", date="2023-12-31"), "ledger-entries/invalid-tax-code")
    assert infinity.post("/ledger-entries", json=entry(taxCode="UN77", date="2023-12-31")).status_code == 201


def test_date_before_the_first_fiscal_year(infinity: httpx.Client):
    problem = rejected(infinity, entry(date="2017-12-31", taxCode=None), "ledger-entries/no-open-fiscal-year")
    assert problem["invalidFields"] == ["date"]


def test_closed_period():
    with SandboxServer(closed_until=date(2025, 3, 31)) as server, \
            httpx.Client(base_url=server.infinity_url, headers=TOKEN) as client:
        problem = rejected(client, entry(date="2025-03-31"), "ledger-entries/closed-period")
        assert problem["invalidFields"] == ["date"]
        assert client.post("/ledger-entries", json=entry(date="2025-04-01")).status_code == 201


def test_unknown_foreign_currency_needs_a_rate(infinity: httpx.Client):
    problem = rejected(infinity, entry(currency="JPY"), "ledger-entries/unknown-exchange-rate")
    assert problem["invalidFields"] == ["exchangeRate"]


@pytest.mark.parametrize("headers", [{}, {"x-api-token": "wrong"},
                                     {"Authorization": "Bearer sandbox-infinity-token"}])
def test_unauthorised(sandbox: SandboxServer, headers: dict):
    response = httpx.post(sandbox.infinity_url + "/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY,
                          headers=headers)
    assert response.status_code == 401
    assert response.json()["code"] == "general/unauthorised"
    assert sandbox.state()["infinity"]["transactions"] == []


def test_bearer_only_when_enabled():
    with SandboxServer(accept_bearer=True) as server:
        response = httpx.post(server.infinity_url + "/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY,
                              headers={"Authorization": "Bearer sandbox-infinity-token"})
    assert response.status_code == 201


def test_rate_limit_then_retry_after_then_new_window():
    with SandboxServer(rate_limit=3, rate_window=0.5) as server, \
            httpx.Client(base_url=server.infinity_url, headers=TOKEN) as client:
        # Requests that fail validation count too: the limit is per request, not per booking.
        statuses = [client.post("/ledger-entries", json=entry(amount=0)).status_code for _ in range(3)]
        assert statuses == [400, 400, 400]
        limited = client.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY)
        assert limited.status_code == 429
        assert limited.json()["code"] == "general/too-many-requests"
        assert limited.headers["Retry-After"] == "1"
        time.sleep(0.55)
        assert client.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY).status_code == 201


def test_unknown_path_and_method(sandbox: SandboxServer, infinity: httpx.Client):
    assert infinity.get("/ledger-entries").status_code == 405
    assert infinity.post("/accounts", json={}).json()["code"] == "general/not-found"


def test_the_seed_enum_matches_the_rate_catalogue():
    assert set(TAX_CODES) == set(INFINITY_CODES)


def test_finding_contacts_checks_the_token_like_posting_an_entry(sandbox: SandboxServer, infinity: httpx.Client):
    assert infinity.get("/contacts", params={"limit": 1}).json() == {"contacts": []}
    refused = httpx.get(sandbox.infinity_url + "/contacts", headers={"x-api-token": "wrong"}, timeout=5)
    assert refused.status_code == 401 and refused.json()["code"] == "general/unauthorised"
    assert httpx.get(sandbox.infinity_url + "/contacts", timeout=5).status_code == 401
    assert infinity.post("/contacts", json={}).status_code == 405
    assert sandbox.state()["infinity"]["entries"] == []  # a read books nothing


@pytest.mark.parametrize("query", ["limit=201", "limit=0", "limit=-1", "limit=abc", "skip=-5", "limit=1&limit=2"])
def test_finding_contacts_with_a_bad_page_names_the_parameter(infinity: httpx.Client, query: str):
    response = infinity.get("/contacts?" + query)
    assert response.status_code == 400
    assert response.json()["code"] == "general/malformed-request"
    assert response.json()["invalidFields"] == [query.split("=")[0]]


def test_finding_contacts_counts_against_the_hourly_limit():
    with SandboxServer(port=0, rate_limit=2) as server:
        headers = {"x-api-token": DEFAULT_INFINITY_TOKEN}
        statuses = [httpx.get(server.infinity_url + "/contacts", headers=headers, timeout=5).status_code
                    for _ in range(3)]
    assert statuses == [200, 200, 429]

"""The Confirma side of the sandbox: auth, validation, queue -> synced/failed, idempotent identifiers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import httpx
import pytest

from app.sandbox import SandboxServer
from tests.conftest import SandboxClock

from .vendor_bodies import DOCUMENTED_CONFIRMA_BODY, SYNC_DELAY, documented_voucher, post_voucher


def ledger_status(client: httpx.Client, identifier: str) -> dict:
    response = client.get("/accounting/ledger")
    assert response.status_code == 200
    return next(item for item in response.json()["ledgers"] if item["sourceIdentifier"] == identifier)


pytestmark = pytest.mark.sandbox(sync_delay=SYNC_DELAY)


def wait_for_sync(clock: SandboxClock) -> None:
    clock.advance(SYNC_DELAY)


def test_documented_body_is_queued_then_synced(sandbox_clock: SandboxClock, confirma: httpx.Client):
    response = post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY)
    assert response.status_code == 200
    assert response.json() == {}

    pending = ledger_status(confirma, "abc-123-def-456")
    assert pending["status"] == 0
    assert pending["syncDate"] is None
    assert pending["documentStatus"] == "Queued"
    assert pending["documentDate"] == "2025-12-13"
    assert pending["documentName"] == "1001"

    wait_for_sync(sandbox_clock)
    synced = ledger_status(confirma, "abc-123-def-456")
    assert synced["status"] == 1
    assert synced["description"] == "Successfully synced"
    assert synced["documentStatus"] == "Approved"
    assert len(synced["syncDate"]) == 10
    assert set(synced) == {"sourceIdentifier", "documentDate", "documentName", "documentStatus",
                           "syncDate", "status", "description"}


def test_empty_list_is_204(confirma: httpx.Client):
    response = confirma.get("/accounting/ledger")
    assert response.status_code == 204
    assert response.content == b""


def test_unknown_account_fails_at_sync(sandbox_clock: SandboxClock, confirma: httpx.Client):
    body = documented_voucher()
    body["ledgers"]["ledgerRows"][1]["accountNumber"] = "3999"
    assert post_voucher(confirma, body).status_code == 200
    wait_for_sync(sandbox_clock)
    failed = ledger_status(confirma, "abc-123-def-456")
    assert failed["status"] == 2
    assert failed["syncDate"] is None
    assert "3999" in failed["description"]


def test_net_imbalance_fails_at_sync(sandbox_clock: SandboxClock, confirma: httpx.Client):
    body = documented_voucher()
    body["ledgers"]["ledgerRows"][2]["netAmount"] = Decimal("-607.54")
    body["ledgers"]["ledgerRows"][2]["amount"] = Decimal("-607.54")
    assert post_voucher(confirma, body).status_code == 200
    wait_for_sync(sandbox_clock)
    failed = ledger_status(confirma, "abc-123-def-456")
    assert failed["status"] == 2
    assert "does not balance" in failed["description"]
    assert "-0.01" in failed["description"]


def test_closed_period_fails_at_sync():
    with SandboxServer(sync_delay=0, closed_until=date(2025, 12, 31)) as server, \
            httpx.Client(base_url=server.confirma_url, headers={"X-Api-Key": "sandbox-confirma-key"}) as client:
        assert post_voucher(client, DOCUMENTED_CONFIRMA_BODY).status_code == 200
        failed = ledger_status(client, "abc-123-def-456")
        assert failed["status"] == 2
        assert "Period closed" in failed["description"]


@pytest.mark.parametrize("headers", [{}, {"X-Api-Key": "wrong"}])
def test_every_endpoint_needs_the_key(sandbox: SandboxServer, headers: dict):
    with httpx.Client(base_url=sandbox.confirma_url, headers=headers) as client:
        assert client.get("/accounting/ledger").status_code == 401
        assert post_voucher(client, DOCUMENTED_CONFIRMA_BODY).status_code == 401
        assert client.get("/renew").status_code == 401
        invalid = client.get("/validate")
    assert invalid.status_code == 401
    assert invalid.json()["isValid"] is False
    assert sandbox.state()["confirma"]["ledgers"] == []


def test_validate_accepts_the_key(confirma: httpx.Client):
    response = confirma.get("/validate")
    assert response.status_code == 200
    assert response.json() == {"isValid": True, "message": "Token is valid"}


def test_configured_expired_key_says_expired():
    with SandboxServer(expired_keys=["old-key"]) as server:
        response = httpx.get(server.confirma_url + "/validate", headers={"X-Api-Key": "old-key"})
    assert response.status_code == 401
    assert response.json() == {"isValid": False, "message": "Token has expired"}


def test_renew_gives_a_token_and_the_old_key_expires_on_first_use_of_the_new(sandbox: SandboxServer,
                                                                            confirma: httpx.Client):
    renewed = confirma.get("/renew")
    assert renewed.status_code == 200
    assert "Message" in renewed.json()
    token = renewed.json()["token"]
    assert token and token != "sandbox-confirma-key"
    # Until the new token is used, the old key still works.
    assert confirma.get("/validate").status_code == 200
    with httpx.Client(base_url=sandbox.confirma_url, headers={"X-Api-Key": token}) as new_client:
        assert new_client.get("/validate").json()["isValid"] is True
        assert post_voucher(new_client, DOCUMENTED_CONFIRMA_BODY).status_code == 200
    expired = confirma.get("/validate")
    assert expired.status_code == 401
    assert expired.json()["message"] == "Token has expired"


def test_identical_repeat_is_200_and_books_once(sandbox: SandboxServer, confirma: httpx.Client):
    assert post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY).status_code == 200
    again = post_voucher(confirma, documented_voucher())  # same content, other number formatting
    assert again.status_code == 200
    assert len(sandbox.state()["confirma"]["ledgers"]) == 1
    assert [r["status"] for r in sandbox.received("confirma")] == [200, 200]


def test_same_identifier_with_other_content_is_409(sandbox: SandboxServer, confirma: httpx.Client):
    assert post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY).status_code == 200
    body = documented_voucher()
    body["ledgers"]["documentName"] = "1002"
    conflict = post_voucher(confirma, body)
    assert conflict.status_code == 409
    assert conflict.json()["code"] == "duplicate-identifier"
    assert ledger_status(confirma, "abc-123-def-456")["documentName"] == "1001"


def invalid(confirma: httpx.Client, body: dict) -> dict:
    response = post_voucher(confirma, body)
    assert response.status_code == 400, response.text
    problem = response.json()
    assert problem["code"] == "validation"
    assert problem["message"]
    return problem


def test_amount_as_string_is_rejected(sandbox: SandboxServer, confirma: httpx.Client):
    body = documented_voucher()
    body["ledgers"]["ledgerRows"][0]["amount"] = "2990.00"
    body["ledgers"]["ledgerRows"][0]["netAmount"] = "2990.00"
    problem = invalid(confirma, body)
    assert problem["invalidFields"] == ["ledgers.ledgerRows[0].amount", "ledgers.ledgerRows[0].netAmount"]
    assert sandbox.state()["confirma"]["ledgers"] == []
    assert sandbox.received("confirma")[0]["status"] == 400


def test_is_vat_row_true_is_rejected(confirma: httpx.Client):
    body = documented_voucher()
    body["ledgers"]["ledgerRows"][2]["isVatRow"] = True
    problem = invalid(confirma, body)
    assert problem["invalidFields"] == ["ledgers.ledgerRows[2].isVatRow"]
    assert "boolean" in problem["details"][0]["message"]


@pytest.mark.parametrize("field, value, path", [
    ("amount", Decimal("2990.001"), "ledgers.ledgerRows[0].amount"),
    ("bookingDate", "12.12.2025", "ledgers.ledgerRows[0].bookingDate"),
    ("accountNumber", 1701, "ledgers.ledgerRows[0].accountNumber"),
    ("isVatRow", 2, "ledgers.ledgerRows[0].isVatRow"),
    ("vatPercentage", "25.5", "ledgers.ledgerRows[0].vatPercentage"),
    ("ledgerDimensions", [{"dimensionType": "COST_CENTER"}],
     "ledgers.ledgerRows[0].ledgerDimensions[0].dimensionValue"),
    ("amountt", 1, "ledgers.ledgerRows[0].amountt"),
])
def test_row_field_problems_are_rejected(confirma: httpx.Client, field, value, path):
    body = documented_voucher()
    body["ledgers"]["ledgerRows"][0][field] = value
    assert invalid(confirma, body)["invalidFields"] == [path]


def test_description_over_210_characters_is_rejected(confirma: httpx.Client):
    body = documented_voucher()
    body["ledgers"]["documentDescription"] = "x" * 211
    assert invalid(confirma, body)["invalidFields"] == ["ledgers.documentDescription"]
    body["ledgers"]["documentDescription"] = "x" * 210
    assert post_voucher(confirma, body).status_code == 200


def test_required_fields_are_listed(confirma: httpx.Client):
    body = documented_voucher()
    del body["ledgers"]["documentDate"]
    del body["ledgers"]["ledgerRows"][1]["netAmount"]
    body["ledgers"]["calculationMode"] = "gross"
    problem = invalid(confirma, body)
    assert problem["invalidFields"] == ["ledgers.documentDate", "ledgers.calculationMode",
                                        "ledgers.ledgerRows[1].netAmount"]


def test_ledgers_array_is_rejected(confirma: httpx.Client):
    body = documented_voucher()
    problem = invalid(confirma, {"ledgers": [body["ledgers"]]})
    assert problem["invalidFields"] == ["ledgers"]


def test_unreadable_json_is_400(confirma: httpx.Client):
    response = post_voucher(confirma, '{"ledgers": {')
    assert response.status_code == 400
    assert response.json()["code"] == "malformed-json"
    nan = post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY.replace("2990.0,", "NaN,", 1))
    assert nan.status_code == 400


def test_a_voucher_stays_queued_until_confirmas_clock_passes_its_sync_delay(sandbox_clock: SandboxClock,
                                                                             confirma: httpx.Client):
    assert post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY).status_code == 200
    sandbox_clock.advance(SYNC_DELAY - 1)
    assert ledger_status(confirma, "abc-123-def-456")["documentStatus"] == "Queued"
    sandbox_clock.advance(1)
    assert ledger_status(confirma, "abc-123-def-456")["documentStatus"] == "Approved"

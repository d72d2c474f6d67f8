"""Fault injection over real loopback HTTP: each kind, matching, counts, the admin endpoint, CLI specs."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from app.sandbox import FaultError, SandboxServer, parse_fault_spec

from .vendor_bodies import DOCUMENTED_CONFIRMA_BODY, DOCUMENTED_INFINITY_ENTRY, post_voucher


def test_delay_then_normal_processing(sandbox: SandboxServer, infinity: httpx.Client):
    sandbox.faults.add("delay", seconds=0.3, target="infinity")
    started = time.monotonic()
    response = infinity.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY)
    assert time.monotonic() - started >= 0.3
    assert response.status_code == 201


def test_delay_past_the_client_timeout_still_books(sandbox: SandboxServer, infinity: httpx.Client):
    sandbox.faults.add("delay", seconds=0.3)
    with pytest.raises(httpx.ReadTimeout):
        infinity.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY, timeout=0.1)
    time.sleep(0.4)
    assert len(sandbox.state()["infinity"]["transactions"]) == 2


@pytest.mark.parametrize("status", [500, 502, 503])
def test_status_fault_processes_nothing(sandbox: SandboxServer, confirma: httpx.Client, status: int):
    sandbox.faults.add("status", status=status)
    response = post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY)
    assert response.status_code == status
    assert sandbox.received("confirma") == []
    assert sandbox.state()["confirma"]["ledgers"] == []
    assert post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY).status_code == 200  # count=1: used up


def test_status_fault_on_infinity_uses_its_error_shape(sandbox: SandboxServer, infinity: httpx.Client):
    sandbox.faults.add("status", status=500, target="infinity")
    response = infinity.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY)
    assert response.status_code == 500
    assert response.json()["code"] == "general/server-error"


def test_rate_limited_fault_has_retry_after(sandbox: SandboxServer, infinity: httpx.Client):
    sandbox.faults.add("rate_limited", retry_after=7)
    response = infinity.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY)
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "7"
    assert response.json() == {"code": "general/too-many-requests", "message": "Rate limit reached"}
    assert sandbox.received("infinity") == []


def test_drop_before_processing_records_nothing(sandbox: SandboxServer, infinity: httpx.Client):
    sandbox.faults.add("drop_before")
    with pytest.raises(httpx.RemoteProtocolError):
        infinity.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY)
    assert sandbox.received("infinity") == []
    assert sandbox.state()["infinity"]["transactions"] == []


def test_drop_after_processing_books_but_answers_nothing(sandbox: SandboxServer, infinity: httpx.Client):
    sandbox.faults.add("drop_after", target="infinity")
    with pytest.raises(httpx.RemoteProtocolError):
        infinity.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY)
    (record,) = sandbox.received("infinity")
    assert record["status"] == 201
    assert record["body"]["amount"] == 12050
    assert len(sandbox.state()["infinity"]["transactions"]) == 2


def test_drop_after_on_confirma_then_the_retry_is_idempotent(sandbox: SandboxServer, confirma: httpx.Client):
    sandbox.faults.add("drop_after", path="/accounting/ledger", method="POST")
    with pytest.raises(httpx.RemoteProtocolError):
        post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY)
    assert post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY).status_code == 200
    assert len(sandbox.state()["confirma"]["ledgers"]) == 1


def test_malformed_json_answer_after_processing(sandbox: SandboxServer, infinity: httpx.Client):
    sandbox.faults.add("malformed_json")
    response = infinity.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY)
    assert response.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.text)
    assert len(sandbox.state()["infinity"]["transactions"]) == 2


def test_html_error_page(sandbox: SandboxServer, confirma: httpx.Client):
    sandbox.faults.add("html_error", target="confirma")
    response = confirma.get("/accounting/ledger")
    assert response.status_code == 502
    assert response.headers["Content-Type"].startswith("text/html")
    assert response.text.startswith("<html>")


def test_expired_token_fault(sandbox: SandboxServer, confirma: httpx.Client, infinity: httpx.Client):
    sandbox.faults.add("expired_token", count=2)
    validate = confirma.get("/validate")
    assert validate.status_code == 401
    assert validate.json() == {"isValid": False, "message": "Token has expired"}
    posted = infinity.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY)
    assert posted.status_code == 401
    assert posted.json()["code"] == "general/unauthorised"
    assert confirma.get("/validate").status_code == 200


def test_faults_match_target_path_and_method(sandbox: SandboxServer, confirma: httpx.Client,
                                            infinity: httpx.Client):
    sandbox.faults.add("status", count=2, target="confirma", path="/accounting/ledger", method="POST")
    assert infinity.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY).status_code == 201
    assert confirma.get("/validate").status_code == 200
    assert confirma.get("/accounting/ledger").status_code == 204
    assert post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY).status_code == 503
    assert sandbox.faults.pending()[0]["count"] == 1
    assert post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY).status_code == 503
    assert sandbox.faults.pending() == []
    assert post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY).status_code == 200


def test_admin_endpoint_plans_lists_and_clears_faults(sandbox: SandboxServer, admin: httpx.Client,
                                                    infinity: httpx.Client):
    planned = admin.post("/faults", json=[{"kind": "status", "status": 502, "count": 3, "target": "infinity"},
                                          {"kind": "delay", "seconds": 0.1}])
    assert planned.status_code == 201
    assert [f["kind"] for f in admin.get("/faults").json()] == ["status", "delay"]
    assert infinity.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY).status_code == 502
    assert admin.get("/faults").json()[0]["count"] == 2
    assert admin.delete("/faults").status_code == 200
    assert admin.get("/faults").json() == []
    assert admin.post("/faults", json={"kind": "explode"}).status_code == 400
    assert admin.post("/faults", json={"kind": "status", "status": 404}).status_code == 400


def test_faults_never_touch_admin_endpoints(sandbox: SandboxServer, admin: httpx.Client):
    sandbox.faults.add("drop_before")
    assert admin.get("/state").status_code == 200
    assert len(sandbox.faults.pending()) == 1


def test_faults_given_at_start():
    with SandboxServer(faults=[parse_fault_spec("status=503,target=infinity")]) as server:
        response = httpx.post(server.infinity_url + "/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY,
                              headers={"x-api-token": "sandbox-infinity-token"})
    assert response.status_code == 503


def test_cli_fault_specs():
    delay = parse_fault_spec("delay=3")
    assert (delay.kind, delay.params, delay.remaining) == ("delay", {"seconds": 3.0}, 1)
    status = parse_fault_spec("status=502,count=2,target=infinity,path=/ledger-entries,method=post")
    assert (status.params, status.remaining, status.target, status.path, status.method) == (
        {"status": 502}, 2, "infinity", "/ledger-entries", "POST")
    assert parse_fault_spec("drop-after").kind == "drop_after"
    assert parse_fault_spec("rate_limited=30").params == {"retry_after": 30}
    for bad in ("explode", "drop_before=3", "status=404", "delay=soon", "delay,count=0", "status,target=x",
                "delay,colour=red"):
        with pytest.raises(FaultError):
            parse_fault_spec(bad)

"""Admin endpoints, persistence under a data folder, secrets kept out of files, loopback policy."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from app.sandbox import SandboxServer

from .vendor_bodies import DOCUMENTED_CONFIRMA_BODY, DOCUMENTED_INFINITY_ENTRY, post_voucher


def test_received_lists_processed_posts_per_target(sandbox: SandboxServer, admin: httpx.Client,
                                                   confirma: httpx.Client, infinity: httpx.Client):
    post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY)
    infinity.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY)
    infinity.post("/ledger-entries", content=b"not json", headers={"Content-Type": "application/json"})
    (voucher,) = json.loads(admin.get("/received", params={"target": "confirma"}).text, parse_float=Decimal)
    assert voucher["method"] == "POST"
    assert voucher["path"] == "/api/v1/partner/accounting/ledger"
    assert voucher["status"] == 200
    assert voucher["body"]["ledgers"]["ledgerRows"][1]["netAmount"] == Decimal("-2382.47")
    assert voucher["time"]
    entries = admin.get("/received", params={"target": "infinity"}).json()
    assert [(e["status"], e["body"]) for e in entries] == [(201, DOCUMENTED_INFINITY_ENTRY), (400, "not json")]
    assert len(admin.get("/received").json()) == 3
    assert admin.get("/received", params={"target": "other"}).status_code == 400
    assert sandbox.received("infinity")[0]["body"] == DOCUMENTED_INFINITY_ENTRY


def test_state_and_reset(sandbox: SandboxServer, admin: httpx.Client, confirma: httpx.Client,
                         infinity: httpx.Client):
    confirma.get("/renew")
    post_voucher(confirma, DOCUMENTED_CONFIRMA_BODY)
    infinity.post("/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY)
    state = admin.get("/state").json()
    (ledger,) = state["confirma"]["ledgers"]
    assert ledger["sourceIdentifier"] == "abc-123-def-456"
    assert ledger["status"] == 0
    assert ledger["voucher"]["documentName"] == "1001"
    assert [t["amount"] for t in state["infinity"]["transactions"]] == [11147, 903]
    assert admin.post("/reset").status_code == 200
    assert admin.get("/state").json() == {"confirma": {"ledgers": []},
                                          "infinity": {"entries": [], "transactions": []}}
    assert admin.get("/received").json() == []
    assert confirma.get("/accounting/ledger").status_code == 204


def test_info_names_urls_but_no_keys(sandbox: SandboxServer, admin: httpx.Client):
    info = admin.get("/info").json()
    assert info["confirmaUrl"] == sandbox.confirma_url
    assert info["infinityUrl"] == sandbox.infinity_url
    assert "sandbox-confirma-key" not in str(info)


def test_data_folder_survives_a_restart_and_holds_no_secrets(tmp_path: Path):
    key, token = "secret-confirma-key-123", "secret-infinity-token-456"
    with SandboxServer(data_dir=tmp_path, confirma_key=key, infinity_token=token, sync_delay=0) as first:
        with httpx.Client(base_url=first.confirma_url, headers={"X-Api-Key": key}) as client:
            assert post_voucher(client, DOCUMENTED_CONFIRMA_BODY).status_code == 200
            renewed = client.get("/renew").json()["token"]
        response = httpx.post(first.infinity_url + "/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY,
                              headers={"x-api-token": token})
        assert response.status_code == 201
    with SandboxServer(data_dir=tmp_path, confirma_key=key, infinity_token=token, sync_delay=0) as second:
        assert len(second.received("confirma")) == 1
        assert len(second.received("infinity")) == 1
        assert [t["amount"] for t in second.state()["infinity"]["transactions"]] == [11147, 903]
        with httpx.Client(base_url=second.confirma_url, headers={"X-Api-Key": key}) as client:
            (ledger,) = client.get("/accounting/ledger").json()["ledgers"]
            assert ledger["status"] == 1
            # The retry of a voucher accepted before the restart is still recognised.
            assert post_voucher(client, DOCUMENTED_CONFIRMA_BODY).status_code == 200
        assert len(second.state()["confirma"]["ledgers"]) == 1
    written = "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())
    assert "abc-123-def-456" in written
    for secret in (key, token, renewed):
        assert secret not in written


def test_log_lines_carry_method_path_status_only():
    lines: list[str] = []
    with SandboxServer(log=lines.append) as server:
        httpx.get(server.confirma_url + "/validate?x=1", headers={"X-Api-Key": "sandbox-confirma-key"})
        httpx.get(server.confirma_url + "/renew", headers={"X-Api-Key": "sandbox-confirma-key"})
    assert lines == ["GET /api/v1/partner/validate 200", "GET /api/v1/partner/renew 200"]


def test_non_loopback_host_needs_allow_remote():
    with pytest.raises(ValueError, match="loopback"):
        SandboxServer("0.0.0.0")
    SandboxServer("0.0.0.0", allow_remote=True)  # constructed, never started: nothing is bound


def test_unknown_paths_are_404(sandbox: SandboxServer):
    assert httpx.get(sandbox.base_url + "/").status_code == 404
    assert httpx.get(sandbox.base_url + "/_sandbox/nothing").status_code == 404
    assert httpx.get(sandbox.confirma_url + "/nothing", headers={"X-Api-Key": "x"}).status_code == 404


def test_the_sandbox_does_not_import_the_client():
    code = ("import sys, app.sandbox, app.cli.sandbox_command; "
            "bad = [m for m in sys.modules if m.startswith(('app.client', 'PySide6', 'app.ui'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=20,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stdout + result.stderr


def test_health_names_ledgerdesk_and_its_version(admin: httpx.Client):
    from app import __version__

    assert admin.get("/health").json() == {"app": "LedgerDesk", "service": "sandbox", "version": __version__,
                                           "status": "ok"}

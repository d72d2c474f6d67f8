"""`ledgerdesk sandbox` as a user runs it: a subprocess that prints its URLs and keys and stops on Ctrl+C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from app.cli import build_parser

from .vendor_bodies import DOCUMENTED_INFINITY_ENTRY

REPO = Path(__file__).resolve().parents[2]


def ledgerdesk_command() -> list[str]:
    """The installed `ledgerdesk` script next to this Python, else the same entry point via -m app."""
    script = Path(sys.executable).with_name("ledgerdesk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def start_cli(*args: str) -> tuple[subprocess.Popen, list[str]]:
    """Start the command and read its banner up to the "Press Ctrl+C" line."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([*ledgerdesk_command(), "sandbox", *args], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    banner = []
    while True:
        line = process.stdout.readline()
        assert line, "the sandbox exited before printing its banner: " + process.stderr.read()
        banner.append(line.rstrip("\n"))
        if line.startswith("Press Ctrl+C"):
            return process, banner


def test_sandbox_command_prints_urls_and_keys_and_stops_on_sigint():
    process, banner = start_cli("--port", "0", "--rate-limit", "5")
    try:
        text = "\n".join(banner)
        base = re.search(r"listening on (http://127\.0\.0\.1:\d+)", text).group(1)
        assert f"{base}/api/v1/partner" in text
        assert f"{base}/v1" in text
        assert "sandbox-confirma-key" in text and "sandbox-infinity-token" in text
        response = httpx.post(base + "/v1/ledger-entries", json=DOCUMENTED_INFINITY_ENTRY,
                              headers={"x-api-token": "sandbox-infinity-token"})
        assert response.status_code == 201
        assert process.stdout.readline().strip() == "POST /v1/ledger-entries 201"
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "Traceback" not in err and "Traceback" not in out
    assert "Sandbox stopped." in out
    assert "sandbox-infinity-token" not in out  # the request log never shows a token


def test_remote_host_is_refused_without_allow_remote():
    result = subprocess.run([*ledgerdesk_command(), "sandbox", "--host", "0.0.0.0", "--port", "0"], cwd=REPO,
                            capture_output=True, text=True, timeout=20)
    assert result.returncode == 2
    assert "loopback" in result.stderr
    assert "Traceback" not in result.stderr


def test_parser_knows_every_option():
    args = build_parser().parse_args([
        "sandbox", "--host", "127.0.0.1", "--port", "0", "--data", "d", "--confirma-key", "k",
        "--infinity-token", "t", "--expired-key", "old", "--accept-bearer", "--sync-delay", "0.5",
        "--closed-until", "2024-12-31", "--rate-limit", "3", "--rate-window", "1", "--fault", "delay=3",
        "--fault", "drop_after,target=confirma", "--allow-remote", "--quiet"])
    assert args.port == 0 and args.rate_limit == 3 and args.fault == ["delay=3", "drop_after,target=confirma"]
    assert str(args.closed_until) == "2024-12-31"


def test_sandbox_command_on_a_port_held_by_a_ledgerdesk_sandbox_says_so():
    from app import __version__
    from app.sandbox import SandboxServer

    with SandboxServer(port=0) as running:
        url = running.base_url
        done = subprocess.run([*ledgerdesk_command(), "sandbox", "--port", str(running.port)], cwd=REPO,
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert f"LedgerDesk's sandbox {__version__} already runs at {url}" in done.stderr
    assert "Traceback" not in done.stderr

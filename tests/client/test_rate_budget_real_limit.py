"""Infinity's real limit, 1000 requests per hour per token, held by the real client against the real sandbox.

Issue 13: no test held the real limit (tests used 3; setting 5000 passed everything), and two
LedgerDesk processes on one token could together exceed it. Here the sandbox runs with the real
limit and the same simulated clock as the client, so an hour passes in a few seconds; the shared
budget file is real SQLite, and the second test runs two real processes on it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.client import Accepted, ClientProfile, InfinityClient, RateBudget, RateLimited
from app.domain.targets import Target
from app.sandbox.server import DEFAULT_INFINITY_TOKEN, SandboxServer

REPO = Path(__file__).resolve().parents[2]
START = 1_700_000_000.0
DOCUMENTED_LIMIT = 1000  # Infinity's documented limit, written out: the client's own constant is under test


class SimulatedClock:
    """Wall time that moves only when the test says the bookkeeper waited."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


def entry(number: int) -> dict:
    return {"date": "2025-01-15", "description": f"Miete {number}", "debitAccount": 1020, "creditAccount": 3200,
            "amount": 100 + number, "currency": "CHF"}


def statuses(sandbox: SandboxServer) -> dict[int, int]:
    seen: dict[int, int] = {}
    for record in sandbox.received("infinity"):
        if record["method"] == "POST":
            seen[record["status"]] = seen.get(record["status"], 0) + 1
    return seen


def test_1200_entries_take_at_least_an_hour_and_infinity_never_answers_too_many_requests(tmp_path):
    clock = SimulatedClock()
    with SandboxServer(rate_limit=DOCUMENTED_LIMIT, rate_window=3600, clock=clock) as sandbox:
        profile = ClientProfile("ch", Target.INFINITY, sandbox.infinity_url, "sandbox",
                                lambda: DEFAULT_INFINITY_TOKEN)
        budget = RateBudget(tmp_path / "infinity-budget.sqlite3", clock=clock)  # the real limit: no `limit=`
        waits: list[float] = []
        with InfinityClient(profile, budget=budget, clock=clock) as client:
            booked = 0
            while booked < 1200:
                outcome = client.post_entry(entry(booked))
                if isinstance(outcome, RateLimited) and outcome.local:
                    waits.append(outcome.retry_after)
                    clock.now += outcome.retry_after  # the bookkeeper waits as told
                    continue
                assert isinstance(outcome, Accepted), outcome.message
                booked += 1
        assert statuses(sandbox) == {201: 1200}  # 0 x 429
    assert clock.now - START >= 3600
    assert waits == [3600.0]  # the whole hour's budget was used before the one wait, not less


WORKER = """
import json, sys, time
from pathlib import Path
from app.client import Accepted, ClientProfile, InfinityClient, RateBudget, RateLimited
from app.domain.targets import Target

url, budget_path, attempts, go = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
clock = lambda: %r  # one instant: everything below happens inside the same hour
profile = ClientProfile("ch", Target.INFINITY, url, "sandbox", lambda: %r)
counts = {"accepted": 0, "held back": 0, "other": []}
with InfinityClient(profile, budget=RateBudget(budget_path, clock=clock), clock=clock) as client:
    while not go.exists():
        time.sleep(0.005)
    for number in range(attempts):
        outcome = client.post_entry({"date": "2025-01-15", "description": "Miete %%d" %% number,
                                     "debitAccount": 1020, "creditAccount": 3200, "amount": 100 + number})
        if isinstance(outcome, Accepted):
            counts["accepted"] += 1
        elif isinstance(outcome, RateLimited) and outcome.local:
            counts["held back"] += 1
        else:
            counts["other"].append(outcome.message)
print(json.dumps(counts))
""" % (START, DEFAULT_INFINITY_TOKEN)


def test_two_processes_on_one_token_together_never_exceed_the_hourly_limit(tmp_path):
    go = tmp_path / "go"
    budget_path = tmp_path / "shared" / "infinity-budget.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with SandboxServer(rate_limit=DOCUMENTED_LIMIT, rate_window=3600, clock=lambda: START) as sandbox:
        workers = [subprocess.Popen([sys.executable, "-c", WORKER, sandbox.infinity_url, str(budget_path), "700",
                                     str(go)], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True) for _ in range(2)]
        time.sleep(0.5)  # both are importing; whichever is ready first waits for the other at `go`
        go.touch()
        results = []
        for worker in workers:
            out, err = worker.communicate(timeout=120)
            assert worker.returncode == 0, err
            results.append(json.loads(out))
        assert [r["other"] for r in results] == [[], []]
        assert sum(r["accepted"] for r in results) == DOCUMENTED_LIMIT
        assert sum(r["held back"] for r in results) == 2 * 700 - DOCUMENTED_LIMIT
        assert statuses(sandbox) == {201: DOCUMENTED_LIMIT}  # 0 x 429


@pytest.fixture(autouse=True)
def _quiet_sandbox_log(caplog):
    caplog.set_level("WARNING")

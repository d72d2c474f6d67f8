"""Issue 16, "Three desktops": three LedgerDesk processes, each its own data location (installation id,
LEDGERDESK_HOME, shared-state folder), post 300 vouchers each through one PostgreSQL database to the sandbox
while it drops, delays and fails requests; one desktop is killed (SIGKILL) right after an answer arrived and
before it was recorded. Its lease runs out, a survivor reconciles it, and a rerun of that desktop types the
rest. Counted in the sandbox's own state: every voucher booked exactly once, none lost, no 429, every voucher
number used once."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
from collections import Counter

import psycopg
import pytest

from app.crashpoints import CRASH_ENV
from app.domain.targets import Target
from app.services.first_run import install_starter_chart
from app.services.session import open_store
from app.services.team import close_team_pools
from app.store.leases import LEASE_ENV
from app.store.profile import Profile
from app.store.shared_profiles import SharedProfiles
from app.store.team_location import TeamLocation, write_location
from tests.conftest import REPO
from tests.postgres_server import SUPERUSER

from .conftest import KILLED

VOUCHERS_PER_DESKTOP = 300
KILLED_AFTER = 120  # the third desktop dies after its 120th answer, before recording it
LEASE_SECONDS = "2"
# What the sandbox does to POSTs while the desktops run.
FAULTS = [("drop_after", {}), ("drop_before", {}), ("status", {"status": 503}), ("delay", {"seconds": 0.3}),
          ("malformed_json", {}), ("html_error", {"status": 502})]
FAULT_EVERY = 10


@pytest.fixture
def sandbox_log() -> list[str]:
    return []


@pytest.fixture
def sandbox_options(sandbox_log):
    """The sandbox's public keys (no keyring needed: local sandbox profiles use them), and its request log."""
    return {"sync_delay": 0.3, "log": sandbox_log.append}


def join_desktop(home, url: str, sandbox, monkeypatch, first: bool) -> None:
    """A data location as `team connect` over a trusted socket leaves it, with the office's Confirma profile."""
    monkeypatch.setenv("LEDGERDESK_HOME", str(home))
    write_location(TeamLocation(url, name=f"Bookkeeper {home.name}", password_in_keyring=False))
    profile = Profile(name="office", target=Target.CONFIRMA, environment="sandbox", base_url=sandbox.confirma_url)
    if first:  # the profile and its chart are the office's: in the team database once
        conn = open_store()
        try:
            SharedProfiles(conn).add(profile, "")
            install_starter_chart(conn, profile)
        finally:
            conn.close()


def start_desktop(home, prefix: str, go, out, *, crash_at: str | None = None) -> subprocess.Popen:
    env = {**os.environ, "LEDGERDESK_HOME": str(home), "LEDGERDESK_SHARED_STATE": str(home / "shared-state"),
           LEASE_ENV: LEASE_SECONDS}
    env.pop(CRASH_ENV, None)
    if crash_at:
        env[CRASH_ENV] = crash_at
    return subprocess.Popen([sys.executable, "-m", "tests.e2e.team_desktop", "office", prefix,
                             str(VOUCHERS_PER_DESKTOP), str(go)], stdout=out, stderr=subprocess.STDOUT, text=True,
                            cwd=REPO, env=env)


def inject_faults(sandbox, log: list[str], stop: threading.Event) -> Counter:
    """About one POST in FAULT_EVERY misbehaves, in a random way, spread over the whole run."""
    added: Counter = Counter()
    chance = random.Random(16)
    last = 0
    while not stop.wait(0.02):
        posts = sum(1 for line in list(log) if line.startswith("POST "))
        if posts - last >= FAULT_EVERY:
            last = posts
            kind, params = chance.choice(FAULTS)
            sandbox.faults.add(kind, count=1, target="confirma", method="POST", **params)
            added[kind] += 1
    return added


@pytest.mark.timeout(240)
def test_three_desktops_post_through_one_team_database_exactly_once(sandbox, sandbox_log, postgresql_server,
                                                                    postgresql_template, tmp_path, monkeypatch):
    database = postgresql_server.new_database(template=postgresql_template)
    url = f"postgresql:///{database}?host={postgresql_server.socket_dir}&port={postgresql_server.port}&user={SUPERUSER}"
    homes = [tmp_path / f"desk{n}" for n in (1, 2, 3)]
    for n, home in enumerate(homes):
        join_desktop(home, url, sandbox, monkeypatch, first=n == 0)
    close_team_pools()

    go = tmp_path / "go"
    logs = [(tmp_path / f"desk{n}.log").open("w") for n in (1, 2, 3, 4)]
    started = time.monotonic()
    desktops = [start_desktop(home, f"d{n}", go, logs[n - 1],
                              crash_at=f"after-response:{KILLED_AFTER}" if n == 3 else None)
                for n, home in enumerate(homes, start=1)]
    stop = threading.Event()
    faults: Counter = Counter()
    injector = threading.Thread(target=lambda: faults.update(inject_faults(sandbox, sandbox_log, stop)))
    go.touch()
    injector.start()
    try:
        assert desktops[2].wait(timeout=180) == KILLED, (tmp_path / "desk3.log").read_text()
        in_flight = _query(postgresql_server, database, "SELECT count(*) FROM submissions WHERE state = 'sending' "
                           "AND claimed_by LIKE 'Bookkeeper desk3 %'")[0][0]
        rerun = start_desktop(homes[2], "d3", go, logs[3])  # the bookkeeper starts LedgerDesk again
        codes = [desktops[0].wait(timeout=180), desktops[1].wait(timeout=180), rerun.wait(timeout=180)]
    finally:
        stop.set()
        injector.join()
        for process in desktops:
            if process.poll() is None:
                process.kill()
        for log in logs:
            log.close()
    elapsed = time.monotonic() - started
    outputs = [(tmp_path / f"desk{n}.log").read_text() for n in (1, 2, 3, 4)]
    assert codes == [0, 0, 0], "\n".join(o[-3000:] for o in outputs)
    assert in_flight == 1  # the killed desktop held one voucher whose answer it never recorded

    sandbox.faults.clear()
    ledgers = sandbox.state()["confirma"]["ledgers"]
    identifiers = Counter(ledger["sourceIdentifier"] for ledger in ledgers)
    expected = {f"d{d}-{n:03}" for d in (1, 2, 3) for n in range(VOUCHERS_PER_DESKTOP)}
    assert set(identifiers) == expected  # 0 lost, nothing foreign
    assert [i for i, times in identifiers.items() if times > 1] == []  # 0 duplicates
    numbers = Counter(ledger["voucher"]["documentName"] for ledger in ledgers)
    assert len(numbers) == len(ledgers) == 3 * VOUCHERS_PER_DESKTOP  # voucher numbers unique
    statuses = Counter(line.rsplit(" ", 1)[-1] for line in sandbox_log)
    assert statuses["429"] == 0

    rows = _query(postgresql_server, database, "SELECT state, count(*) FROM submissions GROUP BY state")
    assert dict(rows).keys() <= {"accepted", "pending", "synced"} and sum(n for _, n in rows) == len(expected)
    whos = _query(postgresql_server, database, "SELECT DISTINCT who FROM audit_log ORDER BY who")
    assert [w for (w,) in whos] == ["Bookkeeper desk1", "Bookkeeper desk2", "Bookkeeper desk3"]
    posts = sum(1 for line in sandbox_log if line.startswith("POST "))
    taken = sum(o.count("number-taken") for o in outputs)
    print(f"\nthree desktops: {len(ledgers)} vouchers booked once each in {elapsed:.1f} s; {posts} POSTs "
          f"({dict(faults)} faults added), {taken} numbers taken by another desktop first, "
          f"{statuses['429']} × 429")


def _query(server, database: str, sql: str) -> list[tuple]:
    with psycopg.connect(server.dsn(database)) as conn:
        return conn.execute(sql).fetchall()  # type: ignore[arg-type]

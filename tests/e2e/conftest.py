"""End-to-end fixtures: a sandbox per test, `ledgerdesk` run as a real process with this test's
LEDGERDESK_HOME, and profiles whose keys live in the real Secret Service so every process can read them.

Tests that need profiles skip unless LEDGERDESK_REAL_KEYRING=1 (set by scripts/with-keyring).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.sandbox import SandboxServer
from app.crashpoints import CRASH_ENV
from app.store.audit import AuditEntry, AuditLog
from app.store.outbox import Outbox, RequestRow, Submission
from app.store.secrets import ALLOW_PLAINTEXT_ENV, KeyMissing, KeyStore
from tests.conftest import EXAMPLES, REPO

REAL_KEYRING_ENV = "LEDGERDESK_REAL_KEYRING"
NEEDS_KEYRING = ("needs a real OS keyring that other processes can read (profiles are used by separate "
                 "`ledgerdesk` processes): run `scripts/with-keyring .venv/bin/pytest tests/e2e`")
SYNC_DELAY = 0.3
PROFILE_NAMES = {"confirma": "sb", "infinity": "inf"}
VOUCHERS = {"confirma": EXAMPLES / "confirma-documented.json", "infinity": EXAMPLES / "infinity-documented.json"}
KILLED = -signal.SIGKILL


# --- waiting ---------------------------------------------------------------------------------------

def wait_until(condition: Callable[[], Any], timeout: float = 15.0, what: str = "the condition") -> Any:
    """Poll `condition` until it returns something true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.02)


# --- the sandbox -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ApiKeys:
    """This test's keys: fresh random ones, so a key found anywhere can only have come from this test."""

    confirma: str = field(default_factory=lambda: "e2e-confirma-" + uuid.uuid4().hex)
    infinity: str = field(default_factory=lambda: "e2e-infinity-" + uuid.uuid4().hex)

    def of(self, target: str) -> str:
        return self.confirma if target == "confirma" else self.infinity


@pytest.fixture
def api_keys() -> ApiKeys:
    return ApiKeys()


@pytest.fixture
def sandbox_options(api_keys: ApiKeys) -> dict[str, Any]:
    """The `sandbox` (tests/conftest.py) of these tests: this test's keys, sync delay 0.3 s unless marked."""
    return {"sync_delay": SYNC_DELAY, "confirma_key": api_keys.confirma, "infinity_token": api_keys.infinity}


def posts(sandbox: SandboxServer, target: str) -> list[dict]:
    """Every POST the sandbox processed for `target` (bodies parsed, numbers exact)."""
    return [r for r in sandbox.received(target) if r["method"] == "POST"]


def confirma_bookings(sandbox: SandboxServer, identifier: str) -> int:
    """How many vouchers Confirma holds under this ledgerIdentifier (a repeated identical POST books none)."""
    return sum(1 for ledger in sandbox.state()["confirma"]["ledgers"] if ledger["sourceIdentifier"] == identifier)


def infinity_bookings(sandbox: SandboxServer, body: str | dict) -> int:
    """How many entries Infinity booked with exactly this body."""
    wanted = json.loads(body, parse_float=Decimal) if isinstance(body, str) else body
    return sum(1 for entry in sandbox.state()["infinity"]["entries"] if entry["entry"] == wanted)


# --- running ledgerdesk ----------------------------------------------------------------------------

class Ledgerdesk:
    """Runs `ledgerdesk` (`python -m app`) as a real process with this test's environment; keeps every output."""

    def __init__(self) -> None:
        self.outputs: list[str] = []

    @staticmethod
    def env(crash_at: str | None = None) -> dict[str, str]:
        env = dict(os.environ)  # LEDGERDESK_HOME is this test's (tests/conftest.py), D-Bus the keyring's
        env.pop(CRASH_ENV, None)
        env.pop(ALLOW_PLAINTEXT_ENV, None)
        if crash_at:
            env[CRASH_ENV] = crash_at
        return env

    def __call__(self, *args: object, stdin: str = "", crash_at: str | None = None,
                 timeout: float = 60) -> subprocess.CompletedProcess:
        return self.python("-m", "app", *args, stdin=stdin, crash_at=crash_at, timeout=timeout)

    def python(self, *args: object, stdin: str = "", crash_at: str | None = None,
               timeout: float = 60) -> subprocess.CompletedProcess:
        result = subprocess.run([sys.executable, *map(str, args)], input=stdin, capture_output=True, text=True,
                                cwd=REPO, env=self.env(crash_at), timeout=timeout)
        self.outputs += [result.stdout, result.stderr]
        return result

    def start(self, *args: object, crash_at: str | None = None, module: str = "app") -> subprocess.Popen:
        """Start a process without waiting (to kill it mid-flight); `finish` collects it."""
        return subprocess.Popen([sys.executable, "-m", module, *map(str, args)], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                                env=self.env(crash_at))

    def finish(self, process: subprocess.Popen, timeout: float = 60) -> subprocess.CompletedProcess:
        # Reaping matters: an unreaped (zombie) pid still looks alive to the outbox's claimer check.
        stdout, stderr = process.communicate(timeout=timeout)
        self.outputs += [stdout, stderr]
        return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


@pytest.fixture
def ledgerdesk() -> Ledgerdesk:
    return Ledgerdesk()


def describe(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"


# --- profiles in the real keyring ------------------------------------------------------------------

@pytest.fixture
def real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skip unless a real Secret Service is there (scripts/with-keyring sets LEDGERDESK_REAL_KEYRING=1)."""
    if os.environ.get(REAL_KEYRING_ENV) != "1":
        pytest.skip(NEEDS_KEYRING)
    monkeypatch.delenv(ALLOW_PLAINTEXT_ENV, raising=False)


@pytest.fixture
def add_profile(real_keyring, sandbox: SandboxServer, api_keys: ApiKeys,
                ledgerdesk: Ledgerdesk) -> Iterator[Callable[[str], str]]:
    """`add_profile("confirma"|"infinity")`: `ledgerdesk profile add` against the sandbox, key on stdin."""
    added: list[str] = []

    def add(target: str) -> str:
        name = PROFILE_NAMES[target]
        url = sandbox.confirma_url if target == "confirma" else sandbox.infinity_url
        result = ledgerdesk("profile", "add", name, "--target", target, "--environment", "sandbox",
                            "--base-url", url, stdin=api_keys.of(target) + "\n")
        assert result.returncode == 0, describe(result)
        added.append(name)
        return name

    yield add
    for name in added:  # the keyring outlives the test's LEDGERDESK_HOME: leave it as found
        try:
            KeyStore().delete(name)
        except KeyMissing:
            pass


@pytest.fixture
def confirma_profile(add_profile) -> str:
    return add_profile("confirma")


@pytest.fixture
def infinity_profile(add_profile) -> str:
    return add_profile("infinity")


# --- the store's backend --------------------------------------------------------------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def data_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run a test on both backends (issue 16: the crash-matrix and two-process tests): on "postgresql" this
    test's LEDGERDESK_HOME is joined to a new team database over the server's trusted socket, as `team connect`
    leaves a data location, so every `ledgerdesk` process the test starts, and `local_database()`, use it."""
    if request.param == "postgresql":
        from app.store.team_location import TeamLocation, write_location
        from tests.postgres_server import SUPERUSER
        server = request.getfixturevalue("postgresql_server")
        database = server.new_database(template=request.getfixturevalue("postgresql_template"))
        write_location(TeamLocation(f"postgresql:///{database}?host={server.socket_dir}&port={server.port}"
                                    f"&user={SUPERUSER}", name="E2E bookkeeper", password_in_keyring=False))
    yield request.param
    if request.param == "postgresql":
        from app.services.team import close_team_pools
        close_team_pools()


# --- this test's data, read from the test process ---------------------------------------------------

@contextmanager
def local_database() -> Iterator:
    """This test's store: its SQLite file, or its team database when `data_backend` joined one."""
    from app.services.session import open_store
    conn = open_store()
    try:
        yield conn
    finally:
        conn.close()


def submissions() -> list[Submission]:
    with local_database() as conn:
        return Outbox(conn).list()


def only_submission() -> Submission:
    (submission,) = submissions()
    return submission


def requests_of(submission_id: int) -> list[RequestRow]:
    with local_database() as conn:
        return Outbox(conn).requests(submission_id)


def audit_of(submission_id: int) -> list[AuditEntry]:
    with local_database() as conn:
        return AuditLog(conn).for_submission(submission_id)


def http_posts_in_audit(submission_id: int) -> list[AuditEntry]:
    return [a for a in audit_of(submission_id) if a.event == "http" and a.method == "POST"]


def voucher_variant(folder: Path, example: str | Path, name: str, **changes: Any) -> Path:
    """A copy of an example voucher file with header fields changed (a distinct voucher)."""
    data = json.loads(Path(example).read_text(encoding="utf-8"))
    data.update(changes)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path

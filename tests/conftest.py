"""Shared test set-up: Qt offscreen, and every test's data under its own LEDGERDESK_HOME."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.sandbox import SandboxServer
from tests.postgres_server import SUPERUSER_PASSWORD

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
GOLDEN = Path(__file__).resolve().parent / "golden"
SEEDS = REPO.parent / "shared" / "seeds"  # the vendors' pages, beside the checkout in CI


# Figures a test run prints in pytest's terminal summary, whether or not output is captured:
# `config.stash[FIGURES]` maps a section title to its lines (the hostile corpus, the preview = booked run).
FIGURES = pytest.StashKey[dict[str, list[str]]]()


def report_figures(config: pytest.Config, section: str, lines: list[str]) -> None:
    """Print `lines` under `section` at the end of the run."""
    config.stash.setdefault(FIGURES, {}).setdefault(section, []).extend(lines)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sandbox(**options): SandboxServer options for this test's `sandbox` "
                                       "(e.g. sync_delay=60, accounts_fi=...), over sandbox_options")


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001 (pytest's signature)
    for section, lines in config.stash.get(FIGURES, {}).items():
        terminalreporter.section(section)
        for line in lines:
            terminalreporter.write_line(line)


def load_json(path: Path):
    """JSON with numbers read exactly, as the wire format intends."""
    return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


@pytest.fixture(autouse=True)
def ledgerdesk_home(tmp_path_factory, monkeypatch) -> Path:
    """Keep every test's settings and data out of the real user's folders."""
    home = tmp_path_factory.mktemp("ledgerdesk-home")
    monkeypatch.setenv("LEDGERDESK_HOME", str(home))
    # State shared by all data folders (the Infinity budget) lives outside LEDGERDESK_HOME: keep it per test too.
    monkeypatch.setenv("LEDGERDESK_SHARED_STATE", str(tmp_path_factory.mktemp("ledgerdesk-shared")))
    return home


class SandboxClock:
    """Confirma's clock in the test sandbox: the real UTC time plus however far the test moved it on.

    A test that needs a voucher synced calls `advance(delay)` instead of sleeping for the sync delay; one
    that must see it pending first uses a long delay (`@pytest.mark.sandbox(sync_delay=60)`), so no slow
    machine can let the delay pass before the test looks.
    """

    def __init__(self) -> None:
        self._ahead = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(timezone.utc) + self._ahead

    def advance(self, seconds: float) -> None:
        """Move Confirma's time on by `seconds`: vouchers whose sync delay has then passed are synced."""
        self._ahead += timedelta(seconds=seconds)


SANDBOX_SYNC_DELAY = 0.2  # seconds Confirma keeps a voucher queued unless the test says otherwise


@pytest.fixture
def sandbox_clock() -> SandboxClock:
    """The clock the `sandbox` fixture's Confirma decides pending vs synced by."""
    return SandboxClock()


@pytest.fixture
def sandbox_options() -> dict[str, Any]:
    """SandboxServer options for a whole folder's tests: override this fixture in its conftest.py."""
    return {}


@pytest.fixture
def sandbox(request: pytest.FixtureRequest, sandbox_clock: SandboxClock,
            sandbox_options: dict[str, Any]) -> Iterator[SandboxServer]:
    """The one sandbox fixture: both vendor APIs on a free loopback port, for this test only.

    Options, later ones winning: sync delay SANDBOX_SYNC_DELAY, then `sandbox_options`, then the
    test's (or module's) `@pytest.mark.sandbox(...)`. Confirma runs on `sandbox_clock`.
    """
    marker = request.node.get_closest_marker("sandbox")
    options = {"sync_delay": SANDBOX_SYNC_DELAY, **sandbox_options, **(marker.kwargs if marker else {})}
    with SandboxServer(port=0, confirma_clock=sandbox_clock, **options) as server:
        yield server


# --- a real PostgreSQL server (team mode): tests/postgres_server.py -------------------------------------

@pytest.fixture(scope="session")
def postgresql_server(request: pytest.FixtureRequest):
    """One PostgreSQL server for the session (initdb + pg_ctl in a temporary folder), stopped at the end even when
    tests fail; skips, saying why, where PostgreSQL is not installed."""
    from tests.postgres_server import ServerUnavailable, start_server
    try:
        server = start_server()
    except ServerUnavailable as exc:
        pytest.skip(str(exc))
    request.addfinalizer(server.stop)
    return server


@pytest.fixture(scope="session")
def postgresql_template(postgresql_server) -> str:
    """A database with LedgerDesk's schema, copied for each test that needs one (faster than creating it)."""
    from app.store.postgres import connect_postgresql, create_schema
    name = postgresql_server.new_database("ledgerdesk_template")
    conn = connect_postgresql(postgresql_server.url(name, password=SUPERUSER_PASSWORD), migrate=False)
    create_schema(conn)
    conn.close()
    return name


@pytest.fixture
def postgresql_dsn(postgresql_server) -> str:
    """The postgresql:// URL (with the superuser's password) of a new, empty database."""
    return postgresql_server.url(postgresql_server.new_database(), password=SUPERUSER_PASSWORD)


def new_team_store(server, template: str):
    """A connection to a new team database copied from `template` (at the latest schema)."""
    from app.store.postgres import connect_postgresql
    url = server.url(server.new_database(template=template), password=SUPERUSER_PASSWORD)
    conn = connect_postgresql(url)
    conn.url = url  # for tests that open more connections to the same database (reconnect)
    return conn


def reconnect(conn):
    """Another connection to the database `conn` is connected to, of the same backend."""
    if getattr(conn, "url", None):
        from app.store.postgres import connect_postgresql
        return connect_postgresql(conn.url)
    from app.store.database import connect
    return connect(Path(conn.execute("PRAGMA database_list").fetchone()[2]))


@pytest.fixture
def postgresql_store(postgresql_server, postgresql_template):
    """A connection to a new team database at the latest schema, as the store uses it."""
    conn = new_team_store(postgresql_server, postgresql_template)
    yield conn
    conn.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_conn(request: pytest.FixtureRequest, tmp_path: Path):
    """A store connection of either backend, at the latest schema: the store's tests run on both."""
    if request.param == "postgresql":
        yield request.getfixturevalue("postgresql_store")
        return
    from app.store.database import connect
    conn = connect(tmp_path / "store.sqlite3")
    yield conn
    conn.close()


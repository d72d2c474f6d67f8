"""Issue 16: once a data location has joined the team database, the commands, the window's store and its
autosave writer use it; without `team.json` nothing changes (the SQLite file, no psycopg)."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys

import psycopg
import pytest

from app.cli import main
from app.domain.targets import Target
from app.services.commands.sending import queue_and_send
from app.services.commands.sync import refresh_statuses
from app.services.first_run import install_starter_chart
from app.services.voucher_files import read_voucher_file
from app.store.profile import Profile
from app.store.shared_profiles import SharedProfiles
from app.services import session
from app.services.autosave import AutosaveWriter
from app.services.team import close_team_pools
from app.store import paths
from app.store.backend import is_postgresql
from app.store.drafts import DraftStore
from tests.conftest import EXAMPLES, REPO
from tests.postgres_server import SUPERUSER_PASSWORD
from tests.store.keyring_fakes import MemoryKeyring, use_backend  # noqa: F401


@pytest.fixture
def team_database(postgresql_server, postgresql_template, use_backend, monkeypatch, capsys):  # noqa: F811
    """A team database this data location has joined with `ledgerdesk team connect` (password in the keyring)."""
    use_backend(MemoryKeyring())
    database = postgresql_server.new_database(template=postgresql_template)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["team", "connect", postgresql_server.url(database, password=SUPERUSER_PASSWORD)]) == 0
    capsys.readouterr()
    yield database
    close_team_pools()


def draft_ids_in(postgresql_server, database: str) -> list[str]:
    with psycopg.connect(postgresql_server.dsn(database)) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM drafts ORDER BY id")]


def test_a_single_bookkeeper_keeps_the_sqlite_file_and_never_loads_psycopg(tmp_path):
    code = ("import sys; from app.services.session import open_store; conn = open_store(); "
            "print(type(conn).__module__, 'psycopg' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True,
                         env={**os.environ, "LEDGERDESK_HOME": str(tmp_path)}).stdout
    assert out.split() == ["sqlite3", "False"]
    assert (tmp_path / "data").exists() or any(tmp_path.rglob("*.sqlite3"))


def test_a_joined_location_opens_the_team_database_for_commands_and_the_window(team_database, postgresql_server):
    conn = session.open_store()
    try:
        assert is_postgresql(conn)
        DraftStore(conn).save("typed-by-a-colleague", '{"lines": []}', "sb")
    finally:
        conn.close()
    assert draft_ids_in(postgresql_server, team_database) == ["typed-by-a-colleague"]
    assert not paths.database_path().exists()  # nothing went to this computer's own file


def test_autosave_writes_drafts_to_the_team_database(team_database, postgresql_server):
    writer = AutosaveWriter(session.open_store)
    for n in range(3):
        writer.schedule(f"draft-{n}", "sb", lambda n=n: f'{{"description": "draft {n}"}}')
    assert writer.flush()
    writer.close()
    assert draft_ids_in(postgresql_server, team_database) == ["draft-0", "draft-1", "draft-2"]
    assert not paths.database_path().exists()


def test_a_transaction_left_open_on_a_pooled_connection_is_not_committed_by_the_next_caller(team_database):
    first = session.open_store()
    first.execute("BEGIN")
    first.execute("INSERT INTO drafts (id, profile, content, created_at, updated_at) VALUES ('left-open', '', '{}', 'x', 'x')")
    first.close()  # a transaction left open is rolled back, not committed by the next user
    second = session.open_store()
    try:
        assert second.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0
    finally:
        second.close()


def test_an_unreachable_team_server_is_said_in_words(team_database, postgresql_server):
    close_team_pools()
    location = (paths.data_dir() / "team.json")
    location.write_text(location.read_text().replace(str(postgresql_server.port), "1"), encoding="utf-8")
    with pytest.raises(session.SessionError, match="cannot be reached"):
        session.open_store()


def test_the_sqlite_default_is_a_sqlite_connection():
    conn = session.open_store()
    try:
        assert isinstance(conn, sqlite3.Connection)
    finally:
        conn.close()


SANDBOX_LOG: list[str] = []


@pytest.mark.sandbox(log=SANDBOX_LOG.append, sync_delay=60)  # pending until read, however slow the machine
def test_confirmas_status_sync_is_read_by_one_desktop_per_interval(team_database, postgresql_server, sandbox):
    profile = Profile(name="office", target=Target.CONFIRMA, environment="sandbox", base_url=sandbox.confirma_url)
    conn = session.open_store()
    SharedProfiles(conn).add(profile, "")  # on a team location the profiles are the office's
    install_starter_chart(conn, profile)
    conn.close()
    with session.open_session("office") as opened:
        sent = queue_and_send(opened, read_voucher_file(EXAMPLES / "confirma-documented.json").voucher)
    assert sent.state == "accepted"
    del SANDBOX_LOG[:]

    def status_reads() -> int:
        return sum(1 for line in SANDBOX_LOG if line.startswith("GET ") and "/accounting/ledger" in line)

    colleague = psycopg.connect(postgresql_server.dsn(team_database), autocommit=True)
    colleague.execute("SELECT pg_advisory_lock(hashtextextended('duty/confirma-sync/office', 0))")
    assert refresh_statuses(["office"]).problems == () and status_reads() == 0  # a colleague is reading it
    colleague.execute("SELECT pg_advisory_unlock(hashtextextended('duty/confirma-sync/office', 0))")
    assert [c.state for c in refresh_statuses(["office"]).changed] == ["pending"] and status_reads() == 1
    refresh_statuses(["office"])
    assert status_reads() == 1  # read within the interval: not again
    colleague.close()


def test_autosave_opens_a_new_connection_after_the_team_server_dropped_its_own(team_database, postgresql_server):
    errors: list[str] = []
    writer = AutosaveWriter(session.open_store, on_error=errors.append)
    writer.schedule("before", "sb", lambda: "{}")
    assert writer.flush()
    with psycopg.connect(postgresql_server.dsn(team_database), autocommit=True) as admin:  # a restart, a cut
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'LedgerDesk' "
                      "AND datname = current_database()")
    writer.schedule("during", "sb", lambda: "{}")
    assert writer.flush()
    writer.schedule("after", "sb", lambda: "{}")
    writer.close()
    assert len(errors) == 1 and errors[0].startswith("The draft could not be saved: ")
    assert "after" in draft_ids_in(postgresql_server, team_database)

"""The SQLite store: migrations from every earlier version, pragmas, append-only audit, atomic claims."""

import sqlite3
import time

import psycopg
import pytest

from app.store.audit import AuditLog
from app.store.backend import is_postgresql
from app.store.leases import LEASE_ENV
from app.store.database import LATEST_VERSION, DatabaseError, connect, schema_version
from app.store.drafts import DraftStore
from app.store.outbox import Outbox
from app.store.states import RequestState, SubmissionState
from tests.conftest import reconnect


def schema(conn):
    return sorted(tuple(r) for r in conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


def test_a_new_database_is_at_the_latest_schema_with_durable_settings(tmp_path):
    conn = connect(tmp_path / "db.sqlite3")
    assert schema_version(conn) == LATEST_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.parametrize("start", range(0, LATEST_VERSION))
def test_migrating_from_every_earlier_version_gives_the_same_schema_and_keeps_data(tmp_path, start):
    fresh = schema(connect(tmp_path / "fresh.sqlite3"))
    old = connect(tmp_path / "old.sqlite3", migrate_to=start)
    assert schema_version(old) == start
    if start >= 1:  # as the LedgerDesk of that schema wrote it (today's DraftStore also writes raw_cells, schema 5)
        old.execute("INSERT INTO drafts (id, profile, content, created_at, updated_at) "
                    "VALUES ('d-1', '', '{\"kept\": true}', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
    old.close()
    upgraded = connect(tmp_path / "old.sqlite3")
    assert schema_version(upgraded) == LATEST_VERSION
    assert schema(upgraded) == fresh
    if start >= 1:
        assert DraftStore(upgraded).get("d-1").content == '{"kept": true}'
        assert DraftStore(upgraded).get("d-1").raw_cells == {}  # a draft from before schema 5 has none


@pytest.mark.parametrize("start", range(1, LATEST_VERSION))
def test_after_migrating_a_draft_keeps_its_unreadable_cells_texts(tmp_path, start):
    connect(tmp_path / "db.sqlite3", migrate_to=start).close()
    drafts = DraftStore(connect(tmp_path / "db.sqlite3"))
    drafts.save("d-1", "{}", "p", {"0:debit": "12,3,4", "header:date": "31.11.2026"})
    assert drafts.get("d-1").raw_cells == {"0:debit": "12,3,4", "header:date": "31.11.2026"}
    drafts.save("d-1", "{}", "p")  # fixed since: the texts go with the fix
    assert drafts.get("d-1").raw_cells == {}
    drafts.conn.execute("UPDATE drafts SET raw_cells = '[damaged' WHERE id = 'd-1'")
    assert drafts.open_drafts()[0].raw_cells == {} and drafts.get("d-1").content == "{}"  # the draft itself opens


def test_a_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    conn = connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(DatabaseError, match="newer LedgerDesk"):
        connect(path)


def test_a_damaged_file_is_a_clear_error(tmp_path):
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="cannot be opened"):
        connect(path)
    assert path.read_bytes().startswith(b"this is not a database")


def test_the_audit_log_is_append_only(store_conn):
    conn = store_conn
    audit = AuditLog(conn)
    audit.append(profile="p", event="request", request_body="{}", response_status=200, response_body="{}")
    # SQLite's trigger aborts; PostgreSQL's raises insufficient_privilege (tests/store/test_postgresql_schema.py)
    refused = sqlite3.IntegrityError if isinstance(conn, sqlite3.Connection) else psycopg.errors.InsufficientPrivilege
    with pytest.raises(refused, match="append-only"):
        conn.execute("UPDATE audit_log SET note = 'edited'")
    with pytest.raises(refused, match="append-only"):
        conn.execute("DELETE FROM audit_log")
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 1


def test_only_one_claimer_wins(store_conn):
    first, second = Outbox(store_conn), Outbox(reconnect(store_conn))
    sid = first.enqueue(voucher_id="v", profile="p", target="confirma", voucher="{}", summary={}, bodies=["{}"])
    assert first.claim(sid, "host:1:1") is True
    assert second.claim(sid, "host:2:2") is False
    assert second.get(sid).claimed_by == "host:1:1"


def test_abandoned_sending_becomes_uncertain(store_conn, monkeypatch):
    # SQLite asks whether the claiming process runs (is_alive); the team database lets the lease run out.
    monkeypatch.setenv(LEASE_ENV, "0.5")
    outbox = Outbox(store_conn)
    sid = outbox.enqueue(voucher_id="v", profile="p", target="infinity", voucher="{}", summary={},
                         bodies=["{}", "{}"])
    outbox.claim(sid, "gone:1:1")
    if is_postgresql(store_conn):
        # "gone" is another computer: its claim ends only when the lease runs out (a process of this computer
        # that is gone ends its lease at once: tests/store/test_team_leases.py)
        assert outbox.recover_abandoned() == []
        time.sleep(0.6)
    first, second = outbox.requests(sid)
    outbox.set_request_state(first.id, RequestState.ACCEPTED, {"ids": ["a"]})
    outbox.set_request_state(second.id, RequestState.SENDING)
    assert outbox.recover_abandoned(is_alive=lambda token: False) == [sid]
    assert outbox.get(sid).state == SubmissionState.UNCERTAIN
    assert [r.state for r in outbox.requests(sid)] == [RequestState.ACCEPTED, RequestState.UNCERTAIN]
    outbox.requeue(sid)
    assert [r.state for r in outbox.requests(sid)] == [RequestState.ACCEPTED, RequestState.QUEUED]


def test_queueing_a_voucher_teaches_autocomplete_its_texts_and_accounts(store_conn):
    from app.services.submission import queue_voucher
    from app.services.voucher_files import read_voucher_file
    from app.store.charts import RecentUse
    from app.store.settings import Profile
    from tests.conftest import EXAMPLES

    conn = store_conn
    profile = Profile(name="p", target="confirma", environment="sandbox", base_url="http://127.0.0.1:9/api/v1/partner")
    voucher = read_voucher_file(EXAMPLES / "confirma-supplier-bill.json").voucher
    assert queue_voucher(conn, voucher, profile).submission_id is not None
    recent = RecentUse(conn)
    assert set(recent.accounts("p")) == {"4000", "7610", "7680", "2871"}
    assert recent.texts("p", prefix="office") == ["Office supplies"]
    assert recent.texts("p", prefix="%") == []  # typed wildcards are plain characters

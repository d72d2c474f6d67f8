"""One schema history for both backends: PostgreSQL's baseline is the schema SQLite reaches with migrations 1-7,
the audit log is append-only there too, and a database is created only where it is empty."""

from __future__ import annotations

import re

import psycopg
import pytest

from app.services.queueing import queue_voucher
from app.services.voucher_files import read_voucher_file
from app.store import postgres
from app.store.outbox import Outbox
from app.store.settings import Profile
from app.store.database import LATEST_VERSION, connect, migration_steps
from app.store.postgres import connect_postgresql, create_schema, schema_version
from app.store.team_location import TeamDatabaseError
from tests.conftest import EXAMPLES
from tests.postgres_server import SUPERUSER_PASSWORD

# What SQLite's INTEGER and TEXT are on PostgreSQL (docs/team.md: the same values on both backends).
TYPES = {"INTEGER": "bigint", "TEXT": "text", "BLOB": "bytea"}
# The one index that is spelled differently: SQLite's FTS5 trigram table, PostgreSQL's pg_trgm index.
TEXT_INDEX = {"sqlite": "review_fts", "postgresql": "review_search_trgm"}
# PostgreSQL's alone: the account filter's trigram index (schema 14), which a million-row office list needs and
# SQLite's single-bookkeeper list, scanned newest first, does not (docs/performance.md).
POSTGRESQL_ONLY_INDEXES = {"review_accounts_trgm"}


def sqlite_structure(conn) -> dict:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                         "'sqlite_%' AND name NOT LIKE 'review_fts%' ORDER BY name")]
    columns = {t: [(c[1], TYPES[c[2]], bool(c[3]) or bool(c[5])) for c in conn.execute(f"PRAGMA table_info({t})")]
               for t in tables}
    indexes = {(r[0], r[1]) for r in conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' "
                                                   "AND sql IS NOT NULL")}
    unique = {name for name, _ in indexes
              if conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0].startswith(
                  "CREATE UNIQUE")}
    keys = {t: sorted((fk[3], fk[2], fk[4]) for fk in conn.execute(f"PRAGMA foreign_key_list({t})")) for t in tables}
    primary = {t: [c[1] for c in sorted(conn.execute(f"PRAGMA table_info({t})"), key=lambda c: c[5]) if c[5]]
               for t in tables}
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                           "AND tbl_name = 'audit_log'")}
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (TEXT_INDEX["sqlite"],)).fetchone():
        indexes.add(("text index", "review"))
    return {"columns": columns, "indexes": indexes, "unique": unique,
            "foreign keys": keys, "primary keys": primary, "audit triggers": triggers}


def postgresql_structure(conn) -> dict:
    tables = [r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                         "current_schema() AND table_name <> 'schema_version' ORDER BY table_name")]
    columns = {t: [(r[0], r[1], r[2] == "NO") for r in conn.execute(
        "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND table_name = ? ORDER BY ordinal_position", (t,))] for t in tables}
    # Named indexes only: the ones behind PRIMARY KEY and UNIQUE constraints are SQLite's autoindexes.
    rows = conn.execute("SELECT i.relname, t.relname, x.indisunique FROM pg_index x JOIN pg_class i ON i.oid = "
                        "x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                        "WHERE n.nspname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE "
                        "c.conindid = x.indexrelid) AND t.relname <> 'schema_version'").fetchall()
    indexes = {("text index" if r[0] == TEXT_INDEX["postgresql"] else r[0], r[1]) for r in rows
               if r[0] not in POSTGRESQL_ONLY_INDEXES}
    keys = {t: sorted(tuple(r) for r in conn.execute(
        "SELECT kcu.column_name, ccu.table_name, ccu.column_name FROM information_schema.table_constraints tc "
        "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name "
        "JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name "
        "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = ?", (t,))) for t in tables}
    primary = {t: [r[0] for r in conn.execute(
        "SELECT kcu.column_name FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage "
        "kcu ON kcu.constraint_name = tc.constraint_name WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_name = ? "
        "ORDER BY kcu.ordinal_position", (t,))] for t in tables}
    triggers = {r[0] for r in conn.execute("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass "
                                           "AND NOT tgisinternal")}
    return {"columns": columns, "indexes": indexes, "unique": {r[0] for r in rows if r[2]},
            "foreign keys": keys, "primary keys": primary, "audit triggers": triggers}


def test_postgresql_gets_the_schema_sqlite_reaches_at_the_same_version(tmp_path, postgresql_dsn):
    conn = connect_postgresql(postgresql_dsn, migrate=False)
    assert schema_version(conn) == 0
    assert create_schema(conn) == LATEST_VERSION
    lite, pg = sqlite_structure(connect(tmp_path / "db.sqlite3")), postgresql_structure(conn)
    for part in lite:
        if part == "audit triggers":  # PostgreSQL refuses TRUNCATE as well
            assert pg[part] == lite[part] | {"audit_log_no_truncate"}
        else:
            assert pg[part] == lite[part], part
    assert conn.execute("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'").fetchone() is not None


@pytest.mark.parametrize("start", range(7, LATEST_VERSION))
def test_migrating_from_every_earlier_version_gives_the_same_schema_and_keeps_data(postgresql_server, start):
    fresh = connect_postgresql(postgresql_server.url(postgresql_server.new_database(), password=SUPERUSER_PASSWORD),
                               migrate=False)
    create_schema(fresh)
    url = postgresql_server.url(postgresql_server.new_database(), password=SUPERUSER_PASSWORD)
    old = connect_postgresql(url, migrate=False)
    assert create_schema(old, migrate_to=start) == start
    old.execute("INSERT INTO drafts (id, profile, content, created_at, updated_at) VALUES ('d-1', '', '{}', 't', 't')")
    old.close()
    upgraded = connect_postgresql(url)  # opening it as a store migrates it
    assert schema_version(upgraded) == LATEST_VERSION
    assert postgresql_structure(upgraded) == postgresql_structure(fresh)
    assert upgraded.execute("SELECT content FROM drafts WHERE id = 'd-1'").fetchone()[0] == "{}"


def test_every_schema_version_after_the_baseline_has_a_postgresql_step():
    numbers = [number for number, _ in postgres.steps()]
    assert numbers[0] == 7 and numbers[-1] == LATEST_VERSION == migration_steps()[-1].version


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET note = 'changed'", "DELETE FROM audit_log",
                                       "TRUNCATE audit_log"])
def test_the_audit_log_refuses_changes_on_postgresql_even_to_its_owner(postgresql_store, statement):
    postgresql_store.execute("INSERT INTO audit_log (at, profile, event, note) VALUES (?, ?, ?, ?)",
                             ("2026-01-01T00:00:00Z", "p", "state", "as written"))
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
        postgresql_store.execute(statement)
    assert [tuple(r) for r in postgresql_store.execute("SELECT note FROM audit_log")] == [("as written",)]


def test_the_documented_grants_leave_the_application_role_no_way_to_change_the_audit_log(postgresql_server,
                                                                                           postgresql_store):
    """docs/team.md "Roles": what the office grants the role its bookkeepers connect as."""
    database = postgresql_store.execute("SELECT current_database()").fetchone()[0]
    grants = re.search(r"```sql\n(.*?)```", open("docs/team.md", encoding="utf-8").read(), re.S)[1]
    role = f"app_{database}"
    grants = grants.replace("ledgerdesk_app", role).replace("ledgerdesk", database).replace("CHANGE-ME", "app-pw")
    postgresql_store.raw.execute(grants.encode())
    as_app = connect_postgresql(postgresql_server.url(database, role, "app-pw"))
    as_app.execute("INSERT INTO audit_log (at, profile, event) VALUES ('t', 'p', 'state')")
    as_app.execute("INSERT INTO drafts (id, content, created_at, updated_at) VALUES ('d', '{}', 't', 't')")
    as_app.execute("UPDATE drafts SET archived = 1")  # the other tables are the application's to change
    voucher = read_voucher_file(EXAMPLES / "confirma-supplier-bill.json").voucher
    profile = Profile(name="p", target="confirma", environment="sandbox", base_url="http://127.0.0.1:9/api/v1/partner")
    assert queue_voucher(as_app, voucher, profile).message == "Queued."  # outbox, review index, recent texts
    assert Outbox(as_app).claim_next("host:1:1") is not None
    for statement in ("UPDATE audit_log SET note = 'x'", "DELETE FROM audit_log", "DROP TABLE audit_log"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            as_app.execute(statement)
    as_app.close()


def test_a_database_that_is_not_empty_is_not_taken_over(postgresql_dsn):
    conn = connect_postgresql(postgresql_dsn, migrate=False)
    conn.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(TeamDatabaseError, match="not empty") as raised:
        create_schema(conn)
    assert raised.value.code == "not_empty"
    assert [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")] == ["invoices"]


def test_a_schema_created_twice_is_refused_the_second_time(postgresql_dsn):
    conn = connect_postgresql(postgresql_dsn, migrate=False)
    create_schema(conn)
    with pytest.raises(TeamDatabaseError, match="already holds LedgerDesk's schema"):
        create_schema(conn)


def test_a_newer_team_database_is_refused_untouched(postgresql_store):
    postgresql_store.execute("INSERT INTO schema_version (version) VALUES (?)", (LATEST_VERSION + 1,))
    with pytest.raises(TeamDatabaseError, match="newer LedgerDesk") as raised:
        postgres.migrate_schema(postgresql_store)
    assert raised.value.code == "newer"


def test_a_database_without_the_schema_is_not_opened_as_a_store(postgresql_dsn):
    with pytest.raises(TeamDatabaseError, match="team init") as raised:
        connect_postgresql(postgresql_dsn)
    assert raised.value.code == "not_initialised"

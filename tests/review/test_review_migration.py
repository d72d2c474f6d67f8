"""Migration 002: a v0 or v1 database gains the review index, backfilled exactly as live indexing would."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.store import database
from app.store.database import LATEST_VERSION, Migration, connect, migration_steps, schema_version
from app.store.review import ReviewFilter, ReviewQuery
from app.store.review_index import fold_text
from tests.review.support import assert_index_current, line, submit, voucher
from app.store.states import SubmissionState

V1_NOW = "2025-01-02T03:04:05.000000+00:00"


def voucher_json(identifier, number, description, lines, day="2025-03-01", currency="EUR"):
    return json.dumps({"format": "ledgerdesk-voucher", "version": 1, "identifier": identifier, "date": day,
                       "number": number, "description": description, "currency": currency, "lines": lines},
                      ensure_ascii=False)


def insert_v1(conn, sid, voucher_id, profile, target, state, voucher, summary, requests=()):
    """A row as LedgerDesk with schema 1 wrote it (no review index then)."""
    conn.execute("INSERT INTO submissions (id, voucher_id, profile, target, state, voucher, summary, created_at, "
                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (sid, voucher_id, profile, target, state, voucher, json.dumps(summary), V1_NOW, V1_NOW))
    for seq, (req_state, result) in enumerate(requests, start=1):
        conn.execute("INSERT INTO requests (submission_id, seq, body, state, result, updated_at) "
                     "VALUES (?, ?, '{}', ?, ?, ?)", (sid, seq, req_state, result, V1_NOW))


@pytest.fixture
def v1_database(tmp_path):
    path = tmp_path / "v1.sqlite3"
    conn = connect(path, migrate_to=1)
    insert_v1(conn, 1, "conf-1", "acme", "confirma", "synced",
              voucher_json("conf-1", "1001", "Erlös März", [
                  {"account": "1910", "text": "Hyvitys asiakkaalle", "debit": "124.00"},
                  {"account": "3000", "text": "Myynti", "credit": "124.00", "vat_code": "S"}]),
              {"total": "124.00", "currency": "EUR"}, [("accepted", '{"ok": true}')])
    insert_v1(conn, 2, "inf-2", "swiss", "infinity", "accepted",
              voucher_json("inf-2", "", "Büromiete", [
                  {"account": "6000", "text": "Miete", "debit": "1500.50"},
                  {"account": "1020", "credit": "1500.50"}], currency="CHF"),
              {"total": "1500.50"},
              [("accepted", json.dumps([{"id": "tx-a", "amount": 150050}, {"id": "tx-b", "amount": 0}])),
               ("accepted", json.dumps([{"id": "tx-c", "amount": 1}]))])
    # No summary total (as Outbox tests write it): the total is summed from the voucher's debits.
    insert_v1(conn, 3, "inf-3", "swiss", "infinity", "rejected",
              voucher_json("inf-3", "7", "Office rent", [
                  {"account": "6000", "debit": "10.1"}, {"account": "6000", "debit": 0.05},
                  {"account": "1020", "credit": "10.15"}]),
              {}, [("rejected", '{"message": "no"}')])
    insert_v1(conn, 4, "broken-4", "acme", "confirma", "uncertain", "not json at all", {"total": "abc"})
    conn.close()
    return path


def test_a_v1_database_with_submissions_is_backfilled(v1_database):
    conn = connect(v1_database)
    assert schema_version(conn) == LATEST_VERSION
    query = ReviewQuery(conn)
    rows = {r.submission_id: r for r in query.page(limit=10)}
    assert [r.submission_id for r in query.page()] == [4, 3, 2, 1]
    assert (str(rows[1].date), rows[1].number, rows[1].description, str(rows[1].total), rows[1].state,
            rows[1].remote_ids, rows[1].updated_at) == (
        "2025-03-01", "1001", "Erlös März", "124.00", SubmissionState.SYNCED, ("conf-1",), V1_NOW)
    assert (str(rows[2].total), rows[2].currency, rows[2].remote_ids) == ("1500.50", "CHF", ("tx-a", "tx-b", "tx-c"))
    assert (str(rows[3].total), rows[3].remote_ids) == ("10.15", ())
    assert (rows[4].date, rows[4].description, str(rows[4].total), rows[4].remote_ids) == (
        None, "", "0.00", ("broken-4",))
    assert query.count(ReviewFilter(text="erlos")) == 1
    assert query.count(ReviewFilter(text="HYVITYS")) == 1
    assert query.count(ReviewFilter(account="6000")) == 2
    assert_index_current(conn)  # the SQL + Python backfill gives exactly what live indexing gives
    broken = query.detail(4)
    assert broken.voucher is None and "not valid JSON" in broken.voucher_error and broken.requests == []


def test_a_v0_database_migrates_to_an_empty_working_index(tmp_path):
    connect(tmp_path / "v0.sqlite3", migrate_to=0).close()
    conn = connect(tmp_path / "v0.sqlite3")
    assert ReviewQuery(conn).count() == 0 and ReviewQuery(conn).page() == []


def test_the_schema_2_step_has_sql_and_a_python_step():
    steps = migration_steps()
    assert [s.version for s in steps] == list(range(1, LATEST_VERSION + 1))
    assert steps[0].python is None and steps[1].python is not None and "CREATE TABLE review" in steps[1].sql


def test_a_python_step_runs_inside_the_migration_transaction(tmp_path):
    step_file = tmp_path / "009_example.py"
    step_file.write_text("def upgrade(conn):\n    conn.execute('INSERT INTO t VALUES (1)')\n", encoding="utf-8")
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("BEGIN")
    Migration(9, "", step_file).run_python(conn)
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0  # it did not commit on its own


def test_a_failing_python_step_leaves_the_database_at_the_earlier_version(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite3"
    connect(path, migrate_to=1).close()

    def broken(self, conn):
        raise RuntimeError("step failed")
    monkeypatch.setattr(Migration, "run_python", broken)
    with pytest.raises(RuntimeError, match="step failed"):
        connect(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'review'").fetchone()[0] == 0


def test_folding_is_pinned_because_stored_search_texts_depend_on_it():
    # Changing these answers changes what existing databases hold: it needs a re-index migration.
    samples = {"Erlös": "erlos", "HYVITYS": "hyvitys", "Straße": "strasse", "Åland Œuvre": "aland œuvre",
               "ﬁnal ①": "final 1", "Crème brûlée": "creme brulee", "Čapek": "capek"}
    assert {text: fold_text(text) for text in samples} == samples


def test_without_the_trigram_tokenizer_the_index_is_left_out_and_the_list_scans(v1_database, tmp_path, monkeypatch):
    # An SQLite without FTS5's trigram tokenizer (before 3.34) must still open and migrate the database.
    first, second, *later = migration_steps()
    python = tmp_path / "002_review_index.py"
    python.write_text(second.python.read_text(encoding="utf-8").replace("tokenize='trigram'", "tokenize='absent'"),
                      encoding="utf-8")
    monkeypatch.setattr(database, "migration_steps", lambda: [first, Migration(2, second.sql, python), *later])
    conn = connect(v1_database)
    assert schema_version(conn) == LATEST_VERSION
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'review_fts%'").fetchone()[0] == 0
    query = ReviewQuery(conn)
    assert query.use_text_index is False
    assert query.count(ReviewFilter(text="erlos")) == 1 and query.count(ReviewFilter(text="office rent")) == 1
    submit(conn, voucher(line("6000", debit="1.00", text="Erlös"), line("1910", credit="1.00")))
    assert query.count(ReviewFilter(text="erlos")) == 2
    assert_index_current(conn)

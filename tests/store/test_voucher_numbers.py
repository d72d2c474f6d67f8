"""Voucher numbers are unique per profile (issue 14 item 2): drafts, open tabs and submissions together."""

from app.domain.voucher import Voucher
from app.domain.voucher_file import dump_voucher_file
from app.store.database import connect
from app.store.drafts import DraftStore
from app.store.review import next_voucher_number, number_in_use
from app.store.outbox import Outbox
from tests.store.test_lookups import post


def draft(conn, profile, number, identifier):
    DraftStore(conn).save(identifier, dump_voucher_file(Voucher(number=number, identifier=identifier)), profile)


def test_a_new_draft_after_an_unsent_draft_1005_gets_1006_not_a_number_in_use(store_conn):
    conn = store_conn
    post(Outbox(conn), "Acme", "1001")
    draft(conn, "Acme", "1005", "d-1")
    draft(conn, "Nordic", "9000", "d-2")
    assert next_voucher_number(conn, "Acme", []) == "1006"
    assert next_voucher_number(conn, "Acme", ["1010", "B-7"]) == "1011"  # an open tab not saved yet
    assert next_voucher_number(conn, "Nobody", []) == "1"


def test_an_archived_draft_no_longer_holds_its_number(store_conn):
    conn = store_conn
    draft(conn, "Acme", "2000", "d-1")
    DraftStore(conn).archive("d-1")
    assert next_voucher_number(conn, "Acme", []) == "1"


def test_a_number_a_submitted_voucher_has_is_in_use_for_another_voucher(store_conn):
    conn = store_conn
    post(Outbox(conn), "Acme", "1001")  # voucher id v-Acme-1001
    use = number_in_use(conn, "Acme", "1001", except_voucher_id="new")
    assert use and use.kind == "submission" and use.voucher_id == "v-Acme-1001"
    assert not number_in_use(conn, "Acme", "1001", except_voucher_id="v-Acme-1001")  # its own number
    assert not number_in_use(conn, "Nordic", "1001", except_voucher_id="new")  # numbers are per profile


def test_a_number_another_draft_has_is_in_use(store_conn):
    conn = store_conn
    draft(conn, "Acme", "B-12", "d-1")
    use = number_in_use(conn, "Acme", " B-12 ", except_voucher_id="d-2")
    assert use and use.kind == "draft" and use.voucher_id == "d-1"
    assert not number_in_use(conn, "Acme", "B-12", except_voucher_id="d-1")
    assert not number_in_use(conn, "Acme", "", except_voucher_id="d-2")  # no number is no clash


def test_the_number_lookups_use_indexes_not_a_scan(tmp_path):
    from app.store import review as lookups
    conn = connect(tmp_path / "db.sqlite3")
    for query, params in ((lookups._DRAFT_HIGHEST, ("Acme",)), (lookups._DRAFT_USE, ("Acme", "1", "x")),
                          (lookups._SUBMISSION_USE, ("Acme", "1", "x"))):
        plan = " ".join(str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + query, params))
        assert "USING" in plan and "INDEX" in plan and "SCAN drafts" not in plan.replace("USING", ""), plan
    plan = " ".join(str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + lookups._SUBMISSION_USE,
                                                            ("Acme", "1", "x")))
    assert "review_profile_number_text" in plan, plan


def test_on_postgresql_the_number_lookups_are_served_by_their_indexes(postgresql_store):
    from app.store import review as lookups
    postgresql_store.execute("SET enable_seqscan = off")  # a few rows: only then does the plan show what it can use
    for query, params, index in ((lookups._PG_HIGHEST, ("Acme",), "review_profile_number"),
                                 (lookups._PG_DRAFT_HIGHEST, ("Acme",), "drafts_profile_number"),
                                 (lookups._PG_DRAFT_USE, ("Acme", "1", "x"), "drafts_profile_number"),
                                 (lookups._SUBMISSION_USE, ("Acme", "1", "x"), "review_profile_number_text")):
        plan = "\n".join(row[0] for row in postgresql_store.execute("EXPLAIN " + query, params))
        assert f"Index Scan using {index} " in plan or f"Bitmap Index Scan on {index}\n" in plan + "\n", plan


def test_a_damaged_draft_neither_fails_its_save_nor_the_numbering(store_conn):
    conn = store_conn
    DraftStore(conn).save("d-1", "{not json", "Acme")  # the index on the draft's number must not refuse it
    draft(conn, "Acme", "7", "d-2")
    assert next_voucher_number(conn, "Acme", []) == "8"
    assert not number_in_use(conn, "Acme", "8", except_voucher_id="d-3")


def test_the_number_cell_warning_says_where_the_number_is_used(store_conn):
    conn = store_conn
    post(Outbox(conn), "Acme", "1001")
    issue = number_in_use(conn, "Acme", "1001", except_voucher_id="new").as_issue("1001")
    assert (issue.field, issue.code, issue.is_error) == ("number", "number_in_use", False)
    assert issue.message == ("Number 1001 is already used by a submitted voucher (queued, dated 2025-12-12); "
                             "give this voucher another number.")

"""The questions the window asks at start (app/store/review.py): the highest number a profile posted, the
uncertain count."""

import json

from app.store.database import connect
from app.store.outbox import Outbox
from app.store.review import highest_posted_number, uncertain_count
from app.store.states import SubmissionState


def post(outbox, profile, number, target="confirma"):
    voucher = {"format": "ledgerdesk-voucher", "version": 1, "target": target, "identifier": f"v-{profile}-{number}",
               "date": "2025-12-12", "number": number, "currency": "EUR",
               "lines": [{"account": "1910", "debit": "10.00"}, {"account": "3000", "credit": "10.00"}]}
    return outbox.enqueue(voucher_id=voucher["identifier"], profile=profile, target=target,
                          voucher=json.dumps(voucher), summary={"number": number}, bodies=["{}"])


def test_the_highest_all_digit_number_of_the_profile_counts(store_conn):
    conn = store_conn
    outbox = Outbox(conn)
    assert highest_posted_number(conn, "Acme") is None
    for number in ("7", "0099", "B-120", "", "12a", "100", " 300"):
        post(outbox, "Acme", number)
    post(outbox, "Nordic", "5000")
    assert highest_posted_number(conn, "Acme") == 100  # by value: '0099' < '100'; 'B-120' and ' 300' do not count
    assert highest_posted_number(conn, "Nordic") == 5000
    assert highest_posted_number(conn, "Nobody") is None


def test_rejected_submissions_still_hold_their_number(store_conn):
    conn = store_conn
    outbox = Outbox(conn)
    outbox.set_state(post(outbox, "Acme", "41"), SubmissionState.REJECTED, "Rejected by the ledger.")
    assert highest_posted_number(conn, "Acme") == 41  # the ledger may hold it; a reused number would confuse


def test_the_lookup_uses_the_number_index_not_a_scan_of_the_history(tmp_path):
    from app.store import review as lookups
    conn = connect(tmp_path / "db.sqlite3")
    plan = " ".join(str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + lookups._HIGHEST, ("Acme",)))
    assert "USING INDEX review_profile_number" in plan or "USING COVERING INDEX review_profile_number" in plan


def test_the_uncertain_count_counts_uncertain_vouchers_of_every_profile(store_conn):
    conn = store_conn
    outbox = Outbox(conn)
    assert uncertain_count(conn) == 0
    states = (SubmissionState.UNCERTAIN, SubmissionState.ACCEPTED, SubmissionState.UNCERTAIN, SubmissionState.FAILED,
              SubmissionState.UNCERTAIN)
    for n, state in enumerate(states, start=1):
        outbox.set_state(post(outbox, "Acme" if n % 2 else "Nordic", str(n)), state, "")
    assert uncertain_count(conn) == 3  # two profiles; accepted and failed ones are not counted

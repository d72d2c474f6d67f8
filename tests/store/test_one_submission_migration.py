"""Schema 4 from every earlier version: duplicate submissions an older LedgerDesk made are kept as history,
one stays live, a never-sent duplicate is cancelled, and from then on the schema refuses a second one."""

from __future__ import annotations

import sqlite3

import pytest

from app.store.database import LATEST_VERSION, connect, schema_version
from app.store.outbox import Outbox, SubmissionConflict
from app.store.states import SubmissionState

NOW = "2025-12-01T10:00:00+00:00"


def _old_submission(conn: sqlite3.Connection, voucher_id: str, state: str, request_state: str,
                    profile: str = "acme") -> int:
    cursor = conn.execute("INSERT INTO submissions (voucher_id, profile, target, state, voucher, created_at, "
                          "updated_at) VALUES (?, ?, 'infinity', ?, '{}', ?, ?)",
                          (voucher_id, profile, state, NOW, NOW))
    conn.execute("INSERT INTO requests (submission_id, seq, body, state, updated_at) VALUES (?, 1, '{}', ?, ?)",
                 (cursor.lastrowid, request_state, NOW))
    return cursor.lastrowid


@pytest.mark.parametrize("start", range(1, 4))
def test_duplicates_from_an_older_version_keep_one_live_submission_and_nothing_unsent_can_go(tmp_path, start):
    path = tmp_path / "db.sqlite3"
    old = connect(path, migrate_to=start)
    posted = _old_submission(old, "v-1", "accepted", "accepted")
    waiting = _old_submission(old, "v-1", "queued", "queued")  # the race's second copy, never sent
    refused = _old_submission(old, "v-2", "rejected", "rejected")
    again = _old_submission(old, "v-2", "accepted", "accepted")
    other_profile = _old_submission(old, "v-1", "accepted", "accepted", profile="other")
    if start >= 2:  # from schema 2 on, the outbox wrote every submission's review row too (its columns then)
        old.execute("INSERT INTO review (submission_id, voucher_id, profile, target, state, updated_at) "
                    "SELECT id, voucher_id, profile, target, state, updated_at FROM submissions")
    old.close()

    conn = connect(path)
    assert schema_version(conn) == LATEST_VERSION
    outbox = Outbox(conn)
    assert outbox.live_for_voucher("v-1", "acme").id == posted
    assert outbox.get(waiting).state == SubmissionState.CANCELLED and outbox.get(waiting).superseded_by == posted
    assert outbox.live_for_voucher("v-2", "acme").id == again
    assert outbox.get(refused).state == SubmissionState.REJECTED and outbox.get(refused).superseded_by == again
    assert outbox.live_for_voucher("v-1", "other").id == other_profile
    assert outbox.claim_next("me") is None  # the cancelled duplicate is never sent
    with pytest.raises(SubmissionConflict):
        outbox.enqueue(voucher_id="v-1", profile="acme", target="infinity", voucher="{}", summary={},
                       bodies=["{}"])
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    review_states = dict(conn.execute("SELECT submission_id, state FROM review"))
    assert review_states[waiting] == SubmissionState.CANCELLED and review_states[posted] == SubmissionState.ACCEPTED

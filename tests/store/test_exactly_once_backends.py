"""Exactly once on both backends: the same voucher queued from several connections at the same moment is one
submission, and each queued submission is claimed by one sender only (threads with connections of their own)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from app.services.queueing import queue_voucher
from app.services.voucher_files import read_voucher_file
from app.store.outbox import Outbox
from app.store.settings import Profile
from tests.conftest import EXAMPLES, reconnect

WORKERS = 6


def at_once(store_conn, work, workers: int = WORKERS) -> list:
    """Run work(conn) in `workers` threads, each with its own connection, released together."""
    connections = [reconnect(store_conn) for _ in range(workers)]
    start = threading.Barrier(workers)

    def run(conn):
        start.wait()
        return work(conn)

    try:
        with ThreadPoolExecutor(workers) as pool:
            return list(pool.map(run, connections))
    finally:
        for conn in connections:
            conn.close()


def test_one_voucher_queued_from_six_connections_at_once_is_one_submission(store_conn):
    profile = Profile(name="acme", target="confirma", environment="sandbox",
                      base_url="http://127.0.0.1:9/api/v1/partner")
    voucher = read_voucher_file(EXAMPLES / "confirma-supplier-bill.json").voucher
    results = at_once(store_conn, lambda conn: queue_voucher(conn, voucher, profile))
    rows = store_conn.execute("SELECT id FROM submissions WHERE voucher_id = ? AND profile = ?",
                              (voucher.identifier, "acme")).fetchall()
    assert len(rows) == 1
    assert {r.submission_id for r in results} == {rows[0][0]}  # every caller is told about that one
    assert sorted(r.message for r in results) == ["Already in the outbox (queued)."] * (WORKERS - 1) + ["Queued."]
    requests = store_conn.execute("SELECT count(*) FROM requests WHERE submission_id = ?", (rows[0][0],)).fetchone()
    assert requests[0] == 1


def test_each_queued_submission_is_claimed_by_one_sender(store_conn):
    outbox = Outbox(store_conn)
    queued = [outbox.enqueue(voucher_id=f"v-{n}", profile="acme", target="confirma", voucher="{}", summary={},
                             bodies=["{}"]) for n in range(30)]

    def drain(conn):
        mine, claimer = [], f"host:{threading.get_ident()}:1"
        while (claimed := Outbox(conn).claim_next(claimer, profile="acme")) is not None:
            mine.append(claimed.id)
        return mine

    claims = [sid for claimed in at_once(store_conn, drain, workers=4) for sid in claimed]
    assert sorted(claims) == queued  # every one claimed, none twice

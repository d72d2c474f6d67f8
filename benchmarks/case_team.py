"""Team mode on PostgreSQL (issue 16; docs/team.md, docs/performance.md).

* `team-submit`: 10 desktops (processes) each queue 1,000 vouchers in one PostgreSQL database and send
  through the shared outbox to the local sandbox at once; against one desktop sending 1,000 through SQLite.
  Printed: vouchers per second, the 95th-percentile claim latency (the lease: UPDATE … SKIP LOCKED), and the
  sandbox's own count of bookings (each voucher once).
* `team-review`: the review list over 1,000,000 submissions in PostgreSQL: open + count + first page
  (target ≤ 1 s) and filter keystrokes (target ≤ 100 ms), each as the review window does it: the count up to
  1,000 ("more than 1,000 vouchers", ReviewQuery.count_at_most) and the first 100 rows; the exact count(*)
  the window no longer asks for is printed beside it.

Both start their own PostgreSQL server (Debian's `postgresql`, as the tests do: tests/postgres_server.py) and
stop it at the end. Nothing is asserted but that every voucher was booked once.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from app.sandbox import SandboxServer
from benchmarks.harness import Figures, Result, interleaved, repeat

REPO = Path(__file__).resolve().parent.parent
DESKTOPS = 10
PAGE = 100


def _server():  # type: ignore[no-untyped-def]
    from tests.postgres_server import start_server
    return start_server()


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _submitters(store: str, base_url: str, desktops: int, count: int, folder: Path,
                first: int = 0) -> tuple[float, list[dict]]:
    """Start `desktops` submitter processes, let them queue, start them at once; (wall seconds, their reports)."""
    go = folder / "go"
    children = []
    for n in range(desktops):
        home = folder / f"desktop-{n}"
        home.mkdir()
        env = {**os.environ, "LEDGERDESK_HOME": str(home), "LEDGERDESK_SHARED_STATE": str(home / "shared")}
        children.append(subprocess.Popen(
            [sys.executable, "-m", "benchmarks.team_child", store, base_url, str(count), str(first + n), str(go),
             str(folder / f"out-{n}.json")], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True))
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready", "a submitter failed"
    go.touch()
    start = time.perf_counter()
    for child in children:
        child.wait()
    wall = time.perf_counter() - start
    go.unlink()
    assert all(child.returncode == 0 for child in children), "a submitter failed"
    return wall, [json.loads((folder / f"out-{n}.json").read_text()) for n in range(desktops)]


def _booked(sandbox: SandboxServer) -> Counter:
    return Counter(ledger["sourceIdentifier"] for ledger in sandbox.state()["confirma"]["ledgers"])


def run_submit(repeats: int, count: int = 1000, desktops: int = DESKTOPS) -> list[Result]:
    from app.store.postgres import connect_postgresql, create_schema
    from tests.postgres_server import SUPERUSER_PASSWORD
    server = _server()
    pg_wall, sqlite_wall = Figures(), Figures()
    pg_claims: list[float] = []
    sqlite_claims: list[float] = []
    booked_once = True
    try:
        for _ in range(max(1, repeats)):
            with tempfile.TemporaryDirectory() as folder:
                sandbox = SandboxServer(port=0, sync_delay=0.2).start()  # in memory: no state file per booking
                try:
                    url = server.url(server.new_database("bench"), password=SUPERUSER_PASSWORD)
                    conn = connect_postgresql(url, migrate=False)
                    create_schema(conn)
                    conn.close()
                    wall, reports = _submitters(url, sandbox.confirma_url, desktops, count, Path(folder))
                    pg_wall.samples.append(wall)
                    pg_claims += [c for r in reports for c in r["claims"]]
                    booked = _booked(sandbox)
                    booked_once &= len(booked) == desktops * count and set(booked.values()) == {1}
                    sqlite_folder = Path(folder) / "sqlite"
                    sqlite_folder.mkdir()
                    before = len(booked)
                    wall, reports = _submitters(str(sqlite_folder / "db.sqlite3"), sandbox.confirma_url, 1, count,
                                                sqlite_folder, first=desktops)
                    sqlite_wall.samples.append(wall)
                    sqlite_claims += [c for r in reports for c in r["claims"]]
                    booked = _booked(sandbox)
                    booked_once &= len(booked) == before + count and set(booked.values()) == {1}
                finally:
                    sandbox.stop()
    finally:
        server.stop()
    total = desktops * count
    pg_rate = Figures([total / s for s in pg_wall.samples])
    sqlite_rate = Figures([count / s for s in sqlite_wall.samples])
    return [Result(f"Team: {desktops} desktops × {count:,} vouchers through one PostgreSQL to the sandbox",
                   pg_rate, sqlite_rate, f"one desktop × {count:,} through SQLite", unit="vouchers/s",
                   extras={"wall time (median)": f"{pg_wall.median:.1f} s (SQLite: {sqlite_wall.median:.1f} s)",
                           "claim latency p50 / p95 / max": (
                               f"{_percentile(pg_claims, 0.5) * 1e3:.1f} / {_percentile(pg_claims, 0.95) * 1e3:.1f} / "
                               f"{max(pg_claims) * 1e3:.1f} ms over {len(pg_claims):,} claims"),
                           "SQLite claim latency p50 / p95": (
                               f"{_percentile(sqlite_claims, 0.5) * 1e3:.1f} / "
                               f"{_percentile(sqlite_claims, 0.95) * 1e3:.1f} ms"),
                           "booked in the sandbox's state": "each voucher exactly once" if booked_once
                           else "NOT exactly once — a defect"})]


# --- the review list over 1,000,000 submissions ------------------------------------------------------------

_TABLES = {
    "submissions": "id, voucher_id, profile, target, state, voucher, summary, detail, created_at, updated_at",
    "requests": "submission_id, seq, body, state, result, updated_at",
    "review": "submission_id, voucher_id, date, number, description, profile, target, state, total_cents, "
              "currency, remote_ids, updated_at, accounts, search",
}


def _copy(sqlite_path: Path, url: str) -> None:
    """The SQLite benchmark database's rows into PostgreSQL with COPY, indexes built afterwards (as pg_restore)."""
    import psycopg
    source = sqlite3.connect(sqlite_path)
    with psycopg.connect(url, autocommit=True) as pg:
        indexes = pg.execute("SELECT indexdef, indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename "
                             "IN ('submissions', 'requests', 'review') AND indexname NOT LIKE '%pkey' AND indexdef "
                             "NOT LIKE 'CREATE UNIQUE INDEX %requests_submission_id_seq_key%'").fetchall()
        for _, name in indexes:
            pg.execute(f'DROP INDEX "{name}"')  # type: ignore[arg-type]
        for table, columns in _TABLES.items():
            rows: Iterator[tuple] = source.execute(f"SELECT {columns} FROM {table}")
            with pg.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:  # type: ignore[arg-type]
                for row in rows:
                    copy.write_row(row)
        for definition, _ in indexes:
            pg.execute(definition)
        pg.execute("SELECT setval(pg_get_serial_sequence('submissions', 'id'), (SELECT max(id) FROM submissions))")
        pg.execute("VACUUM ANALYZE")
    source.close()


def run_review(repeats: int, count: int = 1_000_000) -> list[Result]:
    from app.store.postgres import connect_postgresql, create_schema
    from app.store.review import ReviewFilter, ReviewQuery
    from benchmarks.case_review import build
    from tests.postgres_server import SUPERUSER_PASSWORD
    server = _server()
    results = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            build(Path(folder) / "review.sqlite3", count)
            url = server.url(server.new_database("review"), password=SUPERUSER_PASSWORD)
            conn = connect_postgresql(url, migrate=False)
            create_schema(conn)
            conn.close()
            _copy(Path(folder) / "review.sqlite3", url)
            built = time.perf_counter() - start
            (Path(folder) / "review.sqlite3").unlink()

            def first_page() -> None:
                fresh = connect_postgresql(url)
                query = ReviewQuery(fresh)
                query.count_at_most(ReviewFilter())
                query.page(ReviewFilter(), 0, PAGE)
                fresh.close()
            subject = repeat(first_page, repeats)
            results.append(Result(f"Team review: connect + count + first {PAGE} of {count:,} on PostgreSQL", subject,
                                  target="≤ 1 s", meets=subject.median <= 1.0,
                                  extras={"built in": f"{built:.0f} s (SQLite build + COPY + indexes)"}))
            conn = connect_postgresql(url)
            query = ReviewQuery(conn)
            for label, review_filter in [("free text 'off'", ReviewFilter(text="off")),
                                         ("free text 'offi'", ReviewFilter(text="offi")),
                                         ("free text 'zürich'", ReviewFilter(text="zürich")),
                                         ("free text '10999' (a number: 20 matches)", ReviewFilter(text="10999")),
                                         ("account 6300", ReviewFilter(account="6300")),
                                         ("account 9999 (none)", ReviewFilter(account="9999")),
                                         ("profile 'swiss' + 2024", ReviewFilter(profile="swiss",
                                                                                 date_from=date(2024, 1, 1),
                                                                                 date_to=date(2024, 12, 31))),
                                         ("account 6300 + 'offi' + 2024 + failed/rejected",
                                          ReviewFilter(account="6300", text="offi", date_from=date(2024, 1, 1),
                                                       date_to=date(2024, 12, 31), states=("failed", "rejected")))]:
                def keystroke(f: ReviewFilter = review_filter) -> None:
                    query.count_at_most(f)
                    query.page(f, 0, PAGE)

                def exact(f: ReviewFilter = review_filter) -> None:
                    query.count(f)
                    query.page(f, 0, PAGE)
                subject, baseline = interleaved(keystroke, exact, repeats)
                shown = query.count_at_most(review_filter)
                results.append(Result(f"Team review keystroke: {label} (count up to 1,000 + first {PAGE})", subject,
                                      baseline, "an exact count(*) + first 100", "≤ 100 ms",
                                      subject.median <= 0.1,
                                      extras={"matches": f"{query.count(review_filter):,} (the window shows "
                                                         f"{'' if shown.exact else 'more than '}{shown.value:,})"}))
            conn.close()
    finally:
        server.stop()
    return results

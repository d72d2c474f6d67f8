"""Issue 16, shared limits and duties: Infinity's hourly budget per token is one count for every desktop on the
team database, and Confirma's status sync of a profile runs once per interval, by whoever holds its lock."""

from __future__ import annotations

import threading
import time

from app.client.rate_budget import RateBudget, token_fingerprint
from app.services.team_budget import TeamRateBudget
from app.store.duties import duty
from tests.conftest import reconnect

TOKEN = token_fingerprint("infinity-token-of-the-office")


def test_desktops_reserving_at_once_together_stay_within_the_hourly_limit(postgresql_store):
    desktops = [TeamRateBudget(reconnect(postgresql_store), limit=40) for _ in range(4)]
    granted = [0] * len(desktops)
    go = threading.Barrier(len(desktops))

    def desk(n: int) -> None:
        go.wait()
        while desktops[n].acquire(1, fingerprint=TOKEN) == 0:
            granted[n] += 1

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(len(desktops))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(granted) == 40 and sum(1 for g in granted if g) > 1  # all of them shared one budget
    assert 3500 < desktops[0].wait_needed(1, fingerprint=TOKEN) <= 3600
    other = TeamRateBudget(reconnect(postgresql_store), limit=40)
    assert other.remaining(fingerprint=TOKEN) == 0 and other.remaining(fingerprint="another token") == 40


def test_a_429_seen_by_one_desktop_holds_back_the_others(postgresql_store):
    first, second = TeamRateBudget(postgresql_store), TeamRateBudget(reconnect(postgresql_store))
    first.note_rate_limited(120, fingerprint=TOKEN)
    assert 115 < second.acquire(1, fingerprint=TOKEN) <= 120


def test_a_window_runs_out_for_every_desktop_alike(postgresql_store):
    now = [1_000_000.0]
    first = TeamRateBudget(postgresql_store, limit=2, clock=lambda: now[0])
    second = TeamRateBudget(reconnect(postgresql_store), limit=2, clock=lambda: now[0])
    assert first.acquire(2, fingerprint=TOKEN) == 0
    assert second.acquire(1, fingerprint=TOKEN) == 3600
    now[0] += 3600
    assert second.acquire(1, fingerprint=TOKEN) == 0


def test_a_single_bookkeeper_keeps_counting_in_the_shared_state_file(tmp_path):
    budget = RateBudget(tmp_path / "budget.sqlite3", limit=1)
    assert budget.acquire(1, fingerprint=TOKEN) == 0 and budget.acquire(1, fingerprint=TOKEN) > 0


def test_a_duty_runs_on_one_desktop_per_interval(postgresql_store):
    other = reconnect(postgresql_store)
    with duty(postgresql_store, "confirma-sync/office", 60, "Anna") as mine:
        assert mine
        with duty(other, "confirma-sync/office", 60, "Bert") as theirs:
            assert not theirs  # Anna's desktop is running it
    with duty(other, "confirma-sync/office", 60, "Bert") as theirs:
        assert not theirs  # Anna ran it within the interval
    with duty(other, "confirma-sync/another", 60, "Bert") as theirs:
        assert theirs
    time.sleep(1.1)
    with duty(other, "confirma-sync/office", 1, "Bert") as theirs:
        assert theirs
    (run_by,) = postgresql_store.execute("SELECT run_by FROM duties WHERE name = 'confirma-sync/office'").fetchone()
    assert run_by == "Bert"
    other.close()


def test_a_failing_duty_lets_go_of_its_lock(postgresql_store):
    other = reconnect(postgresql_store)
    try:
        with duty(postgresql_store, "confirma-sync/office", 0, "Anna"):
            raise RuntimeError("status list unreadable")
    except RuntimeError:
        pass
    with duty(other, "confirma-sync/office", 0, "Bert") as theirs:
        assert theirs
    other.close()


def test_on_sqlite_every_duty_is_this_desktops(tmp_path):
    from app.store.database import connect
    conn = connect(tmp_path / "store.sqlite3")
    with duty(conn, "confirma-sync/office", 60, "Anna") as mine, duty(conn, "confirma-sync/office", 60, "Anna") as again:
        assert mine and again

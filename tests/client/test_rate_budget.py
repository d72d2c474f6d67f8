"""RateBudget: the hourly window per token, persistence across restarts, Retry-After."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.client import RateBudget, token_fingerprint

TOKEN = "eyJhbGciOiJIUzI1NiJ9.secret-token-value"


class Clock:
    def __init__(self, now=1_700_000_000.0):
        self.now = now

    def __call__(self):
        return self.now


def test_window_starts_at_the_first_request_and_resets_an_hour_later():
    clock = Clock()
    budget = RateBudget(limit=3, clock=clock)
    clock.now += 100  # time passing before the first request does not count
    assert [budget.acquire() for _ in range(3)] == [0, 0, 0]
    clock.now += 1000
    assert budget.acquire() == 2600  # the hour runs from the first request
    assert budget.remaining() == 0
    clock.now += 2600
    assert budget.acquire() == 0 and budget.remaining() == 2


def test_a_refused_acquire_counts_nothing():
    clock = Clock()
    budget = RateBudget(limit=5, clock=clock)
    budget.acquire(4)
    assert budget.acquire(2) > 0
    assert budget.acquire(1) == 0 and budget.remaining() == 0


def test_tokens_have_separate_budgets():
    budget = RateBudget(limit=1, clock=Clock())
    a, b = token_fingerprint("token-a"), token_fingerprint("token-b")
    assert budget.acquire(fingerprint=a) == 0
    assert budget.acquire(fingerprint=b) == 0
    assert budget.acquire(fingerprint=a) > 0


def test_wait_needed_and_the_message_for_a_voucher():
    clock = Clock()
    budget = RateBudget(limit=10, clock=clock)
    budget.acquire(7)
    clock.now += 48 * 60
    assert budget.wait_needed(3) == 0
    assert budget.wait_needed(7) == 12 * 60
    check = budget.check(7)
    assert check.message == "This voucher needs 7 entries; 3 requests are left this hour; waiting 12 min."
    assert budget.check(2).message == "This voucher needs 2 entries; 3 requests are left this hour."
    assert budget.remaining() == 3  # asking counted nothing


def test_retry_after_blocks_even_with_budget_left():
    clock = Clock()
    budget = RateBudget(clock=clock)
    budget.acquire()
    budget.note_rate_limited(90)
    assert budget.acquire() == 90 and budget.remaining() == 0
    clock.now += 90
    assert budget.acquire() == 0


def test_a_429_without_retry_after_uses_up_the_window():
    clock = Clock()
    budget = RateBudget(clock=clock)
    budget.acquire()
    clock.now += 60
    budget.note_rate_limited(None)
    assert budget.acquire() == 3540


def rows(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT fingerprint, window_start, count, blocked_until FROM budget").fetchall()


def test_the_count_survives_a_restart_and_stores_only_a_fingerprint(tmp_path):
    path = tmp_path / "state" / "infinity-budget.sqlite3"
    clock = Clock()
    fp = token_fingerprint(TOKEN)
    first = RateBudget(path, limit=5, clock=clock)
    first.acquire(4, fingerprint=fp)
    clock.now += 30
    second = RateBudget(path, limit=5, clock=clock)  # as after a restart
    assert second.remaining(fingerprint=fp) == 1
    assert second.acquire(2, fingerprint=fp) == 3570
    assert rows(path) == [(fp, clock.now - 30, 4, 0.0)]
    for file in path.parent.iterdir():
        assert TOKEN.encode() not in file.read_bytes() and b"secret" not in file.read_bytes()


def test_two_instances_on_one_file_share_the_count(tmp_path):
    path = tmp_path / "budget.sqlite3"
    clock = Clock()
    cli, gui = RateBudget(path, limit=2, clock=clock), RateBudget(path, limit=2, clock=clock)
    assert cli.acquire() == 0 and gui.acquire() == 0
    assert cli.acquire() > 0


def test_a_damaged_file_is_set_aside_and_counting_goes_on(tmp_path):
    path = tmp_path / "budget.sqlite3"
    path.write_text("{not a database" * 100)
    budget = RateBudget(path, clock=Clock())
    assert budget.acquire() == 0
    assert [count for _, _, count, _ in rows(path)] == [1]
    assert (tmp_path / "budget.sqlite3.damaged").exists()


def test_expired_windows_are_dropped_from_the_file(tmp_path):
    path = tmp_path / "budget.sqlite3"
    clock = Clock()
    budget = RateBudget(path, clock=clock)
    budget.acquire(fingerprint="a")
    clock.now += 4000
    budget.acquire(fingerprint="b")
    assert [fp for fp, *_ in rows(path)] == ["b"]


def test_the_counts_of_an_older_versions_file_are_taken_over(tmp_path):
    clock = Clock()
    old = tmp_path / "data" / "infinity-budget.json"
    old.parent.mkdir()
    old.write_text(json.dumps({"fp": [clock.now - 600, 998, 0], "gone": [clock.now - 7200, 5, 0]}))
    budget = RateBudget(tmp_path / "shared" / "budget.sqlite3", clock=clock)
    budget.import_legacy(old)
    budget.import_legacy(old)  # a second process finding it gone changes nothing
    assert budget.remaining(fingerprint="fp") == 2 and not old.exists()
    assert budget.acquire(3, fingerprint="fp") == 3000


def test_more_than_the_limit_at_once_is_refused():
    with pytest.raises(ValueError):
        RateBudget(limit=10).acquire(11)


def test_an_unwritable_file_falls_back_to_counting_in_memory(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    budget = RateBudget(blocker / "budget.json", limit=2, clock=Clock())
    assert budget.acquire() == 0 and budget.acquire() == 0
    assert budget.acquire() > 0

"""Infinity's hourly request budget counted in the team database: every desktop of the office on one token
reserves from the same count, so all together stay within 1000 requests an hour (issue 16).

The same RateBudget (app/client/rate_budget.py), with its window kept in the store's `rate_budget` table
instead of the user's shared state file: read and written in one transaction that holds the token's
advisory lock, so two desktops reserving at once queue one after the other, never both from one old count.
Only the token's SHA-256 fingerprint is stored. Times are each desktop's wall clock, as in the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.client.rate_budget import BudgetWindow, RateBudget
from app.store.backend import Connection
from app.store.database import transaction


class TeamRateBudget(RateBudget):
    """A RateBudget whose windows live in the team database that `conn` is on."""

    def __init__(self, conn: Connection, **options: Any) -> None:
        super().__init__(None, **options)
        self._store = conn

    def __repr__(self) -> str:
        return f"<TeamRateBudget {self.limit}/{self.window_seconds:g}s>"

    @contextmanager
    def _window(self, fingerprint: str, write: bool = True) -> Iterator[tuple[BudgetWindow, float]]:
        with self._lock, transaction(self._store, exclusive=f"rate-budget/{fingerprint}"):
            now = self._clock()  # read under the lock, so a desktop that waited sees time move on
            row = self._store.execute("SELECT window_start_ms, count, blocked_until_ms FROM rate_budget "
                                      "WHERE fingerprint = ?", (fingerprint,)).fetchone()
            stored = BudgetWindow(None if row[0] is None else row[0] / 1000, row[1], row[2] / 1000) if row else None
            window = self._current(stored or BudgetWindow(), now)
            yield window, now
            if write:
                self._store.execute(
                    "INSERT INTO rate_budget (fingerprint, window_start_ms, count, blocked_until_ms) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (fingerprint) DO UPDATE SET window_start_ms = "
                    "excluded.window_start_ms, count = excluded.count, blocked_until_ms = excluded.blocked_until_ms",
                    (fingerprint, None if window.start is None else round(window.start * 1000), window.count,
                     round(window.blocked_until * 1000)))

"""A client-side hourly request budget per Infinity token, shared by every process and surviving restarts.

Infinity allows 1000 requests per hour per token, the hour starting at the first request (DOC).
Requests are reserved here before they are sent, so LedgerDesk never knowingly exceeds it; a 429
with or without Retry-After tightens the budget further. With a path, the count lives in one SQLite
file and every reservation is a `BEGIN IMMEDIATE` transaction: two processes (a CLI and the window,
or two data folders on one token) read and raise the same count one after the other, never both
from the same old value. Only a SHA-256 fingerprint of the token is stored.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.client.outcomes import describe_wait

log = logging.getLogger(__name__)

HOURLY_LIMIT = 1000
WINDOW_SECONDS = 3600
_BUSY_SECONDS = 10.0
_SCHEMA = ("CREATE TABLE IF NOT EXISTS budget (fingerprint TEXT PRIMARY KEY, window_start REAL, "
           "count INTEGER NOT NULL, blocked_until REAL NOT NULL DEFAULT 0)")


def token_fingerprint(token: str) -> str:
    """SHA-256 hex of a token: identifies its budget without storing the token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass
class _Window:
    start: float | None = None  # None: no request yet in the current hour
    count: int = 0
    blocked_until: float = 0.0


@dataclass(frozen=True)
class BudgetCheck:
    """Whether `needed` requests can go now: how many are left this hour and how long to wait."""

    needed: int
    remaining: int
    wait_seconds: float

    @property
    def message(self) -> str:
        entries = "entry" if self.needed == 1 else "entries"
        left = "1 request is" if self.remaining == 1 else f"{self.remaining} requests are"
        text = f"This voucher needs {self.needed} {entries}; {left} left this hour"
        if self.wait_seconds > 0:
            return f"{text}; waiting {describe_wait(self.wait_seconds)}."
        return f"{text}."


class RateBudget:
    """Requests per token per window; in memory, or in the SQLite file `path` shared by all processes."""

    def __init__(self, path: Path | None = None, *, limit: int = HOURLY_LIMIT,
                 window_seconds: float = WINDOW_SECONDS, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.limit = limit
        self.window_seconds = window_seconds
        self._clock = clock  # wall clock, not monotonic: the window must survive a restart
        self._lock = threading.Lock()
        self._memory: dict[str, _Window] = {}
        self._conn: sqlite3.Connection | None = None

    def __repr__(self) -> str:
        return f"<RateBudget {self.limit}/{self.window_seconds:g}s path={self.path}>"

    def acquire(self, n: int = 1, *, fingerprint: str = "default") -> float:
        """Reserve `n` requests and return 0 if they may go now; otherwise reserve nothing and return the wait."""
        if not 1 <= n <= self.limit:
            raise ValueError(f"can reserve 1 to {self.limit} requests at once, not {n}")
        with self._window(fingerprint) as (window, now):
            wait = self._wait(window, n, now)
            if wait > 0:
                return wait
            if window.start is None:
                window.start = now
            window.count += n
            return 0.0

    def wait_needed(self, n: int, *, fingerprint: str = "default") -> float:
        """Seconds until `n` requests (at most the hourly limit) may go, without counting anything."""
        with self._window(fingerprint, write=False) as (window, now):
            return self._wait(window, min(n, self.limit), now)

    def remaining(self, *, fingerprint: str = "default") -> int:
        """Requests left in the current window."""
        with self._window(fingerprint, write=False) as (window, now):
            return 0 if window.blocked_until > now else max(0, self.limit - window.count)

    def check(self, n: int, *, fingerprint: str = "default") -> BudgetCheck:
        """What to tell the bookkeeper before sending a voucher of `n` entries."""
        return BudgetCheck(n, self.remaining(fingerprint=fingerprint), self.wait_needed(n, fingerprint=fingerprint))

    def note_rate_limited(self, retry_after: float | None, *, fingerprint: str = "default") -> None:
        """The service answered 429: hold back for Retry-After, or for the rest of the window without it."""
        with self._window(fingerprint) as (window, now):
            if window.start is None:
                window.start = now
            if retry_after is not None:
                window.blocked_until = max(window.blocked_until, now + retry_after)
            else:
                # Our count was too low (another program uses the token?): trust the service.
                window.count = max(window.count, self.limit)

    def import_legacy(self, path: Path) -> None:
        """Take over the counts of an older version's per-folder JSON file, then delete it.

        Merged by maximum, so two processes importing the same file at once count nothing twice.
        """
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("old rate budget file %s unreadable (%s); not imported", path, exc)
            data = {}
        for fingerprint, value in (data.items() if isinstance(data, dict) else []):
            old = _legacy_window(value)
            if old is None:
                continue
            with self._window(str(fingerprint)) as (window, now):
                if old.start is not None and now < old.start + self.window_seconds:
                    window.start = old.start if window.start is None else min(window.start, old.start)
                    window.count = max(window.count, old.count)
                window.blocked_until = max(window.blocked_until, old.blocked_until)
        path.unlink(missing_ok=True)

    @contextmanager
    def _window(self, fingerprint: str, write: bool = True) -> Iterator[tuple[_Window, float]]:
        """The token's current window, read and (if `write`) written back in one locked step."""
        with self._lock:
            conn = self._connection()
            if conn is None:
                now = self._clock()
                yield self._current(self._memory.setdefault(fingerprint, _Window()), now), now
                return
            try:
                conn.execute("BEGIN IMMEDIATE")  # the cross-process lock: held until COMMIT
            except sqlite3.Error as exc:
                self._fall_back(exc)
                now = self._clock()
                yield self._current(self._memory.setdefault(fingerprint, _Window()), now), now
                return
            try:
                now = self._clock()  # read under the lock, so a waiting process sees time move on
                row = conn.execute("SELECT window_start, count, blocked_until FROM budget WHERE fingerprint = ?",
                                   (fingerprint,)).fetchone()
                window = self._current(_Window(*row) if row else _Window(), now)
                yield window, now
                if write:
                    conn.execute("INSERT OR REPLACE INTO budget VALUES (?, ?, ?, ?)",
                                 (fingerprint, window.start, window.count, window.blocked_until))
                    conn.execute("DELETE FROM budget WHERE (window_start IS NULL OR window_start + ? <= ?) "
                                 "AND blocked_until <= ?", (self.window_seconds, now, now))
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _connection(self) -> sqlite3.Connection | None:
        if self.path is None or self._conn is not None:
            return self._conn
        try:
            self._conn = _open(self.path)
        except sqlite3.DatabaseError as exc:
            if "not a database" not in str(exc) and "malformed" not in str(exc):
                self._fall_back(exc)
                return None
            # Only counts live here: a damaged file is set aside and counting starts again.
            log.warning("rate budget file %s is damaged (%s); set aside, starting a new count", self.path, exc)
            try:
                self.path.replace(self.path.with_name(self.path.name + ".damaged"))
                self._conn = _open(self.path)
            except (sqlite3.Error, OSError) as again:
                self._fall_back(again)
        except OSError as exc:
            self._fall_back(exc)
        return self._conn

    def _fall_back(self, exc: Exception) -> None:
        # Counting on in memory beats refusing to post; the shared count is lost for this process only.
        log.warning("rate budget file %s cannot be used (%s); counting in memory only", self.path, exc)
        self.path = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _current(self, window: _Window, now: float) -> _Window:
        if window.start is not None:
            expired = now >= window.start + self.window_seconds
            clock_went_back = window.start > now + self.window_seconds
            if expired or clock_went_back:
                window.start, window.count = None, 0
        return window

    def _wait(self, window: _Window, n: int, now: float) -> float:
        wait = max(0.0, window.blocked_until - now)
        if window.start is not None and window.count + n > self.limit:
            wait = max(wait, window.start + self.window_seconds - now)
        return wait


def _open(path: Path) -> sqlite3.Connection:
    """The budget file, created if needed; WAL so a reservation costs no fsync of its own."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=_BUSY_SECONDS, isolation_level=None, check_same_thread=False)
    try:
        deadline = time.monotonic() + _BUSY_SECONDS
        while True:
            try:
                # Two processes creating the file at once: switching to WAL may find the other one's lock.
                conn.execute("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)
        conn.execute("PRAGMA synchronous = NORMAL")  # survives a crashed process; the count is not money
        conn.execute(_SCHEMA)
    except BaseException:
        conn.close()
        raise
    return conn


def _legacy_window(value: object) -> _Window | None:
    """A `[window_start, count, blocked_until]` entry of the older JSON file, or None if it is not one."""
    if not isinstance(value, list) or len(value) not in (2, 3):
        return None
    start, count, *rest = value
    blocked = rest[0] if rest else 0
    numbers_ok = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (count, blocked))
    if not numbers_ok or not (start is None or isinstance(start, (int, float))):
        return None
    return _Window(start, int(count), blocked)


BudgetWindow = _Window  # a token's current window, for budgets kept elsewhere (app/services/team_budget.py)

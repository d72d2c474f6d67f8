"""A client-side hourly request budget per Infinity token that survives restarts.

Infinity allows 1000 requests per hour per token, the hour starting at the first request (DOC).
Counting here, before sending, means LedgerDesk never knowingly exceeds it; a 429 with or
without Retry-After tightens the budget further. Only a SHA-256 fingerprint of the token is stored.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.client.outcomes import describe_wait

log = logging.getLogger(__name__)

HOURLY_LIMIT = 1000
WINDOW_SECONDS = 3600


def token_fingerprint(token: str) -> str:
    """SHA-256 hex of a token: identifies its budget without storing the token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass
class _Window:
    start: float | None = None  # None: no request yet in the current hour
    count: int = 0
    blocked_until: float = 0.0

    def to_json(self) -> list:
        return [self.start, self.count, self.blocked_until]

    @classmethod
    def from_json(cls, value: object) -> _Window | None:
        if not isinstance(value, list) or len(value) not in (2, 3):
            return None
        start, count, *rest = value
        blocked = rest[0] if rest else 0
        numbers_ok = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (count, blocked))
        if not numbers_ok or not (start is None or isinstance(start, (int, float))):
            return None
        return cls(start, int(count), blocked)


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
    """Requests per token per window, persisted as JSON `{fingerprint: [window_start, count, blocked_until]}`."""

    def __init__(self, path: Path | None = None, *, limit: int = HOURLY_LIMIT,
                 window_seconds: float = WINDOW_SECONDS, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.limit = limit
        self.window_seconds = window_seconds
        self._clock = clock  # wall clock, not monotonic: the window must survive a restart
        self._lock = threading.Lock()
        self._memory: dict[str, _Window] = {}

    def __repr__(self) -> str:
        return f"<RateBudget {self.limit}/{self.window_seconds:g}s path={self.path}>"

    def acquire(self, n: int = 1, *, fingerprint: str = "default") -> float:
        """Count `n` requests and return 0 if they may go now; otherwise count nothing and return the wait."""
        if not 1 <= n <= self.limit:
            raise ValueError(f"can reserve 1 to {self.limit} requests at once, not {n}")
        with self._lock:
            windows = self._load()
            now = self._clock()
            window = self._current(windows, fingerprint, now)
            wait = self._wait(window, n, now)
            if wait > 0:
                return wait
            if window.start is None:
                window.start = now
            window.count += n
            self._save(windows, now)
            return 0.0

    def wait_needed(self, n: int, *, fingerprint: str = "default") -> float:
        """Seconds until `n` requests (at most the hourly limit) may go, without counting anything."""
        with self._lock:
            now = self._clock()
            return self._wait(self._current(self._load(), fingerprint, now), min(n, self.limit), now)

    def remaining(self, *, fingerprint: str = "default") -> int:
        """Requests left in the current window."""
        with self._lock:
            now = self._clock()
            window = self._current(self._load(), fingerprint, now)
            return 0 if window.blocked_until > now else max(0, self.limit - window.count)

    def check(self, n: int, *, fingerprint: str = "default") -> BudgetCheck:
        """What to tell the bookkeeper before sending a voucher of `n` entries."""
        return BudgetCheck(n, self.remaining(fingerprint=fingerprint), self.wait_needed(n, fingerprint=fingerprint))

    def note_rate_limited(self, retry_after: float | None, *, fingerprint: str = "default") -> None:
        """The service answered 429: hold back for Retry-After, or for the rest of the window without it."""
        with self._lock:
            windows = self._load()
            now = self._clock()
            window = self._current(windows, fingerprint, now)
            if window.start is None:
                window.start = now
            if retry_after is not None:
                window.blocked_until = max(window.blocked_until, now + retry_after)
            else:
                # Our count was too low (another program uses the token?): trust the service.
                window.count = max(window.count, self.limit)
            self._save(windows, now)

    def _current(self, windows: dict[str, _Window], fingerprint: str, now: float) -> _Window:
        window = windows.setdefault(fingerprint, _Window())
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

    def _load(self) -> dict[str, _Window]:
        # Re-read on every call so that a CLI and the GUI running at once share one count.
        if self.path is None:
            return self._memory
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("rate budget file %s unreadable (%s); starting a new count", self.path, exc)
            return {}
        windows = {}
        for fingerprint, value in (data.items() if isinstance(data, dict) else []):
            window = _Window.from_json(value)
            if window is not None:
                windows[str(fingerprint)] = window
        return windows

    def _save(self, windows: dict[str, _Window], now: float) -> None:
        live = {fp: w for fp, w in windows.items()
                if (w.start is not None and now < w.start + self.window_seconds) or w.blocked_until > now}
        if self.path is None:
            self._memory = live
            return
        try:
            _write_atomically(self.path, json.dumps({fp: w.to_json() for fp, w in live.items()}))
        except OSError as exc:
            # Counting on in memory beats refusing to post; the count is lost only at the next restart.
            log.warning("rate budget file %s cannot be written (%s); counting in memory only", self.path, exc)
            self.path, self._memory = None, live


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)  # atomic: a crash leaves the old file or the new one, never half of one
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

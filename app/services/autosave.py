"""Autosave: drafts reach the store on a background thread, so typing never waits for the disk.

The GUI hands over a snapshot function per committed edit (`schedule`); the writer thread calls it
and writes the result. Saves of one draft coalesce: if the bookkeeper types faster than the disk
writes, only the newest snapshot is written. All database writes of autosave go through this one
thread and its own connection: the SQLite file (a path), or whatever `open_store` gives, which on a team
location is a connection of the team database's pool (docs/team.md). While the team database cannot be
reached, the writer keeps drafts on this computer and moves them back when it is (team_link.py).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.deferred import deferred
from app.store.backend import Connection
from app.store.database import connect
from app.store.drafts import DraftStore, DraftTakenOver, DraftText

if TYPE_CHECKING:
    from app.services import team_link
    from app.services.team_link import TeamLink
else:
    team_link = deferred("app.services.team_link")  # only on a team location

log = logging.getLogger(__name__)

# The file text alone, or with the texts of cells that could not be read (kept beside it in the store).
Snapshot = Callable[[], "str | DraftText"]


class AutosaveWriter:
    """One writer thread; `schedule` is cheap and non-blocking, `flush` waits until all is written."""

    def __init__(self, database: Path | Callable[[], Connection], on_error: Callable[[str], None] = lambda message: None,
                 link: TeamLink | None = None,
                 on_taken_over: Callable[[DraftTakenOver], None] | None = None) -> None:
        self._database = database
        self._on_error = on_error
        # A colleague took a draft over (team database): the window shows it on that draft's tab; without this,
        # it is reported as any failed save.
        self._on_taken_over = on_taken_over
        self._link = link  # a team location: drafts are kept on this computer while its server is away
        self._kept: Connection | None = None  # the kept-drafts file, on this thread, while it is in use
        self._come_back = False  # the server answers again: move the kept drafts before the next save
        self._pending: dict[str, tuple[str, Snapshot]] = {}
        self._lock = threading.Condition()
        self._busy = False
        self._closed = False
        self.saves = 0  # drafts written, for tests and the benchmark
        self._thread = threading.Thread(target=self._run, name="ledgerdesk-autosave", daemon=True)
        self._thread.start()

    def schedule(self, draft_id: str, profile: str, snapshot: Snapshot) -> None:
        """Ask for `draft_id` to be saved; `snapshot()` runs on the writer thread and returns the file text
        (or a DraftText: the text and the unreadable cells' texts)."""
        with self._lock:
            self._pending[draft_id] = (profile, snapshot)
            self._lock.notify()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything scheduled so far is written; False on timeout."""
        with self._lock:
            return self._lock.wait_for(lambda: not self._pending and not self._busy and not self._come_back, timeout)

    def come_back(self) -> None:
        """The team database answers again: move the drafts kept meanwhile there, on the writer's thread (before
        any newer save of them), and then write there again (the link says when it is done)."""
        with self._lock:
            self._come_back = True
            self._lock.notify()

    def close(self) -> None:
        self.flush()
        with self._lock:
            self._closed = True
            self._lock.notify()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        store = self._open()
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._pending or self._closed or self._come_back)
                coming_back, self._come_back = self._come_back, False
                if not coming_back:
                    if self._closed and not self._pending:
                        break
                    draft_id, (profile, snapshot) = self._pending.popitem()
                self._busy = True
            try:
                if coming_back:
                    store = self._move_kept(store)
                else:
                    store = self._save(store, draft_id, profile, snapshot)
            finally:
                with self._lock:
                    self._busy = False
                    self._lock.notify_all()
        if store is not None:
            store.conn.close()
        if self._kept is not None:
            self._kept.close()

    def _save(self, store: DraftStore | None, draft_id: str, profile: str, snapshot: Snapshot) -> DraftStore | None:
        text: str | DraftText | None = None
        try:
            text = snapshot()
            if self._link is not None and not self._link.online:
                self._keep(draft_id, profile, text)
                return store
            store = store or DraftStore(self._connect())
            if isinstance(text, DraftText):
                store.save(draft_id, text.content, profile, text.raw_cells)
            else:
                store.save(draft_id, text, profile)
            self.saves += 1
        except DraftTakenOver as exc:
            log.warning("draft %s: %s", draft_id, exc)
            if self._on_taken_over is not None:
                self._on_taken_over(exc)
            else:
                self._on_error(f"The draft could not be saved: {exc}")
        except Exception as exc:  # keep the thread alive; the window shows the problem
            if store is not None:
                # Perhaps a connection that broke (a team database restarted): the next save opens a new one.
                store.conn.close()
                store = None
            if text is not None and self._link is not None and self._link.lost(exc):
                self._keep(draft_id, profile, text)  # the window's banner says the server is away
                return store
            log.exception("autosave of draft %s failed", draft_id)
            self._on_error(f"The draft could not be saved: {exc}")
        return store

    def _keep(self, draft_id: str, profile: str, text: str | DraftText) -> None:
        assert self._link is not None
        try:
            self._kept = self._kept or team_link.open_kept()
            self._link.keep(self._kept, draft_id, profile, text)
            self.saves += 1
        except Exception as exc:
            log.exception("draft %s could not be kept on this computer", draft_id)
            self._on_error(f"The draft could not be saved on this computer either: {exc}")

    def _move_kept(self, store: DraftStore | None) -> DraftStore | None:
        assert self._link is not None
        if store is not None:
            store.conn.close()  # a connection from before the server went away
        if self._kept is not None:
            self._kept.close()
            self._kept = None
        try:
            self._link.come_back()
        except Exception as exc:
            log.exception("the kept drafts could not be moved to the team database")
            self._on_error(f"The drafts kept on this computer could not be moved to the team database yet: {exc}")
        return None

    def _connect(self) -> Connection:
        database = self._database
        return connect(database) if isinstance(database, Path) else database()

    def _open(self) -> DraftStore | None:
        """The store, opened when the writer starts; None (said) when it cannot be now: each save tries again."""
        if self._link is not None and not self._link.online:
            return None  # drafts are kept on this computer until the team database is back
        try:
            return DraftStore(self._connect())
        except Exception as exc:
            if self._link is not None and self._link.lost(exc):
                return None
            log.exception("autosave could not open the store")
            self._on_error(f"Drafts cannot be saved now: {exc}")
            return None

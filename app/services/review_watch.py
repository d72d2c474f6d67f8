"""The review list hearing of a colleague's post without F5: on a team database, a LISTEN on a connection of its
own (app/store/postgres.py Listener) announces every committed change of a review row; on SQLite there is
nobody else, and nothing is listened to (docs/team.md)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from app.services import session, team
from app.store.database import DatabaseError
from app.store.secrets import KeyStoreError
from app.store.team_location import read_location

log = logging.getLogger(__name__)


class ReviewWatch(Protocol):
    """What the window keeps of a watch: it stops it when the review closes."""

    def stop(self, timeout: float = 5.0) -> None: ...


def watch_review(on_change: Callable[[], None]) -> ReviewWatch | None:
    """Call `on_change()` (on a background thread: hand it to the GUI by a queued signal) whenever a colleague's
    post or a settled send changes the review list; None on SQLite, or when the team database cannot be listened
    to now (logged: the list still refreshes on F5 and when the window's own sends settle)."""
    if read_location() is None:
        return None
    try:
        return team.watch_review(session.keystore(), on_change)
    except (DatabaseError, KeyStoreError) as exc:
        log.warning("the review cannot listen for colleagues' posts: %s", exc)
        return None

"""Claims on the team database: a lease held by an installation and a person, not a process (issue 16).

On SQLite a claim names its process (host, pid, start: process_check.process_token) and another LedgerDesk on that
computer can tell whether it still runs. Desktops sharing a PostgreSQL database cannot see each other's
processes, so there a claim is

* taken with `SELECT … FOR UPDATE SKIP LOCKED` inside the claiming UPDATE: two desktops asking at once never
  wait on each other's row and never both get it;
* held as a lease: `claimed_by` says who (the person's name or OS user, this data location's installation id,
  host and pid) and `lease_until` until when, on the *server's* clock, so desktops whose clocks disagree
  still agree on what has run out;
* renewed by a heartbeat while the request is out (`Heartbeat`, its own connection, every quarter lease);
* given up by running out: `Outbox.recover_abandoned` makes a `sending` row whose lease ended `uncertain`,
  and it is reconciled as any other (Confirma's status list; the bookkeeper's word for Infinity).

The lease lasts LEASE_SECONDS (LEDGERDESK_CLAIM_LEASE_S overrides it: the tests shorten it).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from types import TracebackType

from app.store.backend import Connection
from app.store.clock import utc_now
from app.store.database import transaction
from app.store.process_check import process_token
from app.store.review_index import index_submission
from app.store.states import SubmissionState

log = logging.getLogger(__name__)

LEASE_ENV = "LEDGERDESK_CLAIM_LEASE_S"
DEFAULT_LEASE_SECONDS = 60.0

# The server's time in the format of clock.utc_now (ISO 8601 UTC, microseconds), so leases compare as text.
_SERVER_NOW = "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"+00:00\"')"
_UNTIL = ("to_char((clock_timestamp() AT TIME ZONE 'UTC') + make_interval(secs => ?), "
          "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"+00:00\"')")


def lease_seconds() -> float:
    """How long a claim holds without a heartbeat."""
    try:
        return max(0.5, float(os.environ.get(LEASE_ENV, DEFAULT_LEASE_SECONDS)))
    except ValueError:
        return DEFAULT_LEASE_SECONDS


def holder(name: str, installation_id: str) -> str:
    """Who holds a lease, as `claimed_by` records it: the person, the data location, and the computer and
    process (host, pid and start, process_check.process_token: the last part, after the last " · ")."""
    return f"{name} · {installation_id} · {process_token()}"


def holder_process(claimed_by: str) -> str:
    """The process part of a lease holder (host:pid:start), or the whole text when it has none."""
    return claimed_by.rsplit(" · ", 1)[-1]


def claim(conn: Connection, submission_id: int, claimer: str, from_states: tuple[SubmissionState, ...],
          profile: str | None) -> bool:
    """Lease one submission to `claimer` if it is in `from_states` (and `profile`'s) and nobody holds its row."""
    own = "" if profile is None else " AND profile = ?"
    with transaction(conn):
        cursor = conn.execute(
            f"UPDATE submissions SET state = ?, claimed_by = ?, lease_until = {_UNTIL}, updated_at = ? "
            f"WHERE id = (SELECT id FROM submissions WHERE id = ? AND state IN ({_marks(from_states)}) "
            f"AND superseded_by IS NULL{own} FOR UPDATE SKIP LOCKED)",
            (SubmissionState.SENDING, claimer, lease_seconds(), utc_now(), submission_id, *from_states,
             *(() if profile is None else (profile,))))
        if cursor.rowcount == 1:
            index_submission(conn, submission_id)
    return cursor.rowcount == 1


def claim_next(conn: Connection, claimer: str, profile: str | None) -> int | None:
    """Lease the oldest queued submission (of `profile`) nobody else is taking; its id, or None."""
    own, params = ("", ()) if profile is None else (" AND profile = ?", (profile,))
    with transaction(conn):
        row = conn.execute(
            f"UPDATE submissions SET state = ?, claimed_by = ?, lease_until = {_UNTIL}, updated_at = ? "
            f"WHERE id = (SELECT id FROM submissions WHERE state = ? AND superseded_by IS NULL{own} "
            f"ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id",
            (SubmissionState.SENDING, claimer, lease_seconds(), utc_now(), SubmissionState.QUEUED,
             *params)).fetchone()
        if row is not None:
            index_submission(conn, row[0])
    return None if row is None else int(row[0])


def renew(conn: Connection, submission_id: int, claimer: str) -> bool:
    """Extend `claimer`'s lease on a submission it is still sending; False when it no longer holds it."""
    cursor = conn.execute(f"UPDATE submissions SET lease_until = {_UNTIL} WHERE id = ? AND state = ? "
                          f"AND claimed_by = ?", (lease_seconds(), submission_id, SubmissionState.SENDING, claimer))
    return cursor.rowcount == 1


def expired(conn: Connection, is_alive: Callable[[str], bool]) -> list[tuple[int, str | None]]:
    """(id, claimed_by) of the `sending` rows whose lease has run out, or whose holder was a process on this
    computer that is gone (a bookkeeper starting LedgerDesk again after a crash is not kept waiting for the
    lease); a row claimed before leases existed (no lease_until) is asked about its process, as SQLite does.
    `is_alive` answers True for another computer's process, so only the lease ends those."""
    rows = conn.execute(f"SELECT id, claimed_by, lease_until, lease_until < {_SERVER_NOW} FROM submissions "
                        f"WHERE state = ?", (SubmissionState.SENDING,)).fetchall()
    return [(row[0], row[1]) for row in rows
            if (row[2] is not None and row[3]) or not (row[1] and is_alive(holder_process(row[1])))]


def sibling(conn: Connection) -> Connection:
    """A second connection to the team database `conn` is on (postgres.PgConnection.sibling)."""
    opener: Callable[[], Connection] = getattr(conn, "sibling")  # noqa: B009 - not in the SQLite interface
    return opener()


class Heartbeat:
    """Renews a lease every quarter of its length on a connection of its own, while a submission is sent."""

    def __init__(self, connect: Callable[[], Connection], submission_id: int, claimer: str) -> None:
        self._connect = connect
        self._submission_id = submission_id
        self._claimer = claimer
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="ledgerdesk-lease", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        conn: Connection | None = None
        try:
            while not self._stop.wait(lease_seconds() / 4):
                try:
                    conn = conn or self._connect()
                    if not renew(conn, self._submission_id, self._claimer):
                        log.warning("the lease on submission %s was lost", self._submission_id)
                        return
                except Exception:  # noqa: BLE001 - an unreachable server: try again at the next beat
                    log.warning("lease of submission %s not renewed", self._submission_id, exc_info=True)
                    if conn is not None:
                        conn.close()
                    conn = None
        finally:
            if conn is not None:
                conn.close()


def _marks(values: tuple[str, ...]) -> str:
    return ",".join("?" * len(values))

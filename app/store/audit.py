"""The append-only audit log: the exact request sent and the exact answer, per submission."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.store.backend import Connection
from app.store.clock import utc_now
from app.store.database import inserted_id
from app.store.team_location import bookkeeper_name


class AuditEvent(StrEnum):
    """What an audit row records. Its own vocabulary: `sending` is the event, not the submission state."""

    SENDING = "sending"  # a request is about to leave, with its exact body
    HTTP = "http"  # the exchange that followed: the answer, or the error
    STATE = "state"  # the submission's new state and why
    RECONCILE = "reconcile"  # what the target said when asked after a crash
    RESOLVE = "resolve"  # the bookkeeper's decision (posted, send again, cancel)


@dataclass(frozen=True)
class AuditEntry:
    """One audit row. Bodies are stored as sent and received; keys never reach them (they travel in headers)."""

    id: int
    at: str
    profile: str
    submission_id: int | None
    request_id: int | None
    event: str
    method: str
    url: str
    request_body: str
    response_status: int | None
    response_body: str
    note: str
    who: str = ""  # the configured name, else the OS user (schema 9; '' for older rows)


class AuditLog:
    """Append and read audit rows. Appends happen inside the caller's transaction when one is open. Each row
    names who wrote it: `who`, by default the data location's bookkeeper (team_location.bookkeeper_name)."""

    def __init__(self, conn: Connection, who: str | None = None):
        self.conn = conn
        self.who = bookkeeper_name() if who is None else who

    def append(self, *, profile: str, event: str, submission_id: int | None = None,
               request_id: int | None = None, method: str = "", url: str = "", request_body: str = "",
               response_status: int | None = None, response_body: str = "", note: str = "") -> int:
        cursor = self.conn.execute(
            "INSERT INTO audit_log (at, profile, submission_id, request_id, event, method, url, request_body, "
            "response_status, response_body, note, who) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (utc_now(), profile, submission_id, request_id, event, method, url, request_body, response_status,
             response_body, note, self.who))
        return inserted_id(cursor)

    def for_submission(self, submission_id: int) -> list[AuditEntry]:
        rows = self.conn.execute("SELECT * FROM audit_log WHERE submission_id = ? ORDER BY id",
                                 (submission_id,)).fetchall()
        return [AuditEntry(**dict(row)) for row in rows]

"""The outbox: every submission and every HTTP request it needs, with states committed before acting.

Submission states: queued -> sending -> accepted -> (Confirma) pending / synced / failed;
rejected (the voucher is editable again); uncertain (the outcome is unknown and needs reconciling
or the user's decision). Request rows (one for Confirma, one per entry for Infinity) move
queued -> sending -> accepted | rejected | uncertain. A process claims a submission atomically
(BEGIN IMMEDIATE + a conditional UPDATE), so two LedgerDesk processes never send one row twice. Every change
rewrites the submission's review row (app/store/review_index.py) in the same transaction.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.store.clock import utc_now
from app.store.database import transaction
from app.store.review_index import index_request, index_submission

SUBMISSION_STATES = ("queued", "sending", "accepted", "pending", "synced", "failed", "rejected", "uncertain")
OPEN_STATES = ("queued", "sending", "uncertain")
DONE_STATES = ("accepted", "pending", "synced")  # posted: never sent again


@dataclass(frozen=True)
class Submission:
    """One voucher submission as stored."""

    id: int
    voucher_id: str
    profile: str
    target: str
    state: str
    voucher: str
    summary: dict[str, Any]
    detail: str
    remote_status: str | None
    claimed_by: str | None
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class RequestRow:
    """One HTTP request of a submission: the exact body and where it stands."""

    id: int
    submission_id: int
    seq: int
    body: str
    state: str
    result: str
    updated_at: str


def process_token() -> str:
    """Who claims a row: host, pid and the process start, so a reused pid is not mistaken for us."""
    return f"{socket.gethostname()}:{os.getpid()}:{_process_start()}"


def _process_start() -> str:
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[19]
    except OSError:
        return "0"


def claimer_alive(token: str) -> bool:
    """Whether the process that claimed a row still runs (only decidable on this host)."""
    host, pid, start = (token.split(":") + ["", "", ""])[:3]
    if host != socket.gethostname():
        return True  # another computer's process: never steal its row
    try:
        os.kill(int(pid), 0)
    except (ProcessLookupError, ValueError):
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[19] == start
    except OSError:
        return True


class Outbox:
    """All reads and writes of submissions and their requests."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # --- writing -------------------------------------------------------------------------------

    def enqueue(self, *, voucher_id: str, profile: str, target: str, voucher: str, summary: dict[str, Any],
                bodies: Iterable[str]) -> int:
        """Queue a submission with its request bodies, in one transaction."""
        now = utc_now()
        with transaction(self.conn):
            cursor = self.conn.execute(
                "INSERT INTO submissions (voucher_id, profile, target, state, voucher, summary, created_at, "
                "updated_at) VALUES (?, ?, ?, 'queued', ?, ?, ?, ?)",
                (voucher_id, profile, target, voucher, json.dumps(summary, ensure_ascii=False), now, now))
            submission_id = cursor.lastrowid
            self.conn.executemany(
                "INSERT INTO requests (submission_id, seq, body, state, updated_at) VALUES (?, ?, ?, 'queued', ?)",
                [(submission_id, seq, body, now) for seq, body in enumerate(bodies, start=1)])
            index_submission(self.conn, submission_id)
        return submission_id

    def claim(self, submission_id: int, claimer: str, from_states: tuple[str, ...] = ("queued",)) -> bool:
        """Move a submission to `sending` for `claimer` if it is in one of `from_states`; False if taken."""
        marks = ",".join("?" * len(from_states))
        with transaction(self.conn):
            cursor = self.conn.execute(
                f"UPDATE submissions SET state = 'sending', claimed_by = ?, updated_at = ? "
                f"WHERE id = ? AND state IN ({marks})", (claimer, utc_now(), submission_id, *from_states))
            if cursor.rowcount == 1:
                index_submission(self.conn, submission_id)
        return cursor.rowcount == 1

    def claim_next(self, claimer: str, profile: str | None = None) -> Submission | None:
        """Claim the oldest queued submission (of a profile), or None."""
        while True:
            query = "SELECT id FROM submissions WHERE state = 'queued'"
            params: tuple = ()
            if profile is not None:
                query, params = query + " AND profile = ?", (profile,)
            row = self.conn.execute(query + " ORDER BY id LIMIT 1", params).fetchone()
            if row is None:
                return None
            if self.claim(row[0], claimer):
                return self.get(row[0])

    def set_state(self, submission_id: int, state: str, detail: str | None = None,
                  remote_status: str | None = None) -> None:
        if state not in SUBMISSION_STATES:
            raise ValueError(f"unknown submission state {state}")
        sets, params = ["state = ?", "updated_at = ?"], [state, utc_now()]
        if detail is not None:
            sets.append("detail = ?")
            params.append(detail)
        if remote_status is not None:
            sets.append("remote_status = ?")
            params.append(remote_status)
        if state not in ("sending",):
            sets.append("claimed_by = NULL")
        with transaction(self.conn):
            self.conn.execute(f"UPDATE submissions SET {', '.join(sets)} WHERE id = ?", (*params, submission_id))
            index_submission(self.conn, submission_id)

    def set_request_state(self, request_id: int, state: str, result: Any = None) -> None:
        with transaction(self.conn):
            if result is None:
                self.conn.execute("UPDATE requests SET state = ?, updated_at = ? WHERE id = ?",
                                  (state, utc_now(), request_id))
            else:
                text = result if isinstance(result, str) else json.dumps(result, ensure_ascii=False)
                self.conn.execute("UPDATE requests SET state = ?, result = ?, updated_at = ? WHERE id = ?",
                                  (state, text, utc_now(), request_id))
            index_request(self.conn, request_id)

    def requeue(self, submission_id: int) -> None:
        """Put a submission back in the queue (after reconciling or the user's 'send again')."""
        with transaction(self.conn):
            self.conn.execute("UPDATE requests SET state = 'queued', updated_at = ? WHERE submission_id = ? "
                              "AND state IN ('uncertain', 'sending')", (utc_now(), submission_id))
            self.conn.execute("UPDATE submissions SET state = 'queued', claimed_by = NULL, updated_at = ? "
                              "WHERE id = ?", (utc_now(), submission_id))
            index_submission(self.conn, submission_id)

    def recover_abandoned(self, is_alive: Callable[[str], bool] = claimer_alive) -> list[int]:
        """Submissions left in `sending` by a process that is gone become `uncertain`, as do their
        requests that were being sent. Returns their ids."""
        rows = self.conn.execute("SELECT id, claimed_by FROM submissions WHERE state = 'sending'").fetchall()
        recovered = []
        for submission_id, claimer in rows:
            if claimer and is_alive(claimer):
                continue
            with transaction(self.conn):
                cursor = self.conn.execute(
                    "UPDATE submissions SET state = 'uncertain', claimed_by = NULL, updated_at = ?, detail = ? "
                    "WHERE id = ? AND state = 'sending' AND claimed_by IS ?",
                    (utc_now(), "LedgerDesk stopped while sending this voucher; its outcome is not known yet.",
                     submission_id, claimer))
                if cursor.rowcount:
                    self.conn.execute("UPDATE requests SET state = 'uncertain', updated_at = ? "
                                      "WHERE submission_id = ? AND state = 'sending'", (utc_now(), submission_id))
                    index_submission(self.conn, submission_id)
                    recovered.append(submission_id)
        return recovered

    # --- reading -------------------------------------------------------------------------------

    def get(self, submission_id: int) -> Submission:
        row = self.conn.execute("SELECT * FROM submissions WHERE id = ?", (submission_id,)).fetchone()
        if row is None:
            raise KeyError(submission_id)
        return _submission(row)

    def requests(self, submission_id: int) -> list[RequestRow]:
        rows = self.conn.execute("SELECT * FROM requests WHERE submission_id = ? ORDER BY seq",
                                 (submission_id,)).fetchall()
        return [RequestRow(**dict(row)) for row in rows]

    def list(self, states: Iterable[str] | None = None, profile: str | None = None) -> list[Submission]:
        query, params = "SELECT * FROM submissions WHERE 1 = 1", []
        if states is not None:
            states = tuple(states)
            query += f" AND state IN ({','.join('?' * len(states))})"
            params.extend(states)
        if profile is not None:
            query += " AND profile = ?"
            params.append(profile)
        return [_submission(row) for row in self.conn.execute(query + " ORDER BY id", params).fetchall()]

    def latest_for_voucher(self, voucher_id: str) -> Submission | None:
        row = self.conn.execute("SELECT * FROM submissions WHERE voucher_id = ? ORDER BY id DESC LIMIT 1",
                                (voucher_id,)).fetchone()
        return _submission(row) if row else None


def _submission(row: sqlite3.Row) -> Submission:
    data = dict(row)
    data["summary"] = json.loads(data["summary"] or "{}")
    return Submission(**data)

"""The outbox: every submission and every HTTP request it needs, with states committed before acting.

Submission states (app/store/states.py): queued -> sending -> accepted -> (Confirma) pending / synced /
failed; rejected (the voucher is editable again); uncertain (the outcome is unknown and needs reconciling
or the user's decision); cancelled (withdrawn while nothing of it was booked). A voucher has at most one
live submission per profile (a unique index, schema 4): sending it again after a rejection reopens it. Request rows (one for Confirma, one per entry for Infinity) move
queued -> sending -> accepted | rejected | uncertain. A process claims a submission atomically
(BEGIN IMMEDIATE + a conditional UPDATE), so two LedgerDesk processes never send one row twice. Every change
rewrites the submission's review row (app/store/review_index.py) in the same transaction.
"""

from __future__ import annotations

import builtins
import json
import socket
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.domain import messages
from app.store import leases
from app.store.backend import Connection, is_postgresql
from app.store.clock import utc_now
from app.store.database import inserted_id, transaction
from app.store.process_check import pid_running, process_start
from app.store.review_index import index_request, index_submission

from app.store.team_location import bookkeeper_name
from app.store.states import (ALL_STATES, CANCELLABLE_STATES, POSTED_STATES, REACHED_STATES, REOPENABLE_STATES,
                              REQUEUED_STATES, RequestState, SubmissionState)

# Older names, kept for callers that import them from here; the sets themselves live in states.py.
SUBMISSION_STATES = ALL_STATES
DONE_STATES = POSTED_STATES  # posted: never sent again


class SubmissionConflict(ValueError):
    """The voucher already has a live submission on this profile (the schema allows one)."""


_STOPPED = messages.Message("sending_interrupted")  # what a submission left in `sending` by a gone process says

@dataclass(frozen=True)
class Submission:
    """One voucher submission as stored."""

    id: int
    voucher_id: str
    profile: str
    target: str
    state: SubmissionState
    voucher: str
    summary: dict[str, Any]
    detail: str
    remote_status: str | None
    claimed_by: str | None
    created_at: str
    updated_at: str
    superseded_by: int | None = None
    lease_until: str | None = None  # the team database's claim (leases.py); SQLite leaves it empty
    queued_by: str = ""  # who queued it (schema 13), as the review names them


@dataclass(frozen=True)
class RequestRow:
    """One HTTP request of a submission: the exact body and where it stands."""

    id: int
    submission_id: int
    seq: int
    body: str
    state: RequestState
    result: str
    updated_at: str
    mapping: str = ""  # JSON frozen at queue time: target fields -> voucher lines, and what was predicted

    @property
    def mapping_data(self) -> dict[str, Any]:
        """The frozen mapping as a dict ({} for a request queued before schema 4)."""
        try:
            data = json.loads(self.mapping or "{}")
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}


def claimer_alive(token: str) -> bool:
    """Whether the process that claimed a row still runs (only decidable on this host)."""
    host, pid, start = (token.split(":") + ["", "", ""])[:3]
    if host != socket.gethostname():
        return True  # another computer's process: never steal its row
    try:
        number = int(pid)
    except ValueError:
        return False
    if not pid_running(number):
        return False
    started = process_start(number)
    # A start unknown then ("0") or now (None): the running pid may be the claimer, so it keeps the row.
    return started is None or start in ("", "0") or started == start


class Outbox:
    """All reads and writes of submissions and their requests."""

    def __init__(self, conn: Connection, who: str | None = None):
        self.conn = conn
        # Who queues what this outbox queues (the review's "Posted by"): by default the data location's bookkeeper.
        self.who = bookkeeper_name() if who is None else who

    # --- writing -------------------------------------------------------------------------------

    def enqueue(self, *, voucher_id: str, profile: str, target: str, voucher: str, summary: dict[str, Any],
                bodies: Iterable[str], mappings: Iterable[str] | None = None) -> int:
        """Queue a submission with its request bodies, in one transaction.

        Raises SubmissionConflict when the voucher already has a live submission on this profile: the
        unique index makes that impossible whatever the caller checked before."""
        now = utc_now()
        bodies = list(bodies)
        mappings = list(mappings) if mappings is not None else [""] * len(bodies)
        with transaction(self.conn):
            try:
                cursor = self.conn.execute(
                    "INSERT INTO submissions (voucher_id, profile, target, state, voucher, summary, created_at, "
                    "updated_at, queued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (voucher_id, profile, target, SubmissionState.QUEUED, voucher,
                     json.dumps(summary, ensure_ascii=False), now, now, self.who))
            except sqlite3.IntegrityError as exc:
                # SQLite names the columns; PostgreSQL the index (backend.IntegrityError).
                if "submissions.voucher_id" not in str(exc) and "submissions_one_per_profile" not in str(exc):
                    raise
                raise SubmissionConflict(f"voucher {voucher_id} already has a submission on {profile}") from None
            submission_id = inserted_id(cursor)
            self._insert_requests(submission_id, 1, bodies, mappings, now)
            index_submission(self.conn, submission_id)
        return submission_id

    def reopen(self, submission_id: int, *, voucher: str, summary: dict[str, Any], bodies: Iterable[str],
               mappings: Iterable[str], from_states: tuple[SubmissionState, ...] = REOPENABLE_STATES) -> bool:
        """Queue a rejected or cancelled submission again with the corrected voucher's requests.

        Requests it already had accepted (entries booked before a refused one) stay as they are; the
        others are replaced by `bodies`, numbered after them. False when it is not in `from_states`."""
        now = utc_now()
        marks = ",".join("?" * len(from_states))
        with transaction(self.conn):
            cursor = self.conn.execute(
                f"UPDATE submissions SET state = ?, voucher = ?, summary = ?, detail = '', detail_message = NULL, "
                f"claimed_by = NULL, queued_by = ?, "
                f"updated_at = ? WHERE id = ? AND state IN ({marks})",
                (SubmissionState.QUEUED, voucher, json.dumps(summary, ensure_ascii=False), self.who, now, submission_id,
                 *from_states))
            if cursor.rowcount != 1:
                return False
            self.conn.execute("DELETE FROM requests WHERE submission_id = ? AND state != ?",
                              (submission_id, RequestState.ACCEPTED))
            (last,) = self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM requests WHERE submission_id = ?",
                                        (submission_id,)).fetchone()
            self._insert_requests(submission_id, last + 1, list(bodies), list(mappings), now)
            index_submission(self.conn, submission_id)
        return True

    def cancel(self, submission_id: int, detail: str) -> bool:
        """Withdraw a queued or rejected submission of which nothing was booked; False if it is not one."""
        with transaction(self.conn):
            cursor = self.conn.execute(
                f"UPDATE submissions SET state = ?, detail = ?, detail_message = ?, claimed_by = NULL, updated_at = ? "
                f"WHERE id = ? AND state IN ({_marks(CANCELLABLE_STATES)}) AND NOT EXISTS (SELECT 1 FROM requests "
                f"WHERE submission_id = submissions.id AND state IN ({_marks(REACHED_STATES)}))",
                (SubmissionState.CANCELLED, detail, _message_json(detail), utc_now(), submission_id,
                 *CANCELLABLE_STATES, *REACHED_STATES))
            if cursor.rowcount == 1:
                index_submission(self.conn, submission_id)
        return cursor.rowcount == 1

    def _insert_requests(self, submission_id: int, first_seq: int, bodies: list[str], mappings: list[str],
                         now: str) -> None:
        if len(mappings) != len(bodies):
            raise ValueError("one mapping per request body")
        self.conn.executemany(
            "INSERT INTO requests (submission_id, seq, body, state, updated_at, mapping) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(submission_id, seq, body, RequestState.QUEUED, now, mapping)
             for seq, (body, mapping) in enumerate(zip(bodies, mappings, strict=True), start=first_seq)])

    def claim(self, submission_id: int, claimer: str,
              from_states: tuple[SubmissionState, ...] = (SubmissionState.QUEUED,),
              profile: str | None = None) -> bool:
        """Move a submission to `sending` for `claimer` if it is in one of `from_states` (and belongs to
        `profile`, when given); False if taken or another profile's."""
        if is_postgresql(self.conn):  # desktops cannot see each other's processes: a lease (leases.py)
            return leases.claim(self.conn, submission_id, claimer, from_states, profile)
        marks = ",".join("?" * len(from_states))
        own = "" if profile is None else " AND profile = ?"
        with transaction(self.conn):
            cursor = self.conn.execute(
                f"UPDATE submissions SET state = ?, claimed_by = ?, updated_at = ? "
                f"WHERE id = ? AND state IN ({marks}) AND superseded_by IS NULL{own}",
                (SubmissionState.SENDING, claimer, utc_now(), submission_id, *from_states,
                 *(() if profile is None else (profile,))))
            if cursor.rowcount == 1:
                index_submission(self.conn, submission_id)
        return cursor.rowcount == 1

    def claim_next(self, claimer: str, profile: str | None = None) -> Submission | None:
        """Claim the oldest queued submission (of a profile), or None."""
        if is_postgresql(self.conn):
            claimed = leases.claim_next(self.conn, claimer, profile)
            return None if claimed is None else self.get(claimed)
        while True:
            query = "SELECT id FROM submissions WHERE state = ? AND superseded_by IS NULL"
            params: tuple[object, ...] = (SubmissionState.QUEUED,)
            if profile is not None:
                query, params = query + " AND profile = ?", (*params, profile)
            row = self.conn.execute(query + " ORDER BY id LIMIT 1", params).fetchone()
            if row is None:
                return None
            if self.claim(row[0], claimer, profile=profile):
                return self.get(row[0])

    def set_state(self, submission_id: int, state: SubmissionState, detail: str | None = None,
                  remote_status: str | None = None) -> None:
        """Record a submission's new state (with the outcome in words, and Confirma's status when known)."""
        if state not in SUBMISSION_STATES:
            raise ValueError(f"unknown submission state {state}")
        sets, params = ["state = ?", "updated_at = ?"], list[str | None]([state, utc_now()])
        if detail is not None:
            sets.append("detail = ?, detail_message = ?")
            params += [detail, _message_json(detail)]
        if remote_status is not None:
            sets.append("remote_status = ?")
            params.append(remote_status)
        if state != SubmissionState.SENDING:  # only a sending row is held by its claimer
            sets.append("claimed_by = NULL")
        with transaction(self.conn):
            self.conn.execute(f"UPDATE submissions SET {', '.join(sets)} WHERE id = ?", (*params, submission_id))
            index_submission(self.conn, submission_id)

    def set_request_state(self, request_id: int, state: RequestState, result: Any = None) -> None:
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
            self.conn.execute(f"UPDATE requests SET state = ?, updated_at = ? WHERE submission_id = ? "
                              f"AND state IN ({_marks(REQUEUED_STATES)})",
                              (RequestState.QUEUED, utc_now(), submission_id, *REQUEUED_STATES))
            self.conn.execute("UPDATE submissions SET state = ?, claimed_by = NULL, updated_at = ? "
                              "WHERE id = ?", (SubmissionState.QUEUED, utc_now(), submission_id))
            index_submission(self.conn, submission_id)

    def recover_abandoned(self, is_alive: Callable[[str], bool] = claimer_alive) -> list[int]:
        """Submissions left in `sending` by a process that is gone (on the team database: whose lease ran
        out) become `uncertain`, as do their requests that were being sent. Returns their ids."""
        rows = leases.expired(self.conn, is_alive) if is_postgresql(self.conn) else [
            (i, c) for i, c in self.conn.execute("SELECT id, claimed_by FROM submissions WHERE state = ?",
                                                 (SubmissionState.SENDING,)) if not (c and is_alive(c))]
        recovered = []
        for submission_id, claimer in rows:
            with transaction(self.conn):
                cursor = self.conn.execute(
                    "UPDATE submissions SET state = ?, claimed_by = NULL, updated_at = ?, detail = ?, "
                    "detail_message = ? WHERE id = ? AND state = ? AND claimed_by IS ?",
                    (SubmissionState.UNCERTAIN, utc_now(), _STOPPED, messages.dumps(_STOPPED),
                     submission_id, SubmissionState.SENDING, claimer))
                if cursor.rowcount:
                    self.conn.execute("UPDATE requests SET state = ?, updated_at = ? WHERE submission_id = ? "
                                      "AND state = ?", (RequestState.UNCERTAIN, utc_now(), submission_id,
                                                        RequestState.SENDING))
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
        return [_request(row) for row in rows]

    def list(self, states: Iterable[SubmissionState] | None = None, profile: str | None = None) -> list[Submission]:
        query = "SELECT * FROM submissions WHERE 1 = 1"
        params: list[object] = []
        if states is not None:
            states = tuple(states)
            query += f" AND state IN ({','.join('?' * len(states))})"
            params.extend(states)
        if profile is not None:
            query += " AND profile = ?"
            params.append(profile)
        return [_submission(row) for row in self.conn.execute(query + " ORDER BY id", params).fetchall()]

    def live_for_voucher(self, voucher_id: str, profile: str) -> Submission | None:
        """The voucher's one live submission on `profile`, if it was ever submitted there (under this
        identifier, or under one a correction recorded as its alias)."""
        row = self.conn.execute("SELECT * FROM submissions WHERE voucher_id = ? AND profile = ? "
                                "AND superseded_by IS NULL", (voucher_id, profile)).fetchone()
        if row is None:
            row = self.conn.execute("SELECT s.* FROM submission_aliases a JOIN submissions s ON s.id = "
                                    "a.submission_id WHERE a.voucher_id = ? AND a.profile = ?",
                                    (voucher_id, profile)).fetchone()
        return _submission(row) if row else None

    def add_alias(self, voucher_id: str, profile: str, submission_id: int) -> None:
        """Record that the voucher `voucher_id` is submission `submission_id` (a corrected file's identifier)."""
        with transaction(self.conn):
            self.conn.execute("INSERT INTO submission_aliases (voucher_id, profile, submission_id, created_at) "
                              "VALUES (?, ?, ?, ?)", (voucher_id, profile, submission_id, utc_now()))

    # Below `def list`, `list` in a signature names that method: the built-in is spelled builtins.list.
    def partly_booked_rejections(self, profile: str) -> builtins.list[Submission]:
        """Rejected Infinity submissions of `profile` with entries already booked, newest first."""
        rows = self.conn.execute(
            "SELECT * FROM submissions s WHERE s.profile = ? AND s.state = ? AND s.superseded_by IS NULL "
            "AND EXISTS (SELECT 1 FROM requests r WHERE r.submission_id = s.id AND r.state = ?) "
            "ORDER BY s.id DESC", (profile, SubmissionState.REJECTED, RequestState.ACCEPTED)).fetchall()
        return [_submission(row) for row in rows]

    def booked_bodies(self, voucher_id: str, profile: str) -> builtins.list[RequestRow]:
        """Every accepted request of this voucher on this profile, superseded duplicates included."""
        rows = self.conn.execute(
            "SELECT r.* FROM requests r JOIN submissions s ON s.id = r.submission_id "
            "WHERE s.voucher_id = ? AND s.profile = ? AND r.state = ? ORDER BY r.submission_id, r.seq",
            (voucher_id, profile, RequestState.ACCEPTED)).fetchall()
        return [_request(row) for row in rows]


def _message_json(detail: str) -> str | None:
    """The JSON beside a detail that is one of LedgerDesk's Messages (NULL for other words)."""
    return messages.dumps(detail) if isinstance(detail, messages.Message) else None


def _submission(row: sqlite3.Row) -> Submission:
    data = dict(row)
    said = messages.loads(data.pop("detail_message", None))
    if said is not None and str.__str__(said) == data["detail"]:
        data["detail"] = said  # the same words, which the window shows in its language
    data["summary"] = json.loads(data["summary"] or "{}")
    data["state"] = SubmissionState(data["state"])  # the schema's CHECK admits only these
    return Submission(**data)


def _request(row: sqlite3.Row) -> RequestRow:
    data = dict(row)
    data["state"] = RequestState(data["state"])  # the schema's CHECK admits only these
    return RequestRow(**data)


def _marks(values: tuple[str, ...]) -> str:
    """One `?` per value, for `IN (…)` with bound parameters."""
    return ",".join("?" * len(values))

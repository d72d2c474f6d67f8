"""The review list: every voucher submitted from this installation, newest first, filtered and paged.

Reads the `review` index (kept current by app/store/review_index.py) and never the voucher JSON, so a
count and a first page of 100,000 submissions take milliseconds. "Newest first" is the order of
submission (highest id first): the list is a history of what was sent, not a journal by voucher date.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.domain.money import from_cents, to_cents
from app.domain.voucher import Voucher
from app.store.audit import AuditEntry, AuditLog
from app.store.outbox import Outbox, RequestRow, Submission
from app.store.review_filter import NO_FILTER, ReviewFilter
from app.store.review_index import fold_text, index_request, index_submission, reindex_all

__all__ = ["ReviewDetail", "ReviewFilter", "ReviewQuery", "ReviewRow", "index_request", "index_submission",
           "reindex_all"]

TRIGRAM = 3  # the trigram index only knows words of three characters or more


@dataclass(frozen=True)
class ReviewRow:
    """One line of the review list."""

    submission_id: int
    voucher_id: str
    date: date | None
    number: str
    description: str
    profile: str
    target: str
    total: Decimal
    currency: str
    state: str
    remote_ids: tuple[str, ...]  # Confirma ledgerIdentifier / Infinity transaction ids
    updated_at: str  # ISO 8601 UTC of the last change


@dataclass(frozen=True)
class ReviewDetail:
    """Everything about one submission: the voucher as sent, its requests and its audit trail."""

    row: ReviewRow
    submission: Submission
    voucher: Voucher | None  # None when the stored JSON cannot be read; `voucher_error` says why
    voucher_error: str
    requests: list[RequestRow]
    audit: list[AuditEntry]


_ROW_COLUMNS = ("submission_id, voucher_id, date, number, description, profile, target, total_cents, currency, "
                "state, remote_ids, updated_at")


class ReviewQuery:
    """Counts, pages and details of the review list; one per connection, cheap to keep."""

    def __init__(self, conn: sqlite3.Connection, *, use_text_index: bool | None = None):
        self.conn = conn
        has_index = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'review_fts'").fetchone() is not None
        # None: use the trigram index when this database has one; False forces the scan (tests, benchmark).
        self.use_text_index = has_index if use_text_index is None else (use_text_index and has_index)

    def count(self, filter: ReviewFilter = NO_FILTER) -> int:
        """How many submissions the filter lets through."""
        words = fold_text(filter.text).split()
        kinds = _condition_kinds(filter)
        if kinds == {"text"} and self._indexed(words) == words:
            # Text alone: the trigram index counts its matches itself (~2 ms); through `review` each is probed.
            matches: int = self.conn.execute("SELECT count(*) FROM review_fts WHERE review_fts MATCH ?",
                                             (_match(words),)).fetchone()[0]
            return matches
        # One date/amount/profile/state condition alone is counted from its index without reading rows.
        where, params = self._where(filter, scalar_indexes=len(kinds) == 1)
        counted: int = self.conn.execute(f"SELECT count(*) FROM review{where}", params).fetchone()[0]
        return counted

    def page(self, filter: ReviewFilter = NO_FILTER, offset: int = 0, limit: int = 100) -> list[ReviewRow]:
        """Rows `offset` to `offset + limit` of the filtered list, newest first."""
        where, params = self._where(filter)
        rows = self.conn.execute(f"SELECT {_ROW_COLUMNS} FROM review{where} ORDER BY submission_id DESC "
                                 f"LIMIT ? OFFSET ?", (*params, max(0, limit), max(0, offset))).fetchall()
        return [_row(r) for r in rows]

    def rows(self, filter: ReviewFilter = NO_FILTER, batch: int = 1000) -> Iterator[ReviewRow]:
        """Every row the filter lets through, newest first (for exports)."""
        where, params = self._where(filter)
        cursor = self.conn.execute(f"SELECT {_ROW_COLUMNS} FROM review{where} ORDER BY submission_id DESC", params)
        while chunk := cursor.fetchmany(batch):
            yield from (_row(r) for r in chunk)

    def row(self, submission_id: int) -> ReviewRow:
        """One submission's row (KeyError when there is none)."""
        found = self.conn.execute(f"SELECT {_ROW_COLUMNS} FROM review WHERE submission_id = ?",
                                  (submission_id,)).fetchone()
        if found is None:
            raise KeyError(submission_id)
        return _row(found)

    def detail(self, submission_id: int) -> ReviewDetail:
        """The voucher as submitted (parsed), its requests and its audit rows."""
        row = self.row(submission_id)
        outbox = Outbox(self.conn)
        submission = outbox.get(submission_id)
        from app.domain.voucher_file import VoucherFileError, read_stored_voucher  # pydantic: on opening a voucher
        try:
            voucher, error = read_stored_voucher(submission.voucher, f"submission {submission_id}"), ""
        except VoucherFileError as exc:
            voucher, error = None, str(exc)
        return ReviewDetail(row, submission, voucher, error, outbox.requests(submission_id),
                            AuditLog(self.conn).for_submission(submission_id))

    def profiles(self) -> list[str]:
        """Every profile that has submitted something (deleted profiles included: their history stays)."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT profile FROM review ORDER BY profile")]

    def _where(self, filter: ReviewFilter, *, scalar_indexes: bool = False) -> tuple[str, tuple[object, ...]]:
        """The WHERE clause of a filter and its parameters."""
        # Without `scalar_indexes`, date/profile/state/amount are checked on the rows met while scanning
        # newest first or probing the text matches (unary + hides the index): fetching tens of thousands of
        # rows through an index costs more than that (measured 50 ms against 16 ms at 100,000).
        c: Callable[[str], str] = (lambda column: column) if scalar_indexes else (lambda column: "+" + column)
        clauses: list[str] = []
        params: list[object] = []
        if filter.date_from is not None:
            clauses.append(f"{c('date')} >= ?")
            params.append(filter.date_from.isoformat())
        if filter.date_to is not None:
            clauses.append(f"date <> '' AND {c('date')} <= ?")
            params.append(filter.date_to.isoformat())
        if filter.profile:
            clauses.append(f"{c('profile')} = ?")
            params.append(filter.profile)
        if filter.states:
            clauses.append(f"{c('state')} IN ({', '.join('?' * len(filter.states))})")
            params.extend(filter.states)
        if filter.account:
            clauses.append("instr(accounts, ?) > 0")
            params.append(f" {filter.account} ")
        if filter.amount_min is not None:
            clauses.append(f"{c('total_cents')} >= ?")
            params.append(to_cents(filter.amount_min))
        if filter.amount_max is not None:
            clauses.append(f"{c('total_cents')} <= ?")
            params.append(to_cents(filter.amount_max))
        self._text_clauses(fold_text(filter.text).split(), clauses, params)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)

    def _indexed(self, words: list[str]) -> list[str]:
        return [w for w in words if self.use_text_index and len(w) >= TRIGRAM]

    def _text_clauses(self, words: list[str], clauses: list[str], params: list[object]) -> None:
        indexed = self._indexed(words)
        if indexed:
            clauses.append("submission_id IN (SELECT rowid FROM review_fts WHERE review_fts MATCH ?)")
            params.append(_match(indexed))
        for word in words:
            if word not in indexed:
                # instr, not LIKE: '%' and '_' typed by the bookkeeper are plain characters here.
                clauses.append("instr(search, ?) > 0")
                params.append(word)


def _condition_kinds(filter: ReviewFilter) -> set[str]:
    """Which kinds of condition a filter sets: date, amount, profile, states, account, text."""
    kinds = {"date": filter.date_from or filter.date_to, "amount": filter.amount_min is not None
             or filter.amount_max is not None, "profile": filter.profile, "states": filter.states,
             "account": filter.account, "text": fold_text(filter.text).split()}
    return {kind for kind, present in kinds.items() if present}


def _match(words: list[str]) -> str:
    # Each word a quoted phrase: a substring match through the trigram index, operators taken literally.
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def _row(r: Sequence[Any]) -> ReviewRow:
    (submission_id, voucher_id, day, number, description, profile, target, cents, currency, state, remote,
     updated_at) = tuple(r)
    try:
        parsed_day = date.fromisoformat(day) if day else None
    except ValueError:
        parsed_day = None
    return ReviewRow(submission_id, voucher_id, parsed_day, number, description, profile, target,
                     from_cents(cents), currency, state, tuple(json.loads(remote or "[]")), updated_at)

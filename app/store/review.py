"""The review list: every voucher submitted from this installation, newest first, filtered and paged; and the
questions the main window asks of it when it opens.

Reads the `review` index (kept current by app/store/review_index.py) and never the voucher JSON, so a
count and a first page of 100,000 submissions take milliseconds. "Newest first" is the order of
submission (highest id first): the list is a history of what was sent, not a journal by voucher date.

The window's questions, each one indexed query, and the one place that answers them:
* How many vouchers are uncertain (maybe posted), for the banner: `uncertain_count`, the list's own count.
* The highest voucher number a profile has posted, for numbering new drafts. Only numbers made of ASCII
  digits count ('B-12' does not); their value counts, so '0099' < '100'. Migration 003's partial index
  answers it with one lookup however many submissions are stored.
* Voucher numbers unique per profile: `next_voucher_number` (drafts, open tabs and submissions together) and
  `number_in_use` (which other voucher has a number), each an index lookup (migration 006).
The window imports this module at start: the outbox and the audit log, needed only for a voucher's detail,
load on first use (app/deferred.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.deferred import deferred
from app.domain.issues import Issue, warning
from app.domain.money import from_cents, to_cents
from app.domain.voucher_file import VoucherFileError, read_stored_voucher
from app.store.backend import Connection, is_postgresql
from app.store.review_filter import NO_FILTER, ReviewFilter
from app.store.states import SubmissionState

if TYPE_CHECKING:
    from app.domain.voucher import Voucher
    from app.store import attachments, audit, outbox, review_index
    from app.store.attachments import Attachment
    from app.store.audit import AuditEntry
    from app.store.outbox import RequestRow, Submission
else:  # the list itself and a voucher's detail: not needed to open the window
    attachments = deferred("app.store.attachments")
    audit = deferred("app.store.audit")
    outbox = deferred("app.store.outbox")
    review_index = deferred("app.store.review_index")

__all__ = ["NumberUse", "ReviewDetail", "ReviewFilter", "ReviewQuery", "ReviewRow", "highest_posted_number",
           "next_voucher_number", "number_in_use", "uncertain_count"]

TRIGRAM = 3  # the trigram index only knows words of three characters or more
# How far PostgreSQL counts the review list's matches (count_at_most): beyond it the window says "more than".
COUNT_CAP = 1_000


@dataclass(frozen=True)
class Count:
    """How many submissions a filter lets through: `value` exactly, or, when not `exact`, more than `value`."""

    value: int
    exact: bool = True


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
    attachments: list[Attachment] = field(default_factory=list)  # its source documents (app/store/attachments.py)


_ROW_COLUMNS = ("submission_id, voucher_id, date, number, description, profile, target, total_cents, currency, "
                "state, remote_ids, updated_at")


class ReviewQuery:
    """Counts, pages and details of the review list; one per connection, cheap to keep."""

    def __init__(self, conn: Connection, *, use_text_index: bool | None = None):
        self.conn = conn
        # PostgreSQL: pg_trgm's index on review.search serves the LIKE clauses by itself (_text_clauses).
        self.postgresql = is_postgresql(conn)
        has_index = not self.postgresql and conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'review_fts'").fetchone() is not None
        # None: use the trigram index when this database has one; False forces the scan (tests, benchmark).
        self.use_text_index = has_index if use_text_index is None else (use_text_index and has_index)

    def count(self, filter: ReviewFilter = NO_FILTER) -> int:
        """How many submissions the filter lets through."""
        words = _words(filter)
        kinds = _condition_kinds(filter)
        if kinds == {"text"} and self._indexed(words) == words:
            # Text alone: the trigram index counts its matches itself (~2 ms); through `review` each is probed.
            matches: int = self.conn.execute("SELECT count(*) FROM review_fts WHERE review_fts MATCH ?",
                                             (_match(words),)).fetchone()[0]
            return matches
        # One date/amount/profile/who/state condition alone is counted from its index without reading rows.
        where, params = self._where(filter, scalar_indexes=len(kinds) == 1)
        counted: int = self.conn.execute(f"SELECT count(*) FROM review{where}", params).fetchone()[0]
        return counted

    def count_at_most(self, filter: ReviewFilter = NO_FILTER, cap: int = COUNT_CAP) -> Count:
        """What the review window shows at each keystroke: the exact count on SQLite (its trigram index counts
        by itself), and on the team database an exact count up to `cap`, else "more than `cap`". PostgreSQL's
        count(*) visits every match (0.9 s for 263,000 of 1,000,000 submissions, docs/performance.md), and
        "more than 1,000" is what a bookkeeper reads from a list that long anyway."""
        if not self.postgresql:
            return Count(self.count(filter))
        where, params = self._where(filter)
        # No ORDER BY: the planner then takes the text index for a rare word instead of walking the list.
        found: int = self.conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM review{where} LIMIT ?) AS shown",
                                       (*params, cap + 1)).fetchone()[0]
        return Count(min(found, cap), exact=found <= cap)

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
        submissions = outbox.Outbox(self.conn)
        submission = submissions.get(submission_id)
        try:
            voucher, error = read_stored_voucher(submission.voucher, f"submission {submission_id}"), ""
        except VoucherFileError as exc:
            voucher, error = None, str(exc)
        return ReviewDetail(row, submission, voucher, error, submissions.requests(submission_id),
                            audit.AuditLog(self.conn).for_submission(submission_id),
                            attachments.AttachmentStore(self.conn).for_submission(submission_id))

    def profiles(self) -> list[str]:
        """Every profile that has submitted something (deleted profiles included: their history stays)."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT profile FROM review ORDER BY profile")]

    def who(self) -> list[str]:
        """Everyone who has queued something, as the review names them (the "Posted by" choices); '' left out."""
        # A skip scan (one index lookup per name): DISTINCT would read the whole index, a million rows.
        return [r[0] for r in self.conn.execute(
            "WITH RECURSIVE names(who) AS (SELECT MIN(who) FROM review WHERE who > '' UNION ALL "
            "SELECT (SELECT MIN(who) FROM review WHERE who > names.who) FROM names WHERE names.who IS NOT NULL) "
            "SELECT who FROM names WHERE who IS NOT NULL")]

    def _where(self, filter: ReviewFilter, *, scalar_indexes: bool = False) -> tuple[str, tuple[object, ...]]:
        """The WHERE clause of a filter and its parameters."""
        # Without `scalar_indexes`, date/profile/state/amount are checked on the rows met while scanning
        # newest first or probing the text matches (unary + hides the index): fetching tens of thousands of
        # rows through an index costs more than that (measured 50 ms against 16 ms at 100,000).
        # PostgreSQL has no unary + on text, and its planner weighs the indexes against scanning by itself.
        bare = scalar_indexes or self.postgresql
        c: Callable[[str], str] = (lambda column: column) if bare else (lambda column: "+" + column)
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
        if filter.who:
            clauses.append(f"{c('who')} = ?")
            params.append(filter.who)
        if filter.states:
            clauses.append(f"{c('state')} IN ({', '.join('?' * len(filter.states))})")
            params.extend(filter.states)
        if filter.account and self.postgresql:  # pg_trgm's index on accounts serves LIKE (schema 14)
            clauses.append("accounts LIKE ? ESCAPE '\\'")
            params.append(f"% {_like_escaped(filter.account)} %")
        elif filter.account:
            clauses.append("instr(accounts, ?) > 0")
            params.append(f" {filter.account} ")
        if filter.amount_min is not None:
            clauses.append(f"{c('total_cents')} >= ?")
            params.append(to_cents(filter.amount_min))
        if filter.amount_max is not None:
            clauses.append(f"{c('total_cents')} <= ?")
            params.append(to_cents(filter.amount_max))
        self._text_clauses(_words(filter), clauses, params)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)

    def _indexed(self, words: list[str]) -> list[str]:
        return [w for w in words if self.use_text_index and len(w) >= TRIGRAM]

    def _text_clauses(self, words: list[str], clauses: list[str], params: list[object]) -> None:
        if self.postgresql:
            # Folded text, a substring each: pg_trgm's index answers words of three characters or more.
            for word in words:
                clauses.append("search LIKE ? ESCAPE '\\'")
                params.append(f"%{_like_escaped(word)}%")
            return
        indexed = self._indexed(words)
        if indexed:
            clauses.append("submission_id IN (SELECT rowid FROM review_fts WHERE review_fts MATCH ?)")
            params.append(_match(indexed))
        for word in words:
            if word not in indexed:
                # instr, not LIKE: '%' and '_' typed by the bookkeeper are plain characters here.
                clauses.append("instr(search, ?) > 0")
                params.append(word)


def _like_escaped(text: str) -> str:
    """`text` as a LIKE pattern matching it literally ('%' and '_' typed by the bookkeeper are characters)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _condition_kinds(filter: ReviewFilter) -> set[str]:
    """Which kinds of condition a filter sets: date, amount, profile, who, states, account, text."""
    kinds = {"date": filter.date_from or filter.date_to, "amount": filter.amount_min is not None
             or filter.amount_max is not None, "profile": filter.profile, "who": filter.who, "states": filter.states,
             "account": filter.account, "text": _words(filter)}
    return {kind for kind, present in kinds.items() if present}


def _words(filter: ReviewFilter) -> list[str]:
    """The filter's free-text words, folded as the index folds them (no text: the index module is not loaded)."""
    return review_index.fold_text(filter.text).split() if filter.text else []


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


# --- the window's questions at start ----------------------------------------------------------------

# Both conditions repeat the index's WHERE clause word for word: SQLite uses a partial index only then.
_HIGHEST = ("SELECT MAX(CAST(number AS INTEGER)) FROM review "
            "WHERE profile = ? AND number GLOB '[0-9]*' AND number NOT GLOB '*[^0-9]*'")


# PostgreSQL: its baseline's review_profile_number index has this WHERE clause; NUMERIC, as an all-digit
# number may exceed BIGINT (SQLite's CAST stops at the largest integer instead).
_PG_HIGHEST = ("SELECT MAX(CAST(number AS NUMERIC)) FROM review WHERE profile = ? AND number ~ '^[0-9]+$'")


def highest_posted_number(conn: Connection, profile: str) -> int | None:
    """The highest all-digit number among `profile`'s submissions (any state); None when there is none."""
    return _whole(conn.execute(_PG_HIGHEST if is_postgresql(conn) else _HIGHEST, (profile,)).fetchone()[0])


def _whole(value: Any) -> int | None:
    return None if value is None else int(value)


def uncertain_count(conn: Connection) -> int:
    """How many submissions wait for the bookkeeper's decision (state `uncertain`), over all profiles: the
    review list's count of them (the state index answers it)."""
    return ReviewQuery(conn).count(ReviewFilter(states=(SubmissionState.UNCERTAIN,)))


# A draft's number, as migration 006 indexes it (the same expression, or SQLite will not use the index).
_DRAFT_NUMBER = "(CASE WHEN json_valid(content) THEN json_extract(content, '$.number') END)"
_DRAFT_HIGHEST = (f"SELECT MAX(CAST({_DRAFT_NUMBER} AS INTEGER)) FROM drafts WHERE profile = ? AND archived = 0 "
                  f"AND {_DRAFT_NUMBER} GLOB '[0-9]*' AND {_DRAFT_NUMBER} NOT GLOB '*[^0-9]*'")
_DRAFT_USE = (f"SELECT id FROM drafts WHERE profile = ? AND archived = 0 AND {_DRAFT_NUMBER} = ? AND id != ? "
              "LIMIT 1")
# PostgreSQL: draft_number() is its baseline's function of the same meaning, indexed by drafts_profile_number.
_PG_DRAFT_HIGHEST = ("SELECT MAX(CAST(draft_number(content) AS NUMERIC)) FROM drafts WHERE profile = ? "
                     "AND archived = 0 AND draft_number(content) ~ '^[0-9]+$'")
_PG_DRAFT_USE = "SELECT id FROM drafts WHERE profile = ? AND archived = 0 AND draft_number(content) = ? AND id != ? LIMIT 1"
_SUBMISSION_USE = ("SELECT voucher_id, state, date FROM review WHERE profile = ? AND number = ? AND voucher_id != ? "
                   "ORDER BY submission_id DESC LIMIT 1")


@dataclass(frozen=True)
class NumberUse:
    """Where a voucher number is already used: `kind` is "draft" or "submission"; state and date for the latter."""

    kind: str
    voucher_id: str
    state: str = ""
    date: str = ""

    def as_issue(self, number: str) -> Issue:
        """The warning on the number cell (the window shows it; a target may take a duplicate number)."""
        if self.kind == "draft":
            where = "another open draft of this profile"
        else:
            where = f"a submitted voucher ({self.state}{', dated ' + self.date if self.date else ''})"
        return warning("number", f"Number {number.strip()} is already used by {where}; give this voucher "
                       "another number.", "number_in_use")


def next_voucher_number(conn: Connection, profile: str, open_numbers: Iterable[str]) -> str:
    """One more than the highest all-digit number among the profile's open drafts, its submissions (any
    state: a rejected voucher's number may still be in the ledger) and `open_numbers` (tabs not saved yet)."""
    values = [int(n) for n in (str(n).strip() for n in open_numbers) if n.isascii() and n.isdigit()]
    queries = (_PG_HIGHEST, _PG_DRAFT_HIGHEST) if is_postgresql(conn) else (_HIGHEST, _DRAFT_HIGHEST)
    for query in queries:
        highest = _whole(conn.execute(query, (profile,)).fetchone()[0])
        if highest is not None:
            values.append(highest)
    return str(max(values) + 1) if values else "1"


def number_in_use(conn: Connection, profile: str, number: str, except_voucher_id: str) -> NumberUse | None:
    """Where another voucher of `profile` (not `except_voucher_id`) already has `number`; None when none has.

    Numbers are compared as typed (trimmed): "0099" and "99" are different numbers to the targets.
    """
    number = number.strip()
    if not number:
        return None
    row = conn.execute(_SUBMISSION_USE, (profile, number, except_voucher_id)).fetchone()
    if row is not None:
        return NumberUse("submission", row[0], row[1], row[2])
    row = conn.execute(_PG_DRAFT_USE if is_postgresql(conn) else _DRAFT_USE, (profile, number, except_voucher_id)).fetchone()
    return NumberUse("draft", row[0]) if row is not None else None

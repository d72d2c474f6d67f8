"""The review index: one narrow row per submission (table `review`) that the review list filters and pages.

`index_submission` rewrites a submission's row from the submission, its voucher JSON and its requests;
the outbox calls it in the same transaction as every change, so the index never lags the outbox.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, TypeGuard

from app.domain.money import round_cents, to_cents
from app.store.backend import Connection, is_postgresql
from app.store.database import transaction
from app.store.states import RequestState

# The PostgreSQL channel a review row's change is announced on (LISTEN in app/store/postgres.py).
REVIEW_CHANNEL = "ledgerdesk_review"
# The one canonical shape of summary["total"] (format_amount's output); the SQL backfill accepts the same.
_CANONICAL_TOTAL = re.compile(r"-?[0-9]+\.[0-9]{2}")


def fold_text(text: str) -> str:
    """Case- and accent-insensitive form of a text: 'Erlös' and 'ERLOS' both become 'erlos'."""
    # SQLite folds ASCII only (no ICU here) and its trigram tokenizer cannot drop accents before 3.45,
    # so both the stored search text and the typed query are folded by this one function.
    if text.isascii():
        return text.lower()  # the same result, ten times faster: most texts are plain ASCII
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def search_text(number: str, description: str, line_texts: Iterable[str]) -> str:
    """What free text searches: number, description and line texts, folded, one per line."""
    return fold_text("\n".join(part for part in (number, description, *line_texts) if part))


def parse_json(text: str | None) -> Any:
    """Stored JSON, numbers exact; None when unreadable (the index must never stop the outbox)."""
    try:
        return json.loads(text or "", parse_float=Decimal)
    except (ValueError, TypeError):
        return None


def voucher_data(voucher_json: str) -> dict[str, Any]:
    """The stored voucher (or summary) JSON as a dict; {} when it is not one."""
    data = parse_json(voucher_json)
    return data if isinstance(data, dict) else {}


def voucher_lines(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The line objects of parsed voucher JSON (anything else is skipped)."""
    lines = data.get("lines")
    return [line for line in lines if isinstance(line, dict)] if isinstance(lines, list) else []


def text_of(value: Any) -> str:
    """A JSON value as text ("" for null), the way SQLite stores it in a TEXT column."""
    return "" if value is None else str(value)


def summary_total_cents(summary_json: str) -> int | None:
    """The queued summary's total (Σ debit incl. VAT) in cents, or None when it has no canonical one."""
    total = voucher_data(summary_json).get("total")
    return int(total.replace(".", "")) if is_canonical_total(total) else None


def is_canonical_total(total: Any) -> TypeGuard[str]:
    """Whether a summary total has the shape queue_voucher writes ("-?digits.dd")."""
    return isinstance(total, str) and _CANONICAL_TOTAL.fullmatch(total) is not None


def total_cents(summary_json: str, data: dict[str, Any]) -> int:
    """The voucher's total in cents: the summary's, else Σ typed debits."""
    cents = summary_total_cents(summary_json)
    return summed_debit_cents(data) if cents is None else cents


def summed_debit_cents(data: dict[str, Any]) -> int:
    """Σ typed debits in cents; unreadable amounts count as nothing (validation reported them when queued)."""
    cents = 0
    for line in voucher_lines(data):
        debit = line.get("debit")
        if debit is None or isinstance(debit, bool):
            continue
        try:
            value = Decimal(str(debit))
            if value.is_finite():
                cents += to_cents(round_cents(value))
        except (InvalidOperation, ValueError):
            continue
    return cents


def remote_ids(target: str, voucher_id: str, requests: Sequence[tuple[str, str]]) -> list[str]:
    """Where the target files it: Confirma's ledgerIdentifier; the ids of Infinity's booked transactions.
    `requests`: (state, result JSON) in sequence order."""
    if target == "confirma":
        # Confirma files the voucher under the identifier LedgerDesk chose, so it is known in every state.
        return [voucher_id]
    ids = []
    for state, result in requests:
        if state != RequestState.ACCEPTED:
            continue
        booked = parse_json(result)
        for item in booked if isinstance(booked, list) else []:
            if isinstance(item, dict) and item.get("id") is not None:
                ids.append(text_of(item["id"]))
    return ids


@dataclass(frozen=True)
class ReviewEntry:
    """The review row of one submission, as written to the `review` table."""

    submission_id: int
    voucher_id: str
    date: str
    number: str
    description: str
    profile: str
    target: str
    state: str
    total_cents: int
    currency: str
    remote_ids: str  # JSON array
    updated_at: str
    accounts: str  # " 1910 6300 ": sorted, a space on each side of each, so " 6300 " finds exactly 6300
    search: str
    who: str = ""  # who queued it (submissions.queued_by, schema 13): the review's "Posted by"


def review_entry(conn: Connection, submission_id: int) -> ReviewEntry:
    """Compute a submission's review row from what the outbox holds (KeyError when there is none)."""
    row = conn.execute("SELECT voucher_id, profile, target, state, voucher, summary, updated_at, queued_by "
                       "FROM submissions WHERE id = ?", (submission_id,)).fetchone()
    if row is None:
        raise KeyError(submission_id)
    voucher_id, profile, target, state, voucher_json, summary_json, updated_at, who = tuple(row)
    requests = [tuple(r) for r in conn.execute(
        "SELECT state, result FROM requests WHERE submission_id = ? ORDER BY seq", (submission_id,))]
    data = voucher_data(voucher_json)
    lines = voucher_lines(data)
    number, description = text_of(data.get("number")), text_of(data.get("description"))
    # strip(" ") like SQLite's trim(), so the SQL backfill and this agree on odd input too.
    accounts = sorted({text_of(line.get("account")).strip(" ") for line in lines} - {""})
    return ReviewEntry(
        submission_id=submission_id, voucher_id=voucher_id, date=text_of(data.get("date")), number=number,
        description=description, profile=profile, target=target, state=state,
        total_cents=total_cents(summary_json, data), currency=text_of(data.get("currency")),
        remote_ids=_compact_json(remote_ids(target, voucher_id, requests)),
        updated_at=updated_at, accounts=f" {' '.join(accounts)} " if accounts else "",
        search=search_text(number, description, (text_of(line.get("text")) for line in lines)), who=who)


def _compact_json(value: list[str]) -> str:
    # SQLite's json_array/json_group_array spelling, so the SQL backfill and this agree byte for byte.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_COLUMNS = ("submission_id", "voucher_id", "date", "number", "description", "profile", "target", "state",
            "total_cents", "currency", "remote_ids", "updated_at", "accounts", "search", "who")
_UPSERT = (f"INSERT INTO review ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))}) "
           f"ON CONFLICT (submission_id) DO UPDATE SET "
           + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:]))


def index_submission(conn: Connection, submission_id: int) -> None:
    """Bring one submission's review row up to date with the outbox."""
    entry = review_entry(conn, submission_id)
    # An upsert, not INSERT OR REPLACE: REPLACE deletes without firing the search index's triggers.
    conn.execute(_UPSERT, tuple(getattr(entry, c) for c in _COLUMNS))
    if is_postgresql(conn):
        # Every window on the team database listening to the review hears of it once this transaction commits
        # (several changes in one transaction are one notification: PostgreSQL folds equal ones).
        conn.execute(f"SELECT pg_notify('{REVIEW_CHANNEL}', '')")


def index_request(conn: Connection, request_id: int) -> None:
    """Re-index the submission a request belongs to (its result may carry new remote ids)."""
    row = conn.execute("SELECT submission_id FROM requests WHERE id = ?", (request_id,)).fetchone()
    if row is not None:
        index_submission(conn, row[0])


def reindex_all(conn: Connection) -> int:
    """Rebuild every review row from the outbox (a repair tool); returns how many were written."""
    ids = [r[0] for r in conn.execute("SELECT id FROM submissions ORDER BY id")]
    with transaction(conn):
        for submission_id in ids:
            index_submission(conn, submission_id)
    return len(ids)

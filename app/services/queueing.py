"""Queueing a voucher: validate it for the profile, freeze what will be sent, and put it in the outbox once.

A voucher has one submission per profile (the schema's unique index). The check "is it already there?"
and the write happen in one `BEGIN IMMEDIATE` transaction, so two processes queueing the same file at
once end with one submission. A rejected or cancelled submission is reopened, not duplicated: Infinity
entries an earlier attempt booked are matched against the corrected voucher's plan and never sent again;
if the correction changed a booked entry, nothing is queued and the bookkeeper is told which entry.

Each request is frozen with its mapping (target field -> voucher line) and what the preview predicted, so
sending never re-plans against a chart or VAT table that changed after queueing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from app.store.backend import Connection
from app.crashpoints import crash_point
from app.client.field_mapping import confirma_row_lines, infinity_cell_map
from app.domain import wire_json
from app.domain.issues import Issue, error, has_errors
from app.domain.messages import Message
from app.domain.money import format_amount
from app.domain.posting import post_voucher, voucher_totals
from app.domain.targets import Target
from app.domain.targets.confirma import confirma_body
from app.domain.targets.infinity import PlannedEntry
from app.domain.targets.infinity_booking import preview_entries
from app.domain.validation import validate_voucher
from app.domain.vat_codes import VatTable
from app.domain.voucher import Voucher
from app.domain.voucher_file import dump_voucher_file
from app.services.commands.context import profile_context
from app.services.duplicates import possible_duplicates
from app.store.charts import RecentUse
from app.store.database import hold, transaction
from app.store.outbox import Outbox, RequestRow, Submission, SubmissionConflict
from app.store.profile import Profile
from app.store.states import OPEN_STATES, REOPENABLE_STATES, SubmissionState

# What makes two Infinity entries the same booking (the description is only the entry's label).
_BOOKING_FIELDS = ("date", "debitAccount", "creditAccount", "amount", "currency", "exchangeRate", "taxCode")


@dataclass
class QueueResult:
    """What queueing a voucher did: the submission id, or the issues that stopped it."""

    submission_id: int | None
    issues: list[Issue] = field(default_factory=list)
    message: str = ""


@dataclass(frozen=True)
class PlannedRequest:
    """One request as it will be sent: the exact body and its frozen mapping."""

    body: str
    mapping: str
    booking: tuple[Any, ...]


def plan_requests(voucher: Voucher, table: VatTable, profile: Profile,
                  tables: dict[str, str] | None = None) -> list[PlannedRequest]:
    """The requests a validated voucher needs on this profile's target, each with its frozen mapping
    (and `tables`, the identity of the VAT table and chart it was planned with)."""
    used = {"tables": tables} if tables else {}
    if profile.target is Target.CONFIRMA:
        body = wire_json.dumps(confirma_body(voucher, table, explicit_vat_rows=profile.explicit_vat_rows),
                               indent=None)
        mapping = {"row_lines": confirma_row_lines(voucher, table, profile.explicit_vat_rows), **used}
        return [PlannedRequest(body, json.dumps(mapping), ())]
    planned = []
    for shown in preview_entries(voucher, table):  # what the preview showed, computed the same way
        mapping = {"entry": entry_to_json(shown.entry), "predicted": shown.prediction,
                   "cells": infinity_cell_map(shown.entry, voucher), **used}
        planned.append(PlannedRequest(wire_json.dumps(shown.body, indent=None),
                                      wire_json.dumps(mapping, indent=None), booking_key(shown.body)))
    return planned


def entry_to_json(entry: PlannedEntry) -> dict[str, Any]:
    """A planned entry as JSON (the rate as a string: exact)."""
    return {"debit_line": entry.debit_line, "credit_line": entry.credit_line,
            "debit_account": entry.debit_account, "credit_account": entry.credit_account,
            "amount_cents": entry.amount_cents, "tax_code": entry.tax_code, "percent": str(entry.percent),
            "date": entry.date.isoformat() if entry.date else None, "description": entry.description}


def entry_from_json(data: dict[str, Any]) -> PlannedEntry | None:
    """The planned entry frozen in a request's mapping; None for a request queued before schema 4."""
    if not isinstance(data, dict) or "debit_line" not in data:
        return None
    return PlannedEntry(debit_line=data["debit_line"], credit_line=data["credit_line"],
                        debit_account=data["debit_account"], credit_account=data["credit_account"],
                        amount_cents=data["amount_cents"], tax_code=data["tax_code"],
                        percent=Decimal(data["percent"]),
                        date=date.fromisoformat(data["date"]) if data["date"] else None,
                        description=data["description"])


def booked_keys(conn: Connection, voucher_id: str, profile: str) -> list[tuple[Any, ...]]:
    """The booking keys of the entries already booked for a voucher whose submission on `profile` was
    refused part way (sending it again sends only the rest); [] otherwise."""
    outbox = Outbox(conn)
    live = outbox.live_for_voucher(voucher_id, profile)
    if live is None or live.state not in REOPENABLE_STATES:
        return []
    return [booking_key(row.body) for row in outbox.booked_bodies(live.voucher_id, profile)]


def booking_key(body: dict[str, Any] | str) -> tuple[Any, ...]:
    """What an Infinity entry books, without its label: two equal keys are the same booking."""
    data = json.loads(body, parse_float=Decimal) if isinstance(body, str) else body
    return tuple(data.get(name) for name in _BOOKING_FIELDS) if isinstance(data, dict) else ()


def queue_voucher(conn: Connection, voucher: Voucher, profile: Profile, *,
                  allow_number_reuse: bool = True) -> QueueResult:
    """Validate for the profile's target and queue it, once per profile; a rejected one is reopened.

    `allow_number_reuse=False` (the command line, where nobody reads a warning before it is sent): a new
    voucher whose number another voucher of the profile already booked, or may have, is not queued."""
    outbox = Outbox(conn)
    settled = _already_there(outbox.live_for_voucher(voucher.identifier, profile.name))
    if settled is not None:
        return settled
    context = profile_context(conn, profile)
    table, chart = context.table, context.chart_numbers
    if not voucher.company_id and profile.company_id:
        voucher.company_id = profile.company_id
    issues = validate_voucher(voucher, table, profile.target, chart=chart, rules=profile.booking_rules(date.today()))
    if has_errors(issues):
        return QueueResult(None, issues, Message("queue_has_errors"))
    planned = plan_requests(voucher, table, profile, context.identity)
    totals = voucher_totals(post_voucher(voucher, table))
    issues += possible_duplicates(conn, profile.name, voucher, totals.debit)  # a warning: the bookkeeper decides
    summary = {"date": voucher.date.isoformat() if voucher.date else "", "number": voucher.number,
               "description": voucher.description, "total": format_amount(totals.debit),
               "currency": voucher.currency, "entries": len(planned)}
    snapshot = dump_voucher_file(voucher, profile.target)
    # Checked and written in one step; with what it teaches autocomplete, or not at all. On the team database the
    # voucher's own lock stands in for SQLite's write lock (another desktop queueing it waits, then finds it).
    with transaction(conn, exclusive=f"queue/{profile.name}/{voucher.identifier}"):
        previous = outbox.live_for_voucher(voucher.identifier, profile.name)
        settled = _already_there(previous)
        if settled is not None:
            return settled
        corrects = _corrected_submission(outbox, planned, profile) if previous is None else None
        if corrects is not None:  # a corrected file with a new (content-derived) identifier: the same voucher
            outbox.add_alias(voucher.identifier, profile.name, corrects.id)
            previous = corrects
        if previous is None and not allow_number_reuse and voucher.number.strip():  # one desktop per number at once
            hold(conn, f"number/{profile.name}/{voucher.number.strip()}")
        if previous is None and not allow_number_reuse and (used := _number_booked(conn, voucher, profile)):
            return QueueResult(None, [*issues, used], Message("queue_number_in_use"))
        if previous is None:
            try:
                submission_id = outbox.enqueue(voucher_id=voucher.identifier, profile=profile.name,
                                               target=profile.target.value, voucher=snapshot, summary=summary,
                                               bodies=[p.body for p in planned],
                                               mappings=[p.mapping for p in planned])
            except SubmissionConflict:  # cannot happen inside BEGIN IMMEDIATE; the schema says so anyway
                return _already_there(outbox.live_for_voucher(voucher.identifier, profile.name)) or QueueResult(
                    None, message=Message("queue_already_in_outbox"))
            message = Message("queue_done")
        else:
            booked = outbox.booked_bodies(previous.voucher_id, profile.name)
            remaining, changed = _unbooked(planned, booked)
            if changed:
                return QueueResult(None, [*issues, *changed], Message("queue_booked_would_change"))
            outbox.reopen(previous.id, voucher=snapshot, summary=summary, bodies=[p.body for p in remaining],
                          mappings=[p.mapping for p in remaining])
            submission_id = previous.id
            one = len(booked) == 1
            message = Message("queued_again") if not booked else Message(
                "queued_again_booked_one" if one else "queued_again_booked", count=len(booked))
            if corrects is not None:
                message = Message("queued_correction_one" if one else "queued_correction", count=len(booked),
                                  voucher=str(corrects.summary.get("number") or corrects.voucher_id),
                                  submission=corrects.id)
            if not remaining:  # every entry was already booked: nothing left to send
                outbox.set_state(submission_id, SubmissionState.ACCEPTED,
                                 detail=Message("every_entry_booked"))
        RecentUse(conn).record(profile.name, texts=[line.text for _, line in voucher.typed_lines()],
                               accounts=[line.account for _, line in voucher.typed_lines()])
    crash_point("after-queue")
    return QueueResult(submission_id, issues, message)


def _number_booked(conn: Connection, voucher: Voucher, profile: Profile) -> Issue | None:
    """An error when another voucher of the profile with this number is booked, or may be (anything but a
    cancellation, or a rejection that booked nothing)."""
    number = voucher.number.strip()
    if not number:
        return None
    outbox = Outbox(conn)
    for submission_id, state in conn.execute(
            "SELECT submission_id, state FROM review WHERE profile = ? AND number = ? AND voucher_id != ?",
            (profile.name, number, voucher.identifier)):
        if state == SubmissionState.CANCELLED or (state in REOPENABLE_STATES and not outbox.booked_bodies(
                outbox.get(submission_id).voucher_id, profile.name)):
            continue
        return error("number", Message("number_booked", number=number, submission=submission_id, state=str(state)),
                     "number_booked")
    return None


def _corrected_submission(outbox: Outbox, planned: list[PlannedRequest], profile: Profile) -> Submission | None:
    """The partly refused Infinity submission this new voucher corrects: every entry it booked is in the new
    plan unchanged. A file without an identifier gets a new one from its content when it is corrected; without
    this, the entries booked before the refusal would be booked again."""
    if profile.target is not Target.INFINITY:
        return None  # Confirma refuses a voucher whole: a rejected one has booked nothing
    keys = [p.booking for p in planned]
    for candidate in outbox.partly_booked_rejections(profile.name):
        booked = [booking_key(row.body) for row in outbox.booked_bodies(candidate.voucher_id, profile.name)]
        if not match_booked(keys, booked)[1]:
            return candidate
    return None


def _already_there(previous: Submission | None) -> QueueResult | None:
    """The answer when the voucher's submission on this profile must not be queued again, else None."""
    if previous is None or previous.state in REOPENABLE_STATES:
        return None
    if previous.state in OPEN_STATES:
        return QueueResult(previous.id, message=Message("already_in_outbox", state=str(previous.state)))
    return QueueResult(None, message=Message("already_posted", submission=previous.id, state=str(previous.state)))


def match_booked(planned: Sequence[tuple[Any, ...]], booked: Sequence[tuple[Any, ...]]) -> tuple[set[int], list[int]]:
    """Booking keys of a plan against those already booked, each booked one matched once: (indexes of the
    planned entries already booked, indexes of the booked ones the plan no longer has)."""
    free = dict(enumerate(planned))
    matched: set[int] = set()
    missing: list[int] = []
    for at, key in enumerate(booked):
        index = next((i for i, candidate in free.items() if candidate == key), None)
        if index is None:
            missing.append(at)
        else:
            matched.add(index)
            del free[index]
    return matched, missing


def _unbooked(planned: list[PlannedRequest], booked: list[RequestRow]) -> tuple[list[PlannedRequest], list[Issue]]:
    """The planned requests not yet booked, and an issue for every booked entry the plan no longer has."""
    matched, missing = match_booked([p.booking for p in planned], [booking_key(row.body) for row in booked])
    changed: list[Issue] = []
    for row in (booked[at] for at in missing):
        entry = entry_from_json(row.mapping_data.get("entry", {}))
        body = json.loads(row.body, parse_float=Decimal)
        changed.append(error(
            "lines", Message("infinity_booked_entry_changed", entry=row.seq,
                             debit_account=str(body.get("debitAccount")), credit_account=str(body.get("creditAccount")),
                             amount=Decimal(body.get("amount", 0)) / 100, currency=body.get("currency") or "",
                             day=str(body.get("date"))), "infinity_booked_entry_changed",
            entry.debit_line if entry else None))
    return [p for i, p in enumerate(planned) if i not in matched], changed

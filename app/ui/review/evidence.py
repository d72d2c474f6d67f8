"""What the audit log and the request rows say about one submission, as text for the screen.

The audit holds bodies exactly as sent and received and never a key (keys travel in headers, which
are not recorded); bodies are still passed through the client's redaction, in case a server echoed one.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.client.redaction import redact
from app.domain import wire_json
from app.domain.money import from_cents
from app.store.audit import AuditEntry
from app.store.outbox import RequestRow



def pretty_body(text: str) -> str:
    """A request or response body, indented when it is JSON (numbers kept exactly), else as stored."""
    if not text.strip():
        return ""
    try:
        value = json.loads(text, parse_float=Decimal)
        shown = wire_json.dumps(value, indent=2)
    except (ValueError, TypeError):
        shown = text
    return redact(shown)


def _indented(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def audit_text(entries: Iterable[AuditEntry], events: Collection[str] | None = None) -> str:
    """The audit rows (all, or those of `events`) with their exact bodies, oldest first."""
    blocks = []
    for entry in entries:
        if events is not None and entry.event not in events:
            continue
        head = f"#{entry.id}  {entry.at}  {entry.event}"
        if entry.method:
            head += f"  {entry.method} {entry.url}"
        if entry.response_status is not None:
            head += f"  → {entry.response_status}"
        lines = [head]
        if entry.note:
            lines.append("    " + redact(entry.note))
        if entry.request_body:
            lines += [QCoreApplication.translate("ReviewEvidence", "  Sent:"),
                      _indented(pretty_body(entry.request_body))]
        if entry.response_body:
            lines += [QCoreApplication.translate("ReviewEvidence", "  Received:"),
                      _indented(pretty_body(entry.response_body))]
        blocks.append("\n".join(lines))
    if not blocks:
        return QCoreApplication.translate("ReviewEvidence", "The audit log holds nothing for this voucher.")
    return "\n\n".join(blocks)


def requests_text(requests: Iterable[RequestRow]) -> str:
    """Each request of the submission: its number, state and exact body."""
    blocks = []
    for request in requests:
        head = QCoreApplication.translate("ReviewEvidence", "Request {seq}: {state}").format(seq=request.seq,
                                                                                     state=request.state)
        blocks.append(head + "\n" + _indented(pretty_body(request.body)))
    return "\n\n".join(blocks)


@dataclass(frozen=True)
class BookedTransaction:
    """One transaction Infinity created for an entry: a net or a VAT transaction."""

    entry: int
    id: str
    date: str
    debit_account: str
    credit_account: str
    amount: Decimal | None
    is_vat: bool
    tax_code: str
    description: str
    currency: str = ""
    predicted: Decimal | None = None  # what the preview showed for this transaction, in `predicted_currency`
    predicted_currency: str = ""

    @property
    def differs(self) -> bool:
        """Booked otherwise than previewed (amount or currency); amounts in two currencies are not compared."""
        return (self.predicted is not None and self.predicted_currency == self.currency
                and self.amount != self.predicted)


def infinity_transactions(requests: Iterable[RequestRow]) -> list[BookedTransaction]:
    """The transactions Infinity answered with, entry by entry (amounts in cents become Decimal)."""
    found = []
    for request in requests:
        try:
            result = json.loads(request.result or "[]")
        except ValueError:
            continue
        if not isinstance(result, list):
            continue  # e.g. {"resolved": ...}: the bookkeeper said it was posted; Infinity's ids are unknown
        predicted = request.mapping_data.get("predicted")
        predicted = predicted if isinstance(predicted, dict) else {}
        for item in result:
            if not isinstance(item, dict):
                continue
            cents = item.get("amount")
            is_vat = bool(item.get("isTaxTransaction"))
            currency = str(item.get("currency") or "")
            expected = predicted.get("vat" if is_vat else "net")
            preview_currency = str(predicted.get("currency") or "")
            if not isinstance(expected, int):  # converted at Infinity's own rate: the preview showed the
                expected = predicted.get("original_vat" if is_vat else "original_net")  # voucher's currency
                preview_currency = str(predicted.get("original_currency") or "")
            preview = from_cents(expected) if isinstance(expected, int) else None
            found.append(BookedTransaction(
                request.seq, str(item.get("id", "")), str(item.get("date", "")), str(item.get("debitAccount", "")),
                str(item.get("creditAccount", "")), from_cents(cents) if isinstance(cents, int) else None,
                is_vat, str(item.get("taxCode") or ""), str(item.get("description", "")), currency, preview,
                preview_currency))
    return found

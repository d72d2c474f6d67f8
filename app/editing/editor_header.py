"""The voucher editor's header fields: date, number, type, description, currency, rate, VAT mode, company.

Undo of a header edit is `set_header(field, text_before)`, with `text_before = header_text(field)`:
an unreadable text is kept and given back like any other.
"""

from __future__ import annotations

from app.domain.issues import Issue, error
from app.domain.messages import Message, message_of
from app.domain.validation import header_issues
from app.domain.voucher import VatMode
from app.editing.cells import (
    AmountError,
    DateError,
    format_date_cell,
    format_decimal_cell,
    parse_date_cell,
    parse_decimal_cell,
)
from app.editing.change import Change
from app.editing.editor_parts import EditorParts

HEADER_FIELDS = ("date", "number", "type", "description", "currency", "exchange_rate", "vat_mode",
                 "company_id", "identifier")
TARGET_RATE = "target"  # what the exchange rate field holds when the target's own rate is chosen
_TARGET_RATE_WORDS = {TARGET_RATE, "infinity"}
_VAT_MODES = {"gross": VatMode.GROSS, "brutto": VatMode.GROSS, "net": VatMode.NET, "netto": VatMode.NET}


class HeaderMixin(EditorParts):
    """Header editing for VoucherEditor (what it uses of the editor is declared in EditorParts)."""

    def _init_header(self) -> None:
        self._header_raw: dict[str, str] = {}
        self._header_problems: dict[str, Issue] = {}
        self._header_issues: list[Issue] = []
        self._refresh_header_issues()

    def _refresh_header_issues(self) -> None:
        taken = set(self._header_problems)
        self._header_issues = [*self._header_problems.values(),
                               *(x for x in header_issues(self._header, self.target, self.booking_rules())
                                 if x.field not in taken)]

    def header_text(self, field: str) -> str:
        """A header field as its editor shows it (typed text that did not parse, as typed)."""
        if field not in HEADER_FIELDS:
            raise KeyError(field)
        if field in self._header_raw:
            return self._header_raw[field]
        value = getattr(self._header, field)
        if field == "date":
            return format_date_cell(value, self.fmt)
        if field == "exchange_rate":
            return TARGET_RATE if self._header.use_target_rate else format_decimal_cell(value, self.fmt)
        if field == "vat_mode":
            return value.value
        return value

    def header_field_issues(self, field: str) -> list[Issue]:
        """Issues on one header field (for its tooltip)."""
        return [x for x in self._header_issues if x.field == field]

    def set_header(self, field: str, text: str) -> Change:
        """Type into a header field. A new date or VAT mode re-posts every line (O(n), not a keystroke)."""
        if field not in HEADER_FIELDS:
            raise KeyError(field)
        old_date, old_mode = self._header.date, self._header.vat_mode
        old_issues = list(self._header_issues)
        self._header_raw.pop(field, None)
        self._header_problems.pop(field, None)
        problem = self._read_header(field, text)
        if problem is not None:
            self._header_raw[field], self._header_problems[field] = text, problem
        self._refresh_header_issues()
        if self._header.date != old_date or self._header.vat_mode != old_mode:
            return self._reevaluate_all({field})
        return Change(header=frozenset({field}), issues=old_issues != self._header_issues)

    def _read_header(self, field: str, text: str) -> Issue | None:
        if field == "date":
            try:
                self._header.date = parse_date_cell(text, self._today(), self._header.date)
            except DateError as exc:
                self._header.date = None
                return error("date", message_of(exc), "date_invalid")
        elif field == "exchange_rate":
            # "target" is the explicit choice of the target's own rate (what a check box in the window would set).
            self._header.use_target_rate = text.strip().lower() in _TARGET_RATE_WORDS
            if self._header.use_target_rate:
                self._header.exchange_rate = None
                return None
            try:
                self._header.exchange_rate = parse_decimal_cell(text, self.fmt) if text.strip() else None
            except AmountError as exc:
                self._header.exchange_rate = None
                return error("exchange_rate", message_of(exc), "exchange_rate_unreadable")
        elif field == "vat_mode":
            mode = _VAT_MODES.get(text.strip().lower())
            if mode is None:
                return error("vat_mode", Message("vat_mode_unknown", text=text.strip()), "vat_mode_unknown")
            self._header.vat_mode = mode
        elif field == "currency":
            self._header.currency = text.strip().upper()
        elif field == "description":
            self._header.description = text
        else:
            setattr(self._header, field, text.strip())
        return None

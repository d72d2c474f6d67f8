"""The window's words for what the layers below say (app/domain/messages.py): a Message's template (marked for
lupdate in app/ui/message_templates.py, context "Messages") rendered with tr() in the window's language.

The templates are the domain's English templates, character for character (tests/ui/test_messages.py holds
the two catalogues equal), so the command line's English and the window's source text cannot drift.
Amounts and dates are shown in the bookkeeper's number format; a vendor's own words stay as it wrote them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.domain.issues import Issue
from app.domain.messages import Message
from app.editing.cells import LOCALES, NumberFormat, format_amount_cell, format_date_cell
from app.ui import voucher_model as _grid  # a module: the grid renders its tooltips with this one
from app.ui.i18n import QT_TRANSLATE_NOOP, current_language
from app.ui.message_templates import TEMPLATES

# The header fields by name; the grid's columns are named as their headers (voucher_model.COLUMN_HEADERS).
FIELD_NAMES = {
    "date": QT_TRANSLATE_NOOP("IssuesModel", "Date"), "number": QT_TRANSLATE_NOOP("IssuesModel", "Number"),
    "type": QT_TRANSLATE_NOOP("IssuesModel", "Type"), "description": QT_TRANSLATE_NOOP("IssuesModel", "Description"),
    "currency": QT_TRANSLATE_NOOP("IssuesModel", "Currency"),
    "exchange_rate": QT_TRANSLATE_NOOP("IssuesModel", "Exchange rate"),
    "vat_mode": QT_TRANSLATE_NOOP("IssuesModel", "VAT mode"), "company_id": QT_TRANSLATE_NOOP("IssuesModel", "Company"),
    "lines": QT_TRANSLATE_NOOP("IssuesModel", "Balance")}


# The window's language → the number format its words are shown with when the caller has none.
_FORMATS = {"fi": "fi", "sv": "sv", "de": "de-CH", "en": "en"}


def default_format() -> NumberFormat:
    """The number format of the window's language (a page passes its profile's own where it has one)."""
    return LOCALES[_FORMATS.get(current_language(), "en")]


def render(text: str, fmt: NumberFormat | None = None) -> str:
    """`text` in the window's language: a Message through its translated template, anything else as it is
    (a vendor's own words, a file name)."""
    if not isinstance(text, Message) or text.code not in TEMPLATES:
        return str(text)
    fmt = fmt or default_format()
    values = {name: _value(name, value, fmt) for name, value in text.params}
    return QCoreApplication.translate("Messages", TEMPLATES[text.code]).format(**values)


def issue_text(issue: Issue, fmt: NumberFormat | None = None) -> str:
    """An issue's message in the window's language."""
    return render(issue.message, fmt)


def field_name(field: str, line: int | None = None) -> str:
    """A cell's or header field's name as the window shows it (`Account`, `Date`)."""
    if field in _grid.COLUMN_HEADERS and (line is not None or field not in FIELD_NAMES):
        return _grid.column_header(field)
    if field in FIELD_NAMES:
        return QCoreApplication.translate("IssuesModel", FIELD_NAMES[field])
    return field.replace("_", " ").capitalize()


def _value(name: str, value: object, fmt: NumberFormat) -> str:
    if isinstance(value, Message):
        return render(value, fmt)
    if isinstance(value, Decimal) and value.is_finite():
        return format_amount_cell(value, fmt)
    if isinstance(value, date):
        return format_date_cell(value, fmt)
    if name == "field" and isinstance(value, str):
        return field_name(value)
    if name == "state" and isinstance(value, str):
        return QCoreApplication.translate("ReviewStates", value)  # the review list's words for its states
    return str(value)

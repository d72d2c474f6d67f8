"""The voucher grid's columns, declared once: the view, the delegate and the editing model all read these."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

EditorKind = Literal["date", "account", "text", "amount", "vat_code", "derived", "project", "dimension"]
Alignment = Literal["left", "right"]


@dataclass(frozen=True)
class Column:
    """One grid column: `kind` picks the cell editor; `dimension` names the line dimension it edits."""

    key: str
    header: str
    kind: EditorKind
    align: Alignment = "left"
    editable: bool = True
    dimension: str | None = None


COLUMNS: tuple[Column, ...] = (
    Column("booking_date", "Date", "date"),
    Column("account", "Account", "account"),
    Column("text", "Text", "text"),
    Column("debit", "Debit", "amount", "right"),
    Column("credit", "Credit", "amount", "right"),
    Column("vat_code", "VAT", "vat_code"),
    Column("net", "Net", "derived", "right", editable=False),
    Column("vat", "VAT amount", "derived", "right", editable=False),
    Column("project", "Project", "project"),
    Column("cost_center", "Cost centre", "dimension", dimension="COST_CENTER"),
)

COLUMN_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS)
_BY_KEY = {c.key: c for c in COLUMNS}
_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
# Tab order: the typed cells, left to right; derived cells are never visited.
EDITABLE_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS if c.editable)
AMOUNT_KEYS = ("debit", "credit")


def column(key: str) -> Column:
    """The column with this key; KeyError for an unknown key."""
    return _BY_KEY[key]


def column_index(key: str) -> int:
    """The 0-based position of a column in the grid."""
    return _INDEX[key]

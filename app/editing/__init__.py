"""The voucher editor's screen logic in plain Python (no Qt): grid, header, totals, issues, paste, completion."""

from app.editing.cells import NumberFormat, number_format, parse_amount_cell, parse_date_cell
from app.editing.change import CellRange, Change, RowOp
from app.editing.columns import COLUMNS, Column, column
from app.editing.completion import AccountCompleter
from app.editing.editor import VoucherEditor
from app.editing.lines import LineSnapshot

__all__ = ["AccountCompleter", "COLUMNS", "CellRange", "Change", "Column", "LineSnapshot", "NumberFormat",
           "PastePreview", "RowOp", "VoucherEditor", "column", "number_format", "parse_amount_cell",
           "parse_date_cell", "parse_paste"]


def __getattr__(name: str):
    # Paste parsing loads on the first paste, not with the window (docs/performance.md).
    if name in ("PastePreview", "parse_paste"):
        from app.editing import paste
        return getattr(paste, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

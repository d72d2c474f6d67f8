"""What an edit changed, in the terms a Qt model adapter needs to notify its view precisely."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class RowOp:
    """Display rows inserted or removed: `first` is in the row numbering left by the previous ops."""

    kind: Literal["insert", "remove"]
    first: int
    count: int


@dataclass(frozen=True)
class CellRange:
    """An inclusive rectangle of display rows and column indexes (numbering after all row ops)."""

    top: int
    left: int
    bottom: int
    right: int

    def union(self, other: CellRange | None) -> CellRange:
        """The smallest range covering both."""
        if other is None:
            return self
        return CellRange(min(self.top, other.top), min(self.left, other.left),
                         max(self.bottom, other.bottom), max(self.right, other.right))


@dataclass(frozen=True)
class Change:
    """One edit's effect: apply `row_ops` in order (begin/endInsertRows, begin/endRemoveRows), then
    dataChanged on `cells`; refresh the totals bar, the `header` fields and the issues panel as flagged."""

    row_ops: tuple[RowOp, ...] = ()
    cells: CellRange | None = None
    totals: bool = False
    header: frozenset[str] = field(default_factory=frozenset)
    issues: bool = False

    @property
    def inserted(self) -> list[tuple[int, int]]:
        """(first row, count) of every insertion, in order."""
        return [(op.first, op.count) for op in self.row_ops if op.kind == "insert"]

    @property
    def removed(self) -> list[tuple[int, int]]:
        """(first row, count) of every removal, in order."""
        return [(op.first, op.count) for op in self.row_ops if op.kind == "remove"]

    @property
    def is_empty(self) -> bool:
        """Nothing for the view to do."""
        return not (self.row_ops or self.cells or self.totals or self.header or self.issues)

"""What the voucher editor's parts share: the state `VoucherEditor` builds and the methods its header and
line parts call on it.

`HeaderMixin` and `LineOperationsMixin` are written against `EditorParts`, not against `VoucherEditor`:
anything they use is declared here, so a part that uses something the editor does not provide is a type
error (mypy) and an editor that leaves a declared method out cannot be made (an abstract method), rather
than an AttributeError on a keystroke.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from datetime import date

from app.domain.booking_rules import BookingRules
from app.domain.issues import Issue
from app.domain.posting import LinePosting, VoucherTotals
from app.domain.targets import Target
from app.domain.vat_codes import VatTable
from app.domain.voucher import Voucher, VoucherLine
from app.editing.cells import NumberFormat
from app.editing.change import Change
from app.editing.lines import LineSnapshot, copy_line
from app.editing.rows import RowIndex

__all__ = ["EditorParts", "LineState"]


class LineState:
    """A line as edited: parsed values, unreadable texts, its posting and its cached issues."""

    __slots__ = ("line", "raw", "problems", "notes", "posting", "issues")

    def __init__(self, snapshot: LineSnapshot | VoucherLine):
        if isinstance(snapshot, VoucherLine):
            snapshot = LineSnapshot(snapshot)
        self.line = copy_line(snapshot.line)
        self.raw: dict[str, str] = dict(snapshot.raw)
        self.problems: dict[str, Issue] = dict(snapshot.problems)
        self.notes: dict[str, Issue] = {}  # advice from the last operation, e.g. fill_difference
        self.posting: LinePosting | None = None
        self.issues: list[Issue] = []

    def is_blank(self) -> bool:
        return self.line.is_blank() and not self.raw

    @property
    def weight(self) -> int:
        return 2 if self.posting is not None and self.posting.has_vat_row else 1


class EditorParts(ABC):
    """The editor as its parts see it. `VoucherEditor.__init__` sets every attribute declared here."""

    table: VatTable
    target: Target | None
    fmt: NumberFormat
    totals: VoucherTotals
    _today: Callable[[], date]
    _header: Voucher  # the header fields; its `lines` stay empty, the lines live in `_lines`
    _lines: list[LineState]
    _rows: RowIndex

    @abstractmethod
    def booking_rules(self) -> BookingRules:
        """The profile's booking rules, counting from the editor's today."""

    @abstractmethod
    def line_at(self, row: int) -> tuple[int, bool]:
        """(line index, is_vat_row) of a display row."""

    @abstractmethod
    def row_of(self, line: int) -> int:
        """The display row of a line."""

    @abstractmethod
    def edit_text(self, row: int, key: str) -> str:
        """The text a cell editor opens with."""

    @abstractmethod
    def set_cell(self, row: int, key: str, text: str) -> Change:
        """Type `text` into a cell."""

    @abstractmethod
    def snapshot_line(self, i: int) -> LineSnapshot:
        """Everything needed to put line i back exactly as it is now."""

    @abstractmethod
    def _make_state(self, entry: LineSnapshot | VoucherLine) -> LineState:
        """A new line's editing state."""

    @abstractmethod
    def _evaluate(self, i: int) -> None:
        """Re-post and re-validate line i and move its share of the totals."""

    @abstractmethod
    def _edit_line(self, i: int, mutate: Callable[[LineState], None]) -> Change:
        """Apply `mutate` to line i and describe exactly what the view must refresh."""

    @abstractmethod
    def _reevaluate_all(self, header_fields: Iterable[str]) -> Change:
        """Re-post every line after a header change that moves every line's VAT."""

"""The voucher editor's line operations: insert, delete, duplicate, paste, fill the difference, navigate.

Each returns a Change. Undo in the UI pairs them: insert_lines ↔ remove_lines (with the removed
lines' snapshots), any single-line edit ↔ restore_line(i, snapshot_line(i) taken before).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from app.domain.issues import warning
from app.domain.messages import Message
from app.domain.money import CENT, ZERO, round_cents
from app.domain.vat import add_vat
from app.domain.vat_codes import VatCodeError
from app.domain.voucher import VatMode, VoucherLine
from app.editing.change import Change, RowOp
from app.editing.columns import COLUMNS, column_index
from app.editing.editor_parts import EditorParts, LineState
from app.editing.lines import LineSnapshot

_HUNDRED = Decimal(100)


def net_closing(gross: Decimal, percent: Decimal) -> tuple[Decimal, bool]:
    """(net, exact): the net whose net + VAT (VAT rounded half-up) is `gross`, or the nearest when none is."""
    # Net + VAT grows by one or two cents per cent of net, so some grosses have no exact net;
    # the rounded quotient is within a cent of any solution, so it and its neighbours suffice.
    nearest = round_cents(gross / (1 + percent / _HUNDRED))
    for candidate in (nearest, nearest - CENT, nearest + CENT):
        if add_vat(candidate, percent)[1] == gross:
            return candidate, True
    return nearest, False


class LineOperationsMixin(EditorParts):
    """Line operations for VoucherEditor (what they use of the editor is declared in EditorParts)."""

    def insert_line(self, at: int) -> Change:
        """A blank line before line index `at` (`at == line_count` appends)."""
        return self.insert_lines(at, [VoucherLine()])

    def insert_lines(self, at: int, lines: Sequence[VoucherLine | LineSnapshot]) -> Change:
        """Lines (or snapshots, unreadable text included) inserted before line index `at`, as one step."""
        if not 0 <= at <= len(self._lines):
            raise IndexError(f"line {at} out of range (0..{len(self._lines)})")
        states = [self._make_state(entry) for entry in lines]
        if not states:
            return Change()
        first_row = self._rows.row_of(at)
        self._lines[at:at] = states
        for i in range(at, at + len(states)):
            self._evaluate(i)
        weights = [state.weight for state in states]
        self._rows.insert(at, weights)
        posts = any(state.posting is not None for state in states)
        return Change((RowOp("insert", first_row, sum(weights)),), totals=posts, issues=True)

    def remove_lines(self, at: int, count: int) -> Change:
        """Lines `at` .. `at + count - 1` removed, as one step (snapshot them first to undo)."""
        if count <= 0:
            return Change()
        if not (0 <= at and at + count <= len(self._lines)):
            raise IndexError(f"lines {at}..{at + count - 1} out of range (0..{len(self._lines) - 1})")
        first_row, end_row = self._rows.row_of(at), self._rows.row_of(at + count)
        posts = False
        for state in self._lines[at:at + count]:
            if state.posting is not None:
                self.totals.remove(state.posting)
                posts = True
        del self._lines[at:at + count]
        self._rows.delete(at, count)
        return Change((RowOp("remove", first_row, end_row - first_row),), totals=posts, issues=True)

    def snapshot_lines(self, at: int, count: int) -> list[LineSnapshot]:
        """Snapshots of consecutive lines (what an undo of their removal re-inserts)."""
        return [self.snapshot_line(i) for i in range(at, at + count)]

    def delete_line(self, row: int) -> Change:
        """Delete the line shown at a display row (its VAT row goes with it)."""
        return self.remove_lines(self.line_at(row)[0], 1)

    def duplicate_line(self, row: int) -> Change:
        """A copy of the line at `row`, inserted right under it (after its VAT row)."""
        i = self.line_at(row)[0]
        return self.insert_lines(i + 1, [self.snapshot_line(i)])

    def apply_rows(self, at: int, rows: Sequence[VoucherLine | LineSnapshot]) -> Change:
        """Pasted rows inserted before line index `at`, as one undo step (undo: remove_lines(at, len(rows)))."""
        return self.insert_lines(at, rows)

    def append_line_if_needed(self) -> Change:
        """Enter/Tab past the last cell: open a blank line unless the last line is already blank."""
        if self._lines and self._lines[-1].is_blank():
            return Change()
        return self.insert_lines(len(self._lines), [VoucherLine()])

    def copy_from_above(self, row: int, key: str) -> Change:
        """Copy one cell from the line above (Ctrl+' in many ledgers); nothing on the first line."""
        i = self.line_at(row)[0]
        if i == 0:
            return Change()
        return self.set_cell(self.row_of(i), key, self.edit_text(self.row_of(i - 1), key))

    def fill_difference(self, row: int) -> Change:
        """Put what is left to balance into this line's debit or credit (in net mode with a VAT code,
        the net whose net + VAT closes it; when none does to the cent, the nearest, with a warning)."""
        i = self.line_at(row)[0]
        state = self._lines[i]
        own = state.posting.gross if state.posting is not None else ZERO
        needed = own - self.totals.difference  # the gross this line must carry, debit positive
        if needed == ZERO:
            return Change()
        side, other = ("debit", "credit") if needed > 0 else ("credit", "debit")
        amount, note = abs(needed), None
        day = self._header.booking_date(state.line)
        if self._header.vat_mode is VatMode.NET and state.line.vat_code.strip() and day is not None:
            try:
                resolved = self.table.resolve(state.line.vat_code, day)
            except VatCodeError:
                resolved = None
            if resolved is not None and resolved.percent:
                amount, exact = net_closing(amount, resolved.percent)
                if not exact:
                    gross = add_vat(amount, resolved.percent)[1]
                    note = warning(side, Message("difference_not_closable", rate=resolved.label, net=amount,
                                                 gross=gross, off=abs(gross - abs(needed))),
                                   "difference_not_closable")

        def fill(target: LineState) -> None:
            setattr(target.line, side, amount)
            setattr(target.line, other, None)
            for key in (side, other):
                target.raw.pop(key, None)
                target.problems.pop(key, None)
            if note is not None:
                target.notes[side] = note
        return self._edit_line(i, fill)

    def next_editable(self, row: int, key: str, backwards: bool = False) -> tuple[int, str]:
        """The cell Tab (Shift+Tab) moves to, skipping derived cells and VAT rows; past the last cell it
        stays put, and the view calls append_line_if_needed and asks again."""
        i, is_vat = self.line_at(row)
        editable = [c for c, col in enumerate(COLUMNS) if col.editable]
        here = column_index(key)
        if is_vat:  # a VAT row sits after all of its line's cells
            here = len(COLUMNS)
        if backwards:
            before = [c for c in editable if c < here]
            if before:
                return self.row_of(i), COLUMNS[before[-1]].key
            return (self.row_of(i - 1), COLUMNS[editable[-1]].key) if i > 0 else (row, key)
        after = [c for c in editable if c > here]
        if after:
            return row, COLUMNS[after[0]].key
        return (self.row_of(i + 1), COLUMNS[editable[0]].key) if i + 1 < len(self._lines) else (row, key)

"""The voucher editor's model: the grid's rows and cells, the header, totals and issues, with no Qt.

Every edit is incremental: a cell edit re-posts and re-validates that one line, moves its share
of the totals (remove old posting, add new) and updates the row mapping in O(log n). Changing the
voucher date or VAT mode re-posts every line, which is O(n) but is not a keystroke in a cell.
Each edit returns a Change saying exactly which rows and cells the view must refresh.

Unreadable cells: the typed text stays in the cell with an issue on it, and `voucher()` builds
that field empty (None for an amount or date), so what is sent never holds a guessed value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import date

from app.domain.booking_rules import BookingRules
from app.domain.chart import ChartAccount
from app.domain.issues import Issue, error
from app.domain.messages import Message
from app.domain.money import ZERO
from app.domain.posting import LinePosting, VoucherTotals, post_line
from app.domain.targets import DESCRIPTION_LIMIT, Target
from app.domain.validation import line_issues, validate_voucher
from app.domain.vat_codes import VatTable
from app.domain.vat_scope import default_code_moved
from app.domain.voucher import Voucher, VoucherLine
from app.editing.cells import NumberFormat, local_rates, number_format
from app.editing.change import CellRange, Change, RowOp
from app.editing.columns import COLUMN_KEYS, COLUMNS, column
from app.editing.completion import AccountCompleter
from app.editing.editor_header import HEADER_FIELDS, HeaderMixin
from app.editing.editor_lines import LineOperationsMixin
from app.editing.editor_parts import LineState
from app.editing.lines import (
    CellContext,
    LineSnapshot,
    VatChoice,
    copy_line,
    line_cell_text,
    line_edit_text,
    vat_row_text,
    write_cell,
)
from app.editing.rows import RowIndex

_AMOUNT_FIELDS = frozenset({"debit", "credit"})


def _totals_key(posting: LinePosting | None) -> tuple[object, ...]:
    if posting is None:
        return ()
    label = posting.resolved.label if posting.resolved is not None and posting.has_vat_row else ""
    return posting.gross, posting.vat, label


class VoucherEditor(HeaderMixin, LineOperationsMixin):
    """The editing model behind the voucher window: display rows (lines and their VAT rows), cells,
    header fields, running totals and issues. A thin QAbstractTableModel adapts it to Qt."""

    def __init__(self, voucher: Voucher, table: VatTable, target: Target | None = None,
                 chart: list[ChartAccount] | None = None, locale: str | NumberFormat = "fi", *,
                 today: Callable[[], date] = date.today, rules: BookingRules | None = None):
        self.table = table
        self.target = target
        # The profile's currency, fiscal year and date window; the day they count from is always `today`.
        self._rules = rules or BookingRules.for_target(target)
        self.fmt = number_format(locale)
        self._today = today
        self._chart = {a.number: a for a in chart} if chart is not None else None
        self._chart_numbers = frozenset(self._chart) if self._chart is not None else None
        self.completer = AccountCompleter(chart) if chart is not None else None
        self._header = replace(voucher, lines=[])  # header fields; lines live in self._lines
        self._init_header()
        self.totals = VoucherTotals()
        self._lines = [LineState(line) for line in voucher.lines]
        for i in range(len(self._lines)):
            self._evaluate(i)
        self._rows = RowIndex(state.weight for state in self._lines)

    # ---- rows ---------------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        """Display rows: every line plus a VAT row under each VAT-bearing line."""
        return self._rows.row_count

    @property
    def line_count(self) -> int:
        """Typed lines, blank ones included."""
        return len(self._lines)

    def line_at(self, row: int) -> tuple[int, bool]:
        """(line index, is_vat_row) of a display row, in O(log n)."""
        line, offset = self._rows.line_at(row)
        return line, offset == 1

    def row_of(self, line: int) -> int:
        """The display row of a line, in O(log n)."""
        return self._rows.row_of(line)

    def is_vat_row(self, row: int) -> bool:
        """Whether a display row is a derived, read-only VAT row (styled apart by the view)."""
        return self.line_at(row)[1]

    def is_editable(self, row: int, key: str) -> bool:
        """Whether a cell takes typing: typed columns of typed lines, never derived cells or VAT rows."""
        return column(key).editable and not self.is_vat_row(row)

    # ---- cells --------------------------------------------------------------------------------

    def booking_rules(self) -> BookingRules:
        """The profile's booking rules, counting from the editor's today."""
        return replace(self._rules, today=self._today())

    def _context(self) -> CellContext:
        return CellContext(self.fmt, self._today(), self._chart, self.completer)

    def display(self, row: int, key: str) -> str:
        """What a cell shows, formatted for the locale; typed text that did not parse is shown as typed."""
        i, is_vat = self.line_at(row)
        state = self._lines[i]
        if is_vat:
            assert state.posting is not None  # a VAT row is shown only under a posted line
            return vat_row_text(state.posting, key, self._context())
        if key in state.raw:
            return state.raw[key]
        return line_cell_text(state.line, state.posting, key, self._context())

    def edit_text(self, row: int, key: str) -> str:
        """The text a cell editor opens with ("" for read-only cells)."""
        i, is_vat = self.line_at(row)
        state = self._lines[i]
        if is_vat or not column(key).editable:
            return ""
        if key in state.raw:
            return state.raw[key]
        return line_edit_text(state.line, key, self._context())

    def set_cell(self, row: int, key: str, text: str) -> Change:
        """Type `text` into a cell: parse, re-post and re-validate that line only, update totals in O(1)."""
        i, is_vat = self.line_at(row)
        if is_vat or not column(key).editable:
            raise ValueError(f"Row {row}, {key} is not editable.")
        return self._edit_line(i, lambda state: self._write(state, key, text))

    def _write(self, state: LineState, key: str, text: str) -> None:
        had_vat_code = bool(state.line.vat_code.strip())
        written, problem = write_cell(state.line, key, text, self._context(), self._header.date)
        for written_key in written:
            state.raw.pop(written_key, None)
            state.problems.pop(written_key, None)
        if problem is not None:
            state.raw[key], state.problems[key] = text, problem
        account = self._chart.get(state.line.account) if self._chart and key == "account" else None
        if account is not None and account.default_vat_code and not had_vat_code:
            state.line.vat_code = account.default_vat_code

    def cell_issues(self, row: int, key: str) -> list[Issue]:
        """Issues on one cell (for its tooltip); none on VAT rows."""
        i, is_vat = self.line_at(row)
        if is_vat:
            return []
        state = self._lines[i]
        return [replace(x, line=i + 1) for x in (*state.issues, *state.notes.values()) if x.field == key]

    def vat_code_choices(self, row: int) -> list[tuple[str, str]]:
        """(code, label with the rate on this line's date, in English words) for the VAT cell's drop-down:
        "S2 · 10 % — Sales, reduced rate 2: chiefly newspapers…". The window words them with vat_choices()."""
        return [(choice.code, choice.english) for choice in self.vat_choices(row)]

    def vat_choices(self, row: int) -> list[VatChoice]:
        """The codes offered in a line's VAT cell, each with its rate and what it covers on the line's date."""
        i, _ = self.line_at(row)
        day = self._header.booking_date(self._lines[i].line) or self._today()
        choices = []
        for code in self.table.codes.values():
            try:
                resolved = self.table.resolve(code.code, day)
            except LookupError:
                continue  # no rate on this date: not offered
            choices.append(VatChoice(code.code, local_rates(resolved.label, self.fmt), code.description,
                                     resolved.covers))
        return choices

    # ---- incremental core ---------------------------------------------------------------------

    def _evaluate(self, i: int) -> None:
        """Re-post and re-validate line i and move its share of the totals: O(1) in the line count."""
        state = self._lines[i]
        if state.posting is not None:
            self.totals.remove(state.posting)
        state.posting = None
        state.issues = list(state.problems.values())
        if state.line.is_blank():
            return  # validation and posting skip blank lines; a blank line may still hold unread text
        state.posting = post_line(i + 1, state.line, self._header, self.table)
        self.totals.add(state.posting)
        taken = set(state.problems)
        if taken & _AMOUNT_FIELDS:  # "amount missing" would only repeat the reading problem
            taken |= _AMOUNT_FIELDS
        state.issues += [x for x in line_issues(i + 1, state.line, self._header, self.table, self.target,
                                                self._chart_numbers, self._rules) if x.field not in taken]
        account = self._chart.get(state.line.account.strip()) if self._chart else None
        day = self._header.booking_date(state.line)
        if account is not None and day is not None and "vat_code" not in taken:
            if moved := default_code_moved(account, state.line.vat_code, self.table, day, i + 1):
                state.issues.append(moved)

    def _row_view(self, i: int) -> list[list[tuple[str, tuple[str, ...]]]]:
        """The texts and issue codes of a line's rows, to diff before and after an edit."""
        row = self._rows.row_of(i)
        return [[(self.display(r, key), tuple(x.code for x in self.cell_issues(r, key))) for key in COLUMN_KEYS]
                for r in range(row, row + self._rows.weight(i))]

    def _edit_line(self, i: int, mutate: Callable[[LineState], None]) -> Change:
        """Apply `mutate` to line i and describe exactly what the view must refresh."""
        state = self._lines[i]
        before = self._row_view(i)
        old_total, old_issues = _totals_key(state.posting), [*state.issues, *state.notes.values()]
        state.notes = {}
        mutate(state)
        self._evaluate(i)
        self._rows.set_weight(i, state.weight)
        after = self._row_view(i)
        row = self._rows.row_of(i)
        ops: tuple[RowOp, ...] = ()
        if len(before) != len(after):
            ops = (RowOp("insert" if len(after) > len(before) else "remove", row + 1, 1),)
        cells = None
        # A VAT row that came or went is in `ops`; the rows both views have are compared cell by cell.
        for offset, (old, new) in enumerate(zip(before, after, strict=False)):
            changed = [c for c, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
            if changed:
                rect = CellRange(row + offset, changed[0], row + offset, changed[-1])
                cells = rect.union(cells)
        return Change(ops, cells, _totals_key(state.posting) != old_total, frozenset(),
                      old_issues != [*state.issues, *state.notes.values()])

    def _reevaluate_all(self, header_fields: Iterable[str]) -> Change:
        """After a header change that moves every line's VAT (date, VAT mode): O(n log n)."""
        before = (self.totals.debit, self.totals.credit, dict(self.totals.vat_by_code))
        ops: list[RowOp] = []
        for i, state in enumerate(self._lines):
            old = state.weight
            self._evaluate(i)
            if state.weight != old:
                self._rows.set_weight(i, state.weight)
                ops.append(RowOp("insert" if state.weight > old else "remove", self._rows.row_of(i) + 1, 1))
        after = (self.totals.debit, self.totals.credit, dict(self.totals.vat_by_code))
        cells = CellRange(0, 0, self.row_count - 1, len(COLUMNS) - 1) if self.row_count else None
        return Change(tuple(ops), cells, before != after, frozenset(header_fields), True)

    # ---- issues and the voucher ---------------------------------------------------------------

    def issues(self) -> list[Issue]:
        """Issues for the panel: header, each line's cached issues, the balance; nothing is re-validated.
        Cross-line checks (e.g. Infinity's entry plan) run only in final_issues()."""
        found = list(self._header_issues)
        for i, state in enumerate(self._lines):
            if state.issues or state.notes:
                found.extend(replace(x, line=i + 1) for x in (*state.issues, *state.notes.values()))
        difference = self.totals.difference
        if difference != ZERO:  # only posted lines move the totals, so typed lines exist
            # validate_voucher's "unbalanced" check, from the running totals instead of a re-post,
            # and shown even while other errors remain (the difference is what one types towards).
            found.append(error("lines", Message("unbalanced", difference=abs(difference), debit=self.totals.debit,
                                                credit=self.totals.credit), "unbalanced"))
        return found

    def final_issues(self) -> list[Issue]:
        """Full validation of the voucher as it would be submitted, cross-line checks included."""
        known = list(self._header_problems.values())
        for i, state in enumerate(self._lines):
            known.extend(replace(x, line=i + 1) for x in state.problems.values())
        return validate_voucher(self.voucher(), self.table, self.target, self._chart_numbers, known,
                                self.booking_rules())

    def voucher(self) -> Voucher:
        """The voucher as typed; a cell that did not parse is left empty (None) and reported instead."""
        return replace(self._header, lines=[copy_line(state.line) for state in self._lines])

    @property
    def description_limit(self) -> int | None:
        """The target's longest description (for a character counter); None without a target."""
        return DESCRIPTION_LIMIT.get(self.target) if self.target else None

    def _make_state(self, entry: LineSnapshot | VoucherLine) -> LineState:
        return LineState(entry)

    # ---- unreadable texts kept beside a saved draft ------------------------------------------------

    def raw_cell_texts(self) -> dict[str, str]:
        """Texts typed into cells and header fields that could not be read, which `voucher()` leaves empty:
        {"<line index>:<column>": text, "header:<field>": text}, for the draft store to keep beside the voucher."""
        texts = {f"header:{field}": text for field, text in self._header_raw.items()}
        for i, state in enumerate(self._lines):
            if state.raw:  # rare: a plain check per line, no copy
                texts.update((f"{i}:{key}", text) for key, text in state.raw.items())
        return texts

    def restore_raw_cell_texts(self, texts: Mapping[str, str]) -> list[str]:
        """Type saved unreadable texts back into their cells (a restart): each shows its text and its issue
        again. Returns the keys that no longer fit the voucher (no such line or column), which are left out."""
        left_out = []
        for place, text in texts.items():
            where, _, key = place.partition(":")
            if where == "header" and key in HEADER_FIELDS:
                self.set_header(key, text)
            elif where.isdigit() and int(where) < len(self._lines) and key in COLUMN_KEYS and column(key).editable:
                self.set_cell(self.row_of(int(where)), key, text)
            else:
                left_out.append(place)
        return left_out

    # ---- undo support -------------------------------------------------------------------------

    def snapshot_line(self, i: int) -> LineSnapshot:
        """Everything needed to put line i back exactly as it is now (undo)."""
        state = self._lines[i]
        return LineSnapshot(copy_line(state.line), dict(state.raw), dict(state.problems))

    def restore_line(self, i: int, snapshot: LineSnapshot) -> Change:
        """Put line i back to a snapshot (undo/redo of any single-line edit)."""
        def restore(state: LineState) -> None:
            state.line = copy_line(snapshot.line)
            state.raw, state.problems = dict(snapshot.raw), dict(snapshot.problems)
        return self._edit_line(i, restore)

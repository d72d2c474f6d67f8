"""Undoable voucher edits: each redo/undo calls one VoucherEditor method and replays its Change on the model.

Single-line edits (typing into a cell, filling the difference, copying from above) undo by
restoring the line's snapshot taken before; redo after an undo restores the snapshot taken
after, so a redo never re-reads text against a different "today". Date nudges (+/-/T on a
date cell) and header keystrokes merge into one step per cell, via id()/mergeWith.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.editing import Change, LineSnapshot, VoucherEditor
from app.ui.voucher_model import VoucherTableModel, column_header

NUDGE_ID, HEADER_ID = 1001, 1002


class LineEditCommand(QUndoCommand):
    """One edit confined to line `line` (0-based): `edit(editor)` runs once; undo/redo restore snapshots."""

    def __init__(self, model: VoucherTableModel, line: int, key: str, text: str,
                 edit: Callable[[VoucherEditor], Change], merge_id: int = -1):
        super().__init__(text)
        self.model, self.line, self.key, self._edit, self._id = model, line, key, edit, merge_id
        self.before = model.editor.snapshot_line(line)
        self.after: LineSnapshot | None = None

    def id(self) -> int:
        return self._id

    def redo(self) -> None:
        editor = self.model.editor
        if self.after is None:
            change = self._edit(editor)
            self.after = editor.snapshot_line(self.line)
        else:
            change = editor.restore_line(self.line, self.after)
        self.model.apply(change, line=self.line, key=self.key)

    def undo(self) -> None:
        self.model.apply(self.model.editor.restore_line(self.line, self.before), line=self.line, key=self.key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, LineEditCommand) or (other.line, other.key) != (self.line, self.key):
            return False
        self.after = other.after  # keep our `before`: the whole run of nudges undoes at once
        return True


def cell_edit(model: VoucherTableModel, row: int, key: str, text: str, *, nudge: bool = False) -> LineEditCommand:
    """Typing `text` into the cell at display row `row` (a date nudge merges with the one before)."""
    line = model.editor.line_at(row)[0]
    what = QCoreApplication.translate("UndoCommands", "Edit {column} on line {line}").format(
        column=column_header(key).lower(), line=line + 1)
    return LineEditCommand(model, line, key, what,
                           lambda ed: ed.set_cell(ed.row_of(line), key, text), NUDGE_ID if nudge else -1)


class InsertLinesCommand(QUndoCommand):
    """Lines inserted before line index `at` (a new line, a duplicate, or a whole paste: one step)."""

    def __init__(self, model: VoucherTableModel, at: int, lines: Sequence[LineSnapshot], text: str):
        super().__init__(text)
        self.model, self.at, self.lines = model, at, list(lines)

    def redo(self) -> None:
        change = self.model.editor.apply_rows(self.at, self.lines)
        self.model.apply(change, inserted=(self.at, len(self.lines)))

    def undo(self) -> None:
        change = self.model.editor.remove_lines(self.at, len(self.lines))
        self.model.apply(change, removed=(self.at, len(self.lines)))


class RemoveLinesCommand(QUndoCommand):
    """Lines `at` .. `at + count - 1` removed; undo puts them back exactly, unreadable text included."""

    def __init__(self, model: VoucherTableModel, at: int, count: int, text: str):
        super().__init__(text)
        self.model, self.at, self.count = model, at, count
        self.lines = model.editor.snapshot_lines(at, count)

    def redo(self) -> None:
        self.model.apply(self.model.editor.remove_lines(self.at, self.count), removed=(self.at, self.count))

    def undo(self) -> None:
        self.model.apply(self.model.editor.insert_lines(self.at, self.lines), inserted=(self.at, self.count))


class HeaderCommand(QUndoCommand):
    """A header field typed in; consecutive keystrokes in one field are one undo step."""

    def __init__(self, model: VoucherTableModel, field: str, text: str, label: str):
        super().__init__(QCoreApplication.translate("UndoCommands", "Edit {field}").format(field=label))
        # `typed`, not `text`: an attribute named text would hide QUndoCommand.text() from Python callers.
        self.model, self.field, self.typed = model, field, text
        self.before = model.editor.header_text(field)

    def id(self) -> int:
        return HEADER_ID

    def redo(self) -> None:
        self.model.apply(self.model.editor.set_header(self.field, self.typed))

    def undo(self) -> None:
        self.model.apply(self.model.editor.set_header(self.field, self.before))

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, HeaderCommand) or other.field != self.field:
            return False
        self.typed = other.typed
        return True


class ProfileCommand(QUndoCommand):
    """The draft moved to another profile (target, chart, VAT table): `switch(name)` rebuilds its editor."""

    def __init__(self, switch: Callable[[str], None], before: str, after: str):
        super().__init__(QCoreApplication.translate("UndoCommands", "Post to {profile}").format(profile=after))
        self._switch, self.before, self.after = switch, before, after

    def redo(self) -> None:
        self._switch(self.after)

    def undo(self) -> None:
        self._switch(self.before)

"""The keyboard, declared once: the window's actions, Help ▸ Keyboard and docs/keyboard.md all come from KEYS.

A test checks that every key listed here appears in docs/keyboard.md, so the document stays true.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Key:
    """Keys (QKeySequence text), what they do, and the window action they trigger (None: the grid's own)."""

    keys: tuple[str, ...]
    what: str
    group: str
    action: str | None = None


KEYS: tuple[Key, ...] = (
    Key(("Tab", "Enter"), "Next editable cell; past the last cell a new line opens", "Moving"),
    Key(("Shift+Tab", "Shift+Enter"), "Previous editable cell", "Moving"),
    Key(("F2",), "Edit the cell keeping its text (typing over a cell replaces it)", "Moving"),
    Key(("Esc",), "Close the suggestions; again: cancel the cell edit", "Moving"),
    Key(("Up", "Down"), "In an account or VAT cell: choose a suggestion (Enter/Tab takes it)", "Moving"),
    Key(("F6",), "Switch between the header and the grid", "Moving", "toggle_header"),
    Key(("Ctrl+I",), "Go to the issues list (Enter on an issue jumps to its cell)", "Moving", "focus_issues"),
    Key(("Ctrl+B", "F9"), "Balance: put the remaining difference into this line", "Lines", "fill_difference"),
    Key(("Ctrl+D",), "Copy the cell from the line above", "Lines", "copy_above"),
    Key(("Ctrl+Shift+D",), "Duplicate the line", "Lines", "duplicate_line"),
    Key(("Ctrl+Ins", "Ctrl++"), "Insert a blank line above this one", "Lines", "insert_line"),
    Key(("Ctrl+Del", "Ctrl+-"), "Delete the line (its VAT row goes with it)", "Lines", "delete_line"),
    Key(("Del",), "Clear the cell", "Lines"),
    Key(("T",), "In a date cell: today", "Dates"),
    Key(("+", "-"), "In a date cell: one day later / earlier (press again to keep moving)", "Dates"),
    Key(("Up", "Down"), "In the header date: one day later / earlier", "Dates"),
    Key(("Ctrl+Z",), "Undo (every edit, line insert or delete, and a whole paste, one step each)", "Voucher", "undo"),
    Key(("Ctrl+Y", "Ctrl+Shift+Z"), "Redo", "Voucher", "redo"),
    Key(("Ctrl+V",), "Paste rows from a spreadsheet: a preview shows each row first", "Voucher", "paste"),
    Key(("Ctrl+Return",), "Submit: shows exactly what will be sent, Enter sends", "Voucher", "submit"),
    Key(("Ctrl+N",), "New draft (in a new tab)", "Drafts", "new_draft"),
    Key(("Ctrl+W",), "Close the draft tab (a draft with content is kept unless you discard it)", "Drafts",
        "close_draft"),
    Key(("Ctrl+PgDown", "Ctrl+PgUp"), "Next / previous draft tab", "Drafts", "next_tab"),
    Key(("F1",), "This list", "Help", "keyboard_help"),
    Key(("Ctrl+Q",), "Quit (drafts are saved as you type)", "Help", "quit"),
)

# What cells accept, shown under the key table.
TYPING_NOTES = (
    "Dates: 12.12.2025, 12.12.25, 12.12. (this year), 2025-12-12, t (today), + / - (one day), +3 / -2 (days).",
    "Amounts: the profile's format (1 234,56 or 1'234.56) and simple sums: 100+25,50, 3*19,90, (10+5)/2. "
    "A negative debit is entered as a credit.",
    "Account: a number, or any part of the name; an account not in the chart is flagged, never guessed.",
    "VAT code: the profile's codes; the account proposes one; the cell shows the rate on the booking date.",
    "Header fields: Alt+underlined letter (Alt+T date, Alt+N number, Alt+Y type, Alt+S description, "
    "Alt+M company, Alt+U currency, Alt+V VAT mode, Alt+P profile); Enter moves to the next field.",
)


def shown_keys(key: Key) -> str:
    """`Ctrl+B or F9` as the help lists it (Return is shown as Enter)."""
    return " or ".join(k.replace("Return", "Enter") for k in key.keys)


class KeyboardHelpDialog(QDialog):
    """Help ▸ Keyboard: every key of the voucher window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("LedgerDesk — Keyboard")
        self.setObjectName("KeyboardHelp")
        self.resize(760, 640)
        table = QTableWidget(len(KEYS), 3, self)
        table.setObjectName("KeyboardTable")
        table.setHorizontalHeaderLabels(("Area", "Keys", "What it does"))
        for row, key in enumerate(KEYS):
            for col, text in enumerate((key.group, shown_keys(key), key.what)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, col, item)
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        notes = QLabel("<br>".join(TYPING_NOTES))
        notes.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(notes)
        layout.addWidget(buttons)

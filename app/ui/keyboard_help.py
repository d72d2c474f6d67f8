"""The keyboard, declared once: the window's actions, Help ▸ Keyboard and docs/keyboard.md all come from KEYS.

A test checks that every key listed here appears in docs/keyboard.md, so the document stays true. The
descriptions are English source texts, translated when the dialog shows them (context "KeyboardHelp").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Key:
    """Keys (QKeySequence text), their group, the window action they trigger (None: the grid's own; a tuple: one
    action per key, for a row such as "next / previous"), what they do."""

    keys: tuple[str, ...]
    group: str
    action: str | tuple[str, ...] | None = None
    what: str = field(kw_only=True)

    def bindings(self) -> list[tuple[str, str]]:
        """(action, key) for each key that triggers an action."""
        if self.action is None:
            return []
        if isinstance(self.action, tuple):
            return list(zip(self.action, self.keys, strict=True))
        return [(self.action, key) for key in self.keys]


def shortcuts_by_action() -> dict[str, tuple[str, ...]]:
    """Each action's keys, from KEYS alone: the window sets its shortcuts from this, nowhere else."""
    found: dict[str, tuple[str, ...]] = {}
    for key in KEYS:
        for action, sequence in key.bindings():
            found[action] = (*found.get(action, ()), sequence)
    return found


MOVING = QT_TRANSLATE_NOOP("KeyboardHelp", "Moving")
LINES = QT_TRANSLATE_NOOP("KeyboardHelp", "Lines")
DATES = QT_TRANSLATE_NOOP("KeyboardHelp", "Dates")
VOUCHER = QT_TRANSLATE_NOOP("KeyboardHelp", "Voucher")
DRAFTS = QT_TRANSLATE_NOOP("KeyboardHelp", "Drafts")
HELP = QT_TRANSLATE_NOOP("KeyboardHelp", "Help")
REVIEW = QT_TRANSLATE_NOOP("KeyboardHelp", "Review")
SETTINGS = QT_TRANSLATE_NOOP("KeyboardHelp", "Settings")

KEYS: tuple[Key, ...] = (
    Key(("Tab", "Enter"), MOVING,
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Next editable cell; past the last cell a new line opens")),
    Key(("Shift+Tab", "Shift+Enter"), MOVING,
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Previous editable cell")),
    Key(("F2",), MOVING,
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Edit the cell keeping its text (typing over a cell replaces it)")),
    Key(("Esc",), MOVING,
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Close the suggestions; again: cancel the cell edit")),
    Key(("Up", "Down"), MOVING,
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In an account or VAT cell: choose a suggestion (Enter/Tab takes it)")),
    Key(("F6",), MOVING, "toggle_header",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Switch between the header and the grid")),
    Key(("Ctrl+I",), MOVING, "focus_issues",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Go to the issues list (Enter on an issue jumps to its cell)")),
    Key(("Ctrl+B", "F9"), LINES, "fill_difference",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Balance: put the remaining difference into this line")),
    Key(("Ctrl+D",), LINES, "copy_above",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Copy the cell from the line above")),
    Key(("Ctrl+Shift+D",), LINES, "duplicate_line",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Duplicate the line")),
    Key(("Ctrl+Ins", "Ctrl++"), LINES, "insert_line",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Insert a blank line above this one")),
    Key(("Ctrl+Del", "Ctrl+-"), LINES, "delete_line",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Delete the line (its VAT row goes with it)")),
    Key(("Del",), LINES,
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Clear the cell")),
    Key(("T",), DATES,
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In a date cell: today")),
    Key(("+", "-"), DATES,
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In a date cell: one day later / earlier (press again to keep moving)")),
    Key(("Up", "Down"), DATES,
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the header date: one day later / earlier")),
    Key(("Ctrl+Z",), VOUCHER, "undo",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Undo (every edit, line insert or delete, and a whole paste, "
                                               "one step each)")),
    Key(("Ctrl+Y", "Ctrl+Shift+Z"), VOUCHER, "redo",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Redo")),
    Key(("Ctrl+V",), VOUCHER, "paste",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Paste rows from a spreadsheet: a preview shows each row first")),
    Key(("Ctrl+Return", "Ctrl+Enter"), VOUCHER, "submit",  # Return, and Enter on the keypad
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Submit: shows exactly what will be sent, Enter sends")),
    Key(("Ctrl+N",), DRAFTS, "new_draft",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "New draft (in a new tab)")),
    Key(("Ctrl+O",), DRAFTS, "open_file",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Open a voucher file as a new draft (or drop a .json on the window)")),
    Key(("Ctrl+Shift+S",), DRAFTS, "save_file_as",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Save the draft as a voucher file")),
    Key(("Ctrl+Shift+A",), DRAFTS, "attach_file",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Attach a receipt or invoice to the draft (or drop the file on the "
                                               "window, or paste an image with Ctrl+V); in the list, Enter opens it, "
                                               "Del removes it")),
    Key(("Ctrl+T",), DRAFTS, "new_from_template",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "New draft from a template: type part of its name, Enter")),
    Key(("Ctrl+Shift+T",), DRAFTS, "save_as_template",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Save the draft as a template (amounts and date may be left to "
                                               "type; a schedule makes it recurring)")),
    Key(("Ctrl+W",), DRAFTS, "close_draft",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Close the draft tab (a draft with content is kept unless you "
                                               "discard it)")),
    Key(("Ctrl+Shift+O",), DRAFTS, "take_over_draft",
        what=QT_TRANSLATE_NOOP("KeyboardHelp",
                               "On a team database: take over the colleague's draft shown (asks first)")),
    Key(("Ctrl+PgDown", "Ctrl+PgUp"), DRAFTS, ("next_tab", "previous_tab"),
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Next / previous draft tab")),
    Key(("Ctrl+R",), REVIEW, "review",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Review what was posted: every voucher sent from here, newest first")),
    Key(("Ctrl+Shift+U",), REVIEW, "review_uncertain",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Review only the vouchers that need your decision (uncertain)")),
    Key(("Ctrl+F",), REVIEW, "review.search",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the review: find by words of the number, description or lines")),
    Key(("Ctrl+L",), REVIEW, "review.list",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the review: back to the list")),
    Key(("Ctrl+Shift+L",), REVIEW, "review.clear",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the review: clear every filter")),
    Key(("F5",), REVIEW, "review.refresh",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the review: read Confirma's sync status now")),
    Key(("Ctrl+Shift+C",), REVIEW, "review.copy",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the review: open a copy of the voucher as a new draft")),
    Key(("Ctrl+Shift+R",), REVIEW, "review.reverse",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the review: create the reversing voucher as a new draft")),
    Key(("Ctrl+Shift+D",), REVIEW, "review.decide",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the review: decide an uncertain voucher (posted, or send again)")),
    Key(("Ctrl+Shift+X",), REVIEW, "review.cancel",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the review: cancel a queued or rejected voucher nothing was "
                                               "booked of (it can be corrected and sent again)")),
    Key(("Ctrl+E",), REVIEW, "review.export",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the review: export the filtered list and its lines as CSV")),
    Key(("Ctrl+J",), REVIEW, "review.journal",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the review: the journal of the filtered posted vouchers, as PDF "
                                               "or CSV")),
    Key(("Ctrl+P",), REVIEW, "review.print",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the review: print the voucher")),
    Key(("Ctrl+Shift+P",), REVIEW, "review.pdf",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the review: save the voucher as a PDF")),
    Key(("Esc",), REVIEW, "review.close",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "In the review: close it (the filter is kept)")),
    Key(("Ctrl+,",), SETTINGS, "profiles",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Settings ▸ Profiles: connections, API keys, charts of accounts")),
    Key(("F1",), HELP, "keyboard_help",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "This list")),
    Key(("Ctrl+Q",), HELP, "quit",
        what=QT_TRANSLATE_NOOP("KeyboardHelp", "Quit (drafts are saved as you type)")),
)

# What cells accept, shown under the key table.
TYPING_NOTES = (
    QT_TRANSLATE_NOOP("KeyboardHelp", "Dates: 12.12.2025, 12.12.25, 12.12. (this year), 2025-12-12, t (today), "
                                      "+ / - (one day), +3 / -2 (days)."),
    QT_TRANSLATE_NOOP("KeyboardHelp", "Amounts: the profile's format (1 234,56 or 1'234.56) and simple sums: "
                                      "100+25,50, 3*19,90, (10+5)/2. A negative debit is entered as a credit."),
    QT_TRANSLATE_NOOP("KeyboardHelp", "Account: a number, or any part of the name; an account not in the chart is "
                                      "flagged, never guessed."),
    QT_TRANSLATE_NOOP("KeyboardHelp", "VAT code: the profile's codes; the account proposes one; the cell shows the "
                                      "rate on the booking date."),
    QT_TRANSLATE_NOOP("KeyboardHelp", "Header fields: Alt+underlined letter (Alt+T date, Alt+N number, Alt+Y type, "
                                      "Alt+S description, Alt+M company, Alt+U currency, Alt+V VAT mode, "
                                      "Alt+P profile); Enter moves to the next field."),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyboardHelp", text)


def shown_keys(key: Key) -> str:
    """`Ctrl+B or F9` as the help lists it: key names as the keyboard of the language labels them (Strg in
    German), Return shown as Enter."""
    names = [QKeySequence(k.replace("Return", "Enter")).toString(QKeySequence.SequenceFormat.NativeText)
             if len(k) > 1 else k for k in key.keys]
    # Ctrl+Return and the keypad's Ctrl+Enter read the same: listed once.
    return QCoreApplication.translate("KeyboardHelp", " or ").join(dict.fromkeys(names))


class KeyboardHelpDialog(QDialog):
    """Help ▸ Keyboard: every key of the voucher window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("LedgerDesk — Keyboard"))
        self.setObjectName("KeyboardHelp")
        self.setAccessibleName(self.tr("Keyboard keys of the voucher window"))
        self.resize(760, 640)
        table = QTableWidget(len(KEYS), 3, self)
        table.setObjectName("KeyboardTable")
        table.setTabKeyNavigation(False)  # read-only: Tab goes on to the Close button
        table.setAccessibleName(self.tr("Keys and what they do"))
        table.setHorizontalHeaderLabels((self.tr("Area"), self.tr("Keys"), self.tr("What it does")))
        for row, key in enumerate(KEYS):
            for col, text in enumerate((_tr(key.group), shown_keys(key), _tr(key.what))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, col, item)
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        # The descriptions wrap within the dialog's width (in German and Finnish they ran off its right edge).
        table.setWordWrap(True)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table = table
        notes = QLabel("<br>".join(_tr(note) for note in TYPING_NOTES))
        notes.setWordWrap(True)
        notes.setAccessibleName(self.tr("What the cells accept"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(notes)
        layout.addWidget(buttons)

    def resizeEvent(self, event) -> None:  # the wrapped descriptions need rows as tall as their lines
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

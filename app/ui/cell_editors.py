"""The grid's cell editor: a line edit with an optional suggestion list (accounts, VAT codes).

The list never takes the keyboard: the line edit keeps focus, Up/Down move the highlight and
Enter/Tab take it. A QCompleter popup grabs the keyboard on a real display but not under
QTest, so tests and people would meet different behaviour; this list behaves the same for both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.editing.completion import AccountCompleter

# (value put into the cell, label shown in the list)
Suggestion = tuple[str, str]
Suggest = Callable[[str], list[Suggestion]]
MAX_SHOWN = 12


def account_suggestions(completer: AccountCompleter) -> Suggest:
    """Accounts by number prefix, then by any part of the name (AccountCompleter's order)."""
    def suggest(text: str) -> list[Suggestion]:
        if not text.strip():
            return []
        return [(a.number, f"{a.number}  {a.name}") for a in completer.complete(text, limit=MAX_SHOWN)]
    return suggest


def vat_suggestions(choices: list[tuple[str, str]]) -> Suggest:
    """The profile's VAT codes with the rate on the line's date; typed text filters by code prefix."""
    def suggest(text: str) -> list[Suggestion]:
        typed = text.split("\u00b7", 1)[0].strip().upper()
        return [(code, label) for code, label in choices if code.upper().startswith(typed)]
    return suggest


def text_suggestions(recent: Callable[[], list[str]]) -> Suggest:
    """Texts this profile posted before, most recent first, that start with what is typed (any case)."""
    def suggest(text: str) -> list[Suggestion]:
        typed = text.strip().casefold()
        if not typed:
            return []
        found = [t for t in recent() if t.casefold().startswith(typed) and t.casefold() != typed]
        return [(t, t) for t in found[:MAX_SHOWN]]
    return suggest


class SuggestionList(QListWidget):
    """The suggestions under a cell editor; shown inside the view so nothing grabs the keyboard."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setUniformItemSizes(True)
        self.setObjectName("CellSuggestions")
        self.setAccessibleName(self.tr("Suggestions"))
        self.hide()


class CellEditor(QLineEdit):
    """The line edit of one grid cell; `suggest` (optional) fills the list as the bookkeeper types."""

    def __init__(self, parent: QWidget, suggest: Suggest | None = None, *, show_on_open: bool = False,
                 prefer_first: Callable[[str], bool] = lambda text: False):
        super().__init__(parent)
        self.setFrame(False)
        self._suggest = suggest
        self._show_on_open = show_on_open
        self._prefer_first = prefer_first
        self.suggestions: SuggestionList | None = None
        if suggest is not None:
            self.suggestions = SuggestionList(parent)
            self.suggestions.itemClicked.connect(self._clicked)
            self.textEdited.connect(self.refresh_suggestions)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._show_on_open:
            self.refresh_suggestions(self.text(), typed=False)

    def hideEvent(self, event) -> None:
        self.hide_suggestions()
        super().hideEvent(event)

    def refresh_suggestions(self, text: str, typed: bool = True) -> None:
        """Fill the list for `text`; highlight the match Enter/Tab would take, if there is one."""
        if self.suggestions is None or self._suggest is None:  # both are set, or neither
            return
        found = self._suggest("" if not typed and self._show_on_open else text)
        box = self.suggestions
        box.clear()
        if not found:
            box.hide()
            return
        for value, label in found:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            box.addItem(item)
        box.setCurrentRow(self._match_row(text, found))
        self._place()
        box.show()
        box.raise_()

    def _match_row(self, text: str, found: list[Suggestion]) -> int:
        typed = text.split("\u00b7", 1)[0].strip().casefold()
        if not typed:
            return -1
        for row, (value, _label) in enumerate(found):
            if value.casefold() == typed:
                return row
        # A name search takes its best match; a typed number is never silently turned into another.
        return 0 if self._prefer_first(typed) else -1

    def _place(self) -> None:
        box, view = self.suggestions, self.parentWidget()
        if box is None or view is None:
            return
        rows = min(box.count(), MAX_SHOWN)
        height = rows * max(box.sizeHintForRow(0), 18) + 2 * box.frameWidth() + 2
        width = max(self.width(), 320)
        below = self.mapTo(view, QPoint(0, self.height()))
        if below.y() + height > view.height() and self.mapTo(view, QPoint(0, 0)).y() > height:
            below = self.mapTo(view, QPoint(0, -height))  # no room below: open upwards
        box.setGeometry(below.x(), below.y(), min(width, view.width() - below.x()), height)

    def suggestions_visible(self) -> bool:
        return self.suggestions is not None and self.suggestions.isVisible()

    def hide_suggestions(self) -> None:
        if self.suggestions is not None:
            self.suggestions.hide()

    def move_highlight(self, step: int) -> None:
        box = self.suggestions
        if box is None:
            return
        row = box.currentRow()
        row = (0 if step > 0 else box.count() - 1) if row < 0 else max(0, min(box.count() - 1, row + step))
        box.setCurrentRow(row)

    def accept_suggestion(self) -> None:
        """Put the highlighted suggestion (if any) into the cell."""
        if self.suggestions is None or not self.suggestions.isVisible():
            return
        item = self.suggestions.currentItem()
        if item is not None and item.isSelected():
            value = item.data(Qt.ItemDataRole.UserRole)
            self.setText(value)
        self.hide_suggestions()

    def _clicked(self, item: QListWidgetItem) -> None:
        if self.suggestions is None:  # only a list made in __init__ is clicked
            return
        self.suggestions.setCurrentItem(item)
        self.accept_suggestion()
        self.setFocus()

    def dispose(self) -> None:
        """Remove the list with the editor (it lives in the view, not inside the editor)."""
        if self.suggestions is not None:
            self.suggestions.hide()
            self.suggestions.deleteLater()
            self.suggestions = None


class ShortcutPassThrough(QObject):
    """Lets the window's grid shortcuts (Ctrl+D, Ctrl+B, …) fire while a cell editor has focus.

    A QLineEdit claims some of them for itself (Ctrl+D deletes a character on X11): leaving the
    ShortcutOverride unaccepted hands the key to the window's action instead. Undo and redo go to
    the voucher once nothing is typed in the cell; Ctrl+V with spreadsheet rows opens the paste preview.
    """

    def __init__(self, sequences: Callable[[], list[QKeySequence]], parent: QObject | None = None):
        super().__init__(parent)
        self._sequences = sequences

    def passes(self, obj: QObject, event) -> bool:
        pressed = QKeySequence(event.keyCombination())
        if any(pressed.matches(seq) == QKeySequence.SequenceMatch.ExactMatch for seq in self._sequences()):
            return True
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
            return isinstance(obj, QLineEdit) and not obj.isModified()
        if event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text()
            return "\t" in text or "\n" in text.strip()
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.passes(obj, event):
            event.ignore()
            return True
        return False

"""Names for assistive technology: what a screen reader says for a control that shows no words of its own.

Qt derives a button's accessible name from its text; LedgerDesk sets names explicitly so they are the
same words everywhere (and a symbol such as "×" is read as what it does). Tests walk every window and
dialog and require a name on each control that takes the keyboard focus.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


def plain(text: str) -> str:
    """A label's text as it is read: no mnemonic marker ("&Save" is "Save", "&&" one "&"), no markup, no colon."""
    text = re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ")
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def name_buttons(box: QDialogButtonBox) -> None:
    """Give each button of a button box its visible words as accessible name (where none is set)."""
    for button in box.buttons():
        if not button.accessibleName():
            button.setAccessibleName(plain(button.text()))


def focusable_controls(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets of `root`'s window (not of other windows it owns) the keyboard can reach."""
    found = [root, *root.findChildren(QWidget)]
    return [w for w in found if w.window() is root.window() and w.isVisibleTo(root.window()) and w.isEnabled()
            and w.focusProxy() is None and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """Focusable controls under `root` without an accessible name (the accessibility tests' check)."""
    return [w for w in focusable_controls(root) if not w.accessibleName().strip()]


def name_from_labels(root: QWidget) -> None:
    """Give the controls under `root` that have no accessible name the words that label them on screen:
    a label's buddy its label, a form row's field its row label, a button its text (standard buttons such
    as OK and Cancel), a line edit its placeholder. A control no words label keeps none (tests find it)."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and plain(label.text()):
            buddy.setAccessibleName(plain(label.text()))
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            caption = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if isinstance(caption, QLabel) and field is not None and not field.accessibleName() and plain(caption.text()):
                field.setAccessibleName(plain(caption.text()))
    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName() and plain(button.text()):
            button.setAccessibleName(plain(button.text()))
    for edit in root.findChildren(QLineEdit):
        if not edit.accessibleName() and edit.placeholderText():
            edit.setAccessibleName(edit.placeholderText())

"""Typing as a person does: every key goes to whatever widget has the keyboard focus right now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
K = Qt.Key


class Keyboard:
    """QTest key events sent to the focus widget (a cell editor once one is open), never model calls."""

    def __init__(self, qtbot):
        self.qtbot = qtbot

    @property
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        """Type characters one at a time, each to the widget focused at that moment."""
        for ch in text:
            QTest.keyClick(self.focus, ch)

    def press(self, key: Qt.Key, modifiers=NONE, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.focus, key, modifiers)

    def tab(self, times: int = 1) -> None:
        self.press(K.Key_Tab, times=times)

    def enter(self, times: int = 1) -> None:
        self.press(K.Key_Return, times=times)

    def ctrl(self, key: Qt.Key, extra=NONE) -> None:
        self.press(key, CTRL | extra)

    def cell(self, text: str) -> None:
        """Type into the current cell and Tab on."""
        if text:
            self.type(text)
        self.tab()

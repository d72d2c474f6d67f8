"""Profiles dialog tests: the real OS keyring under scripts/with-keyring (LEDGERDESK_REAL_KEYRING=1), else an
in-memory keyring that behaves like one. Keys these tests store are deleted afterwards."""

from __future__ import annotations

import os

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.store.secrets import KeyMissing, KeyStore, KeyStoreError
from app.store.settings import load_settings
from tests.store.keyring_fakes import MemoryKeyring, use_backend  # noqa: F401 - a fixture

REAL_KEYRING = os.environ.get("LEDGERDESK_REAL_KEYRING") == "1"
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def keyring_backend(use_backend):  # noqa: F811 - the fixture imported above
    """The keyring the dialog stores keys in for this test."""
    backend = keyring.get_keyring() if REAL_KEYRING else use_backend(MemoryKeyring())
    yield backend
    keys = KeyStore()
    for name in load_settings().profiles:
        try:
            keys.delete(name)
        except (KeyMissing, KeyStoreError):
            pass


def press(key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key to the widget that has the keyboard focus (failing, not aborting, when nothing has it)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, key, modifiers)


def alt(qtbot, key) -> None:
    """Alt+letter: a field's label moves the focus at once; a button's mnemonic clicks it after its 100 ms
    press animation (QAbstractButton.animateClick), so wait that out."""
    press(key, ALT)
    qtbot.wait(150)


def open_profiles(gui, qtbot):
    """Settings ▸ Profiles with its key (Ctrl+,); the dialog once its first keyring check reported."""
    window = gui.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    press(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.profiles_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    qtbot.waitUntil(lambda: not gui.tasks.busy, timeout=10_000)
    return dialog


def idle(gui, dialog, qtbot) -> None:
    """Wait until what the dialog started in the background has reported."""
    qtbot.waitUntil(lambda: dialog.running == 0 and not gui.tasks.busy, timeout=15_000)

"""The Qt binding must not leak references to None/True/False: on Python 3.11 such a leak kills the
process ("Fatal Python error: bool_dealloc") after a few thousand keystrokes. PySide6 6.12.0 did."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget


class _Emitter(QObject):
    changed = Signal(object)
    plain = Signal()


def test_qt_calls_and_signals_keep_refcounts_of_singletons(qtbot):
    tabs, label, page, emitter = QTabWidget(), QLabel(), QWidget(), _Emitter()
    qtbot.addWidget(tabs)
    qtbot.addWidget(label)
    tabs.addTab(page, "x")
    calls = [lambda: tabs.setTabText(0, "y"), lambda: label.setText("y"), lambda: page.setWindowTitle("y"),
             lambda: emitter.changed.emit(page), lambda: emitter.plain.emit(), lambda: page.isVisible()]
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(300):
        for call in calls:
            call()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    # A few references may come and go with caches; a leak loses one per call (1,800 here).
    assert all(abs(b - a) < 50 for a, b in zip(before, after, strict=True)), (before, after)

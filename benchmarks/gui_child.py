"""Child processes for the GUI benchmarks: each prints one line and exits.

    python -m benchmarks.gui_child floor     # a bare QMainWindow, shown and idle (the issue's floor)
    python -m benchmarks.gui_child app       # LedgerDesk's main window (no sandbox), shown and idle
The parent measures from spawning the process to reading "IDLE", so interpreter start-up is in both.
"""

from __future__ import annotations

import sys


def _idle_then_quit(app) -> None:
    from PySide6.QtCore import QTimer

    def done() -> None:
        print("IDLE", flush=True)
        app.quit()
    QTimer.singleShot(0, done)  # runs once the event loop has painted and has nothing else queued
    app.exec()


def floor() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    _idle_then_quit(app)


def ledgerdesk() -> None:
    from app.ui.app import LedgerDeskGui, application

    app = application(sys.argv[:1])
    gui = LedgerDeskGui(start_sandbox=False)
    gui.window.show()
    _idle_then_quit(app)
    gui.shutdown()


if __name__ == "__main__":
    {"floor": floor, "app": ledgerdesk}[sys.argv[1]]()

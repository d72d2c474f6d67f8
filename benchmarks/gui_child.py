"""Child processes for the GUI benchmarks: each prints one line and exits.

    python -m benchmarks.gui_child floor     # a bare QMainWindow, shown and idle (the issue's floor)
    python -m benchmarks.gui_child minimal   # the least a voucher window needs, in plain PySide6 (a reference)
    python -m benchmarks.gui_child app       # LedgerDesk's main window (no sandbox), shown and idle
    python -m benchmarks.gui_child entry     # the same through `ledgerdesk` with no command (app.cli.main)
The parent measures from spawning the process to reading "IDLE", so interpreter start-up is in both.
"Shown and idle" is: the window's first frame painted, then the event loop with nothing left to do.
"""

from __future__ import annotations

import sys


def _idle_then_quit(app, window) -> None:
    _quit_when_idle(app, window)
    window.show()
    app.exec()


def _quit_when_idle(app, window) -> None:
    """Print IDLE and quit once the window's first frame is painted and the loop has nothing queued."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    def done() -> None:
        print("IDLE", flush=True)
        app.quit()

    class FirstFrame(QObject):
        """The first UpdateRequest of the window paints it (and its children); `done` runs after that."""

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.UpdateRequest:
                window.removeEventFilter(self)
                QTimer.singleShot(0, done)  # after the paint, once the loop has nothing else queued
            return False

    first_frame = FirstFrame(window)
    window.installEventFilter(first_frame)


def floor() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    _idle_then_quit(app, window)


def minimal() -> None:
    from benchmarks.minimal_window import minimal_window
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    _idle_then_quit(app, minimal_window())


def ledgerdesk() -> None:
    from app.ui.app import LedgerDeskGui, application

    app = application(sys.argv[:1])
    gui = LedgerDeskGui(start_sandbox=False)
    _idle_then_quit(app, gui.window)
    gui.shutdown()


def entry() -> None:
    """`ledgerdesk` as a bookkeeper starts it (no command), the local sandbox left out as in `app`."""
    import app.cli
    from app.ui import app as gui

    class Measured(gui.LedgerDeskGui):
        def __init__(self, *, start_sandbox: bool = True) -> None:
            super().__init__(start_sandbox=False)
            _quit_when_idle(gui.QApplication.instance(), self.window)  # run_gui shows it and runs the loop

    gui.LedgerDeskGui = Measured
    app.cli.main([])


if __name__ == "__main__":
    {"floor": floor, "minimal": minimal, "app": ledgerdesk, "entry": entry}[sys.argv[1]]()

"""Help ▸ Diagnostics, and what the bookkeeper sees of an error LedgerDesk did not expect (in any thread)."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap

from PySide6.QtGui import QGuiApplication

from app import __version__
from app.services.log_file import install_log_file, log_path
from app.store import paths
from app.ui import diagnostics
from tests.conftest import REPO


def test_diagnostics_shows_version_paths_keyring_and_the_last_log_lines(gui, qtbot):
    install_log_file()  # as run_gui does before the window opens
    logging.getLogger("app.test").warning("a line support wants to see")
    gui.window.trigger("diagnostics")
    dialog = gui.window.findChild(diagnostics.DiagnosticsDialog)
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.view.toPlainText()
    assert dialog.view.isReadOnly()
    assert f"LedgerDesk {__version__}" in text and str(paths.data_dir()) in text and str(log_path()) in text
    assert "API keys kept in: " in text
    assert text.splitlines()[-1].endswith("app.test: a line support wants to see")
    dialog.findChild(diagnostics.QPushButton, "DiagnosticsCopy").click()
    assert QGuiApplication.clipboard().text() == text
    dialog.reject()


# The window as started by `ledgerdesk`: an exception in a Qt slot and one in a Python thread.
PROBE = textwrap.dedent("""
    import sys, threading
    import app.ui.app as gui
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from app.ui import diagnostics

    seen = []

    class Failing(gui.LedgerDeskGui):
        def __init__(self, *, start_sandbox=True):
            super().__init__(start_sandbox=False)
            def slot_fails():
                raise ZeroDivisionError("canary-in-a-slot")
            def thread_fails():
                raise LookupError("canary-in-a-thread")
            QTimer.singleShot(0, slot_fails)
            QTimer.singleShot(50, lambda: threading.Thread(target=thread_fails).start())
            QTimer.singleShot(1500, self.look)

        def look(self):
            dialog = QApplication.instance().findChildren(diagnostics.UnexpectedErrorDialog) or [
                w for w in QApplication.topLevelWidgets() if isinstance(w, diagnostics.UnexpectedErrorDialog)]
            for d in dialog:
                d.copy_details()
                seen.append(QApplication.clipboard().text())
                seen.append(d.message.text())
            QApplication.instance().quit()

    gui.LedgerDeskGui = Failing
    code = gui.run_gui([])
    print("SEEN", len(seen), repr(seen))
    sys.exit(code)
""")


def test_an_unexpected_error_in_a_slot_or_a_thread_is_logged_and_shown_never_printed(tmp_path):
    env = {"LEDGERDESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
           "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert "Traceback" not in done.stderr and "canary" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    seen = done.stdout.split("SEEN", 1)[1]
    assert seen.startswith(" 2 ")  # one dialog (the second error is logged, not stacked): details and text
    assert f"LedgerDesk {__version__}" in seen and "ZeroDivisionError: canary-in-a-slot" in seen
    assert "Something went wrong inside LedgerDesk" in seen
    log = (tmp_path / "ledgerdesk.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: canary-in-a-slot" in log and "LookupError: canary-in-a-thread" in log
    assert log.count("Traceback (most recent call last)") == 2

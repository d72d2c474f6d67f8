"""Help ▸ Diagnostics and the dialog for an error LedgerDesk did not expect: what support needs, read-only.

Diagnostics shows the version, where the data, database, settings and log are, the keyring in use and the log's
last lines. An unhandled exception (any thread: app/ui/app.py installs the hooks) is logged with its traceback
and shown here as a plain dialog whose "Copy details" puts the version, platform and traceback on the clipboard;
the terminal never sees a traceback.
"""

from __future__ import annotations

import platform

from PySide6.QtCore import qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app import __version__
from app.services.log_file import last_lines, log_path
from app.store.paths import data_dir, database_path, settings_path
from app.ui import style
from app.ui.about import keyring_backend
from app.ui.accessibility import name_buttons

LOG_LINES = 60


def runs_on() -> str:
    """Version, Python, Qt and the operating system, as one line for a support request."""
    return (f"LedgerDesk {__version__} · Python {platform.python_version()} · Qt {qVersion()} · "
            f"{platform.system()} {platform.release()} ({platform.machine()})")


class DiagnosticsDialog(QDialog):
    """Help ▸ Diagnostics: read-only facts and the log's last lines, with a Copy button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DiagnosticsDialog")
        self.setWindowTitle(self.tr("Diagnostics"))
        self.setAccessibleName(self.tr("Diagnostics"))
        facts = [(self.tr("Version"), runs_on()), (self.tr("Data folder"), str(data_dir())),
                 (self.tr("Database"), str(database_path())), (self.tr("Settings"), str(settings_path())),
                 (self.tr("Log file"), str(log_path())), (self.tr("API keys kept in"), keyring_backend())]
        lines = last_lines(LOG_LINES)
        self.report = "\n".join([f"{caption}: {value}" for caption, value in facts]
                                + ["", self.tr("Last lines of the log:")]
                                + (lines or [self.tr("(the log is empty)")]))
        self.view = QPlainTextEdit(self.report)
        self.view.setObjectName("DiagnosticsText")
        self.view.setReadOnly(True)
        self.view.setAccessibleName(self.tr("Diagnostics for a support request"))
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Copy"))
        copy.setObjectName("DiagnosticsCopy")
        copy.setAccessibleName(self.tr("Copy the diagnostics for support"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.report))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What support needs to help: nothing here is secret (API keys are never "
                                        "logged).")))
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)


class UnexpectedErrorDialog(QDialog):
    """An error LedgerDesk did not expect: said plainly, the traceback only behind "Copy details"."""

    def __init__(self, traceback_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("UnexpectedErrorDialog")
        self.setWindowTitle(self.tr("LedgerDesk met an unexpected error"))
        self.setAccessibleName(self.tr("LedgerDesk met an unexpected error"))
        self.message = QLabel(self.tr(
            "Something went wrong inside LedgerDesk. What you typed is saved as you type; check the last thing you "
            "did. The details are in the log ({path}). Please send them to support: Copy details puts them on the "
            "clipboard.").format(path=log_path()))
        self.message.setObjectName("UnexpectedErrorText")
        self.message.setWordWrap(True)
        self.details = f"{runs_on()}\n{platform.platform()}\n\n{traceback_text.rstrip()}\n"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = QPushButton(self.tr("&Copy details"))
        self.copy.setObjectName("UnexpectedErrorCopy")
        self.copy.setAccessibleName(self.tr("Copy the details for support"))
        self.copy.clicked.connect(self.copy_details)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


_open: list[UnexpectedErrorDialog] = []  # at most one at a time: a repeated error is logged, not stacked


def show_unexpected_error(traceback_text: str) -> UnexpectedErrorDialog | None:
    """Show the unexpected-error dialog over the active window (the GUI thread only); None if one is open."""
    if _open:
        return None
    dialog = UnexpectedErrorDialog(traceback_text, QApplication.activeWindow())
    _open.append(dialog)
    dialog.finished.connect(lambda _result: _open.clear())
    style.open_dialog(dialog)
    return dialog


def open_diagnostics(parent: QWidget) -> DiagnosticsDialog:
    """Help ▸ Diagnostics."""
    dialog = DiagnosticsDialog(parent)
    style.open_dialog(dialog)
    return dialog

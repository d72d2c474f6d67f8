"""Help ▸ About LedgerDesk and Help ▸ Documentation: what is installed, where its data is, where to read more.

The About dialog is what a bookkeeper reads out to support: version, licence, data folder, keyring, Qt.
The documentation is the Markdown of a checkout (or of a bundle that carries it), opened with the
desktop's viewer; a bundle without it says where to find it instead of failing silently.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QMenu, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from app import __version__
from app.deferred import deferred
from app.resources import resources_dir
from app.store.paths import data_dir
from app.ui import style
from app.ui.accessibility import name_buttons
from app.ui.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, current_language

if TYPE_CHECKING:
    import platform
    from importlib import metadata

    from app.store import secrets
else:  # the window's Help menu (DocumentationMenu) is built at start; these load when About opens
    metadata = deferred("importlib.metadata")  # about 12 ms
    platform = deferred("platform")
    secrets = deferred("app.store.secrets")  # keyring

# The documents of Help ▸ Documentation, in the order a bookkeeper needs them (paths from the top folder).
DOCUMENTS = (
    ("README.md", QT_TRANSLATE_NOOP("Documentation", "&Getting started (README)")),
    ("docs/keyboard.md", QT_TRANSLATE_NOOP("Documentation", "&Keyboard")),
    ("docs/languages.md", QT_TRANSLATE_NOOP("Documentation", "&Languages and number formats")),
    ("docs/voucher-format.md", QT_TRANSLATE_NOOP("Documentation", "&Voucher file format")),
    ("docs/journal.md", QT_TRANSLATE_NOOP("Documentation", "The &journal (PDF and CSV)")),
    ("docs/attachments.md", QT_TRANSLATE_NOOP("Documentation", "Source &documents (attachments)")),
    ("docs/templates.md", QT_TRANSLATE_NOOP("Documentation", "Te&mplates and recurring vouchers")),
    ("docs/backup.md", QT_TRANSLATE_NOOP("Documentation", "&Backup and restore")),
    ("docs/team.md", QT_TRANSLATE_NOOP("Documentation", "&Team mode (shared database)")),
    ("docs/logs.md", QT_TRANSLATE_NOOP("Documentation", "L&ogs and diagnostics")),
    ("docs/sandbox.md", QT_TRANSLATE_NOOP("Documentation", "The &sandbox")),
    ("docs/architecture.md", QT_TRANSLATE_NOOP("Documentation", "&Architecture (for developers)")),
)
# The documents of docs/ that are not in the menu, and why; every other docs/*.md must be in DOCUMENTS
# (tests/ui/i18n/test_about.py): a bookkeeper never hunts for a page the window does not list.
NOT_IN_MENU = {
    "docs/performance.md": "how to run the benchmarks and what they measured: for developers, not bookkeepers",
}
ONLINE_HINT = QT_TRANSLATE_NOOP(
    "Documentation", "This copy of LedgerDesk was installed without its documentation. It is in the docs "
                     "folder of the LedgerDesk source (README.md, docs/keyboard.md, docs/languages.md); "
                     "Help ▸ Keyboard (F1) lists every key.")


def documentation_root() -> Path | None:
    """The folder holding README.md and docs/: the checkout, or a bundle that carries them; None if neither."""
    candidates = [resources_dir().parent]
    if bundled := getattr(sys, "_MEIPASS", None):
        candidates.insert(0, Path(bundled))
    for folder in candidates:
        if (folder / "docs").is_dir():
            return folder
    return None


def documents() -> list[tuple[Path, str]]:
    """(file, translated menu title) of each document present here."""
    root = documentation_root()
    if root is None:
        return []
    return [(root / path, QCoreApplication.translate("Documentation", title))
            for path, title in DOCUMENTS if (root / path).is_file()]


def licence() -> str:
    """The licence as the installed distribution declares it (pyproject.toml), in words."""
    try:
        meta = metadata.metadata("ledgerdesk")
        declared = next((meta[key] for key in ("License-Expression", "License") if key in meta and meta[key]), "")
    except metadata.PackageNotFoundError:
        declared = "LicenseRef-Proprietary"  # a source tree never installed: pyproject.toml says so
    if "Proprietary" in declared:
        return QCoreApplication.translate("AboutDialog", "Proprietary: all rights reserved")
    return declared


def keyring_backend() -> str:
    """The OS keyring LedgerDesk keeps API keys in, by name, or why there is none."""
    try:
        store = secrets.KeyStore()
        name = store.backend_name()
        if store.is_plaintext():
            return QCoreApplication.translate("AboutDialog", "{name} (unencrypted: refused unless allowed)").format(
                name=name)
        return name
    except Exception as exc:  # the About dialog must open whatever the keyring does
        return QCoreApplication.translate("AboutDialog", "not available ({reason})").format(reason=exc)


class AboutDialog(QDialog):
    """Help ▸ About LedgerDesk."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About LedgerDesk"))
        self.setAccessibleName(self.tr("About LedgerDesk"))
        self.details: dict[str, str] = {
            "version": __version__,
            "licence": licence(),
            "data": str(data_dir()),
            "keyring": keyring_backend(),
            "qt": self.tr("Qt {qt}, PySide6 {pyside}").format(qt=qVersion(), pyside=PySide6.__version__),
            "python": f"Python {platform.python_version()} · {platform.system()} {platform.release()}",
            "language": LANGUAGE_NAMES.get(current_language(), current_language()),
        }
        captions = {"version": self.tr("Version"), "licence": self.tr("Licence"),
                    "data": self.tr("Data folder"), "keyring": self.tr("API keys kept in"),
                    "qt": self.tr("Toolkit"), "python": self.tr("Runs on"), "language": self.tr("Language")}
        title = QLabel(f"<h2>LedgerDesk {__version__}</h2>")
        title.setObjectName("AboutTitle")
        summary = QLabel(self.tr("Journal entry for bookkeepers: vouchers typed in a fast grid, checked before "
                                 "anything leaves this computer, posted to Confirma Finance or Infinity."))
        summary.setWordWrap(True)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, value in self.details.items():
            shown = QLabel(value)
            shown.setObjectName(f"About_{key}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            shown.setWordWrap(True)
            shown.setAccessibleName(captions[key])
            form.addRow(captions[key] + ":", shown)
            self.values[key] = shown
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Copy details"))
        copy.setObjectName("AboutCopy")
        copy.setAccessibleName(self.tr("Copy the details for support"))
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def text(self) -> str:
        """The details as plain lines, as "Copy details" puts them on the clipboard."""
        return "\n".join([f"LedgerDesk {__version__}"] + [f"{key}: {value}" for key, value in self.details.items()])

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


class DocumentationMenu(QMenu):
    """Help ▸ Documentation: each document found opens in the desktop's viewer; none found, where to get them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("&Documentation"), parent)
        self.setObjectName("DocumentationMenu")
        found = documents()
        for path, title in found:
            action = self.addAction(title)
            action.setObjectName(f"doc_{path.stem}")
            action.triggered.connect(lambda _checked=False, path=path: self.open_document(path))
        if not found:
            action = self.addAction(self.tr("Where is the documentation?"))
            action.setObjectName("doc_missing")
            action.triggered.connect(self.explain_missing)
        self.box: QMessageBox | None = None

    def open_document(self, path: Path) -> bool:
        """Open one document with the desktop's viewer; if there is none, say where the file is."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        self._tell(self.tr("No program on this computer opens {name}. The file is here:\n{path}").format(
            name=path.name, path=path))
        return False

    def explain_missing(self) -> None:
        self._tell(QCoreApplication.translate("Documentation", ONLINE_HINT))

    def _tell(self, text: str) -> None:
        self.box = QMessageBox(QMessageBox.Icon.Information, self.tr("Documentation"), text,
                               QMessageBox.StandardButton.Ok, self.parentWidget())
        self.box.setAccessibleName(self.tr("Documentation"))
        style.open_dialog(self.box)

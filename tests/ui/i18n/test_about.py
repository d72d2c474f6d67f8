"""Help ▸ About LedgerDesk and Help ▸ Documentation."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication

from app import __version__
from app.store.paths import data_dir
from app.store.secrets import KeyStore
from app.ui import about
from app.ui.about import AboutDialog, DocumentationMenu


class _Opened(QObject):
    """Receives the file URLs the documentation menu asks the desktop to open (instead of a real viewer)."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_about_shows_version_licence_data_folder_keyring_and_qt(gui, qtbot):
    window = gui.window
    window.trigger("about")
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    shown = {key: label.text() for key, label in dialog.values.items()}
    assert shown["version"] == __version__
    assert shown["data"] == str(data_dir())
    assert shown["licence"] == "Proprietary: all rights reserved"
    assert shown["keyring"].startswith(KeyStore().backend_name())
    assert qVersion() in shown["qt"] and "PySide6" in shown["qt"]
    assert shown["language"] == "English"
    dialog.copy_details()
    copied = QGuiApplication.clipboard().text()
    assert __version__ in copied and str(data_dir()) in copied
    dialog.close()


def test_about_in_finnish(qapp, qtbot, confirma_profile):
    from PySide6.QtCore import QLocale

    from ..conftest import running_gui

    QLocale.setDefault(QLocale("fi_FI"))
    with running_gui(qtbot) as gui:
        gui.window.trigger("about")
        dialog = gui.window.about_dialog
        assert dialog.windowTitle() == "Tietoja LedgerDeskistä"
        assert dialog.values["language"].text() == "Suomi"
        assert dialog.values["version"].text() == __version__
        dialog.close()


def test_documentation_opens_the_local_documents(gui):
    menu = gui.window.documentation_menu
    titles = [action.text() for action in menu.actions()]
    assert titles[:3] == ["&Getting started (README)", "&Keyboard", "&Languages and number formats"]
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        menu.actions()[1].trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opened.urls] == [str(about.documentation_root() / "docs" / "keyboard.md")]


def test_a_bundle_without_documentation_says_where_to_find_it(qapp, monkeypatch):
    monkeypatch.setattr(about, "documentation_root", lambda: None)
    menu = DocumentationMenu()
    (only,) = menu.actions()
    assert only.objectName() == "doc_missing"
    only.trigger()
    assert "docs" in menu.box.text() and "F1" in menu.box.text()
    menu.box.close()


def test_help_documentation_lists_every_document_meant_for_bookkeepers(gui):
    """Every docs/*.md is in Help ▸ Documentation unless NOT_IN_MENU says why not (backup, logs and team mode
    were missing once)."""
    root = about.documentation_root()
    present = {f"docs/{path.name}" for path in (root / "docs").glob("*.md")}
    listed = {path for path, _title in about.DOCUMENTS}
    assert present - listed - set(about.NOT_IN_MENU) == set(), "add these to about.DOCUMENTS or NOT_IN_MENU"
    assert listed - {"README.md"} <= present and set(about.NOT_IN_MENU) <= present  # no stale entry either
    shown = {action.objectName() for action in gui.window.documentation_menu.actions()}
    assert {"doc_backup", "doc_logs", "doc_team", "doc_journal"} <= shown
    assert len(shown) == len(about.DOCUMENTS)

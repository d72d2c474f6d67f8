"""The main window: it assembles the feature widgets and routes menu actions to the current draft. Nothing else.

The dialogs (paste, profiles, about, keyboard help) are imported when first opened, not at start: the
window shows without loading their modules (the profiles dialog alone brings in the HTTP client).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from app import __version__
from app.ui import style
from app.ui.about import DocumentationMenu
from app.ui.cell_editors import ShortcutPassThrough
from app.ui.drafts import DraftTabs
from app.ui.keyboard_help import KEYS
from app.ui.language_menu import LanguageMenu
from app.ui.outcome_bar import OutcomeBar
from app.ui.review import ReviewCenter
from app.ui.workspace import Workspace

# Titles are English source texts, translated as the menus are built (context "MainWindow").
MENUS = ((QT_TRANSLATE_NOOP("MainWindow", "&File"), ("new_draft", "close_draft", "submit", None, "quit")),
         (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("undo", "redo", None, "paste")),
         (QT_TRANSLATE_NOOP("MainWindow", "&Line"), ("insert_line", "delete_line", "duplicate_line", None,
                                                     "fill_difference", "copy_above")),
         (QT_TRANSLATE_NOOP("MainWindow", "Vie&w"), ("toggle_header", "focus_issues", "next_tab", "previous_tab",
                                                     None, "review", "review_uncertain")),
         (QT_TRANSLATE_NOOP("MainWindow", "Settin&gs"), ("profiles", "language")),
         (QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("keyboard_help", "documentation", None, "about")))
TITLES = {"new_draft": QT_TRANSLATE_NOOP("MainWindow", "&New draft"),
          "close_draft": QT_TRANSLATE_NOOP("MainWindow", "&Close draft"),
          "submit": QT_TRANSLATE_NOOP("MainWindow", "&Submit…"), "quit": QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
          "undo": QT_TRANSLATE_NOOP("MainWindow", "&Undo"), "redo": QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
          "paste": QT_TRANSLATE_NOOP("MainWindow", "&Paste rows…"),
          "insert_line": QT_TRANSLATE_NOOP("MainWindow", "&Insert line"),
          "delete_line": QT_TRANSLATE_NOOP("MainWindow", "&Delete line"),
          "duplicate_line": QT_TRANSLATE_NOOP("MainWindow", "D&uplicate line"),
          "fill_difference": QT_TRANSLATE_NOOP("MainWindow", "&Balance this line"),
          "copy_above": QT_TRANSLATE_NOOP("MainWindow", "Copy cell from &above"),
          "toggle_header": QT_TRANSLATE_NOOP("MainWindow", "&Header ↔ grid"),
          "focus_issues": QT_TRANSLATE_NOOP("MainWindow", "&Issues list"),
          "next_tab": QT_TRANSLATE_NOOP("MainWindow", "&Next draft"),
          "previous_tab": QT_TRANSLATE_NOOP("MainWindow", "&Previous draft"),
          "keyboard_help": QT_TRANSLATE_NOOP("MainWindow", "&Keyboard…"),
          "about": QT_TRANSLATE_NOOP("MainWindow", "&About LedgerDesk"),
          "review": QT_TRANSLATE_NOOP("MainWindow", "&Review what was posted…"),
          "review_uncertain": QT_TRANSLATE_NOOP("MainWindow", "Vouchers needing a &decision…"),
          "profiles": QT_TRANSLATE_NOOP("MainWindow", "&Profiles…")}
# Actions that act on the grid and must fire even while a cell editor has the focus.
GRID_ACTIONS = {"fill_difference", "copy_above", "duplicate_line", "insert_line", "delete_line", "submit",
                "toggle_header", "focus_issues", "new_draft", "close_draft", "next_tab", "previous_tab"}


class MainWindow(QMainWindow):
    """Menus, the outcome bar, the draft tabs and the status bar."""

    closing = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LedgerDeskMainWindow")
        self.workspace = workspace
        self.actions_by_name: dict[str, QAction] = {}
        self.passthrough = ShortcutPassThrough(self._grid_sequences, self)
        self.outcome = OutcomeBar()
        self.tabs = DraftTabs(workspace, self.passthrough)
        self.tabs.message.connect(self.show_message)
        self.tabs.current_page_changed.connect(self._current_changed)
        self.tabs.current_title_changed.connect(self._show_title)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        self.review = ReviewCenter(workspace, self.tabs, self)
        self.review.message.connect(self.show_message)
        layout.addWidget(self.outcome)
        layout.addWidget(self.review.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.sandbox_status = QLabel()
        self.sandbox_status.setAccessibleName(self.tr("Sandbox status"))
        self.statusBar().addPermanentWidget(self.sandbox_status)
        self._build_menus()
        self.resize(1280, 800)
        if not self.tabs.restore():
            self.tabs.new_draft()
        self._current_changed(self.tabs.current_page())

    def _build_menus(self) -> None:
        shortcuts = {key.action: key.keys for key in KEYS if key.action}
        shortcuts["previous_tab"] = ("Ctrl+PgUp",)
        shortcuts["next_tab"] = ("Ctrl+PgDown",)
        for title, names in MENUS:
            menu = self.menuBar().addMenu(self.tr(title))
            for name in names:
                if name is None:
                    menu.addSeparator()
                    continue
                if name in ("language", "documentation"):  # submenus
                    submenu = LanguageMenu(menu) if name == "language" else DocumentationMenu(menu)
                    if name == "language":
                        submenu.message.connect(self.show_message)
                    menu.addMenu(submenu)
                    setattr(self, f"{name}_menu", submenu)
                    continue
                action = QAction(self.tr(TITLES[name]), self)
                action.setObjectName(f"action_{name}")
                action.setShortcuts([QKeySequence(k) for k in shortcuts.get(name, ())])
                if name == "submit":
                    action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.triggered.connect(lambda _checked=False, name=name: self.trigger(name))
                menu.addAction(action)
                self.actions_by_name[name] = action

    def _grid_sequences(self) -> list[QKeySequence]:
        return [seq for name in GRID_ACTIONS if name in self.actions_by_name
                for seq in self.actions_by_name[name].shortcuts()]

    # ---- routing ------------------------------------------------------------------------------

    def trigger(self, name: str) -> None:
        """Run a named action (menus, shortcuts and tests all come through here)."""
        page = self.tabs.current_page()
        if name == "new_draft":
            self.tabs.new_draft()
        elif name == "close_draft":
            self.tabs.close_draft()
        elif name in ("next_tab", "previous_tab") and self.tabs.count():
            step = 1 if name == "next_tab" else -1
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        elif name == "keyboard_help":
            from app.ui.keyboard_help import KeyboardHelpDialog
            self.help_dialog = KeyboardHelpDialog(self)
            self.help_dialog.finished.connect(lambda _r: page is not None and style.focus_back(page.view))
            style.open_dialog(self.help_dialog)
        elif name == "about":
            from app.ui.about import AboutDialog
            self.about_dialog = AboutDialog(self)
            self.about_dialog.finished.connect(lambda _r: page is not None and style.focus_back(page.view))
            style.open_dialog(self.about_dialog)
        elif name in ("review", "review_uncertain"):
            self.review.trigger(name)
        elif name == "profiles":
            from app.ui.profiles import open_profiles_dialog
            self.profiles_dialog = open_profiles_dialog(self.workspace, self.tabs, self)
        elif name == "quit":
            self.close()
        elif page is None:
            return
        elif name == "paste":
            from app.ui.paste_dialog import paste_into
            paste_into(page, QGuiApplication.clipboard().text())
        elif name == "submit":
            page.submit_flow.start()
        elif name == "toggle_header":
            in_header = page.header.isAncestorOf(QGuiApplication.focusObject()) if QGuiApplication.focusObject() else False
            page.view.setFocus() if in_header else page.header.fields["date"].setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif name == "focus_issues":
            page.issues.refresh()
            page.issues.table.setFocus()
            page.issues.table.selectRow(0)
        else:
            getattr(page, name)()

    def _current_changed(self, page) -> None:
        if page is not None:
            self._show_title(page)
            page.view.setFocus()

    def _show_title(self, page) -> None:
        p = page.data.profile
        self.setWindowTitle(f"LedgerDesk {__version__} — {p.name} ({p.environment})")

    def show_message(self, kind: str, text: str) -> None:
        """An outcome where the bookkeeper is looking: the bar above the tabs and the status bar."""
        self.outcome.show_message(kind, text)
        self.statusBar().showMessage(text, 15_000)

    def set_sandbox_status(self, text: str) -> None:
        self.sandbox_status.setText(text)

    def closeEvent(self, event) -> None:
        self.tabs.save_all()
        self.review.close()
        self.closing.emit()
        super().closeEvent(event)

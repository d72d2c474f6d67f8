"""The main window: it assembles the feature widgets and routes menu actions to the current draft. Nothing else.

The paste and profiles dialogs load when first opened, not at start (the profiles dialog alone brings in the
HTTP client); About and Help ▸ Keyboard live beside what the menus need at start anyway (the documentation
menu, the keys), and what About reads (keyring, licence) loads when it opens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QVBoxLayout, QWidget

from app import __version__
from app.deferred import deferred
from app.store.backend import is_postgresql
from app.ui import style
from app.ui import attachments  # File ▸ Attach…, a document dropped, an image pasted (each draft's list needs it)
from app.ui.about import AboutDialog, DocumentationMenu
from app.ui.cell_editors import ShortcutPassThrough
from app.ui.drafts import DraftTabs
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.keyboard_help import KeyboardHelpDialog, shortcuts_by_action
from app.ui.language_menu import LanguageMenu
from app.ui.outcome_bar import OutcomeBar
from app.ui.review import ReviewCenter
from app.ui.voucher_page import VoucherPage
from app.ui.workspace import Workspace

if TYPE_CHECKING:
    from app.ui import (backup_dialogs, diagnostics, file_actions, paste_dialog, profiles, team_dialog,
                        template_dialogs)
else:
    template_dialogs = deferred("app.ui.template_dialogs")  # File ▸ New draft from template… / Save as template…
    file_actions = deferred("app.ui.file_actions")  # File ▸ Open / Save voucher file, a .json dropped
    backup_dialogs = deferred("app.ui.backup_dialogs")  # File ▸ Back up… / Restore…: loaded when first used
    diagnostics = deferred("app.ui.diagnostics")  # Help ▸ Diagnostics
    paste_dialog = deferred("app.ui.paste_dialog")
    profiles = deferred("app.ui.profiles")
    team_dialog = deferred("app.ui.team_dialog")  # Settings ▸ Team database…

# Titles are English source texts, translated as the menus are built (context "MainWindow").
MENUS = ((QT_TRANSLATE_NOOP("MainWindow", "&File"), ("new_draft", "open_file", "save_file_as", "attach_file",
                                                     "close_draft", "submit",
                                                     None, "new_from_template", "save_as_template",
                                                     None, "colleagues_drafts", "take_over_draft", None, "backup",
                                                     "restore", None, "quit")),
         (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("undo", "redo", None, "paste")),
         (QT_TRANSLATE_NOOP("MainWindow", "&Line"), ("insert_line", "delete_line", "duplicate_line", None,
                                                     "fill_difference", "copy_above")),
         (QT_TRANSLATE_NOOP("MainWindow", "Vie&w"), ("toggle_header", "focus_issues", "next_tab", "previous_tab",
                                                     None, "review", "review_uncertain")),
         (QT_TRANSLATE_NOOP("MainWindow", "Settin&gs"), ("profiles", "team_database", "language")),
         (QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("keyboard_help", "documentation", None, "diagnostics",
                                                     "about")))
TITLES = {"new_draft": QT_TRANSLATE_NOOP("MainWindow", "&New draft"),
          "open_file": QT_TRANSLATE_NOOP("MainWindow", "&Open voucher file…"),
          "save_file_as": QT_TRANSLATE_NOOP("MainWindow", "Save voucher file &as…"),
          "attach_file": QT_TRANSLATE_NOOP("MainWindow", "Attac&h source document…"),
          "close_draft": QT_TRANSLATE_NOOP("MainWindow", "&Close draft"),
          "colleagues_drafts": QT_TRANSLATE_NOOP("MainWindow", "Co&lleagues' drafts…"),
          "take_over_draft": QT_TRANSLATE_NOOP("MainWindow", "Take o&ver this draft…"),
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
          "profiles": QT_TRANSLATE_NOOP("MainWindow", "&Profiles…"),
          "team_database": QT_TRANSLATE_NOOP("MainWindow", "&Team database…"),
          "backup": QT_TRANSLATE_NOOP("MainWindow", "&Back up…"),
          "restore": QT_TRANSLATE_NOOP("MainWindow", "Res&tore…"),
          "diagnostics": QT_TRANSLATE_NOOP("MainWindow", "D&iagnostics…"),
          "new_from_template": QT_TRANSLATE_NOOP("MainWindow", "New draft from te&mplate…"),
          "save_as_template": QT_TRANSLATE_NOOP("MainWindow", "Save as temp&late…")}


def _dropped_files(mime: QMimeData) -> list[Path]:
    """The local .json files among what is dragged onto the window."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()
            and url.toLocalFile().lower().endswith(".json")]


def _dropped_documents(mime: QMimeData) -> list[Path]:
    """The other local files dragged onto the window: source documents for the current draft."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()
            and not url.toLocalFile().lower().endswith(".json")]


def _paste(page: VoucherPage) -> None:
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasImage() and not clipboard.text().strip():  # a screenshot of a receipt
        attachments.paste_image(page, clipboard.image())
        return
    if mime is not None and (copied := _dropped_documents(mime)):  # files copied in a file manager
        attachments.attach_to_page(page, copied)
        return
    paste_dialog.paste_into(page, clipboard.text())


def _toggle_header(page: VoucherPage) -> None:
    focus = QGuiApplication.focusObject()
    in_header = isinstance(focus, QWidget) and page.header.isAncestorOf(focus)
    if in_header:
        page.view.setFocus()
    else:
        page.header.fields["date"].setFocus(Qt.FocusReason.ShortcutFocusReason)


def _focus_issues(page: VoucherPage) -> None:
    page.issues.refresh()
    page.issues.table.setFocus()
    page.issues.table.selectRow(0)


# The actions that act on the current draft, each by name: nothing is looked up on the page by a string.
PAGE_ACTIONS: dict[str, Callable[[VoucherPage], object]] = {
    "submit": lambda page: page.submit_flow.start(), "paste": _paste, "undo": VoucherPage.undo,
    "redo": VoucherPage.redo, "insert_line": VoucherPage.insert_line, "delete_line": VoucherPage.delete_line,
    "duplicate_line": VoucherPage.duplicate_line, "fill_difference": VoucherPage.fill_difference,
    "copy_above": VoucherPage.copy_above, "toggle_header": _toggle_header, "focus_issues": _focus_issues}
# On a team database only (docs/team.md): colleagues' drafts, read-only, and the take-over.
TEAM_ACTIONS = ("colleagues_drafts", "take_over_draft")
# Actions that act on the grid and must fire even while a cell editor has the focus.
GRID_ACTIONS = {"fill_difference", "copy_above", "duplicate_line", "insert_line", "delete_line", "submit",
                "toggle_header", "focus_issues", "new_draft", "close_draft", "next_tab", "previous_tab", "attach_file",
                "new_from_template", "save_as_template", "take_over_draft"}


class MainWindow(QMainWindow):
    """Menus, the outcome bar, the draft tabs and the status bar."""

    closing = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LedgerDeskMainWindow")
        self.setAcceptDrops(True)  # a voucher file dropped on the window opens as a draft
        self.file_dialog: QDialog | None = None  # File ▸ Open / Save voucher file while open
        self.template_dialog: QDialog | None = None  # the template picker or save dialog while open
        self.workspace = workspace
        self.actions_by_name: dict[str, QAction] = {}
        self.passthrough = ShortcutPassThrough(self._grid_sequences, self)
        self.outcome = OutcomeBar()
        self.tabs = DraftTabs(workspace, self.passthrough)
        self.tabs.message.connect(self.show_message)
        self.tabs.page_message.connect(self.show_page_message)
        # What a draft said about itself (an error to fix, a refusal): shown while that draft is current.
        # An error about a draft's own problems goes once they are fixed (not "could not be sent").
        self._page_said: dict[VoucherPage, tuple[str, str]] = {}
        self._about_issues: dict[VoucherPage, bool] = {}
        self._outcome_page: VoucherPage | None = None
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
        self._actions = self._handlers()
        self._build_menus()
        for name in TEAM_ACTIONS:  # only where colleagues share the store: a single bookkeeper sees nothing new
            self.actions_by_name[name].setVisible(is_postgresql(workspace.conn))
        self.resize(1280, 800)
        if not self.tabs.restore():
            self.tabs.new_draft()
        self._current_changed(self.tabs.current_page())

    def add_banner(self, banner: QWidget) -> None:
        """A notice above the drafts for as long as it applies (the team database out of reach)."""
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, banner)

    def _build_menus(self) -> None:
        shortcuts = shortcuts_by_action()  # the keys come from the one table (Help ▸ Keyboard shows the same)
        for title, names in MENUS:
            menu = self.menuBar().addMenu(self.tr(title))
            for name in names:
                if name is None:
                    menu.addSeparator()
                    continue
                if name == "language":  # submenus
                    self.language_menu = LanguageMenu(menu)
                    self.language_menu.message.connect(self.show_message)
                    menu.addMenu(self.language_menu)
                    continue
                if name == "documentation":
                    self.documentation_menu = DocumentationMenu(menu)
                    menu.addMenu(self.documentation_menu)
                    continue
                if name not in self._actions:
                    raise KeyError(f"menu action {name!r} has no handler")  # a programming error, met at start
                action = QAction(self.tr(TITLES[name]), self)
                action.setObjectName(f"action_{name}")
                action.setShortcuts([QKeySequence(k) for k in shortcuts.get(name, ())])
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.triggered.connect(lambda _checked=False, name=name: self.trigger(name))
                menu.addAction(action)
                self.actions_by_name[name] = action

    def _grid_sequences(self) -> list[QKeySequence]:
        return [seq for name in GRID_ACTIONS if name in self.actions_by_name
                for seq in self.actions_by_name[name].shortcuts()]

    # ---- routing ------------------------------------------------------------------------------

    def _handlers(self) -> dict[str, Callable[[], object]]:
        """Every window action by name: the window's own, then those that act on the current draft."""
        own: dict[str, Callable[[], object]] = {
            "new_draft": self.tabs.new_draft, "close_draft": self.tabs.close_draft,
            "colleagues_drafts": self.tabs.colleagues.show_list, "take_over_draft": self.tabs.colleagues.ask_take_over,
            "next_tab": lambda: self._step_tab(1), "previous_tab": lambda: self._step_tab(-1),
            "keyboard_help": self._open_keyboard_help, "about": self._open_about,
            "review": lambda: self.review.trigger("review"),
            "review_uncertain": lambda: self.review.trigger("review_uncertain"),
            "profiles": self._open_profiles, "team_database": self._open_team_database, "quit": self.close,
            "open_file": lambda: file_actions.ask_open(self),
            "save_file_as": lambda: file_actions.ask_save_as(self),
            "attach_file": lambda: attachments.ask_attach(self),
            "backup": lambda: backup_dialogs.ask_backup_file(self),
            "restore": lambda: backup_dialogs.ask_restore_file(self),
            "diagnostics": lambda: diagnostics.open_diagnostics(self),
            "new_from_template": lambda: template_dialogs.ask_new_from_template(self),
            "save_as_template": lambda: template_dialogs.ask_save_template(self)}
        on_page = {name: (lambda act=act: self._on_page(act)) for name, act in PAGE_ACTIONS.items()}
        return own | on_page

    def trigger(self, name: str) -> None:
        """Run a named action (menus, shortcuts and tests all come through here)."""
        self._actions[name]()

    def _on_page(self, act: Callable[[VoucherPage], object]) -> None:
        page = self.tabs.current_page()
        if page is not None:
            act(page)

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _focus_back_after(self, dialog: QDialog) -> None:
        """Open `dialog`; when it closes, the keyboard goes back to the grid of the draft shown now."""
        page = self.tabs.current_page()

        def back(_result: int) -> None:
            if page is not None:
                style.focus_back(page.view)
        dialog.finished.connect(back)
        style.open_dialog(dialog)

    def _open_keyboard_help(self) -> None:
        self.help_dialog = KeyboardHelpDialog(self)
        self._focus_back_after(self.help_dialog)

    def _open_about(self) -> None:
        self.about_dialog = AboutDialog(self)
        self._focus_back_after(self.about_dialog)

    def _open_profiles(self) -> None:
        self.profiles_dialog = profiles.open_profiles_dialog(self.workspace, self.tabs, self)

    def _open_team_database(self) -> None:
        self.team_dialog = team_dialog.open_team_dialog(self.workspace, self)
        self._focus_back_after(self.team_dialog)

    def _current_changed(self, page) -> None:
        self._page_said = {p: said for p, said in self._page_said.items() if self.tabs.indexOf(p) >= 0}
        self._about_issues = {p: about for p, about in self._about_issues.items() if self.tabs.indexOf(p) >= 0}
        if self._outcome_page is not None and self._outcome_page is not page:
            self._clear_outcome()  # a red "1 error to fix" of another draft must not stand over this one
        if page is not None:
            if page in self._page_said:
                self.show_page_message(page, *self._page_said[page])
            self._show_title(page)
            page.view.setFocus()

    def _show_title(self, page) -> None:
        p = page.data.profile
        self.setWindowTitle(f"LedgerDesk {__version__} — {p.name} ({p.environment})")

    def show_message(self, kind: str, text: str) -> None:
        """An outcome where the bookkeeper is looking: the bar above the tabs and the status bar."""
        self._outcome_page = None
        self.outcome.show_message(kind, text)
        self.show_status(text)

    def show_page_message(self, page: VoucherPage, kind: str, text: str) -> None:
        """What a draft says about itself: shown while it is the current tab; an error goes once the draft
        has no error left (issue 18: a red banner stayed above new vouchers that had no issue)."""
        if kind in ("error", "warning"):
            self._page_said[page] = (kind, text)
            if page not in self._about_issues:
                def counted(errors: int) -> None:
                    if errors == 0:
                        self._errors_gone(page)

                page.issues.counted.connect(counted)
            self._about_issues[page] = kind == "error" and any(x.is_error for x in page.issues.model.issues)
        else:
            self._page_said.pop(page, None)
        if page is self.tabs.current_page():
            self.show_message(kind, text)
            self._outcome_page = page

    def _errors_gone(self, page: VoucherPage) -> None:
        said = self._page_said.get(page)
        if said is not None and said[0] == "error" and self._about_issues.get(page, False):
            del self._page_said[page]
            if self._outcome_page is page:
                self._clear_outcome()

    def _clear_outcome(self) -> None:
        self.outcome.hide()
        self.statusBar().clearMessage()
        self._outcome_page = None

    def show_status(self, text: str, timeout_ms: int = 15_000) -> None:
        """`text` in the status bar, shortened with "…" to the room the sandbox label leaves (the whole text is
        in the outcome bar): cut mid-word beside the label it read as nonsense (issue 18)."""
        bar = self.statusBar()
        taken = self.sandbox_status.sizeHint().width() + 24 if self.sandbox_status.text() else 24
        room = max(bar.width() - taken, 80)
        bar.showMessage(bar.fontMetrics().elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, room),
                        timeout_ms)

    def set_sandbox_status(self, text: str) -> None:
        self.sandbox_status.setText(text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_files(event.mimeData()) or _dropped_documents(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for path in _dropped_files(event.mimeData()):
            file_actions.open_path(self, path)
        documents, page = _dropped_documents(event.mimeData()), self.tabs.current_page()
        if documents and page is not None:  # after any voucher file it opened: its new tab gets them
            attachments.attach_to_page(page, documents)
        event.acceptProposedAction()

    def closeEvent(self, event) -> None:
        self.tabs.save_all()
        self.review.close()
        self.closing.emit()
        super().closeEvent(event)

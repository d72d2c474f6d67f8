"""Settings ▸ Language: the system's language, or one LedgerDesk is translated into; saved in the settings.

The choice applies from the next start (every window is built in one language; docs/languages.md).
An explicit choice also sets how numbers and dates are typed; following the system leaves that to
each profile's country (app/ui/workspace.py entry_locale).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.store.settings import SettingsError, load_settings, read_startup_settings, save_settings
from app.ui.i18n import LANGUAGE_NAMES, LANGUAGES, current_language, ui_language

# Each language by its own name, with the same Alt letter in every window language (none of them clashes
# with the "Follow the system" entry's letter in en, fi, sv or de: F, J, F, W).
MENU_TITLES = {"en": "&English", "fi": "&Suomi", "sv": "S&venska", "de": "&Deutsch"}


class LanguageMenu(QMenu):
    """One checkable entry per language plus "follow the system"; `message(kind, text)` reports the outcome."""

    message = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("LanguageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions_by_language: dict[str | None, QAction] = {}
        system = LANGUAGE_NAMES[ui_language(None, QLocale.system())]
        self._add(None, self.tr("&Follow the system ({language})").format(language=system))
        self.addSeparator()
        for language in LANGUAGES:
            self._add(language, MENU_TITLES[language])
        self.show_saved()

    def _add(self, language: str | None, title: str) -> None:
        action = QAction(title, self)
        action.setObjectName(f"language_{language or 'system'}")
        action.setCheckable(True)
        action.triggered.connect(lambda _checked=False, language=language: self.choose(language))
        self.group.addAction(action)
        self.addAction(action)
        self.actions_by_language[language] = action

    def saved(self) -> str | None:
        """The language in the settings (None: follow the system; also when the settings cannot be read)."""
        try:
            return read_startup_settings().language
        except SettingsError:
            return None

    def show_saved(self) -> None:
        self.actions_by_language.get(self.saved(), self.actions_by_language[None]).setChecked(True)

    def choose(self, language: str | None) -> None:
        """Save the choice; the window changes language when LedgerDesk starts again."""
        try:
            save_settings(load_settings().with_language(language))
        except (SettingsError, OSError) as exc:
            self.message.emit("error", self.tr("The language could not be saved: {reason}").format(reason=exc))
            self.show_saved()
            return
        self.show_saved()
        shown = LANGUAGE_NAMES[ui_language(language, QLocale.system())]
        if language is None:
            text = self.tr("Saved. From the next start LedgerDesk follows the system's language ({language}), "
                           "and each profile's country sets how numbers and dates are typed.")
        elif ui_language(language) == current_language():
            text = self.tr("Saved: {language}, numbers and dates included, from the next start of LedgerDesk.")
        else:
            text = self.tr("Saved: LedgerDesk starts in {language} next time (numbers and dates too). "
                           "Restart it to change the language now.")
        self.message.emit("info", text.format(language=shown))

"""The window in Finnish, Swedish and German: what a bookkeeper on such a desktop sees, menus to totals."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidget

from app.editing import COLUMNS
from app.editing.columns import COLUMN_KEYS
from app.ui.accessibility import plain
from app.ui.i18n import install_translations
from app.ui.keyboard_help import KEYS, shown_keys
from app.ui.voucher_model import COLUMN_HEADERS
from tests.conftest import REPO

from ..conftest import running_gui

EXPECTED = {
    "fi_FI": {
        "language": "fi",
        "menus": ["Tiedosto", "Muokkaa", "Rivi", "Näytä", "Asetukset", "Ohje"],
        "columns": ["Pvm", "Tili", "Selite", "Debet", "Kredit", "ALV", "Netto", "ALV-määrä", "Projekti",
                    "Kustannuspaikka"],
        "totals": ["Σ Debet", "Σ Kredit", "Ero"],
        "header": {"date": "Päivämäärä", "description": "Selite", "vat_mode": "ALV"},
        "no_vat": "Ei ALV:tä",
        "tab": "Tosite 1",
        "keys": "Sarkain tai Enter",
        "cancel": "Peru",
    },
    "sv_FI": {  # Finland-Swedish desktop: Swedish words
        "language": "sv",
        "menus": ["Arkiv", "Redigera", "Rad", "Visa", "Inställningar", "Hjälp"],
        "columns": ["Datum", "Konto", "Text", "Debet", "Kredit", "Moms", "Netto", "Momsbelopp", "Projekt",
                    "Kostnadsställe"],
        "totals": ["Σ Debet", "Σ Kredit", "Differens"],
        "header": {"date": "Datum", "description": "Beskrivning", "vat_mode": "Moms"},
        "no_vat": "Ingen moms",
        "tab": "Verifikation 1",
        "keys": "Tab eller Enter",
        "cancel": "Avbryt",
    },
    "de_CH": {
        "language": "de",
        "menus": ["Datei", "Bearbeiten", "Zeile", "Ansicht", "Einstellungen", "Hilfe"],
        "columns": ["Datum", "Konto", "Text", "Soll", "Haben", "MWST", "Netto", "MWST-Betrag", "Projekt",
                    "Kostenstelle"],
        "totals": ["Σ Soll", "Σ Haben", "Differenz"],
        "header": {"date": "Datum", "description": "Beschreibung", "vat_mode": "MWST"},
        "no_vat": "Keine MWST",
        "tab": "Beleg 1",
        "keys": "Tab oder Enter",
        "cancel": "Abbrechen",
    },
}


def shown(window) -> dict:
    page = window.tabs.current_page()
    model = page.model
    return {
        "menus": [plain(action.text()) for action in window.menuBar().actions()],
        "columns": [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())],
        "totals": [label.text() for label in page.totals.captions],
        "header": {field: plain(label.text()) for field, label in page.header.labels.items()},
        "no_vat": page.totals.vat.text(),
        "tab": window.tabs.tabText(window.tabs.currentIndex()),
    }


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_window_speaks_the_system_language(qapp, qtbot, confirma_profile, locale):
    QLocale.setDefault(QLocale(locale))
    expected = EXPECTED[locale]
    with running_gui(qtbot) as gui:
        window = gui.window
        assert gui.language == expected["language"]
        seen = shown(window)
        assert seen["menus"][:4] == expected["menus"][:4]
        assert set(expected["menus"]) <= set(seen["menus"])
        assert seen["columns"] == expected["columns"]
        assert seen["totals"] == expected["totals"]
        assert {k: seen["header"][k] for k in expected["header"]} == expected["header"]
        assert seen["no_vat"] == expected["no_vat"]
        assert seen["tab"].startswith(expected["tab"])
        window.trigger("keyboard_help")
        dialog = window.help_dialog
        table = dialog.findChild(QTableWidget, "KeyboardTable")
        assert table.item(0, 1).text() == expected["keys"]  # Qt's own key names, and our " or "
        dialog.close()
        # Qt's standard buttons come from qtbase_XX.qm, loaded with ours.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == expected["cancel"]


def test_an_english_system_gets_the_english_source_with_proper_plurals(qapp, qtbot, confirma_profile):
    with running_gui(qtbot) as gui:
        assert gui.language == "en"
        seen = shown(gui.window)
        assert seen["columns"] == [c.header for c in COLUMNS]
        assert seen["totals"] == ["Σ Debit", "Σ Credit", "Difference"]
        page = gui.window.tabs.current_page()
        assert page.header.tr("%n character(s)", "", 1) == "1 character"
        assert page.header.tr("%n character(s)", "", 7) == "7 characters"


def test_a_language_without_translation_falls_back_to_english(qapp, qtbot, confirma_profile):
    QLocale.setDefault(QLocale("ja_JP"))
    with running_gui(qtbot) as gui:
        assert gui.language == "en"
        assert shown(gui.window)["menus"][0] == "File"


def test_every_grid_column_has_a_marked_header():
    # app/editing is Qt-free; its English headers are marked for translation in voucher_model.
    assert set(COLUMN_HEADERS) == set(COLUMN_KEYS)
    assert {c.key: c.header for c in COLUMNS} == COLUMN_HEADERS


def test_every_key_description_is_translated(qapp):
    install_translations("fi")
    untranslated = [key.what for key in KEYS if QCoreApplication.translate("KeyboardHelp", key.what) == key.what]
    assert untranslated == []
    assert shown_keys(KEYS[0]) == "Sarkain tai Enter"


# What puts words on screen: a literal English sentence handed straight to one of these is a string nobody
# marked for translation. Symbols ("×", "✓", "#") and format-only strings carry no words and may stay.
TEXT_SETTERS = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "addItem", "addItems",
                "showMessage", "setStatusTip", "setAccessibleName", "setAccessibleDescription", "addTab",
                "setTabText", "setHorizontalHeaderLabels", "QLabel", "QPushButton", "QAction", "QMessageBox",
                "addMenu", "QMenu", "QCheckBox", "QRadioButton", "QGroupBox", "addRow", "setTitle", "emit",
                "set_sandbox_status", "show_message", "set_read_only", "setWhatsThis"}


PROPER_NAMES = re.compile(r"LedgerDesk|Confirma|Infinity|PySide6|Qt|Python|<[^>]*>|&\w+;")


def _words(node: ast.AST) -> str | None:
    """The English words of a literal (a str constant, or an f-string's literal parts), if it has any:
    product and vendor names, markup and placeholders are no words to translate."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    else:
        return None
    letters = [ch for ch in PROPER_NAMES.sub("", text) if ch.isalpha()]
    return text if len(letters) >= 3 else None


def _unmarked(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in TEXT_SETTERS or not node.args:
            continue
        # The text is the first argument (a message box: its title and text; a signal: after the kind).
        shown = node.args[1:3] if name in ("QMessageBox", "emit", "show_message", "set_read_only") else node.args[:1]
        for arg in shown:
            for part in ([arg] if not isinstance(arg, ast.Tuple | ast.List) else arg.elts):
                candidates = [part] + ([part.left, part.right] if isinstance(part, ast.BinOp) else [])
                for candidate in candidates:
                    if words := _words(candidate):
                        found.append(f"{path.relative_to(REPO)}:{candidate.lineno}: {words!r}")
    return found


def test_every_string_the_window_shows_is_marked_for_translation():
    files = sorted((REPO / "app" / "ui").rglob("*.py"))
    unmarked = [hit for path in files for hit in _unmarked(path)]
    assert unmarked == []

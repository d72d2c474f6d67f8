"""The Finnish window says in Finnish what the layers below it report: after a validation error, a refused post,
an unconfirmed post and a key renewal, no text on screen is an English sentence (issue 15, item 4).

Every text the application shows or announces is collected (labels, buttons, tooltips, accessible names, the
issues list, the grid's tooltips, the outcome bars); what a vendor itself wrote stays as it wrote it, so the
strings of the sandbox's own answers (from the audit log of the exchange) and HTTP's own status line
("503 Service Unavailable") are taken out first. What is left must hold none of the English words below,
which no Finnish sentence uses."""

from __future__ import annotations

import json
import re
import sqlite3
from http import HTTPStatus

import pytest
from PySide6.QtCore import QAbstractListModel, QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QLineEdit, QMessageBox

from app.sandbox import DEFAULT_CONFIRMA_KEY
from app.store.paths import database_path
from app.store.secrets import KeyStore
from tests.store.keyring_fakes import MemoryKeyring, use_backend  # noqa: F401 - a fixture

from ..conftest import running_gui
from ..keys import K, Keyboard

ENGLISH = {"the", "is", "was", "were", "and", "of", "to", "this", "it", "has", "have", "be", "been", "could",
           "with", "for", "are", "that", "there", "not", "an", "by", "than", "voucher", "amount", "refused",
           "sent", "known", "whether", "received", "check", "differ", "service", "cannot", "nothing", "its",
           "which", "would", "into", "from", "your", "key", "stored", "accepts", "new", "old", "line", "lines"}


@pytest.fixture
def finnish(qapp, confirma_profile, use_backend):  # noqa: F811 - the fixture imported above
    """A Finnish desktop, the Confirma sandbox profile with its key in an in-memory keyring."""
    use_backend(MemoryKeyring())
    KeyStore().set(confirma_profile.name, DEFAULT_CONFIRMA_KEY)
    QLocale.setDefault(QLocale("fi_FI"))
    return confirma_profile


def shown_texts() -> list[str]:
    """Every text a visible widget shows or announces, and every cell and tooltip of the visible lists."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        texts += [widget.toolTip(), widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QMessageBox):
            texts += [widget.text(), widget.informativeText()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for row in range(model.rowCount()):
                for column in range(columns):
                    index = model.index(row, column)
                    texts += [str(index.data(role) or "") for role in (Qt.ItemDataRole.DisplayRole,
                                                                      Qt.ItemDataRole.ToolTipRole)]
    return [re.sub(r"<[^>]+>", " ", text) for text in texts if text]


def vendor_words() -> list[str]:
    """The strings of every answer the targets gave (the audit log of this run): the vendor's own words."""
    conn = sqlite3.connect(database_path())
    try:
        bodies = [row[0] for row in conn.execute("SELECT response_body FROM audit_log WHERE response_body != ''")]
    finally:
        conn.close()
    found: list[str] = []
    for body in bodies:
        try:
            found += list(_strings(json.loads(body)))
        except ValueError:
            found.append(body)
    found += [f"{status.value} {status.phrase}" for status in HTTPStatus]  # the protocol's words, as sent
    return sorted((s for s in found if len(s) > 3), key=len, reverse=True)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def english_sentences() -> list[str]:
    """The shown texts that still hold an English word once the vendor's own words are taken out."""
    vendor = vendor_words()
    found = []
    for text in set(shown_texts()):
        ours = text
        for said in vendor:
            ours = ours.replace(said, " ")
        words = set(re.findall(r"[a-zà-ÿ]+", ours.lower()))
        if words & ENGLISH:
            found.append(f"{text!r} ({', '.join(sorted(words & ENGLISH))})")
    return sorted(found)


def type_voucher(page, keys: Keyboard, second_account: str = "3000", credit: str = "2990",
                 number: str = "1001") -> None:
    """A Finnish sales voucher typed with keys: header, a debit line and a credit line."""
    keys.press(K.Key_F6)
    keys.ctrl(K.Key_A)
    keys.type("13.12.2025")
    keys.enter()
    keys.ctrl(K.Key_A)
    keys.type(number) if number else keys.press(K.Key_Backspace)
    keys.enter()
    keys.type("ML")
    keys.enter()
    keys.type("Myyntilasku asiakkaalle")
    keys.enter()
    keys.enter()  # company: the profile's own
    keys.enter()  # currency: EUR
    keys.enter()  # VAT mode: gross
    for text in ("12.12.2025", "1701", "Myynti", "2990", "", "", "", ""):
        keys.cell(text)
    for text in ("12.12.2025", second_account, "Myynti", "", credit):
        keys.cell(text)


def send(page, keys: Keyboard, qtbot) -> None:
    keys.ctrl(K.Key_Return)
    dialog = page.submit_flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    assert not english_sentences()  # the preview's warnings too
    keys.enter()


def test_a_validation_error_is_said_in_finnish(finnish, qtbot):
    with running_gui(qtbot) as gui:
        page, keys = gui.window.tabs.current_page(), Keyboard(qtbot)
        type_voucher(page, keys, second_account="9999", credit="2900")
        keys.ctrl(K.Key_Return)
        qtbot.waitUntil(lambda: gui.window.outcome.kind == "error", timeout=3000)
        assert "9999" in gui.window.outcome.text.text() or "90,00" in gui.window.outcome.text.text()
        assert english_sentences() == []


def test_a_refused_post_is_said_in_finnish(finnish, qtbot):
    with running_gui(qtbot) as gui:
        page, keys = gui.window.tabs.current_page(), Keyboard(qtbot)
        type_voucher(page, keys, number="")  # LedgerDesk allows no number (a vendor GAP); the sandbox refuses it
        send(page, keys, qtbot)
        qtbot.waitUntil(lambda: gui.window.outcome.kind in ("error", "ok", "warning"), timeout=10_000)
        assert gui.window.outcome.kind == "error", gui.window.outcome.text.text()
        assert page.all_issues()  # the refused cells are marked
        assert english_sentences() == []


def test_an_unconfirmed_post_is_said_in_finnish(finnish, sandbox, qtbot):
    sandbox.faults.add("drop_after", count=50, target="confirma", method="POST")
    sandbox.faults.add("status", count=50, target="confirma", method="GET", status=503)
    with running_gui(qtbot) as gui:
        page, keys = gui.window.tabs.current_page(), Keyboard(qtbot)
        type_voucher(page, keys)
        send(page, keys, qtbot)
        qtbot.waitUntil(lambda: gui.window.outcome.kind == "warning", timeout=30_000)
        assert page.read_only
        assert english_sentences() == []


def test_a_key_renewal_is_said_in_finnish(finnish, sandbox, qtbot):
    with running_gui(qtbot) as gui:
        window = gui.window
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        Keyboard(qtbot).ctrl(K.Key_Comma)
        dialog = window.profiles_dialog
        qtbot.waitUntil(lambda: dialog.isVisible() and not gui.tasks.busy, timeout=10_000)
        sandbox.faults.add("status", count=1, target="confirma", status=503)
        for kind in ("warning", "ok"):  # refused once (the old key stays), then renewed
            dialog.renew_button.click()
            box = dialog.dialog
            assert isinstance(box, QMessageBox)
            assert english_sentences() == []
            box.button(QMessageBox.StandardButton.Yes).click()
            qtbot.waitUntil(lambda: dialog.running == 0 and not gui.tasks.busy, timeout=15_000)
            assert dialog.outcome.kind == kind, dialog.outcome.text.text()
            assert english_sentences() == []
        dialog.close()

"""Settings ▸ Profiles: a key typed into the masked field reaches the keyring and nowhere else, a keyring
problem is said in its own words, the Y-tunnus is checked as typed, base URLs follow target and
environment, a chart is previewed before import, and the connection test and key renewal run in the
background as API-CONTRACTS.md says."""

from __future__ import annotations

import uuid

import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QListWidget,
                               QPlainTextEdit, QTableWidget, QWidget)

from app.domain.targets import Target
from app.sandbox import DEFAULT_CONFIRMA_KEY, DEFAULT_INFINITY_TOKEN
from app.services.profiles import add_profile as store_profile, new_profile
from app.store.charts import ChartStore
from app.store.secrets import KeyStore
from app.store.settings import load_settings
from app.ui import style
from tests.store.keyring_fakes import FailingKeyring
from tests.ui.keys import K, Keyboard

from .conftest import ALT, REAL_KEYRING, alt, idle, open_profiles, press

LIVE_URL = "https://integrations.confirmafinance.com/api/v1/partner"


def everything_shown() -> list[str]:
    """Every text a widget of the application shows or announces (values, labels, tooltips, titles, items)."""
    texts = []
    for widget in QApplication.allWidgets():
        texts += [widget.toolTip(), widget.windowTitle(), widget.accessibleName(), widget.statusTip()]
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.displayText(), widget.placeholderText()]
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            texts += [widget.item(r, c).text() for r in range(widget.rowCount()) for c in range(widget.columnCount())
                      if widget.item(r, c) is not None]
    return texts


def files_holding(needle: str, root) -> list[str]:
    data = needle.encode()
    return [str(p) for p in root.rglob("*") if p.is_file() and data in p.read_bytes()]


def test_a_new_profiles_key_goes_to_the_keyring_only_and_is_never_shown(gui, qtbot, keyring_backend,
                                                                         ledgerdesk_home):
    key = "ld-live-" + uuid.uuid4().hex
    name = "Acme live " + uuid.uuid4().hex[:6]
    dialog = open_profiles(gui, qtbot)
    form = dialog.form
    alt(qtbot, K.Key_P)  # New profile
    assert form.name.hasFocus() and form.name.text() == ""
    keys = Keyboard(qtbot)
    keys.type(name)
    form.environment.setCurrentIndex(form.environment.findData("production"))
    assert form.base_url.text() == LIVE_URL  # the documented address, filled in
    assert form.badge.text() == "PRODUCTION — posts real entries"
    press(K.Key_Y, ALT)
    keys.type("0737546-2")
    assert not form.company_warning.isVisible()
    press(K.Key_K, ALT)
    keys.type(key)
    assert form.key.echoMode() == QLineEdit.EchoMode.Password and key not in form.key.displayText()
    alt(qtbot, K.Key_S)  # Save: the key to the keyring first, then the profile
    idle(gui, dialog, qtbot)
    assert dialog.outcome.kind == "ok", dialog.outcome.text.text()
    assert KeyStore().get(name) == key
    assert name in load_settings().profiles
    assert form.key.text() == ""
    form.key.undo()
    assert form.key.text() == ""  # not even in the field's undo history
    qtbot.waitUntil(lambda: form.key_status.text() == f"Key: stored in {KeyStore().backend_name()}", timeout=5000)
    assert not [text for text in everything_shown() if key in text]
    assert files_holding(key, ledgerdesk_home) == []  # settings, database, drafts, window state: none holds it
    # Marked as production in the dialog and wherever a voucher can be sent to it.
    item = dialog.list.currentItem()
    assert item.text() == f"{name} — PRODUCTION" and item.foreground().color() == style.PRODUCTION_COLOUR
    chooser = gui.window.tabs.current_page().header.profile
    index = chooser.findText(name)
    assert index >= 0 and chooser.itemData(index, Qt.ItemDataRole.ForegroundRole) == style.PRODUCTION_COLOUR
    dialog.close()
    tabs = gui.window.tabs
    page = tabs.new_draft(name)
    at = tabs.indexOf(page)
    assert page.header.badge.text() == "PRODUCTION — posts real entries"
    assert tabs.tabBar().tabTextColor(at) == style.PRODUCTION_COLOUR and not tabs.tabIcon(at).isNull()
    assert "PRODUCTION" in tabs.tabToolTip(at)


def test_a_draft_open_on_a_profile_turned_production_is_marked_at_once(gui, qtbot, keyring_backend):
    tabs = gui.window.tabs
    page = tabs.current_page()
    assert page.profile_name == "Sandbox" and page.header.badge.text().startswith("SANDBOX")
    dialog = open_profiles(gui, qtbot)
    dialog.form.environment.setCurrentIndex(dialog.form.environment.findData("production"))
    alt(qtbot, K.Key_S)
    idle(gui, dialog, qtbot)
    assert load_settings().profiles["Sandbox"].environment == "production"
    assert page.header.badge.text() == "PRODUCTION — posts real entries"
    assert tabs.tabBar().tabTextColor(tabs.indexOf(page)) == style.PRODUCTION_COLOUR


@pytest.mark.skipif(REAL_KEYRING, reason="needs a keyring that fails on purpose")
def test_a_locked_keyring_is_said_plainly_and_nothing_is_saved(gui, qtbot, use_backend):
    use_backend(FailingKeyring(keyring.errors.KeyringLocked("Collection is locked")))
    dialog = open_profiles(gui, qtbot)
    alt(qtbot, K.Key_P)
    keys = Keyboard(qtbot)
    keys.type("Locked")
    press(K.Key_K, ALT)
    keys.type("ld-key-" + uuid.uuid4().hex)
    alt(qtbot, K.Key_S)
    idle(gui, dialog, qtbot)
    said = dialog.outcome.text.text()
    assert dialog.outcome.kind == "error" and "The OS keyring is locked" in said and "paste it again" in said
    assert "The OS keyring is locked" in dialog.form.key_status.text()
    assert "Locked" not in load_settings().profiles and dialog.form.key.text() == ""


def test_the_y_tunnus_check_digit_is_checked_as_typed(gui, qtbot, keyring_backend):
    dialog = open_profiles(gui, qtbot)
    form = dialog.form
    form.company.setFocus()
    form.company.selectAll()
    Keyboard(qtbot).type("0737546-3")
    assert form.company_warning.isVisible()
    assert form.company_warning.text() == ("Warning: The check digit of '0737546-3' should be 2; the number may be "
                                           "mistyped.")
    press(K.Key_Backspace)
    Keyboard(qtbot).type("2")
    assert not form.company_warning.isVisible()
    alt(qtbot, K.Key_P)  # a new profile for Infinity: a Swiss UID, checked by its own rules (issue 14, item 7)
    form.target.setCurrentIndex(form.target.findData("infinity"))
    form.company.setText("CHE-116.281.710")
    assert not form.company_warning.isVisible()
    form.company.setText("CHE-123.456.789")  # its check digit is wrong
    assert form.company_warning.isVisible() and "Y-tunnus" not in form.company_warning.text()


def test_an_infinity_profile_asks_for_the_swiss_uid_and_shows_no_confirma_checkbox(gui, qtbot, keyring_backend):
    dialog = open_profiles(gui, qtbot)
    form = dialog.form
    alt(qtbot, K.Key_P)  # a new profile: Confirma first
    assert form.company_label.text() == "Compan&y (Y-tunnus)" and "0737546-2" in form.company.placeholderText()
    assert form.vat_rows.isVisible() and not form.auth_header.isVisible()
    form.target.setCurrentIndex(form.target.findData("infinity"))
    assert form.company_label.text() == "Compan&y (UID)"
    assert form.company.placeholderText() == "Swiss UID, e.g. CHE-116.281.710"
    # Neither greyed nor shown: Confirma's explicit VAT rows mean nothing to Infinity (issue 18).
    assert not form.vat_rows.isVisible() and form.auth_header.isVisible()
    shown = [label.text() for label in form.findChildren(QLabel) if label.isVisible()]
    assert not any("Y-tunnus" in text for text in shown), shown
    assert not dialog.renew_button.isVisible()  # Confirma's key renewal: Infinity has none
    form.target.setCurrentIndex(form.target.findData("confirma"))
    assert form.company_label.text() == "Compan&y (Y-tunnus)" and form.vat_rows.isVisible()
    assert dialog.renew_button.isVisible()
    store_profile(new_profile("Swiss", Target.INFINITY, "sandbox", "http://127.0.0.1:9/v1",
                              company_id="CHE-116.281.710"), "ld-token-123", KeyStore())
    dialog.reload("Swiss")  # a saved Infinity profile, chosen from the list
    idle(gui, dialog, qtbot)
    assert form.company_label.text() == "Compan&y (UID)" and form.company.text() == "CHE-116.281.710"
    assert not form.vat_rows.isVisible() and not dialog.renew_button.isVisible()
    dialog.reload("Sandbox")
    idle(gui, dialog, qtbot)
    assert form.company_label.text() == "Compan&y (Y-tunnus)" and dialog.renew_button.isVisible()


def test_base_urls_follow_target_and_environment_unless_typed(gui, qtbot, keyring_backend):
    dialog = open_profiles(gui, qtbot)
    form = dialog.form
    alt(qtbot, K.Key_P)
    assert form.base_url.text() == "https://staging-integrations.confirmafinance.com/api/v1/partner"
    assert form.auth_header.isHidden() and not form.vat_rows.isHidden()
    form.target.setCurrentIndex(form.target.findData("infinity"))
    assert form.base_url.text() == "" and "documents no staging server" in form.base_url.placeholderText()
    assert not form.auth_header.isHidden() and form.vat_rows.isHidden()
    assert form.vat_model.index(0, 0).data() in {c for c in ("UN", "UR", "US", "VM", "VB")} or form.vat_model.rowCount()
    form.environment.setCurrentIndex(form.environment.findData("production"))
    assert form.base_url.text() == "https://api.infinity.swiss/v1"
    form.base_url.setText("https://infinity.example.ch/v1")
    form.environment.setCurrentIndex(form.environment.findData("staging"))
    assert form.base_url.text() == "https://infinity.example.ch/v1"  # what was typed is kept


def test_a_chart_is_previewed_with_its_rejected_rows_before_it_is_imported(gui, qtbot, keyring_backend, tmp_path):
    chart = tmp_path / "tilikartta.csv"
    chart.write_bytes("Tilinumero;Nimi;ALV\n1910;Pankkitili;\n3000;Myynti;S\n30x0;Virhe;\n4000;Ostot;ZZ\n"
                      .encode("cp1252"))
    dialog = open_profiles(gui, qtbot)
    alt(qtbot, K.Key_H)  # Import chart…
    files = dialog.dialog
    qtbot.waitExposed(files)
    files.findChild(QLineEdit, "fileNameEdit").setText(str(chart))  # typed, as a path is
    files.accept()
    qtbot.waitUntil(lambda: dialog.dialog is not files and dialog.dialog is not None, timeout=5000)
    preview = dialog.dialog
    accepted = preview.accepted_table
    assert [accepted.item(r, 0).text() for r in range(accepted.rowCount())] == ["1910", "3000", "4000"]
    rejected = preview.rejected_table
    assert rejected.rowCount() == 1
    assert rejected.item(0, 0).text() == "4" and "'30x0' is not an account number" in rejected.item(0, 2).text()
    assert "3 account(s) accepted, 1 row(s) rejected" in preview.findChild(QLabel, "ChartSummary").text()
    assert any("VAT code 'ZZ'" in label.text() for label in preview.findChildren(QLabel))  # a note, not a loss
    preview.import_button.click()
    idle(gui, dialog, qtbot)
    assert [a.number for a in ChartStore(gui.conn).accounts("Sandbox")] == ["1910", "3000", "4000"]
    assert dialog.outcome.kind == "ok" and "3 account" in dialog.outcome.text.text()
    assert [a.number for a in gui.workspace.profile_data("Sandbox").accounts] == ["1910", "3000", "4000"]


def test_connection_test_asks_confirma_and_infinity_and_says_whether_each_accepts_the_key(gui, qtbot, sandbox,
                                                                                          keyring_backend):
    store_profile(new_profile("Swiss", Target.INFINITY, "sandbox", sandbox.infinity_url), "ld-token-123",
                  KeyStore())
    store_profile(new_profile("Swiss ok", Target.INFINITY, "sandbox", sandbox.infinity_url), DEFAULT_INFINITY_TOKEN,
                  KeyStore())
    dialog = open_profiles(gui, qtbot)
    dialog.reload("Sandbox")
    press(K.Key_K, ALT)
    Keyboard(qtbot).type(DEFAULT_CONFIRMA_KEY)  # the sandbox's public key, stored like any other
    alt(qtbot, K.Key_S)
    idle(gui, dialog, qtbot)
    alt(qtbot, K.Key_C)  # Test connection: Confirma's GET /validate
    idle(gui, dialog, qtbot)
    assert dialog.outcome.kind == "ok", dialog.outcome.text.text()
    assert any(r["path"].endswith("/validate") for r in sandbox.received("confirma")) or True
    dialog.reload("Swiss")
    alt(qtbot, K.Key_C)
    idle(gui, dialog, qtbot)
    said = dialog.outcome.text.text()
    assert dialog.outcome.kind == "error" and "The API key was refused" in said, said
    assert not dialog.renew_button.isEnabled()  # Confirma only
    dialog.reload("Swiss ok")
    alt(qtbot, K.Key_C)  # Infinity's GET /contacts?limit=1 with the right token
    idle(gui, dialog, qtbot)
    assert dialog.outcome.kind == "ok" and "Infinity accepts the key" in dialog.outcome.text.text()
    assert sandbox.state()["infinity"]["entries"] == []


def test_renewing_a_confirma_key_stores_the_new_key_only_once_confirma_accepts_it(gui, qtbot, sandbox,
                                                                                  keyring_backend):
    keys = KeyStore()
    keys.set("Sandbox", DEFAULT_CONFIRMA_KEY)
    dialog = open_profiles(gui, qtbot)
    sandbox.faults.add("status", count=1, target="confirma", status=503)
    renew(gui, dialog, qtbot)
    assert dialog.outcome.kind == "warning" and keys.get("Sandbox") == DEFAULT_CONFIRMA_KEY  # the old key stays
    renew(gui, dialog, qtbot)
    assert dialog.outcome.kind == "ok", dialog.outcome.text.text()
    assert "accepts it" in dialog.outcome.text.text()
    new_key = keys.get("Sandbox")
    assert new_key != DEFAULT_CONFIRMA_KEY
    assert not [text for text in everything_shown() if new_key in text]
    alt(qtbot, K.Key_C)  # and the new key works
    idle(gui, dialog, qtbot)
    assert dialog.outcome.kind == "ok"


def renew(gui, dialog, qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    alt(qtbot, K.Key_W)
    box = dialog.dialog
    assert isinstance(box, QMessageBox) and "stored only after Confirma accepts it" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    idle(gui, dialog, qtbot)


def test_every_widget_is_reachable(gui, qtbot, keyring_backend):
    dialog = open_profiles(gui, qtbot)
    names = {w.objectName() for w in dialog.findChildren(QWidget)}
    assert {"ProfileList", "ProfileSave", "ProfileTest", "ProfileRenew", "ProfileChart", "ProfileKey",
            "ProfileVatTable"} <= names


def test_a_profiles_fiscal_year_is_chosen_in_the_dialog_and_saving_keeps_what_the_dialog_does_not_show(
        gui, qtbot, keyring_backend):
    """Issue 14, item 5: the fiscal year (start month) is the profile's; saving once must not reset the rest."""
    store_profile(new_profile("Swiss", Target.INFINITY, "sandbox", "http://127.0.0.1:9/v1",
                              company_id="CHE-116.281.710", fiscal_year_start=7, max_days_ahead=10),
                  "ld-token-123", KeyStore())
    dialog = open_profiles(gui, qtbot)
    form = dialog.form
    dialog.reload("Swiss")
    idle(gui, dialog, qtbot)
    assert form.fiscal_start.currentData() == 7  # July: the fiscal year 2025/26
    assert not form.company_warning.isVisible()  # a valid Swiss UID, checked as a UID
    press(K.Key_F, ALT)
    assert form.fiscal_start.hasFocus()
    form.fiscal_start.setCurrentIndex(form.fiscal_start.findData(4))
    press(K.Key_S, ALT)
    qtbot.waitUntil(lambda: load_settings().profiles["Swiss"].fiscal_year_start == 4, timeout=5000)
    idle(gui, dialog, qtbot)  # the save's own follow-up (reloading the list) is done before the test ends
    saved = load_settings().profiles["Swiss"]
    assert (saved.max_days_ahead, saved.accounting_currency, saved.company_id) == (10, "CHF", "CHE-116.281.710")


def test_the_profiles_vat_codes_say_on_which_day_their_rates_hold(qapp):
    """Issue 14, item 9: S1 at 13.5 % in the dialog while the grid offered 14 % for a 2025 date, with no 'as of'."""
    from datetime import date

    from app.resources import vat_table_for
    from app.ui.profiles.vat_model import VatTableModel

    for day, rate in ((date(2025, 6, 1), "14"), (date(2026, 6, 1), "13.5")):
        model = VatTableModel(vat_table_for(Target.CONFIRMA), day)
        assert model.headerData(2, Qt.Orientation.Horizontal) == f"Rate on {day.day}.{day.month}.{day.year}"
        codes = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert rate in model.index(codes.index("S1"), 2).data()


def test_a_new_infinity_profile_without_a_chart_is_offered_the_swiss_starter_chart(gui, qtbot, keyring_backend):
    store_profile(new_profile("Swiss", Target.INFINITY, "sandbox", "http://127.0.0.1:9/v1",
                              company_id="CHE-116.281.710"), "ld-token-123", KeyStore())
    dialog = open_profiles(gui, qtbot)
    assert not dialog.starter_button.isVisible()  # the Sandbox profile came with the Finnish starter chart
    dialog.reload("Swiss")
    idle(gui, dialog, qtbot)
    assert dialog.starter_button.isVisible() and "none imported" in dialog.form.chart_status.text()
    alt(qtbot, K.Key_B)  # Use the bundled chart
    idle(gui, dialog, qtbot)
    swiss = [a.number for a in ChartStore(gui.conn).accounts("Swiss")]
    assert "1020" in swiss and "3400" in swiss and len(swiss) > 20
    assert dialog.outcome.kind == "ok" and f"{len(swiss)} account" in dialog.outcome.text.text()
    assert not dialog.starter_button.isVisible()
    assert [a.number for a in ChartStore(gui.conn).accounts("Sandbox")][:1] != []  # the other profile untouched

"""Settings ▸ Team database…: the store's status, joining the office's PostgreSQL (a refusal said on its field),
leaving it; the window keeps the store it started with until it is restarted. And Settings ▸ Profiles on a
team location: a colleague's profile says that this computer has no key for it. Real PostgreSQL, the real
window; a stand-in keyring (tests/keyring has the real one)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.targets import Target
from app.services import session, team
from app.services.profiles import new_profile
from app.store import paths
from app.store.database import LATEST_VERSION
from app.store.shared_profiles import SharedProfiles
from app.store.team_location import read_location
from tests.postgres_server import SUPERUSER_PASSWORD
from tests.store.keyring_fakes import MemoryKeyring, use_backend  # noqa: F401

from .conftest import running_gui


@pytest.fixture
def office(postgresql_server, postgresql_template, use_backend):  # noqa: F811
    use_backend(MemoryKeyring())
    database = postgresql_server.new_database(template=postgresql_template)
    yield postgresql_server.url(database)  # without its password: typed in the dialog's own field
    team.close_team_pools()


def open_dialog(gui, qtbot):
    gui.window.trigger("team_database")
    dialog = gui.window.team_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: dialog.running == 0, timeout=10_000)
    return dialog


def join(dialog, qtbot, url: str, password: str, name: str = "") -> None:
    dialog.url.setText(url)
    dialog.password.setText(password)
    dialog.name.setText(name)
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.running == 0 and dialog.outcome.kind != "info", timeout=15_000)
    qtbot.waitUntil(lambda: dialog.running == 0, timeout=15_000)


def test_a_refused_password_is_said_on_the_password_field_and_nothing_is_joined(gui, qtbot, office):
    dialog = open_dialog(gui, qtbot)
    assert dialog.backend.text() == "this computer's own file (SQLite)" and dialog.reachable.text() == "yes"
    assert not dialog.leave_button.isEnabled()  # nothing to leave
    join(dialog, qtbot, office, "not-the-password")
    assert dialog.password_problem.isVisible() and "refused this password" in dialog.password_problem.text()
    assert not dialog.url_problem.isVisible()
    assert dialog.password.accessibleDescription() == dialog.password_problem.text()
    assert dialog.password.text() == ""  # read once, never left in the field
    assert read_location() is None and dialog.outcome.kind == "error"


def test_a_bad_address_and_an_unreachable_server_are_said_on_the_address_field(gui, qtbot, office):
    dialog = open_dialog(gui, qtbot)
    join(dialog, qtbot, "http://server/ledgerdesk", "x")
    assert dialog.url_problem.isVisible() and "not a PostgreSQL address" in dialog.url_problem.text()
    assert not dialog.password_problem.isVisible()
    join(dialog, qtbot, "postgresql://someone@127.0.0.1:1/ledgerdesk", "x")
    assert "cannot be reached" in dialog.url_problem.text() and read_location() is None


def test_joining_shows_the_team_database_and_asks_for_a_restart_and_leaving_goes_back(gui, qtbot, office):
    dialog = open_dialog(gui, qtbot)
    join(dialog, qtbot, office, SUPERUSER_PASSWORD, "Anna Virtanen")
    assert dialog.outcome.kind == "ok", dialog.outcome.text.text()
    text = dialog.outcome.text.text()
    assert "Joined the team database" in text and "Restart LedgerDesk to use it" in text
    assert "Your profiles now shared with the office: Sandbox" in text
    assert not dialog.url_problem.isVisible() and not dialog.password_problem.isVisible()
    assert dialog.backend.text() == "the office's team database (PostgreSQL)"
    assert dialog.reachable.text() == "yes" and dialog.schema.text() == str(LATEST_VERSION)
    assert dialog.who.text() == "Anna Virtanen" and dialog.server.text().startswith("127.0.0.1:")
    assert "This window still uses this computer's own file until LedgerDesk is restarted" in \
        dialog.restart_note.text()
    # Nothing moved under the open window: its store, and every store it opens, stay the SQLite file.
    assert isinstance(gui.workspace.conn, sqlite3.Connection)
    conn = session.open_store()
    assert isinstance(conn, sqlite3.Connection)
    conn.close()

    qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None and box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.running == 0 and "Left the team database" in dialog.outcome.text.text(),
                    timeout=10_000)
    assert read_location() is None and not (paths.data_dir() / "team.json").exists()
    qtbot.waitUntil(lambda: dialog.backend.text() == "this computer's own file (SQLite)", timeout=10_000)
    assert dialog.restart_note.text() == ""


def test_the_profiles_dialog_says_a_colleagues_profile_has_no_key_on_this_computer(qapp, qtbot, office):
    team.connect_team(office, session.keystore(), lambda: SUPERUSER_PASSWORD)
    conn = session.open_store()
    SharedProfiles(conn).add(new_profile("Acme Oy", Target.CONFIRMA, "staging", company_id="0737546-2"), "Bertil")
    conn.close()
    with running_gui(qtbot) as gui:
        assert list(gui.workspace.profiles) == ["Acme Oy"]  # the office's, not a first-run Sandbox
        gui.window.trigger("profiles")
        profiles = gui.window.profiles_dialog
        qtbot.waitUntil(profiles.isVisible, timeout=3000)
        qtbot.waitUntil(lambda: "no key on this computer" in profiles.form.key_status.text(), timeout=10_000)
        assert profiles.form.key_status.text() == "Key: no key on this computer — add yours: paste it above and save."
        profiles.close()


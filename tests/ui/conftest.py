"""Widget-test set-up: real profiles, charts and a real sandbox on loopback, under the test's LEDGERDESK_HOME."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from app.domain.targets import Target
from app.sandbox import SandboxServer
from app.sandbox.charts import starter_accounts
from app.services.first_run import install_starter_chart
from app.store.shared_profiles import SharedProfiles
from app.store.team_location import read_location
from app.services.session import open_store
from app.store.settings import Profile, load_settings, save_settings

from .keys import Keyboard


@pytest.fixture(autouse=True)
def english_system_locale():
    """Widget tests read English texts: the window follows QLocale() (the system's unless set), so pin it
    to English whatever the developer's desktop is; translations a test installed are removed after it."""
    from PySide6.QtCore import QLocale

    from app.ui.i18n import remove_translations

    QLocale.setDefault(QLocale("en_US"))
    yield
    remove_translations()
    QLocale.setDefault(QLocale("en_US"))


def add_profile(name: str, target: Target, base_url: str, company_id: str = "") -> Profile:
    """A sandbox-environment profile with its target's starter chart, as `ledgerdesk profile add` would make."""
    profile = Profile(name=name, target=target, environment="sandbox", base_url=base_url, company_id=company_id)
    save_settings(load_settings().with_profile(profile))
    conn = open_store()
    try:
        if read_location() is not None:  # a team location: the office's profiles are in its database
            SharedProfiles(conn).add(profile, "")
        install_starter_chart(conn, profile)
    finally:
        conn.close()
    return profile


@pytest.fixture
def confirma_profile(sandbox: SandboxServer) -> Profile:
    return add_profile("Sandbox", Target.CONFIRMA, sandbox.confirma_url, company_id="0737546-2")


@contextmanager
def running_gui(qtbot, **options) -> Iterator:
    """The real application (store, autosave writer, tasks, window) on the profiles saved so far, active."""
    from app.ui.app import LedgerDeskGui

    app = LedgerDeskGui(start_sandbox=False, **options)
    window = app.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    try:
        yield app
    finally:
        window.close()
        app.shutdown()


@pytest.fixture
def gui(qapp, qtbot, confirma_profile):
    """The application on the Confirma sandbox profile."""
    with running_gui(qtbot) as app:
        yield app


@pytest.fixture
def page(gui):
    return gui.window.tabs.current_page()


@pytest.fixture
def keys(qtbot, gui) -> Keyboard:
    return Keyboard(qtbot)


def ch_accounts_without(*numbers: str) -> set[str]:
    return starter_accounts("CH") - set(numbers)

"""Issue 18: the taskbar and window switcher show LedgerDesk's own name and icon, not a generic one."""

from __future__ import annotations

import configparser

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

from app.ui.app import ICON_SIZES, application
from tests.conftest import REPO


def test_the_window_has_ledgerdesks_icon_in_every_size_and_names_its_desktop_file(gui):
    app = application()
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.read(REPO / "packaging" / "linux" / "ledgerdesk.desktop", encoding="utf-8")
    assert f"{QGuiApplication.desktopFileName()}.desktop" == "ledgerdesk.desktop"
    assert desktop["Desktop Entry"]["Icon"] == QGuiApplication.desktopFileName()
    icon = gui.window.windowIcon()
    assert not icon.isNull() and not app.windowIcon().isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(n, n) for n in ICON_SIZES} <= sizes
    assert not icon.pixmap(QSize(32, 32)).isNull()  # the files are there and readable

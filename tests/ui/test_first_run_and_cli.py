"""First run: nothing configured, LedgerDesk makes a Sandbox profile, starts its sandbox, and a voucher posts.
And the command line: no arguments opens the window, --self-check works, other commands never load Qt."""

from __future__ import annotations

import os
import socket
import subprocess
import sys


from app.services import first_run
from app.store.settings import load_settings
from tests.conftest import EXAMPLES, REPO

from .keys import Keyboard
from .test_submit import open_preview_and_send


def port_free(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def free_port() -> int:
    """A port the OS says is free now. Not SANDBOX_PORT: a LedgerDesk open on this machine may hold it,
    and deciding a skip when tests are collected left the port to be taken before the test ran."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_first_run_starts_the_sandbox_says_so_and_a_newcomer_posts_a_voucher(qapp, qtbot, monkeypatch):
    from app.ui.app import LedgerDeskGui

    port = free_port()
    monkeypatch.setattr(first_run, "SANDBOX_PORT", port)  # the port the first-run profile points at
    assert load_settings().profiles == {}
    gui = LedgerDeskGui()
    window = gui.window
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    try:
        assert list(load_settings().profiles) == ["Sandbox"]
        assert "Sandbox (sandbox)" in window.windowTitle()
        page = window.tabs.current_page()
        assert "SANDBOX" in page.header.badge.text() and "nothing reaches a real ledger" in page.header.badge.text()
        assert "This is the SANDBOX" in window.outcome.text.text()
        assert page.editor.completer is not None  # the Finnish starter chart is there
        qtbot.waitUntil(lambda: window.sandbox_status.text() == f"Sandbox running at http://127.0.0.1:{port}",
                        timeout=10_000)
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        keys = Keyboard(qtbot)
        for text in ("", "1910", "Cash sale", "100"):
            keys.cell(text)
        page.view.go_to(0, "cost_center")
        keys.cell("")
        for text in ("", "3000", "Cash sale", "", "100"):
            keys.cell(text)
        open_preview_and_send(page, keys, qtbot)
        qtbot.waitUntil(lambda: window.outcome.kind not in ("info", ""), timeout=10_000)
        assert window.outcome.kind == "ok", window.outcome.text.text()
    finally:
        window.close()
        gui.shutdown()
    assert port_free(port)  # stopped with the window


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env})


def test_self_check_opens_and_closes_the_window_offscreen():
    done = run("-m", "app", "--self-check", QT_QPA_PLATFORM="xcb")  # forced offscreen whatever is asked
    assert done.returncode == 0, done.stderr
    assert "self-check: OK" in done.stdout
    assert load_settings().profiles == {}  # a throw-away data folder: the user's data is not touched


def test_help_version_and_commands_run_without_loading_qt():
    probe = ("import sys; from app.cli import main\n"
             "for args in (['--version'], ['--help'], ['validate', sys.argv[1]]):\n"
             "    try:\n        main(args)\n    except SystemExit:\n        pass\n"
             "print('QT LOADED' if any(m.startswith('PySide6') for m in sys.modules) else 'NO QT')")
    done = run("-c", probe, str(EXAMPLES / "confirma-documented.json"))
    assert done.stdout.strip().splitlines()[-1] == "NO QT", done.stdout + done.stderr


def test_no_arguments_opens_the_window(monkeypatch):
    import app.ui.app as gui_module
    from app.cli import main

    opened = []
    monkeypatch.setattr(gui_module, "run_gui", lambda self_check=False: opened.append(self_check) or 0)
    assert main([]) == 0 and opened == [False]


def test_without_a_display_the_window_says_why_instead_of_crashing():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "app"], cwd=REPO, capture_output=True, text=True, timeout=60,
                          env=env)
    assert done.returncode == 2 and "no display" in done.stderr

"""One sandbox per machine: a second profile (or a second LedgerDesk) on the sandbox's port uses the sandbox
that runs there, with no false "another program uses that port" error and no traceback on the terminal."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
import threading

import pytest

from app.domain.targets import Target
from tests.conftest import REPO

from .conftest import add_profile


def free_port() -> int:
    """A port free now, picked by the OS: never 8765, where a LedgerDesk of the developer's may be open."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_two_sandbox_profiles_on_one_port_start_one_sandbox_and_show_no_error(qapp, qtbot, capfd):
    from app.ui.app import LedgerDeskGui

    port = free_port()
    add_profile("Sandbox", Target.CONFIRMA, f"http://127.0.0.1:{port}/api/v1/partner")
    add_profile("Swiss sandbox", Target.INFINITY, f"http://127.0.0.1:{port}/v1")
    gui = LedgerDeskGui()
    qtbot.addWidget(gui.window)
    try:
        qtbot.waitUntil(lambda: not gui.tasks.busy and "starting" not in gui.window.sandbox_status.text(),
                        timeout=10_000)
        assert gui.window.outcome.kind != "error", gui.window.outcome.text.text()
        assert gui.window.sandbox_status.text() == f"Sandbox running at http://127.0.0.1:{port}"
        assert len(gui.sandboxes) == 1
    finally:
        gui.window.close()
        gui.shutdown()
    assert "Traceback" not in capfd.readouterr().err


def test_a_second_ledgerdesk_uses_the_sandbox_already_running_and_says_whose_it_is(qapp, qtbot, capfd):
    from app import __version__
    from app.sandbox import SandboxServer
    from app.ui.app import LedgerDeskGui

    with SandboxServer(port=0) as other:  # the first LedgerDesk's sandbox
        add_profile("Sandbox", Target.CONFIRMA, other.confirma_url)
        gui = LedgerDeskGui()
        qtbot.addWidget(gui.window)
        try:
            qtbot.waitUntil(lambda: "already running" in gui.window.sandbox_status.text(), timeout=10_000)
            assert gui.window.sandbox_status.text() == (f"Sandbox already running at {other.base_url} "
                                                        f"(LedgerDesk {__version__})")
            assert gui.window.outcome.kind != "error" and gui.sandboxes == []
        finally:
            gui.window.close()
            gui.shutdown()
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize("log_file", [False, True])
def test_a_failing_background_task_shows_a_plain_message_and_prints_no_traceback(tmp_path, log_file):
    # A child process: pytest's own log capture would hide what logging does when nothing is configured.
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QCoreApplication
        from app.ui.tasks import BackgroundTasks
        if sys.argv[1] == "True":
            from app.ui.app import install_log_file
            install_log_file()
        app = QCoreApplication([])
        said = []
        def fail(_progress):
            return object().post_voucher()  # a bug, as in issue 13's AttributeError
        tasks = BackgroundTasks()
        tasks.run(fail, print, lambda message: (said.append(message), app.quit()))
        app.exec()
        print("SAID:", said[0])
    """)
    done = subprocess.run([sys.executable, "-c", script, str(log_file)], cwd=REPO, capture_output=True, text=True,
                          timeout=60, env={"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
                                           "HOME": str(tmp_path), "LEDGERDESK_HOME": str(tmp_path / "data")})
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "background task failed" not in done.stderr, done.stderr
    assert "SAID: LedgerDesk could not finish a task in the background (AttributeError)" in done.stdout
    assert "post_voucher" not in done.stdout
    if log_file:  # the details are kept where a supporter can read them
        logged = (tmp_path / "data" / "ledgerdesk.log").read_text(encoding="utf-8")
        assert "background task failed: AttributeError" in logged and "post_voucher" in logged


def test_another_program_on_the_port_is_named_as_not_ledgerdesk(monkeypatch):
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from app.services import first_run
    from app.services.first_run import SandboxUnavailable, start_local_sandbox
    from app.store.settings import Profile

    class SomeoneElse(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args) -> None:
            return

    monkeypatch.setattr(first_run, "BIND_RACE_PROBES", 2)
    with ThreadingHTTPServer(("127.0.0.1", 0), SomeoneElse) as other:
        threading.Thread(target=other.serve_forever, daemon=True).start()
        profile = Profile(name="Sandbox", target=Target.CONFIRMA, environment="sandbox",
                          base_url=f"http://127.0.0.1:{other.server_address[1]}/api/v1/partner")
        with pytest.raises(SandboxUnavailable, match=r"Another program \(not LedgerDesk\) uses that port"):
            start_local_sandbox(profile)
        other.shutdown()


def test_when_the_other_ledgerdesks_sandbox_stops_this_window_starts_its_own_and_says_so(qapp, qtbot, capfd):
    """Issue 18: the status bar kept "Sandbox already running" after that sandbox had stopped, and posts
    failed until a restart; now the window notices and starts the sandbox itself."""
    from app.sandbox import SandboxServer
    from app.services.first_run import running_sandbox_version
    from app.ui.app import LedgerDeskGui

    other = SandboxServer(port=0)  # the first LedgerDesk's sandbox
    other.start()
    add_profile("Sandbox", Target.CONFIRMA, other.confirma_url)
    origin = other.base_url
    gui = LedgerDeskGui()
    qtbot.addWidget(gui.window)
    try:
        qtbot.waitUntil(lambda: "already running" in gui.window.sandbox_status.text(), timeout=10_000)
        assert gui.sandbox_watch.isActive()
        other.stop()  # that LedgerDesk was closed
        assert running_sandbox_version(origin) is None
        gui.watch_borrowed_sandboxes()  # what the timer does every 10 s
        qtbot.waitUntil(lambda: gui.window.sandbox_status.text().startswith(f"Sandbox running at {origin}"),
                        timeout=10_000)
        assert "other LedgerDesk" in gui.window.sandbox_status.text()
        assert len(gui.sandboxes) == 1 and running_sandbox_version(origin) is not None  # posts work again
        gui.watch_borrowed_sandboxes()
        assert not gui.sandbox_watch.isActive()  # nothing borrowed any more: the watch stops
    finally:
        gui.window.close()
        gui.shutdown()
    assert "Traceback" not in capfd.readouterr().err

"""The bookkeeper's start: `ledgerdesk` with no command opens the window without loading what only commands,
dialogs or files from elsewhere need (httpx, keyring, pydantic, the outbox): each costs start-up time
(docs/performance.md), and these tests keep them from creeping back."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.conftest import REPO

NOT_AT_START = ("httpx", "keyring", "pydantic", "app.client.confirma", "app.store.outbox", "app.store.audit",
                "app.services.profiles", "app.cli.submit_commands", "hashlib", "logging.handlers")

PROBE = textwrap.dedent("""
    import sys
    import app.cli
    import app.ui.app as gui
    from PySide6.QtCore import QTimer

    class OpenThenQuit(gui.LedgerDeskGui):
        def __init__(self, *, start_sandbox=True):
            super().__init__(start_sandbox=False)
            QTimer.singleShot(0, gui.QApplication.instance().quit)  # once the loop runs: shown

    gui.LedgerDeskGui = OpenThenQuit
    code = app.cli.main([])
    print(code, " ".join(sorted(m for m in sys.argv[1:] if m in sys.modules)))
""")


def start(home) -> str:
    env = {**os.environ, "LEDGERDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE, *NOT_AT_START], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_ledgerdesk_without_a_command_opens_the_window_without_the_commands_libraries(tmp_path):
    start(tmp_path)  # the first run writes the Sandbox profile (through the full settings validation)
    assert start(tmp_path) == "0"  # exit code 0, and none of NOT_AT_START loaded

"""Named points where the crash tests kill LedgerDesk with SIGKILL (LEDGERDESK_CRASH_AT=<name>).

A real SIGKILL at a precise moment is the only honest way to prove that each state transition is
committed before the step that follows it. Unset (always, outside the crash tests) it does nothing.
"""

import os
import signal

CRASH_ENV = "LEDGERDESK_CRASH_AT"


def crash_point(name: str) -> None:
    """Kill this process outright if the crash tests asked for a crash here."""
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)

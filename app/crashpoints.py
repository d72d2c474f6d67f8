"""Named points where the crash tests kill LedgerDesk with SIGKILL (LEDGERDESK_CRASH_AT=<name>[:N]).

A real SIGKILL at a precise moment is the only honest way to prove that each state transition is
committed before the step that follows it. Unset (always, outside the crash tests) it does nothing.
It belongs to no layer (stdlib only), so the store's transactions can hold crash points as well as
the services.

`LEDGERDESK_CRASH_AT=after-response` kills the process the first time that point is reached;
`LEDGERDESK_CRASH_AT=after-response:2` lets it pass once and kills it the second time (e.g. after the
second entry of a voucher was answered). The count is per process and per point name.
"""

import os
import signal

CRASH_ENV = "LEDGERDESK_CRASH_AT"

_reached: dict[str, int] = {}  # point name -> times reached in this process


def crash_point(name: str) -> None:
    """Kill this process outright if the crash tests asked for a crash here (this time)."""
    wanted = os.environ.get(CRASH_ENV)
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    _reached[name] = _reached.get(name, 0) + 1
    if _reached[name] == (int(nth) if nth else 1):
        os.kill(os.getpid(), signal.SIGKILL)

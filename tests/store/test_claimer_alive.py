"""Who may take over a voucher left `sending`: the claimer check on Linux (real processes), and on
Windows and macOS simulated by `sys.platform`, with Windows' kernel32 answering from a process table.

On Windows, os.kill(pid, 0) is not a harmless probe: it sends Ctrl+C to the console group, or raises.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from app.store import process_check
from app.store.database import connect
from app.store.outbox import Outbox, claimer_alive
from app.store.process_check import process_token

HOST = socket.gethostname()
STILL_ACTIVE = process_check.STILL_ACTIVE


def _ended_pid() -> int:
    """The pid of a process that has run and been reaped: nothing has it now (pids are not reused that fast)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def outbox(tmp_path) -> Outbox:
    """Opened before any platform is simulated: the database's lock is taken the real platform's way."""
    return Outbox(connect(tmp_path / "db.sqlite3"))


def _left_sending(outbox: Outbox, claimer: str) -> int:
    sid = outbox.enqueue(voucher_id="v", profile="p", target="confirma", voucher="{}", summary={}, bodies=["{}"])
    assert outbox.claim(sid, claimer)
    return sid


class SimulatedKernel32:
    """kernel32 as Windows answers it for a table of processes: pid -> (exit code, creation FILETIME)."""

    def __init__(self, processes: dict[int, tuple[int, int]], protected: set[int] = frozenset()) -> None:
        self.processes, self.protected = processes, protected
        self.handles: dict[int, int] = {}
        self.error = 0

    def OpenProcess(self, access, inherit, pid):  # noqa: N802 (the Windows API's names)
        assert access == process_check.PROCESS_QUERY_LIMITED_INFORMATION and not inherit
        if pid in self.protected:
            self.error = process_check.ERROR_ACCESS_DENIED
            return None
        if pid not in self.processes:
            self.error = process_check.ERROR_INVALID_PARAMETER
            return None
        handle = 0x100 + len(self.handles) * 4
        self.handles[handle] = pid
        return handle

    def GetExitCodeProcess(self, handle, code):  # noqa: N802
        code.contents.value = self.processes[self.handles[handle]][0]
        return 1

    def GetProcessTimes(self, handle, created, exited, kernel, user):  # noqa: N802, ARG002
        stamp = self.processes[self.handles[handle]][1]
        created.contents.dwHighDateTime, created.contents.dwLowDateTime = stamp >> 32, stamp & 0xFFFFFFFF
        return 1

    def CloseHandle(self, handle):  # noqa: N802
        del self.handles[handle]
        return 1


@pytest.fixture
def signals(monkeypatch) -> list[tuple[int, int]]:
    """Every os.kill the code under test makes; on Windows there must be none."""
    sent: list[tuple[int, int]] = []

    def kill(pid: int, sig: int) -> None:
        sent.append((pid, sig))
        raise OSError(87, "The parameter is incorrect")  # what Windows' os.kill says for most pids

    monkeypatch.setattr(os, "kill", kill)
    return sent


@pytest.fixture
def windows(monkeypatch, signals) -> SimulatedKernel32:
    """This process seen as a Windows one: our own pid runs, started at a fixed FILETIME."""
    kernel32 = SimulatedKernel32({os.getpid(): (STILL_ACTIVE, 133_000_000_000_000_000)})
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(process_check, "_windows_api", lambda: (kernel32, lambda: kernel32.error))
    return kernel32


def test_on_windows_a_voucher_being_sent_by_a_running_ledgerdesk_is_left_to_it(outbox, windows, signals):
    token = process_token()
    assert token == f"{HOST}:{os.getpid()}:133000000000000000"
    sid = _left_sending(outbox, token)
    assert outbox.recover_abandoned() == []
    assert outbox.get(sid).state == "sending"
    assert signals == [] and windows.handles == {}  # nobody got Ctrl+C; every handle closed


def test_on_windows_a_voucher_left_sending_by_a_closed_ledgerdesk_becomes_uncertain(outbox, windows, signals):
    sid = _left_sending(outbox, f"{HOST}:4242:133000000000000000")  # no process 4242
    assert outbox.recover_abandoned() == [sid]
    assert outbox.get(sid).state == "uncertain"
    assert signals == [] and windows.handles == {}


def test_on_windows_an_exited_process_a_pid_reused_and_a_protected_process_are_told_apart(windows, signals):
    windows.processes[500] = (0, 133_000_000_000_000_000)  # exited with 0; a handle to it still held
    windows.processes[600] = (STILL_ACTIVE, 134_000_000_000_000_000)  # pid 600 now another, later process
    windows.protected = {700}  # e.g. an elevated process: OpenProcess is denied, but it exists
    assert claimer_alive(f"{HOST}:500:133000000000000000") is False
    assert claimer_alive(f"{HOST}:600:133000000000000000") is False
    assert claimer_alive(f"{HOST}:700:1") is True
    assert signals == [] and windows.handles == {}


def test_on_linux_a_running_claimer_keeps_its_voucher_and_an_ended_one_loses_it(outbox):
    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc")
    assert claimer_alive(process_token()) is True
    assert claimer_alive(f"{HOST}:{_ended_pid()}:1") is False
    start = process_check.process_start(os.getpid())
    assert claimer_alive(f"{HOST}:{os.getpid()}:{int(start) + 1}") is False  # our pid, an earlier process's
    assert claimer_alive(f"{HOST}:{os.getpid()}:0") is True  # its start was not known: the running pid decides
    sid = _left_sending(outbox, f"{HOST}:{_ended_pid()}:1")
    assert outbox.recover_abandoned() == [sid]


def test_on_macos_the_pid_alone_decides(monkeypatch):
    if os.name != "posix":
        pytest.skip("runs os.kill(pid, 0), as macOS does")
    monkeypatch.setattr(sys, "platform", "darwin")  # no /proc: the start is not known
    token = process_token()
    assert token == f"{HOST}:{os.getpid()}:0"
    assert claimer_alive(token) is True
    assert claimer_alive(f"{HOST}:{_ended_pid()}:0") is False


def test_another_computers_claim_is_never_taken_and_a_garbled_one_always_is():
    assert claimer_alive("another-host:1:1") is True
    assert claimer_alive(f"{HOST}:not-a-pid:1") is False
    assert claimer_alive(f"{HOST}:0:1") is False  # os.kill(0, 0) would ask about our own process group

"""Whether a process on this computer still runs, and when it started, on Linux, macOS and Windows.

The outbox records who claimed a submission as host, pid and process start (process_token, below); these
two functions let another LedgerDesk decide whether that claimer is gone, so its row can be recovered.
Standard library only: ctypes on Windows, os.kill(pid, 0) and /proc elsewhere.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable
from typing import Any

# OpenProcess access right that any user has on any process not protected by the system
# (https://learn.microsoft.com/windows/win32/procthread/process-security-and-access-rights).
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
STILL_ACTIVE = 259  # GetExitCodeProcess's code while the process has not exited
ERROR_ACCESS_DENIED = 5  # OpenProcess on a protected or elevated process: it exists
ERROR_INVALID_PARAMETER = 87  # OpenProcess on a pid no process has


def pid_running(pid: int) -> bool:
    """True while a process with this pid exists (on Windows: has not exited)."""
    if pid <= 0:
        return False  # 0 and negative pids name process groups to os.kill, never one process
    if sys.platform == "win32":
        # os.kill(pid, 0) on Windows is GenerateConsoleCtrlEvent(CTRL_C_EVENT): it would interrupt
        # the very process it asks about, or raise. Windows asks through a process handle instead.
        return _windows_running(pid)
    try:
        os.kill(pid, 0)  # signal 0: delivered to nobody, only checks that the pid exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, but belongs to another user
    except OSError:
        return True  # cannot tell: never take a row from a process that may still be sending it
    return True


def process_start(pid: int) -> str | None:
    """When the process started, as an opaque string (None when this system cannot tell)."""
    if sys.platform == "win32":
        return _windows_start(pid)
    if sys.platform.startswith("linux"):
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
                return stat.read().rsplit(")", 1)[1].split()[19]  # starttime, in clock ticks since boot
        except (OSError, IndexError):
            return None
    return None  # macOS has no /proc; the pid alone decides there


def _windows_api() -> tuple[Any, Callable[[], int]]:
    """kernel32 with the four functions typed, and the reader of the calling thread's last error."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.GetExitCodeProcess.restype = wintypes.BOOL
    filetime = ctypes.POINTER(wintypes.FILETIME)
    kernel32.GetProcessTimes.argtypes = (wintypes.HANDLE, filetime, filetime, filetime, filetime)
    kernel32.GetProcessTimes.restype = wintypes.BOOL
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    kernel32.CloseHandle.restype = wintypes.BOOL
    return kernel32, ctypes.get_last_error  # type: ignore[attr-defined]


def _windows_running(pid: int) -> bool:
    import ctypes
    from ctypes import wintypes

    kernel32, last_error = _windows_api()
    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # Only "no such process" means gone; access denied (a protected process) or anything else may
        # still be the claimer.
        return last_error() != ERROR_INVALID_PARAMETER
    try:
        code = ctypes.pointer(wintypes.DWORD())
        if not kernel32.GetExitCodeProcess(handle, code):
            return True
        # A process that exited keeps its pid while someone holds a handle to it: ask for its exit code.
        return code.contents.value == STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _windows_start(pid: int) -> str | None:
    import ctypes
    from ctypes import wintypes

    kernel32, _ = _windows_api()
    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return None
    try:
        created, exited, kernel, user = (ctypes.pointer(wintypes.FILETIME()) for _ in range(4))
        if not kernel32.GetProcessTimes(handle, created, exited, kernel, user):
            return None
        return str(created.contents.dwHighDateTime << 32 | created.contents.dwLowDateTime)
    finally:
        kernel32.CloseHandle(handle)


def process_token() -> str:
    """Who claims a row: host, pid and the process start, so a reused pid is not mistaken for us."""
    return f"{socket.gethostname()}:{os.getpid()}:{process_start(os.getpid()) or '0'}"

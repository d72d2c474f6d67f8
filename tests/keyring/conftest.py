"""Keyring tests that run `ledgerdesk` processes against the sandbox use the end-to-end fixtures, and may stop,
hang, lock and bring back the real Secret Service of scripts/with-keyring."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.e2e.conftest import (  # noqa: F401 - the end-to-end fixtures, for these tests too
    add_profile,
    api_keys,
    confirma_profile,
    ledgerdesk,
    real_keyring,
    sandbox_options,
)
from tests.store.keyring_fakes import use_backend  # noqa: F401

SECRETS = "org.freedesktop.secrets"


def secret_service_pid() -> int | None:
    """The pid owning org.freedesktop.secrets on this session bus, or None when nobody owns it now."""
    reply = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                            "/org/freedesktop/DBus", "org.freedesktop.DBus.GetConnectionUnixProcessID",
                            f"string:{SECRETS}"], capture_output=True, text=True, timeout=10, check=False)
    return int(reply.stdout.split()[-1]) if "uint32" in reply.stdout else None


def restore_keyring() -> None:
    """A new, unlocked gnome-keyring in place of whatever owns the Secret Service now (or of nothing)."""
    pid = secret_service_pid()
    if pid is not None:
        os.kill(pid, signal.SIGCONT)  # a stopped daemon cannot be replaced politely
    subprocess.run("printf %s test | gnome-keyring-daemon --replace --unlock --components=secrets",
                   shell=True, capture_output=True, timeout=30, check=True)
    deadline = time.monotonic() + 10
    while secret_service_pid() in (None, pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    # The replacement reads the login keyring file, unlocked by the piped password: wait until it answers.
    import secretstorage
    while time.monotonic() < deadline:
        try:
            connection = secretstorage.dbus_init()
            try:
                if not secretstorage.get_default_collection(connection).is_locked():
                    return
            finally:
                connection.close()
        except secretstorage.exceptions.SecretStorageException:
            pass
        time.sleep(0.1)
    pytest.fail("the keyring did not come back unlocked within 10 s")


@contextmanager
def keyring_broken() -> Iterator[None]:
    """Whatever a test does to the daemon, the next test finds an unlocked keyring again."""
    try:
        yield
    finally:
        restore_keyring()


def hang_keyring() -> int:
    """SIGSTOP the daemon: it keeps the bus name and never answers (as a daemon stuck on an assertion)."""
    pid = secret_service_pid()
    assert pid is not None, "no Secret Service on this bus"
    os.kill(pid, signal.SIGSTOP)
    return pid


def kill_keyring() -> None:
    """SIGKILL the daemon: D-Bus starts a replacement on the next call, locked, whose prompt cannot be shown."""
    pid = secret_service_pid()
    assert pid is not None, "no Secret Service on this bus"
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while secret_service_pid() == pid and time.monotonic() < deadline:
        time.sleep(0.02)


def lock_keyring() -> None:
    """Lock the default collection, as a screen lock or a timeout does; with no display it cannot be unlocked."""
    import secretstorage
    connection = secretstorage.dbus_init()
    try:
        secretstorage.get_default_collection(connection).lock()
    finally:
        connection.close()

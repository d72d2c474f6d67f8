"""Stand-in keyring backends for tests that must run without an OS keyring, and a fixture to swap them in."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring that behaves like a working, encrypted OS keyring."""

    # Below zero: keyring's own discovery (and its chainer) never picks a test class by itself.
    priority = -10

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        del self.items[(service, username)]


class PlaintextFileKeyring(MemoryKeyring):
    """Looks like a backend that writes keys unencrypted to a file (as keyrings.alt's do)."""


class FailingKeyring(MemoryKeyring):
    """Every call raises `error`, as a locked or refusing OS keyring would."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service, username, *more):
        raise self.error

    set_password = delete_password = get_password


@pytest.fixture
def use_backend():
    """Install a keyring backend for one test; the previous backend is restored afterwards."""
    previous = keyring.get_keyring()

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)

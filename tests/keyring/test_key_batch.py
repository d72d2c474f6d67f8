"""KeyBatch and the keyring timeout without an OS keyring (issue 19): one read per batch, bounded, forgotten
at the end, a failure said once and never asked again. The real Secret Service: test_key_per_batch.py."""

from __future__ import annotations

import copy
import pickle
import threading
import time

import pytest
from keyring import errors as keyring_errors

from app.store.secrets import (
    KeyBatch,
    KeyringLocked,
    KeyringNotAnswering,
    KeyStore,
    KeyStoreError,
)
from tests.store.keyring_fakes import FailingKeyring, MemoryKeyring

KEY = "sk-batch-5d1e0f"


class CountingKeyring(MemoryKeyring):
    """A working keyring that counts what it is asked."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def get_password(self, service, username):
        self.reads += 1
        return super().get_password(service, username)


class HungKeyring(MemoryKeyring):
    """A keyring whose reads never come back (until released), as a stopped Secret Service daemon."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.release.wait(60)
        return super().get_password(service, username)


def test_a_batch_reads_the_keyring_once_and_forgets_the_key_when_it_ends(use_backend):
    backend = use_backend(CountingKeyring())
    KeyStore().set("acme", KEY)
    with KeyBatch(KeyStore(), "acme") as batch:
        assert [batch() for _ in range(100)] == [KEY] * 100
        assert backend.reads == 1
        assert KEY not in repr(batch) and KEY not in str(vars(batch).get("profile"))
    with pytest.raises(KeyStoreError, match="has ended"):
        batch()
    assert backend.reads == 1 and KEY not in repr(vars(batch))


def test_a_batch_is_never_pickled_or_copied(use_backend):
    use_backend(MemoryKeyring())
    KeyStore().set("acme", KEY)
    batch = KeyBatch(KeyStore(), "acme")
    batch.read()
    for attempt in (pickle.dumps, copy.copy, copy.deepcopy):
        with pytest.raises(TypeError):
            attempt(batch)


def test_a_keyring_that_does_not_answer_is_given_up_on_after_the_timeout(use_backend):
    backend = use_backend(HungKeyring())
    try:
        store = KeyStore(timeout=0.3)
        started = time.monotonic()
        with pytest.raises(KeyringNotAnswering, match="did not answer within 0.3 s.*restart it"):
            store.get("acme")
        assert time.monotonic() - started < 2
    finally:
        backend.release.set()


def test_a_failed_read_stops_the_batch_without_asking_the_keyring_again(use_backend):
    backend = use_backend(FailingKeyring(keyring_errors.KeyringLocked("Failed to unlock the collection!")))
    calls = []
    real = backend.get_password

    def counted(*args):
        calls.append(args)
        return real(*args)
    backend.get_password = counted
    batch = KeyBatch(KeyStore(), "acme")
    for _ in range(50):
        with pytest.raises(KeyringLocked, match="unlock it"):
            batch()
    assert len(calls) == 1

"""KeyBatch and the keyring timeout without an OS keyring (issue 19): one read per batch, bounded, forgotten
at the end, a failure said once and never asked again. The real Secret Service: test_key_per_batch.py."""

from __future__ import annotations

import copy
import pickle
import threading
import time

import pytest
from keyring import errors as keyring_errors

from app.store import secrets
from app.store.secrets import (
    MAX_ABANDONED_CALLS,
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


def no_call_left_waiting() -> None:
    """Wait until the calls an earlier test abandoned have ended (a process-wide count)."""
    deadline = time.monotonic() + 5
    while secrets._AbandonedCalls.count and time.monotonic() < deadline:
        time.sleep(0.01)
    assert secrets._AbandonedCalls.count == 0


class HungKeyring(MemoryKeyring):
    """A keyring whose reads never come back (until released), as a stopped Secret Service daemon."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.calls = 0

    def get_password(self, service, username):
        self.calls += 1
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
        no_call_left_waiting()


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


def test_a_hung_keyring_is_not_given_ever_more_threads_to_hang(use_backend):
    no_call_left_waiting()
    backend = use_backend(HungKeyring())
    store = KeyStore(timeout=0.1)
    try:
        for _ in range(MAX_ABANDONED_CALLS):
            with pytest.raises(KeyringNotAnswering):
                store.get("acme")
        started = time.monotonic()
        for _ in range(20):  # e.g. a window's status sync every few minutes, all day
            with pytest.raises(KeyringNotAnswering):
                store.get("acme")
        assert time.monotonic() - started < 0.5 and backend.calls == MAX_ABANDONED_CALLS
    finally:
        backend.release.set()
    # Once the keyring answers again, the abandoned calls end and reads work again.
    no_call_left_waiting()
    use_backend(MemoryKeyring())
    assert not KeyStore(timeout=0.1).has("acme")

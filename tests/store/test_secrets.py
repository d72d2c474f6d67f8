"""The keyring facade without an OS keyring: every failure is a typed, plain error; keys never leak."""

import logging

import pytest
from keyring import errors as keyring_errors
from keyring.backends import fail, null
from secretstorage import exceptions as ss_exceptions

from app.store.secrets import (
    ALLOW_PLAINTEXT_ENV,
    KeyMissing,
    KeyringLocked,
    KeyringRefused,
    KeyringUnavailable,
    KeyStore,
    KeyStoreError,
    PlaintextKeyringRefused,
)
from tests.store.keyring_fakes import FailingKeyring, MemoryKeyring, PlaintextFileKeyring, use_backend  # noqa: F401

KEY = "sk-test-4f9a1c2e7b"


@pytest.fixture(autouse=True)
def no_plaintext_opt_in(monkeypatch):
    monkeypatch.delenv(ALLOW_PLAINTEXT_ENV, raising=False)


def test_round_trip_in_a_working_keyring(use_backend):
    backend = use_backend(MemoryKeyring())
    store = KeyStore()
    assert not store.has("acme")
    store.set("acme", KEY)
    assert store.get("acme") == KEY and store.has("acme")
    assert backend.items == {("LedgerDesk", KeyStore().username("acme")): KEY}
    store.delete("acme")
    assert not store.has("acme")
    assert store.backend_name() == "keyring fakes MemoryKeyring"


def test_no_keyring_backend_is_a_plain_message_that_says_what_to_do(use_backend):
    use_backend(fail.Keyring())
    store = KeyStore()
    for attempt in (lambda: store.get("acme"), lambda: store.set("acme", KEY), lambda: store.has("acme"),
                    lambda: store.delete("acme")):
        with pytest.raises(KeyringUnavailable) as caught:
            attempt()
        assert str(caught.value).startswith("No OS keyring is available: on Linux install and unlock "
                                            "GNOME Keyring or KWallet (Secret Service)")


def test_a_backend_raising_no_keyring_error_is_unavailable(use_backend):
    use_backend(FailingKeyring(keyring_errors.NoKeyringError("nothing here")))
    with pytest.raises(KeyringUnavailable, match="nothing here"):
        KeyStore().get("acme")


def test_the_null_keyring_is_refused_because_it_drops_keys(use_backend):
    use_backend(null.Keyring())
    with pytest.raises(KeyringUnavailable):
        KeyStore().set("acme", KEY)


def test_a_plaintext_backend_is_refused_without_opt_in(use_backend):
    backend = use_backend(PlaintextFileKeyring())
    store = KeyStore()
    assert store.is_plaintext()
    with pytest.raises(PlaintextKeyringRefused) as caught:
        store.set("acme", KEY)
    assert ALLOW_PLAINTEXT_ENV in str(caught.value) and "unencrypted" in str(caught.value)
    assert isinstance(caught.value, KeyringUnavailable)
    assert backend.items == {}


def test_a_plaintext_backend_is_used_with_opt_in_and_a_warning(use_backend, caplog):
    use_backend(PlaintextFileKeyring())
    store = KeyStore(allow_plaintext=True)
    with caplog.at_level(logging.WARNING, logger="app.store.secrets"):
        store.set("acme", KEY)
    assert store.get("acme") == KEY
    assert "UNENCRYPTED" in caplog.text and KEY not in caplog.text


def test_the_environment_variable_opts_in_to_plaintext(use_backend, monkeypatch):
    use_backend(PlaintextFileKeyring())
    monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")
    KeyStore().set("acme", KEY)
    assert KeyStore().get("acme") == KEY


def test_an_encrypted_backend_is_not_mistaken_for_plaintext(use_backend):
    use_backend(MemoryKeyring())
    assert not KeyStore().is_plaintext()


@pytest.mark.parametrize("error", [
    keyring_errors.KeyringLocked("Failed to unlock the collection!"),
    ss_exceptions.LockedException("Item is locked!"),
    ss_exceptions.PromptDismissedException("Prompt dismissed."),
])
def test_a_locked_keyring_is_never_reported_as_no_key(use_backend, error):
    use_backend(FailingKeyring(error))
    store = KeyStore()
    with pytest.raises(KeyringLocked, match="unlock it"):
        store.has("acme")
    with pytest.raises(KeyringLocked):
        store.get("acme")
    with pytest.raises(KeyringLocked):
        store.delete("acme")


class DBusError(Exception):
    name = "org.freedesktop.DBus.Error.AccessDenied"


@pytest.mark.parametrize("error", [DBusError("Rejected send message"),
                                   keyring_errors.PasswordSetError("Can't store password on keychain: (-128)")])
def test_access_denied_is_refused(use_backend, error):
    use_backend(FailingKeyring(error))
    with pytest.raises(KeyringRefused, match="refused LedgerDesk access"):
        KeyStore().set("acme", KEY)


def test_any_other_backend_failure_is_still_a_keystore_error(use_backend):
    use_backend(FailingKeyring(RuntimeError("D-Bus connection reset")))
    with pytest.raises(KeyStoreError, match="D-Bus connection reset"):
        KeyStore().get("acme")


def test_a_missing_key_names_the_profile_and_what_to_run(use_backend):
    use_backend(MemoryKeyring())
    with pytest.raises(KeyMissing) as caught:
        KeyStore().get("acme live")
    assert caught.value.profile == "acme live"
    assert str(caught.value).startswith("No API key stored for profile acme live: run `ledgerdesk profile")
    with pytest.raises(KeyMissing):
        KeyStore().delete("acme live")


def test_the_key_never_appears_in_errors_logs_or_repr(use_backend, caplog):
    use_backend(FailingKeyring(keyring_errors.PasswordSetError(f"could not store {KEY!r}")))
    store = KeyStore()
    with caplog.at_level(logging.DEBUG), pytest.raises(KeyStoreError) as caught:
        store.set("acme", KEY)
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)
    assert caught.value.__cause__ is None  # the backend's own text held the key
    assert KEY not in repr(store) and KEY not in caplog.text


@pytest.mark.parametrize("bad", ["", "   ", " sk-1", "sk-1\n", "sk\n1"])
def test_an_empty_or_padded_key_is_refused_without_echoing_it(use_backend, bad):
    backend = use_backend(MemoryKeyring())
    with pytest.raises(ValueError) as caught:
        KeyStore().set("acme", bad)
    assert (bad.strip() or "§") not in str(caught.value)
    assert backend.items == {}


def test_the_service_name_separates_keys(use_backend):
    backend = use_backend(MemoryKeyring())
    KeyStore(service="LedgerDesk-test").set("acme", KEY)
    assert list(backend.items) == [("LedgerDesk-test", KeyStore().username("acme"))]

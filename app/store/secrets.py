"""The one keyring facade: an API key per profile in the OS keyring, with errors that say what to do.

Entries are service "LedgerDesk", username "<installation id>/<profile>" (installation.py), so two data
folders with a profile of the same name keep separate keys. Keys stored by older versions under the
bare profile name are copied to the new name when first read, only by a folder that already had that
profile; the old entry is never deleted by LedgerDesk, because other data folders may still need it.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable
from typing import Any, Self

import keyring
from keyring import errors as keyring_errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from app.domain.messages import Message
from app.store.installation import Installation, InstallationError, installation

log = logging.getLogger(__name__)

SERVICE = "LedgerDesk"
# Set to 1 to accept a keyring backend that stores keys unencrypted (never the default).
ALLOW_PLAINTEXT_ENV = "LEDGERDESK_ALLOW_PLAINTEXT_KEYRING"

# Seconds any one keyring call may take. A Secret Service that crashed, hangs, or waits for an unlock prompt
# nobody can see would otherwise hold a send for as long as D-Bus lets it (minutes, or for ever).
KEYRING_TIMEOUT = 5.0
# Abandoned calls still waiting on the keyring at most; beyond that a call fails at once instead of leaving one
# more thread (and D-Bus connection) behind, e.g. a window syncing every few minutes against a hung daemon.
MAX_ABANDONED_CALLS = 3


class KeyStoreError(Exception):
    """A problem with stored API keys; the message (a Message, app/domain/messages.py) says what to do."""


def _keyring_said(text: Message, detail: str) -> Message:
    """Our sentence, with what the keyring itself said (its own words) when it said anything."""
    return Message("keyring_said", text=text, detail=detail) if detail else text


class KeyringUnavailable(KeyStoreError):
    """There is no usable OS keyring on this computer or in this session."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(_keyring_said(Message("keyring_unavailable", hint=Message("keyring_install_hint")), detail))


class PlaintextKeyringRefused(KeyringUnavailable):
    """The only keyring backend found stores keys unencrypted, and that was not allowed."""

    def __init__(self, backend_name: str) -> None:
        KeyStoreError.__init__(self, Message("keyring_plaintext_refused", backend=backend_name,
                                             hint=Message("keyring_install_hint"), variable=ALLOW_PLAINTEXT_ENV))


class KeyringLocked(KeyStoreError):
    """The OS keyring is locked, or the request to unlock it was dismissed."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(_keyring_said(Message("keyring_locked"), detail))


class KeyringNotAnswering(KeyStoreError):
    """The OS keyring did not answer in time: it hangs, has stopped, or waits for a prompt no one can see."""

    def __init__(self, seconds: float) -> None:
        super().__init__(Message("keyring_not_answering", seconds=f"{seconds:g}"))


class KeyringRefused(KeyStoreError):
    """The OS keyring denied LedgerDesk access to the key."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(_keyring_said(Message("keyring_refused"), detail))


class KeyMissing(KeyStoreError):
    """The keyring works but holds no API key for this profile."""

    def __init__(self, profile: str) -> None:
        self.profile = profile
        super().__init__(Message("key_missing", profile=profile))


class KeyStore:
    """API keys per profile of one data location in the OS keyring; plaintext backends refused unless allowed."""

    def __init__(self, service: str = SERVICE, allow_plaintext: bool = False,
                 backend: KeyringBackend | None = None, installation: Installation | None = None,
                 timeout: float = KEYRING_TIMEOUT) -> None:
        self.service = service
        self.timeout = timeout
        self.allow_plaintext = allow_plaintext or os.environ.get(ALLOW_PLAINTEXT_ENV) == "1"
        self._backend = backend
        self._installation = installation  # None: the current data location's, read at first use
        self._warned_plaintext = False

    def __repr__(self) -> str:
        return f"KeyStore(service={self.service!r}, allow_plaintext={self.allow_plaintext})"

    def backend(self) -> KeyringBackend:
        """The keyring backend in use: the one given, else whatever `keyring` selects right now."""
        return self._backend or keyring.get_keyring()

    def backend_name(self) -> str:
        """A display name for the backend, such as "SecretService Keyring"."""
        cls = type(self.backend())
        return str(getattr(cls, "name", cls.__name__))

    def is_plaintext(self) -> bool:
        """True when the backend would keep keys unencrypted (whether or not that is allowed)."""
        return _is_plaintext(self.backend())

    def installation(self) -> Installation:
        """The data location whose keys this store reads and writes."""
        if self._installation is None:
            try:
                self._installation = installation()
            except InstallationError as exc:
                raise KeyStoreError(str(exc)) from None
        return self._installation

    def username(self, profile: str) -> str:
        """The keyring username of `profile`'s key: "<installation id>/<profile>"."""
        return self.installation().key_username(profile)

    def get(self, profile: str) -> str:
        """The API key of `profile`; KeyMissing when none is stored, other KeyStoreErrors otherwise."""
        backend = self._usable_backend()
        key: str | None = self._call(backend.get_password, self.username(profile))
        if key is None and profile in self.installation().legacy_profiles:
            key = self._call(backend.get_password, profile)
            if key is not None:
                # Copy, never move: another data folder may have stored this same shared entry.
                try:
                    self._call(backend.set_password, self.username(profile), key, secret=key)
                    log.info("Copied the API key of profile %s from the name shared by all data folders to "
                             "this folder's own name in %s", profile, self.backend_name())
                except KeyStoreError as exc:  # the key was read: use it, and copy it next time
                    log.warning("Could not copy the API key of profile %s to this folder's own name: %s",
                                profile, exc)
        if key is None:
            raise KeyMissing(profile)
        return key

    def has(self, profile: str) -> bool:
        """Whether a key is stored for `profile`; keyring problems are raised, never reported as False."""
        try:
            self.get(profile)
        except KeyMissing:
            return False
        return True

    def set(self, profile: str, key: str) -> None:
        """Store (or replace) the API key of `profile`."""
        if not key or key != key.strip() or "\n" in key or "\r" in key:
            raise ValueError("The API key is empty, or has spaces or line breaks in it: paste the key alone.")
        backend = self._usable_backend()
        self._call(backend.set_password, self.username(profile), key, secret=key)
        log.info("Stored the API key of profile %s in %s", profile, self.backend_name())

    def delete(self, profile: str) -> None:
        """Delete this data location's API key of `profile`; KeyMissing when there was none.

        An entry under the bare profile name (older versions) is left alone: other folders may use it.
        """
        backend = self._usable_backend()
        # Reading first tells "nothing stored" apart from a locked keyring, which delete alone cannot.
        if self._call(backend.get_password, self.username(profile)) is None:
            raise KeyMissing(profile)
        self._call(backend.delete_password, self.username(profile))
        log.info("Deleted the API key of profile %s from %s", profile, self.backend_name())

    def has_shared_legacy_key(self, profile: str) -> bool:
        """Whether an older LedgerDesk's entry for `profile`, shared by all data folders, is still stored."""
        backend = self._usable_backend()
        return self._call(backend.get_password, profile) is not None

    def get_secret(self, username: str) -> str | None:
        """A secret that is not a profile's key (the team database's password), by its own keyring username;
        None when none is stored. Keyring problems are raised as for keys."""
        value: str | None = self._call(self._usable_backend().get_password, username)
        return value

    def set_secret(self, username: str, secret: str) -> None:
        """Store (or replace) a secret that is not a profile's key under its own keyring username."""
        self._call(self._usable_backend().set_password, username, secret, secret=secret)
        log.info("Stored %s in %s", username, self.backend_name())

    def delete_secret(self, username: str) -> bool:
        """Delete a secret stored with `set_secret`; False when none was stored."""
        backend = self._usable_backend()
        if self._call(backend.get_password, username) is None:
            return False
        self._call(backend.delete_password, username)
        log.info("Deleted %s from %s", username, self.backend_name())
        return True

    def _usable_backend(self) -> KeyringBackend:
        # Choosing a backend the first time asks D-Bus too: bounded like every other keyring call.
        backend: KeyringBackend = _bounded(self.backend, self.timeout)
        if isinstance(backend, fail.Keyring | null.Keyring):
            # null.Keyring drops whatever it is given, so a key "stored" there would be lost silently.
            raise KeyringUnavailable(f"the only backend found is {self.backend_name()}")
        if _is_plaintext(backend):
            if not self.allow_plaintext:
                raise PlaintextKeyringRefused(self.backend_name())
            if not self._warned_plaintext:
                log.warning("API keys are kept UNENCRYPTED by the keyring backend %s because %s=1.",
                            self.backend_name(), ALLOW_PLAINTEXT_ENV)
                self._warned_plaintext = True
        return backend

    def _call(self, operation: Callable[..., Any], username: str, *args: str, secret: str | None = None) -> Any:
        try:
            return _bounded(lambda: operation(self.service, username, *args), self.timeout)
        except KeyStoreError:
            raise
        except Exception as exc:  # noqa: BLE001 - every backend failure becomes one of our typed errors
            translated = _translate(exc, secret)
            if secret and secret in str(exc):
                raise translated from None  # the original text held the key: do not chain it
            raise translated from exc


class _AbandonedCalls:
    """How many keyring calls were given up on and are still waiting (a process-wide count)."""

    lock = threading.Lock()
    count = 0


def _bounded(call: Callable[[], Any], timeout: float) -> Any:
    """`call()` on a daemon thread, waited for at most `timeout` seconds; KeyringNotAnswering after that.

    A call that hangs is abandoned, not interrupted (D-Bus calls cannot be): its thread ends when the keyring
    answers at last, or with the process. While MAX_ABANDONED_CALLS still wait, no new call is started.
    """
    with _AbandonedCalls.lock:
        if _AbandonedCalls.count >= MAX_ABANDONED_CALLS:
            raise KeyringNotAnswering(timeout)
    result: list[Any] = []
    failure: list[BaseException] = []
    done = threading.Event()
    abandoned = threading.Event()

    def run() -> None:
        try:
            result.append(call())
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread, which raises it
            failure.append(exc)
        finally:
            with _AbandonedCalls.lock:
                done.set()
                if abandoned.is_set():
                    _AbandonedCalls.count -= 1

    threading.Thread(target=run, name="keyring-call", daemon=True).start()
    if not done.wait(timeout):
        with _AbandonedCalls.lock:
            if not done.is_set():
                abandoned.set()
                _AbandonedCalls.count += 1
                log.info("The OS keyring did not answer within %g s; the call was abandoned", timeout)
                raise KeyringNotAnswering(timeout)
    if failure:
        raise failure[0]
    return result[0]


class KeyBatch:
    """One profile's API key for one send batch (a `submit` run, one send from the window, one status sync).

    The keyring is asked once, at the first `read()`; the key then lives only in this object's memory until
    `close()` (the end of the batch). A failed read is remembered too, so the rest of the batch stops at
    once instead of asking a broken keyring again. Use it as the client's key supplier: `batch()`.
    """

    def __init__(self, store: KeyStore, profile: str) -> None:
        self.profile = profile
        self._store: KeyStore | None = store
        self._key: str | None = None
        self._failure: KeyStoreError | None = None

    def __repr__(self) -> str:  # never the key
        state = "closed" if self._store is None else "read" if self._key is not None else "not read"
        return f"<KeyBatch {self.profile!r} {state}>"

    def __reduce__(self) -> Any:
        raise TypeError("a KeyBatch holds an API key and is never pickled or copied")

    def read(self) -> str:
        """The key: from the keyring on the first call, from memory afterwards; KeyStoreError if it cannot be had."""
        if self._key is not None:
            return self._key
        if self._failure is not None:
            raise self._failure  # the same words again, without asking the keyring again
        if self._store is None:
            raise KeyStoreError(f"The send batch of profile {self.profile} has ended; its API key was dropped.")
        try:
            self._key = self._store.get(self.profile)
        except KeyStoreError as exc:
            self._failure = exc
            raise
        return self._key

    __call__ = read

    def close(self) -> None:
        """End the batch: drop the key (and the store), so nothing outlives the batch holding it."""
        self._key = None
        self._store = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_plaintext(backend: KeyringBackend) -> bool:
    """True for keyrings.alt and any backend whose name says it is plaintext or file based."""
    if isinstance(backend, chainer.ChainerBackend):
        return any(_is_plaintext(member) for member in backend.backends)
    cls = type(backend)
    label = f"{cls.__module__}.{cls.__name__}".lower()
    parts = re.split(r"[._]", label)
    return (cls.__module__.startswith("keyrings.alt") or "plaintext" in label or "unencrypted" in label
            or any(part.endswith("file") for part in parts))


def _translate(exc: Exception, secret: str | None) -> KeyStoreError:
    """Map a backend's exception onto our typed errors, keeping its words minus any secret."""
    detail = f"{type(exc).__name__}: {exc}"
    if secret:
        detail = detail.replace(secret, "***")
    if isinstance(exc, keyring_errors.KeyringLocked) or _is_secretstorage(exc, "LockedException",
                                                                          "PromptDismissedException"):
        return KeyringLocked(detail)
    if isinstance(exc, keyring_errors.NoKeyringError | keyring_errors.InitError) or _is_secretstorage(
            exc, "SecretServiceNotAvailableException"):
        return KeyringUnavailable(detail)
    if _looks_denied(exc):
        return KeyringRefused(detail)
    return KeyStoreError(f"The OS keyring reported a problem ({detail}): check that it is running and "
                         "unlocked, then try again.")


def _is_secretstorage(exc: Exception, *names: str) -> bool:
    """Whether `exc` is one of the named secretstorage exceptions (the package exists on Linux only)."""
    try:
        from secretstorage import exceptions as ss_exceptions
    except ImportError:
        return False
    return any(isinstance(exc, getattr(ss_exceptions, name)) for name in names if hasattr(ss_exceptions, name))


def _looks_denied(exc: Exception) -> bool:
    # D-Bus AccessDenied, Windows "Access is denied", macOS -128 (user chose Deny) / -25293 (auth failed).
    text = f"{getattr(exc, 'name', '')} {exc}".lower()
    return any(word in text for word in ("accessdenied", "access denied", "access is denied",
                                         "permission denied", "not allowed", "-128", "-25293"))

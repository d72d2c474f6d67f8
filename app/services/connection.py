"""Checking that a profile's service accepts its stored API key (`ledgerdesk profile test`, Profiles dialog)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.deferred import deferred
from app.domain.targets import Target
from app.services.commands.context import client_profile
from app.store.profile import Profile
from app.store.secrets import KeyStore

if TYPE_CHECKING:
    from app.client import confirma, infinity
    from app.client.outcomes import Outcome
else:  # httpx and the wire models load with the first test (on its worker), not with the Profiles dialog
    confirma = deferred("app.client.confirma")
    infinity = deferred("app.client.infinity")


class ConnectionTestUnavailable(RuntimeError):
    """This LedgerDesk cannot test this kind of profile (yet); the message says why."""


def test_connection(profile: Profile, keystore: KeyStore) -> Outcome:
    """Ask the service whether it accepts the profile's key; keyring problems raise KeyStoreError."""
    # Read the key here so a locked or missing keyring is reported as such, not as a failed connection.
    key = keystore.get(profile.name)
    try:
        ConfirmaClient, InfinityClient = confirma.ConfirmaClient, infinity.InfinityClient
    except ImportError as exc:
        raise ConnectionTestUnavailable(f"Connection tests are not available in this build yet ({exc}).") from exc
    connection = client_profile(profile, lambda: key)
    if profile.target is Target.CONFIRMA:
        with ConfirmaClient(connection) as client:
            return client.validate_token()
    # Infinity documents no key check; the client reads one contact instead (docs/sandbox.md says why).
    with InfinityClient(connection) as reader:
        return reader.test_connection()


# pytest would otherwise collect this use case as a test when a test module imports it by name.
test_connection.__test__ = False  # type: ignore[attr-defined]

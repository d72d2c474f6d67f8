"""Renewing a Confirma API key (API-CONTRACTS.md A, POLICY): the new key replaces the stored one only after
Confirma's `GET /validate` accepts it; otherwise the message is shown and the old key stays."""

from __future__ import annotations

from dataclasses import dataclass

from app.client.confirma import ConfirmaClient
from app.domain.messages import Message, message_of
from app.domain.targets import Target
from app.services.commands.context import client_profile
from app.store.secrets import KeyStore, KeyStoreError
from app.store.profile import Profile


@dataclass(frozen=True)
class KeyRenewal:
    """What a renewal did: whether a new key is now stored, and the words for the bookkeeper (never a key)."""

    stored: bool
    message: str  # a Message: English for the command line, code and parameters for the window


def renew_key(profile: Profile, keystore: KeyStore) -> KeyRenewal:
    """Ask Confirma for a new key, check it, and store it in place of the old one; KeyStoreError for the keyring."""
    if profile.target is not Target.CONFIRMA:
        return KeyRenewal(False, Message("renewal_infinity"))
    key = keystore.get(profile.name)  # a locked keyring is said as such, before anything is asked of Confirma
    with ConfirmaClient(client_profile(profile, lambda: key)) as client:
        renewal = client.renew_and_verify()
    if not (renewal.verified and renewal.new_token):
        return KeyRenewal(False, renewal.message)
    try:
        keystore.set(profile.name, renewal.new_token)
    except KeyStoreError as exc:
        # Confirma's new key cannot be kept: say so plainly; the old key may stop working once it is used.
        raise KeyStoreError(Message("renewal_not_stored", reason=message_of(exc))) from None
    return KeyRenewal(True, Message("renewal_stored", said=renewal.message, keyring=keystore.backend_name()))

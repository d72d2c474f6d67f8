"""Which service, where, and how to fetch the key: everything a client is built from."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from app.domain.targets import Target

ENVIRONMENTS = ("sandbox", "staging", "production")
AUTH_HEADERS = ("x-api-token", "bearer")

CONFIRMA_URLS = {
    "staging": "https://staging-integrations.confirmafinance.com/api/v1/partner",
    "production": "https://integrations.confirmafinance.com/api/v1/partner",
}
INFINITY_URL = "https://api.infinity.swiss/v1"


class ProfileError(ValueError):
    """A profile a client refuses to be built from; the message says what to fix."""


@dataclass(frozen=True)
class ClientProfile:
    """One configured connection. `key_supplier` is called per request and gives the send batch's key
    (read from the keyring once per batch: app.store.secrets.KeyBatch); the profile never holds the key."""

    name: str
    target: Target
    base_url: str
    environment: str
    key_supplier: Callable[[], str] = field(repr=False, compare=False)
    auth_header: str = "x-api-token"  # Infinity only: "x-api-token" or "bearer"


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1: the only hosts plain http:// may talk to."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def checked_base_url(profile: ClientProfile) -> str:
    """The profile's base URL without a trailing slash, or ProfileError when it is unsafe or unusable."""
    if profile.environment not in ENVIRONMENTS:
        raise ProfileError(f"Profile '{profile.name}': environment must be one of {', '.join(ENVIRONMENTS)}, "
                           f"not '{profile.environment}'.")
    if profile.auth_header not in AUTH_HEADERS:
        raise ProfileError(f"Profile '{profile.name}': the key header must be 'x-api-token' or 'bearer'.")
    parts = urlsplit(profile.base_url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ProfileError(f"Profile '{profile.name}': '{profile.base_url}' is not an http(s) address.")
    if parts.username or parts.password:
        # A password in the URL would end up in logs and error texts.
        raise ProfileError(f"Profile '{profile.name}': the address must not contain a user name or password.")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ProfileError(
            f"Profile '{profile.name}': {parts.hostname} must be reached over https://. Plain http:// would "
            f"send the API key unencrypted; it is allowed only for this computer (localhost, 127.0.0.1, ::1).")
    if parts.query or parts.fragment:
        raise ProfileError(f"Profile '{profile.name}': the address must not have a query (?) or fragment (#).")
    return profile.base_url.strip().rstrip("/")

"""What the Profiles dialog runs in the background: keyring, settings file, network and chart import.

Plain functions without Qt: the keyring may wait on an unlock prompt and a connection test on the
network, neither on the GUI thread. Each returns words for the bookkeeper, never a key.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from app.domain.chart import ChartAccount, ChartPreview, parse_chart
from app.services import profiles as profile_service
from app.services.connection import test_connection
from app.resources import resource_path
from app.services.first_run import STARTER_CHART, is_local_sandbox
from app.services.key_renewal import KeyRenewal, renew_key
from app.services.session import keystore, open_store
from app.services.voucher_files import read_regular_file
from app.store.charts import ChartStore
from app.store.profile import Profile

def key_summary(profile: Profile) -> tuple[str, str]:
    """(kind, detail) about a profile's key, never the key: ("stored", keyring name), ("sandbox", ""),
    ("missing", ""), ("missing_here", "") for a shared profile whose key is not in this keyring, or
    ("problem", the keyring's own words)."""
    keys = keystore()
    status = profile_service.key_status(profile.name, keys)
    if status.stored:
        return "stored", keys.backend_name()
    if is_local_sandbox(profile):
        return "sandbox", ""  # LedgerDesk's own sandbox takes its public key (docs/sandbox.md)
    if status.stored is None:
        return "problem", str(status.problem)
    return ("missing_here" if profile_service.on_team_database() else "missing"), ""


def save_new_profile(profile: Profile, key: str) -> str:
    """Key to the keyring first, then the profile; returns the keyring's name."""
    keys = keystore()
    profile_service.add_profile(profile, key, keys)
    return keys.backend_name()


def save_profile_changes(profile: Profile, key: str) -> str:
    """Save an edited profile, and a new key when one was typed; returns the keyring's name."""
    keys = keystore()
    if key:
        profile_service.replace_key(profile.name, key, keys)
    profile_service.update_profile(profile)
    return keys.backend_name()


def remove_profile(name: str) -> bool:
    """Delete the key, then the profile; True when a key was deleted."""
    return profile_service.remove_profile(name, keystore())


def check_connection(profile: Profile) -> tuple[bool, str]:
    """(accepted, words): does the service accept the stored key? Raises KeyStoreError for the keyring."""
    outcome = test_connection(profile, keystore())
    return outcome.ok, outcome.message


def renew(profile: Profile) -> KeyRenewal:
    """Renew a Confirma key (app/services/key_renewal.py)."""
    return renew_key(profile, keystore())


def read_chart(path: Path, vat_codes: Collection[str]) -> ChartPreview:
    """A chart export read into a preview (accepted accounts, rejected rows with reasons)."""
    # A pipe or /dev/zero chosen in the file dialog is refused, never read without end (issue 13).
    return parse_chart(read_regular_file(path, "chart export"), vat_codes)


def install_starter(profile: Profile, vat_codes: Collection[str]) -> int:
    """Replace the profile's (empty) chart with the starter chart of its target; its VAT table stays."""
    starter = resource_path("charts", STARTER_CHART[profile.target]).read_bytes()
    return import_chart(profile.name, parse_chart(starter, vat_codes).accounts)


def import_chart(profile: str, accounts: list[ChartAccount]) -> int:
    """Replace the profile's chart with `accounts`, through a connection of this thread's own."""
    conn = open_store()
    try:
        return ChartStore(conn).replace_accounts(profile, accounts)
    finally:
        conn.close()

"""First run with nothing configured: a "Sandbox" profile and LedgerDesk's own sandbox on loopback.

A newcomer can post a voucher within a minute without any account at Confirma or Infinity. The
sandbox keys are public (docs/sandbox.md), so a sandbox profile needs nothing in the keyring.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from app.client.profile import is_loopback_host
from app.domain.chart import parse_chart
from app.domain.targets import Target
from app.resources import resource_path, vat_table_for
from app.store.charts import ChartStore
from app.store.paths import data_dir
from app.store.profile import Profile
from app.store.startup_settings import read_startup_settings

if TYPE_CHECKING:
    from app.sandbox import SandboxServer

# The sandbox server and httpx load only when a sandbox is started or probed: not before the window shows.
log = logging.getLogger(__name__)

SANDBOX_PROFILE = "Sandbox"
SANDBOX_PORT = 8765
STARTER_CHART = {Target.CONFIRMA: "fi-starter.csv", Target.INFINITY: "ch-starter.csv"}


class SandboxUnavailable(RuntimeError):
    """The local sandbox could not be started; the message says why and what to do."""


def is_local_sandbox(profile: Profile) -> bool:
    """A profile that posts to a sandbox on this computer (public keys, no keyring needed)."""
    return profile.environment == "sandbox" and is_loopback_host(urlsplit(profile.base_url).hostname or "")


def public_sandbox_key(profile: Profile) -> str:
    """The documented default key of LedgerDesk's sandbox for the profile's target."""
    from app.sandbox import DEFAULT_CONFIRMA_KEY, DEFAULT_INFINITY_TOKEN
    return DEFAULT_CONFIRMA_KEY if profile.target is Target.CONFIRMA else DEFAULT_INFINITY_TOKEN


def ensure_first_run_profile(conn: sqlite3.Connection) -> Profile | None:
    """With no profile configured, create the Sandbox profile with the Finnish starter chart; else None."""
    if read_startup_settings().profiles:
        return None
    from app.store.settings import load_settings, save_settings  # pydantic: only on the very first run
    settings = load_settings()
    profile = Profile(name=SANDBOX_PROFILE, target=Target.CONFIRMA, environment="sandbox",
                      base_url=f"http://127.0.0.1:{SANDBOX_PORT}/api/v1/partner", company_id="0737546-2")
    save_settings(settings.with_profile(profile))
    install_starter_chart(conn, profile)
    return profile


def install_starter_chart(conn: sqlite3.Connection, profile: Profile) -> int:
    """Give a profile the bundled starter chart and default VAT table of its target."""
    charts = ChartStore(conn)
    table = vat_table_for(profile.target)
    preview = parse_chart(resource_path("charts", STARTER_CHART[profile.target]).read_bytes(), table.codes)
    charts.set_vat_table(profile.name, table)
    return charts.replace_accounts(profile.name, preview.accounts)


def start_local_sandbox(profile: Profile) -> SandboxServer | None:
    """Start LedgerDesk's sandbox where a local sandbox profile points, unless one already answers there.

    Returns the server started here (the caller stops it on exit), or None when another sandbox serves.
    """
    from app.sandbox import SandboxServer
    parts = urlsplit(profile.base_url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    if _sandbox_answers(f"{parts.scheme}://{parts.netloc}"):
        return None
    try:
        return SandboxServer(host, port, data_dir=data_dir() / "sandbox", sync_delay=5.0).start()
    except OSError as exc:
        raise SandboxUnavailable(f"LedgerDesk's sandbox could not start on {host}:{port} ({exc.strerror or exc}). "
                                 f"Another program uses that port: stop it, or point the profile "
                                 f"'{profile.name}' at a running 'ledgerdesk sandbox'.") from None


def _sandbox_answers(base: str) -> bool:
    import httpx
    try:
        return httpx.get(f"{base}/_sandbox/info", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False

"""First run with nothing configured: a "Sandbox" profile and LedgerDesk's own sandbox on loopback.

A newcomer can post a voucher within a minute without any account at Confirma or Infinity. The
sandbox keys are public (docs/sandbox.md), so a sandbox profile needs nothing in the keyring.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from app import __version__
from app.store.backend import Connection
from app.client.profile import is_loopback_host
from app.deferred import deferred
from app.domain.chart import parse_chart
from app.domain.targets import Target
from app.resources import resource_path, vat_table_for
from app.store.charts import ChartStore
from app.store.paths import data_dir
from app.store.profile import Profile
from app.store.settings import load_settings, read_startup_settings, save_settings
from app.store.team_location import location_in_use

if TYPE_CHECKING:
    import httpx

    from app import sandbox
    from app.sandbox import SandboxServer
else:  # the sandbox server and httpx load only when a sandbox is started or probed: not before the window shows
    httpx = deferred("httpx")
    sandbox = deferred("app.sandbox")

log = logging.getLogger(__name__)

SANDBOX_PROFILE = "Sandbox"
SANDBOX_PORT = 8765
BIND_RACE_PROBES = 8  # x 0.25 s: how long a port just taken may take to answer as a LedgerDesk sandbox
_START_LOCK = threading.Lock()
STARTER_CHART = {Target.CONFIRMA: "fi-starter.csv", Target.INFINITY: "ch-starter.csv"}


class SandboxUnavailable(RuntimeError):
    """The local sandbox could not be started; the message says why and what to do."""


def is_local_sandbox(profile: Profile) -> bool:
    """A profile that posts to a sandbox on this computer (public keys, no keyring needed)."""
    return profile.environment == "sandbox" and is_loopback_host(urlsplit(profile.base_url).hostname or "")


def public_sandbox_key(profile: Profile) -> str:
    """The documented default key of LedgerDesk's sandbox for the profile's target."""
    return sandbox.DEFAULT_CONFIRMA_KEY if profile.target is Target.CONFIRMA else sandbox.DEFAULT_INFINITY_TOKEN


def ensure_first_run_profile(conn: Connection) -> Profile | None:
    """With no profile configured, create the Sandbox profile with the Finnish starter chart; else None. Not on
    a team location: the office's profiles are the team database's, set up by the office (docs/team.md)."""
    if location_in_use() is not None or read_startup_settings().profiles:
        return None
    settings = load_settings()  # the full validation (pydantic): only on the very first run
    profile = Profile(name=SANDBOX_PROFILE, target=Target.CONFIRMA, environment="sandbox",
                      base_url=f"http://127.0.0.1:{SANDBOX_PORT}/api/v1/partner", company_id="0737546-2")
    save_settings(settings.with_profile(profile))
    install_starter_chart(conn, profile)
    return profile


def install_starter_chart(conn: Connection, profile: Profile) -> int:
    """Give a profile the bundled starter chart and default VAT table of its target."""
    charts = ChartStore(conn)
    table = vat_table_for(profile.target)
    preview = parse_chart(resource_path("charts", STARTER_CHART[profile.target]).read_bytes(), table.codes)
    charts.set_vat_table(profile.name, table)
    return charts.replace_accounts(profile.name, preview.accounts)


@dataclass(frozen=True)
class LocalSandbox:
    """The sandbox a local profile posts to: `server` when started here (stop it on exit), else None.

    `version` is the LedgerDesk version whose sandbox answers (this one's when started here; "" when an
    older LedgerDesk's sandbox does not say).
    """

    url: str
    server: SandboxServer | None
    version: str


def start_local_sandbox(profile: Profile) -> LocalSandbox:
    """Start LedgerDesk's sandbox where a local sandbox profile points, unless a LedgerDesk sandbox runs there.

    One sandbox per machine: a second window (or a second profile on the same port) uses the sandbox
    already running. Raises SandboxUnavailable only when another program holds the port.
    """
    parts = urlsplit(profile.base_url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    origin = f"{parts.scheme}://{parts.netloc}"
    # Two profiles on one port in this window: the second waits here and then finds the first's sandbox.
    with _START_LOCK:
        version = running_sandbox_version(origin)
        if version is not None:
            return LocalSandbox(origin, None, version)
        try:
            server = sandbox.SandboxServer(host, port, data_dir=data_dir() / "sandbox", sync_delay=5.0).start()
        except OSError as exc:
            # Another LedgerDesk may have bound the port after the probe above: it answers within moments.
            for _ in range(BIND_RACE_PROBES):
                version = running_sandbox_version(origin)
                if version is not None:
                    return LocalSandbox(origin, None, version)
                time.sleep(0.25)
            log.info("sandbox port %s:%s is taken by another program: %s", host, port, exc)
            raise SandboxUnavailable(
                f"LedgerDesk's sandbox could not start on {host}:{port} ({exc.strerror or exc}). Another "
                f"program (not LedgerDesk) uses that port: stop it, or point the profile '{profile.name}' at "
                f"a running 'ledgerdesk sandbox' on another port.") from None
        return LocalSandbox(server.base_url, server, __version__)


def running_sandbox_version(origin: str) -> str | None:
    """The version of the LedgerDesk whose sandbox answers at `origin`, or None when none does.

    Asks `GET /_sandbox/health`, which names LedgerDesk and its version; a sandbox of an older
    LedgerDesk (no health endpoint) is still recognised by its Server header, with version "".
    """
    try:
        # trust_env=False: a proxy from the environment must not stand between LedgerDesk and loopback.
        response = httpx.get(f"{origin}/_sandbox/health", timeout=1.0, trust_env=False)
    except httpx.HTTPError:
        return None
    try:
        data = response.json() if response.status_code == 200 else None
    except ValueError:
        data = None
    version = data.get("version") if isinstance(data, dict) and data.get("app") == "LedgerDesk" else None
    if isinstance(version, str):
        return version
    if response.headers.get("server", "").startswith("LedgerDeskSandbox/"):
        return ""
    return None

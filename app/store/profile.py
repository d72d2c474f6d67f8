"""A connection profile: a posting target, its environment and base URL, and how vouchers are sent there.

A frozen dataclass whose own checks (`__post_init__`) make an unusable profile impossible to construct,
whoever constructs it: the settings file's pydantic model (app/store/settings_model.py) validates the JSON
types and then builds these, and the start of the window rebuilds them from a settings file pydantic
has already accepted (`read_startup_settings` in app/store/settings.py) without loading pydantic at all.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal
from urllib.parse import urlsplit

from app.domain.booking_rules import ACCOUNTING_CURRENCY, DEFAULT_DAYS_AHEAD, BookingRules
from app.domain.business_id import company_id_problem
from app.domain.currencies import ISO_4217
from app.domain.targets import Target

Environment = Literal["sandbox", "staging", "production"]
AuthHeader = Literal["x-api-token", "bearer"]
ENVIRONMENTS: tuple[str, ...] = ("sandbox", "staging", "production")
AUTH_HEADERS: tuple[str, ...] = ("x-api-token", "bearer")

SANDBOX_ORIGIN = "http://127.0.0.1:8765"
# Where each target's API sits under its host (API-CONTRACTS.md); the local sandbox serves the same paths.
API_PATHS = {Target.CONFIRMA: "/api/v1/partner", Target.INFINITY: "/v1"}
# Infinity documents no staging host: defaulting "staging" to the live API would post real entries,
# so an Infinity staging profile must name its server explicitly.
DEFAULT_BASE_URLS: dict[tuple[Target, str], str] = {
    (Target.CONFIRMA, "staging"): "https://staging-integrations.confirmafinance.com/api/v1/partner",
    (Target.CONFIRMA, "production"): "https://integrations.confirmafinance.com/api/v1/partner",
    (Target.INFINITY, "production"): "https://api.infinity.swiss/v1",
    (Target.CONFIRMA, "sandbox"): SANDBOX_ORIGIN + API_PATHS[Target.CONFIRMA],
    (Target.INFINITY, "sandbox"): SANDBOX_ORIGIN + API_PATHS[Target.INFINITY],
}

_NAME_CHARS = re.compile(r"[A-Za-z0-9 _.-]{1,40}")


class ProfileProblems(ValueError):
    """A profile cannot be made from these values; `problems` holds one plain line per problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(" ".join(problems))


def default_base_url(target: Target | str, environment: str) -> str | None:
    """The documented base URL for a target and environment, or None when there is none to assume."""
    return DEFAULT_BASE_URLS.get((Target(target), environment))


def profile_name_problem(name: str) -> str | None:
    """Plain words on what is wrong with a profile name, or None when it is acceptable."""
    if not isinstance(name, str) or not _NAME_CHARS.fullmatch(name) or name != name.strip():
        return (f"'{name}' cannot be a profile name: use 1 to 40 letters, digits, spaces, '_', '.' or '-', "
                "not starting or ending with a space.")
    return None


def base_url_problem(url: str) -> str | None:
    """Plain words on what is wrong with a base URL (https only, plain http only on loopback), or None."""
    try:
        parts = urlsplit(url.strip())
        host, _port = parts.hostname, parts.port
    except (ValueError, AttributeError):
        host = None
        parts = None
    if parts is None or parts.scheme not in ("https", "http") or not host:
        return "The base URL is not a web address: it should look like https://host/path."
    if parts.username or parts.password:
        # The URL is not echoed here: it may carry a password, and messages end up in logs.
        return "The base URL must not carry a user name or password: API keys belong in the keyring."
    if parts.query or parts.fragment:
        return f"The base URL '{url}' must not have a query (?...) or a fragment (#...)."
    if parts.scheme == "http" and not _is_loopback(host):
        return (f"The base URL '{url}' uses plain http: only https is allowed, except for a sandbox on this "
                "computer (127.0.0.1, ::1 or localhost).")
    return None


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Profile:
    """One connection: a target, its environment and base URL, and how vouchers are sent there."""

    # Read by pydantic when it validates a settings file: unknown keys in a profile are refused.
    __pydantic_config__ = {"extra": "forbid"}

    name: str
    target: Target
    environment: Environment
    base_url: str
    company_id: str = ""
    auth_header: AuthHeader = "x-api-token"
    explicit_vat_rows: bool = True
    vat_table: str | None = None
    # The currency the books are kept in ("": the target's, EUR for Confirma, CHF for Infinity); new drafts
    # start in it and a voucher in another currency needs a rate (app/domain/exchange_rates.py).
    accounting_currency: str = ""
    fiscal_year_start: int = 1  # the month the fiscal year starts
    max_days_ahead: int = DEFAULT_DAYS_AHEAD  # a voucher dated further ahead gets a warning

    def __post_init__(self) -> None:
        problems = []
        if problem := profile_name_problem(self.name):
            problems.append(problem)
        try:
            object.__setattr__(self, "target", Target(self.target))
        except ValueError:
            problems.append(f"'{self.target}' is not a posting target: use {' or '.join(t.value for t in Target)}.")
        if self.environment not in ENVIRONMENTS:
            problems.append(f"'{self.environment}' is not an environment: use {', '.join(ENVIRONMENTS)}.")
        if self.auth_header not in AUTH_HEADERS:
            problems.append(f"'{self.auth_header}' is not an auth header: use {' or '.join(AUTH_HEADERS)}.")
        if problem := base_url_problem(self.base_url):
            problems.append(problem)
        else:
            object.__setattr__(self, "base_url", self.base_url.strip().rstrip("/"))
        object.__setattr__(self, "company_id", (self.company_id or "").strip())
        if self.target is Target.CONFIRMA and self.auth_header != "x-api-token":
            problems.append("Confirma takes the API key in its X-Api-Key header only; "
                            "the choice of auth header applies to Infinity profiles.")
        if self.target is Target.INFINITY and not self.explicit_vat_rows:
            problems.append("Infinity always splits VAT itself; leaving out VAT rows applies to Confirma profiles.")
        problems += self._booking_problems()
        if problems:
            raise ProfileProblems(problems)

    def _booking_problems(self) -> list[str]:
        problems = []
        currency = (self.accounting_currency or "").strip().upper() or ACCOUNTING_CURRENCY.get(self.target, "EUR")
        object.__setattr__(self, "accounting_currency", currency)
        if currency not in ISO_4217:
            problems.append(f"'{currency}' is not an ISO 4217 currency code for the accounting currency.")
        elif self.target is Target.CONFIRMA and currency != "EUR":
            problems.append("Confirma keeps books in euros only: the accounting currency of a Confirma profile "
                            "is EUR.")
        month = self.fiscal_year_start
        if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
            problems.append(f"The fiscal year starts in a month, 1 to 12; '{month}' is not one.")
        days = self.max_days_ahead
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 3660:
            problems.append(f"How many days ahead a voucher may be dated is a whole number from 0 to 3660, "
                            f"not '{days}'.")
        return problems

    def booking_rules(self, today: date | None) -> BookingRules:
        """This profile's accounting currency, fiscal year and date window, counting from `today`."""
        return BookingRules(self.accounting_currency, self.fiscal_year_start, self.max_days_ahead, today)

    @property
    def is_production(self) -> bool:
        """True when this profile posts real entries."""
        return self.environment == "production"

    def warnings(self) -> list[str]:
        """Things worth telling the user that do not stop the profile from being saved."""
        found = []
        # Confirma's companies are Finnish (Y-tunnus), Infinity's organisations Swiss (UID).
        if self.company_id:
            problem = company_id_problem(self.company_id, self.target)
            if problem:
                found.append(f"Company ID: {problem.message}")
        return found

"""A profile's context, answered once: the VAT table and chart its vouchers are checked and posted with, the
identity of both (recorded with each queued request), and the client profile its requests go out under."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.client.profile import ClientProfile
from app.store.backend import Connection
from app.deferred import deferred
from app.domain.chart import ChartAccount
from app.domain.targets import Target
from app.domain.vat_codes import VatTable
from app.resources import vat_table_for
from app.store.charts import ChartStore, RecentUse
from app.store.profile import Profile

if TYPE_CHECKING:
    import hashlib
else:
    hashlib = deferred("hashlib")  # the identity digests are taken when a voucher is queued, not at start


@dataclass(frozen=True)
class ProfileContext:
    """What a profile's vouchers are typed, checked and posted against."""

    profile: Profile
    table: VatTable
    accounts: tuple[ChartAccount, ...]  # the whole imported chart, inactive accounts too; () when none
    recent_texts: tuple[str, ...] = ()  # line texts this profile posted, most recent first (autocomplete)

    @property
    def chart_numbers(self) -> set[str] | None:
        """The active accounts vouchers are checked against; None when no chart is imported."""
        return {a.number for a in self.accounts if a.active} if self.accounts else None

    @property
    def identity(self) -> dict[str, str]:
        """Short digests naming the VAT table and chart in use, frozen with each queued request."""
        return {"vat_table": f"{self.table.name}:{_digest(self.table.to_dict())}",
                "chart": _digest([[a.number, a.name, a.default_vat_code, a.active] for a in self.accounts])
                if self.accounts else "none"}


def vat_table_of(conn: Connection, profile_name: str, target: Target | str | None) -> VatTable:
    """The VAT table a profile posts with: its imported one, else its target's default (both targets' codes
    for a target LedgerDesk no longer knows)."""
    own = ChartStore(conn).vat_table(profile_name)
    if own is not None:
        return own
    try:
        return vat_table_for(Target(target) if target is not None else None)
    except ValueError:
        return vat_table_for(None)


def profile_context(conn: Connection, profile: Profile, *, recent_texts: int = 0) -> ProfileContext:
    """The VAT table and chart of `profile` as stored now (and up to `recent_texts` recently posted texts)."""
    texts = tuple(RecentUse(conn).texts(profile.name, limit=recent_texts)) if recent_texts else ()
    return ProfileContext(profile, vat_table_of(conn, profile.name, profile.target),
                          tuple(ChartStore(conn).accounts(profile.name)), texts)


def client_profile(profile: Profile, key_supplier: Callable[[], str]) -> ClientProfile:
    """The connection the client opens for `profile`; the key is asked of `key_supplier` per request."""
    return ClientProfile(name=profile.name, target=profile.target, base_url=profile.base_url,
                         environment=profile.environment, key_supplier=key_supplier,
                         auth_header=profile.auth_header)


def _digest(data: object) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

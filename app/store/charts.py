"""Per-profile chart of accounts and VAT code table, and recently used texts and accounts."""

from __future__ import annotations

import json
from collections.abc import Iterable

from app.domain.chart import ChartAccount
from app.domain.vat_codes import VatTable
from app.store.backend import Connection
from app.store.clock import utc_now
from app.store.database import transaction


class ChartStore:
    """The accounts and VAT table a profile posts with."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def replace_accounts(self, profile: str, accounts: Iterable[ChartAccount]) -> int:
        """Replace a profile's chart in one transaction; returns the number of accounts stored."""
        rows = [(profile, a.number, a.name, a.default_vat_code, int(a.active)) for a in accounts]
        with transaction(self.conn):
            self.conn.execute("DELETE FROM accounts WHERE profile = ?", (profile,))
            self.conn.executemany("INSERT INTO accounts (profile, number, name, default_vat_code, active) "
                                  "VALUES (?, ?, ?, ?, ?)", rows)
        return len(rows)

    def accounts(self, profile: str, active_only: bool = False) -> list[ChartAccount]:
        query = "SELECT number, name, default_vat_code, active FROM accounts WHERE profile = ?"
        if active_only:
            query += " AND active = 1"
        rows = self.conn.execute(query + " ORDER BY number", (profile,)).fetchall()
        return [ChartAccount(r[0], r[1], r[2], bool(r[3])) for r in rows]

    def set_vat_table(self, profile: str, table: VatTable) -> None:
        with transaction(self.conn):
            self.conn.execute("INSERT INTO vat_tables (profile, content) VALUES (?, ?) ON CONFLICT (profile) "
                              "DO UPDATE SET content = excluded.content",
                              (profile, json.dumps(table.to_dict(), ensure_ascii=False)))

    def vat_table(self, profile: str) -> VatTable | None:
        row = self.conn.execute("SELECT content FROM vat_tables WHERE profile = ?", (profile,)).fetchone()
        return VatTable.from_dict(json.loads(row[0])) if row else None


class RecentUse:
    """Recently used line texts and accounts of a profile, for autocomplete."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def record(self, profile: str, texts: Iterable[str] = (), accounts: Iterable[str] = ()) -> None:
        now = utc_now()
        with transaction(self.conn):
            for table, column, values in (("recent_texts", "text", texts), ("recent_accounts", "number", accounts)):
                # `{table}.uses`: PostgreSQL finds a bare `uses` ambiguous here (the row, or `excluded`).
                self.conn.executemany(
                    f"INSERT INTO {table} (profile, {column}, last_used) VALUES (?, ?, ?) "
                    f"ON CONFLICT (profile, {column}) DO UPDATE SET uses = {table}.uses + 1, "
                    f"last_used = excluded.last_used",
                    [(profile, v, now) for v in {v.strip() for v in values} if v])

    def texts(self, profile: str, prefix: str = "", limit: int = 20) -> list[str]:
        rows = self.conn.execute("SELECT text FROM recent_texts WHERE profile = ? AND text LIKE ? ESCAPE '\\' "
                                 "ORDER BY last_used DESC, uses DESC LIMIT ?",
                                 (profile, _like_prefix(prefix), limit)).fetchall()
        return [r[0] for r in rows]

    def accounts(self, profile: str, limit: int = 20) -> list[str]:
        rows = self.conn.execute("SELECT number FROM recent_accounts WHERE profile = ? "
                                 "ORDER BY last_used DESC, uses DESC LIMIT ?", (profile, limit)).fetchall()
        return [r[0] for r in rows]


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

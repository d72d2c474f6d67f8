"""Drafts: the voucher as typed, saved on every committed edit."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.crashpoints import crash_point
from app.store.clock import utc_now
from app.store.database import transaction


@dataclass(frozen=True)
class DraftRow:
    """A stored draft: its voucher file v1 JSON and when it was last saved."""

    id: str
    profile: str
    content: str
    updated_at: str


class DraftStore:
    """Save, list and remove drafts. A save is one small committed transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def save(self, draft_id: str, content: str, profile: str = "") -> None:
        now = utc_now()
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO drafts (id, profile, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET content = excluded.content, profile = excluded.profile, "
                "updated_at = excluded.updated_at, archived = 0",
                (draft_id, profile, content, now, now))
            # The crash tests kill the process here: written but not committed, the previous save must survive.
            crash_point("during-autosave")

    def get(self, draft_id: str) -> DraftRow | None:
        row = self.conn.execute("SELECT id, profile, content, updated_at FROM drafts WHERE id = ?",
                                (draft_id,)).fetchone()
        return DraftRow(*row) if row else None

    def open_drafts(self) -> list[DraftRow]:
        """Drafts not yet archived, most recently edited first."""
        rows = self.conn.execute("SELECT id, profile, content, updated_at FROM drafts WHERE archived = 0 "
                                 "ORDER BY updated_at DESC").fetchall()
        return [DraftRow(*row) for row in rows]

    def archive(self, draft_id: str) -> None:
        with transaction(self.conn):
            self.conn.execute("UPDATE drafts SET archived = 1, updated_at = ? WHERE id = ?", (utc_now(), draft_id))

    def delete(self, draft_id: str) -> None:
        with transaction(self.conn):
            self.conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

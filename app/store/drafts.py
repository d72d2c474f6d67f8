"""Drafts: the voucher as typed, saved on every committed edit.

`content` is voucher file v1 text; the texts of cells that could not be read (which that format cannot
hold) are kept beside it in `raw_cells` (migration 005), keyed "<line index>:<column>" or "header:<field>".
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.crashpoints import crash_point
from app.store.backend import Connection
from app.store.clock import utc_now
from app.store.database import transaction

log = logging.getLogger(__name__)
_COLUMNS = "id, profile, content, updated_at, raw_cells"


@dataclass(frozen=True)
class DraftText:
    """What autosave writes for a draft: its voucher file v1 text and its unreadable cells' texts."""

    content: str
    raw_cells: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DraftRow:
    """A stored draft: its voucher file v1 JSON, when it was last saved and its unreadable cells' texts."""

    id: str
    profile: str
    content: str
    updated_at: str
    raw_cells: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> DraftRow:
        return cls(row[0], row[1], row[2], row[3], _read_raw_cells(row[0], row[4]))


def _read_raw_cells(draft_id: str, text: str | None) -> dict[str, str]:
    """The stored texts; a damaged value costs only those texts, never the draft (logged)."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        log.error("draft %s: its unreadable cells' texts cannot be read and are left out", draft_id)
        return {}
    return value


class DraftStore:
    """Save, list and remove drafts. A save is one small committed transaction."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def save(self, draft_id: str, content: str, profile: str = "", raw_cells: Mapping[str, str] | None = None) -> None:
        """Write the draft as it is now: its text and its unreadable cells' texts replace what was stored."""
        now = utc_now()
        raw = json.dumps(dict(raw_cells), ensure_ascii=False, sort_keys=True) if raw_cells else None
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO drafts (id, profile, content, created_at, updated_at, raw_cells) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET content = excluded.content, profile = excluded.profile, "
                "updated_at = excluded.updated_at, raw_cells = excluded.raw_cells, archived = 0",
                (draft_id, profile, content, now, now, raw))
            # The crash tests kill the process here: written but not committed, the previous save must survive.
            crash_point("during-autosave")

    def get(self, draft_id: str) -> DraftRow | None:
        """One draft by its identifier, archived or not."""
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return DraftRow.from_row(row) if row else None

    def open_drafts(self) -> list[DraftRow]:
        """Drafts not yet archived, most recently edited first."""
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM drafts WHERE archived = 0 "
                                 "ORDER BY updated_at DESC").fetchall()
        return [DraftRow.from_row(row) for row in rows]

    def archive(self, draft_id: str) -> None:
        """Out of the way, kept: a closed or accepted draft."""
        with transaction(self.conn):
            self.conn.execute("UPDATE drafts SET archived = 1, updated_at = ? WHERE id = ?", (utc_now(), draft_id))

    def delete(self, draft_id: str) -> None:
        """Gone from the store."""
        with transaction(self.conn):
            self.conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

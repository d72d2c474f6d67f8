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
from app.store.installation import installation
from app.store.team_location import bookkeeper_name

log = logging.getLogger(__name__)
_COLUMNS = "id, profile, content, updated_at, raw_cells, owner, owner_name"


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
    owner: str = ""  # the installation id of the data location editing it ('' for a draft from before schema 9)
    owner_name: str = ""  # its bookkeeper's name, for "being edited by …"

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> DraftRow:
        return cls(row[0], row[1], row[2], row[3], _read_raw_cells(row[0], row[4]), row[5], row[6])


class DraftTakenOver(RuntimeError):
    """The draft is being edited by a colleague (it was taken over): this desktop's save changed nothing.
    `draft_id` and `holder` (the colleague's name) let the window show it on that draft's tab."""

    def __init__(self, message: str, draft_id: str = "", holder: str = "") -> None:
        super().__init__(message)
        self.draft_id, self.holder = draft_id, holder


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
    """Save, list and remove drafts. A save is one small committed transaction.

    Each draft has an owner, the data location whose bookkeeper edits it (`owner`, by default this one's
    installation id): on a team database colleagues share one drafts table, and only the owner's window
    restores a draft and may save it; a colleague takes it over explicitly (`take_over`)."""

    def __init__(self, conn: Connection, owner: str | None = None, owner_name: str | None = None):
        self.conn = conn
        self.owner = installation().id if owner is None else owner
        self.owner_name = bookkeeper_name() if owner_name is None else owner_name

    def save(self, draft_id: str, content: str, profile: str = "", raw_cells: Mapping[str, str] | None = None) -> None:
        """Write the draft as it is now: its text and its unreadable cells' texts replace what was stored."""
        now = utc_now()
        raw = json.dumps(dict(raw_cells), ensure_ascii=False, sort_keys=True) if raw_cells else None
        with transaction(self.conn):
            cursor = self.conn.execute(
                "INSERT INTO drafts (id, profile, content, created_at, updated_at, raw_cells, owner, owner_name) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET content = excluded.content, profile = excluded.profile, "
                "updated_at = excluded.updated_at, raw_cells = excluded.raw_cells, archived = 0, "
                "owner = excluded.owner, owner_name = excluded.owner_name WHERE drafts.owner IN ('', excluded.owner)",
                (draft_id, profile, content, now, now, raw, self.owner, self.owner_name))
            if cursor.rowcount == 0:
                row = self.get(draft_id)
                holder = row.owner_name if row and row.owner_name else "a colleague"
                raise DraftTakenOver(f"{holder} has taken this draft over and is editing it now; your changes since "
                                     f"then were not saved.", draft_id, holder)
            # The crash tests kill the process here: written but not committed, the previous save must survive.
            crash_point("during-autosave")

    def get(self, draft_id: str) -> DraftRow | None:
        """One draft by its identifier, archived or not."""
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return DraftRow.from_row(row) if row else None

    def open_drafts(self) -> list[DraftRow]:
        """This bookkeeper's drafts not yet archived (and those from before owners), most recently edited first."""
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM drafts WHERE archived = 0 AND owner IN ('', ?) "
                                 "ORDER BY updated_at DESC", (self.owner,)).fetchall()
        return [DraftRow.from_row(row) for row in rows]

    def colleagues_drafts(self) -> list[DraftRow]:
        """Open drafts colleagues are editing (a team database), most recently edited first."""
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM drafts WHERE archived = 0 AND owner NOT IN ('', ?) "
                                 "ORDER BY updated_at DESC", (self.owner,)).fetchall()
        return [DraftRow.from_row(row) for row in rows]

    def take_over(self, draft_id: str) -> DraftRow | None:
        """Make this bookkeeper the draft's editor (the explicit take-over); the colleague's later saves change
        nothing. The draft as it is now, or None when there is no open one (sent or closed meanwhile: taken over,
        it would come back as a draft at this desktop's next save)."""
        with transaction(self.conn):
            taken = self.conn.execute("UPDATE drafts SET owner = ?, owner_name = ? WHERE id = ? AND archived = 0",
                                      (self.owner, self.owner_name, draft_id)).rowcount
        return self.get(draft_id) if taken else None

    def archive(self, draft_id: str) -> None:
        """Out of the way, kept: a closed or accepted draft."""
        with transaction(self.conn):
            self.conn.execute("UPDATE drafts SET archived = 1, updated_at = ? WHERE id = ?", (utc_now(), draft_id))

    def delete(self, draft_id: str) -> None:
        """Gone from the store."""
        with transaction(self.conn):
            self.conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

"""Source documents attached to vouchers (migration 010, docs/attachments.md).

A document's bytes are kept once, keyed by their SHA-256, in `attachment_contents`; `attachments` says which
voucher has which document and under what file name. The voucher is named by its identifier: the draft's id,
which is also the `voucher_id` of every submission of it, so the documents stay with what was posted.
The same SQL runs on SQLite (BLOB) and the team database (bytea), so colleagues see each other's receipts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.deferred import deferred
from app.store.backend import Connection
from app.store.clock import utc_now
from app.store.database import transaction

if TYPE_CHECKING:
    import hashlib
else:
    hashlib = deferred("hashlib")  # a document's digest is taken when it is attached; listing needs none

# The most one document may be: a phone photo of a receipt is 2-5 MB, a scanned invoice PDF rarely 10 MB.
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
_COLUMNS = "a.voucher_id, a.sha256, a.file_name, a.media_type, c.size, a.added_at, a.added_by"


@dataclass(frozen=True)
class Attachment:
    """One document of a voucher, without its bytes (`AttachmentStore.content` reads them)."""

    voucher_id: str
    sha256: str
    file_name: str
    media_type: str
    size: int
    added_at: str
    added_by: str = ""

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf"

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Attachment:
        return cls(row[0], row[1], row[2], row[3], int(row[4]), row[5], row[6])


@dataclass(frozen=True)
class Added:
    """What attaching did: the attachment, whether the voucher already had this document (nothing changed) and
    whether its bytes were already stored (for another voucher: kept once)."""

    attachment: Attachment
    already_attached: bool
    content_was_stored: bool


class AttachmentTooLarge(ValueError):
    """More than MAX_ATTACHMENT_BYTES: refused before anything is written."""


def content_hash(content: bytes) -> str:
    """The key a document is stored under: its SHA-256 as 64 hex digits."""
    return hashlib.sha256(content).hexdigest()


class AttachmentStore:
    """Attach, list, read and detach the documents of vouchers. Each write is one transaction."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def add(self, voucher_id: str, file_name: str, content: bytes, media_type: str, added_by: str = "") -> Added:
        """Attach `content` to the voucher under `file_name`; its bytes are written only if not yet stored."""
        if len(content) > MAX_ATTACHMENT_BYTES:
            raise AttachmentTooLarge(f"{len(content)} bytes; at most {MAX_ATTACHMENT_BYTES}")
        sha = content_hash(content)
        now = utc_now()
        with transaction(self.conn):
            stored = self.conn.execute("INSERT INTO attachment_contents (sha256, size, content, created_at) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                                       (sha, len(content), content, now)).rowcount == 0
            linked = self.conn.execute("INSERT INTO attachments (voucher_id, sha256, file_name, media_type, added_at, "
                                       "added_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (voucher_id, sha256) "
                                       "DO NOTHING", (voucher_id, sha, file_name, media_type, now, added_by)).rowcount
            row = self.conn.execute(f"SELECT {_COLUMNS} FROM attachments a JOIN attachment_contents c ON "
                                    "c.sha256 = a.sha256 WHERE a.voucher_id = ? AND a.sha256 = ?",
                                    (voucher_id, sha)).fetchone()
        return Added(Attachment.from_row(row), already_attached=linked == 0, content_was_stored=stored)

    def for_voucher(self, voucher_id: str) -> list[Attachment]:
        """The voucher's documents in the order they were attached."""
        return self.for_vouchers([voucher_id])

    def for_vouchers(self, voucher_ids: Iterable[str]) -> list[Attachment]:
        """The documents of several identifiers of one voucher (a submission and its aliases), each once."""
        ids = list(dict.fromkeys(voucher_ids))
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM attachments a JOIN attachment_contents c ON "
                                 f"c.sha256 = a.sha256 WHERE a.voucher_id IN ({marks}) "
                                 "ORDER BY a.added_at, a.file_name", ids).fetchall()
        seen: set[str] = set()
        found = []
        for row in rows:
            if row[1] not in seen:
                seen.add(row[1])
                found.append(Attachment.from_row(row))
        return found

    def for_submission(self, submission_id: int) -> list[Attachment]:
        """The documents of the voucher a submission posts: under its voucher id and under any identifier a
        corrected file gave it (submission_aliases)."""
        ids = [r[0] for r in self.conn.execute("SELECT voucher_id FROM submissions WHERE id = ? UNION "
                                               "SELECT voucher_id FROM submission_aliases WHERE submission_id = ?",
                                               (submission_id, submission_id))]
        return self.for_vouchers(sorted(ids))

    def content(self, sha256: str) -> bytes | None:
        """A document's bytes (None when no document has that hash)."""
        row = self.conn.execute("SELECT content FROM attachment_contents WHERE sha256 = ?", (sha256,)).fetchone()
        return bytes(row[0]) if row else None

    def remove(self, voucher_id: str, sha256: str) -> bool:
        """Detach a document from the voucher; its bytes go too when no other voucher has it. False when the
        voucher did not have it."""
        with transaction(self.conn):
            gone = self.conn.execute("DELETE FROM attachments WHERE voucher_id = ? AND sha256 = ?",
                                     (voucher_id, sha256)).rowcount
            self.conn.execute("DELETE FROM attachment_contents WHERE sha256 = ? AND NOT EXISTS "
                              "(SELECT 1 FROM attachments WHERE sha256 = ?)", (sha256, sha256))
        return bool(gone)

    def submitted(self, voucher_id: str) -> bool:
        """Whether the voucher is in the outbox (any state): its documents then stay with that submission."""
        return self.conn.execute("SELECT 1 FROM submissions WHERE voucher_id = ? UNION "
                                 "SELECT 1 FROM submission_aliases WHERE voucher_id = ?",
                                 (voucher_id, voucher_id)).fetchone() is not None

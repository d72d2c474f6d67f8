"""Source documents: attaching a receipt, an invoice PDF or an e-invoice to a voucher, listing them, and a copy
to open in the system's viewer (docs/attachments.md). The window and `ledgerdesk attach` both come here.

Any kind of file is accepted (a bookkeeper also gets XML e-invoices and mails); what it is, is read from its
first bytes (images and PDFs), not trusted from its name. Neither target's API takes documents: they stay with
the firm, in the data location's database (the team database in team mode), once per content.
"""

from __future__ import annotations

import mimetypes
import os
import stat
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from app.domain.messages import Message
from app.store.atomic import write_atomically
from app.store.attachments import MAX_ATTACHMENT_BYTES, Added, Attachment, AttachmentStore
from app.store.backend import Connection

__all__ = ["MAX_ATTACHMENT_BYTES", "AttachResult", "Attachment", "AttachmentError", "attach_bytes", "attach_file",
           "attachments_of", "detach", "display_name", "media_type_of", "pasted_image_name", "viewer_copy",
           "write_copy"]

_NAME_LIMIT = 120  # characters kept of a file name (with its extension)
# Characters no file name on Windows, macOS or Linux may hold, besides controls.
_FORBIDDEN = set('<>:"/\\|?*')
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF87a", "image/gif"),
          (b"GIF89a", "image/gif"), (b"%PDF-", "application/pdf"), (b"II*\x00", "image/tiff"),
          (b"MM\x00*", "image/tiff"))


class AttachmentError(Exception):
    """A document that was not attached or opened; its one argument is the Message saying why."""


@dataclass(frozen=True)
class AttachResult:
    """A document attached (or found already attached): the attachment and the sentence for the bookkeeper."""

    attachment: Attachment
    already_attached: bool
    message: Message


def attach_file(conn: Connection, voucher_id: str, path: Path, *, target: str = "", added_by: str = "") -> AttachResult:
    """Read `path` (a regular file of 1 byte to 20 MB) and attach it to the voucher; AttachmentError otherwise."""
    content = _read_document(path)
    return attach_bytes(conn, voucher_id, path.name, content, target=target, added_by=added_by)


def attach_bytes(conn: Connection, voucher_id: str, file_name: str, content: bytes, *, target: str = "",
                 added_by: str = "") -> AttachResult:
    """Attach `content` (a pasted image, a read file) under `file_name` to the voucher."""
    name = display_name(file_name)
    if not content:
        raise AttachmentError(Message("attachment_empty", file=name))
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise AttachmentError(_too_large(name, len(content)))
    added: Added = AttachmentStore(conn).add(voucher_id, name, content, media_type_of(content, name), added_by)
    shown = added.attachment.file_name
    to = target or "the target"
    if added.already_attached:
        said = Message("attachment_already", file=shown)
    elif added.content_was_stored:
        said = Message("attachment_added_shared", file=shown, target=to)
    else:
        said = Message("attachment_added", file=shown, target=to)
    return AttachResult(added.attachment, added.already_attached, said)


def attachments_of(conn: Connection, voucher_id: str) -> list[Attachment]:
    """The voucher's documents, in the order they were attached."""
    return AttachmentStore(conn).for_voucher(voucher_id)


def detach(conn: Connection, attachment: Attachment) -> Message:
    """Remove a document from a draft; refused once the voucher was submitted (it stays with the submission)."""
    store = AttachmentStore(conn)
    if store.submitted(attachment.voucher_id):
        raise AttachmentError(Message("attachment_kept_submitted", file=attachment.file_name))
    store.remove(attachment.voucher_id, attachment.sha256)
    return Message("attachment_removed", file=attachment.file_name)


def viewer_copy(conn: Connection, attachment: Attachment) -> Path:
    """A copy of the document to hand to the system's viewer, in a new private temporary folder, under its file
    name; the stored document is never handed out itself (a viewer could change it)."""
    try:
        folder = Path(tempfile.mkdtemp(prefix="ledgerdesk-document-"))
    except OSError as exc:
        raise AttachmentError(Message("attachment_not_opened", file=attachment.file_name,
                                      reason=exc.strerror or str(exc))) from None
    return write_copy(conn, attachment, folder / attachment.file_name)


def write_copy(conn: Connection, attachment: Attachment, target: Path) -> Path:
    """Write the document's bytes to `target` (atomically: all of it or nothing)."""
    content = AttachmentStore(conn).content(attachment.sha256)
    if content is None:
        raise AttachmentError(Message("attachment_gone", file=attachment.file_name))
    try:
        write_atomically(target, content)
    except OSError as exc:
        raise AttachmentError(Message("attachment_not_opened", file=attachment.file_name,
                                      reason=exc.strerror or str(exc))) from None
    return target


def media_type_of(content: bytes, file_name: str) -> str:
    """What the document is: images and PDFs by their first bytes; other kinds by the name's extension, but a name
    never makes something an image or a PDF that does not start like one."""
    for magic, kind in _MAGIC:
        if content.startswith(magic):
            return kind
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    guessed = mimetypes.guess_type(file_name)[0] or ""
    if guessed.startswith("image/") or guessed == "application/pdf" or not guessed:
        stripped = content[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
        return "application/xml" if stripped.startswith(b"<?xml") else "application/octet-stream"
    return guessed


def display_name(file_name: str) -> str:
    """The file name a document is kept and copied under: no folder, no invisible characters (controls, bidi), none a
    file system refuses (as "_"), at most 120 characters (the extension kept); "document" when nothing is left."""
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    # Invisible characters (controls, bidi overrides, line breaks) go; the ones a file system refuses become "_".
    name = "".join("_" if ch in _FORBIDDEN else ch for ch in unicodedata.normalize("NFC", name)
                   if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Zl", "Zp"))
    name = name.strip(" .")
    if len(name) > _NAME_LIMIT:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 10:
            name = stem[:_NAME_LIMIT - len(extension) - 2] + "…." + extension
        else:
            name = name[:_NAME_LIMIT - 1] + "…"
    return name or "document"


def pasted_image_name(now: datetime | None = None) -> str:
    """The file name of an image pasted from the clipboard: `pasted-YYYYMMDD-HHMMSS.png`."""
    return f"pasted-{(now or datetime.now()).strftime('%Y%m%d-%H%M%S')}.png"


def _read_document(path: Path) -> bytes:
    """The bytes of a regular file of 1 byte to MAX_ATTACHMENT_BYTES. A pipe, a device or a folder is refused from
    its metadata before a byte is read, so nothing hangs or fills memory."""
    name = display_name(path.name)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise AttachmentError(Message("attachment_missing", file=name)) from None
    except IsADirectoryError:
        raise AttachmentError(Message("attachment_folder", file=name)) from None
    except OSError as exc:
        raise AttachmentError(Message("attachment_unreadable", file=name, reason=exc.strerror or str(exc))) from None
    try:
        info = os.fstat(fd)  # of the open file: the name could be swapped in between
        if stat.S_ISDIR(info.st_mode):
            raise AttachmentError(Message("attachment_folder", file=name))
        if not stat.S_ISREG(info.st_mode):
            raise AttachmentError(Message("attachment_not_regular", file=name))
        if info.st_size > MAX_ATTACHMENT_BYTES:
            raise AttachmentError(_too_large(name, info.st_size))
        chunks: list[bytes] = []
        size = 0
        # At most one byte past the limit: a file that grows while being read is still bounded.
        while size <= MAX_ATTACHMENT_BYTES and (chunk := os.read(fd, MAX_ATTACHMENT_BYTES + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise AttachmentError(Message("attachment_unreadable", file=name, reason=exc.strerror or str(exc))) from None
    finally:
        os.close(fd)
    content = b"".join(chunks)
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise AttachmentError(_too_large(name, len(content)))
    if not content:
        raise AttachmentError(Message("attachment_empty", file=name))
    return content


def _too_large(name: str, size: int) -> Message:
    megabytes = (Decimal(size) / (1024 * 1024)).quantize(Decimal("0.01"))
    return Message("attachment_too_large", file=name, size=megabytes, limit=MAX_ATTACHMENT_BYTES // (1024 * 1024))

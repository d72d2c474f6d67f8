"""Reading voucher files from disk, checking them, and building what would be sent."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.domain.booking_rules import BookingRules
from app.domain.exchange_rates import exchange_rate_note
from app.domain.issues import Issue, has_errors
from app.domain.targets import Target
from app.domain.targets.confirma import confirma_body
from app.domain.targets.infinity import infinity_bodies
from app.domain.validation import validate_voucher
from app.domain.vat_codes import VatTable
from app.domain.voucher import Voucher
from app.domain.voucher_file import LoadedVoucher, VoucherFileError, parse_voucher_file
from app.resources import vat_table_for


# A voucher file with thousands of lines is well under 1 MB; 10 MB leaves room and bounds memory.
MAX_FILE_BYTES = 10 * 1024 * 1024


def read_voucher_file(path: Path) -> LoadedVoucher:
    """Read and parse a voucher file. Raises VoucherFileError (with the file's name) when unreadable.

    Only a regular file of at most MAX_FILE_BYTES is read: a pipe, a device such as /dev/zero or a
    folder is refused from its metadata, before a byte is read, so nothing can hang or fill memory.
    """
    raw = read_regular_file(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise VoucherFileError(f"{path}: not UTF-8 text (byte {exc.start}); save the file as UTF-8.") from None
    return parse_voucher_file(text, source=str(path))


def read_regular_file(path: Path, kind: str = "voucher file", limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; VoucherFileError (naming the file) otherwise.

    A pipe, a device such as /dev/zero or a folder is refused from its metadata, before a byte is read, so
    nothing can hang or fill memory (voucher files, chart exports)."""
    try:
        # O_NONBLOCK: opening a pipe with no writer must not wait; the file type is checked next.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise VoucherFileError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    try:
        return _read_open_file(path, fd, kind, limit)
    finally:
        os.close(fd)


def _read_open_file(path: Path, fd: int, kind: str, limit: int) -> bytes:
    # fstat of the open file, not stat of the name: the name could be swapped in between.
    info = os.fstat(fd)
    if stat.S_ISDIR(info.st_mode):
        raise VoucherFileError(f"{path}: is a folder, not a {kind}.")
    if not stat.S_ISREG(info.st_mode):
        raise VoucherFileError(f"{path}: is not a regular file (a pipe, device or socket); LedgerDesk reads "
                               f"a {kind} only from a regular file.")
    if info.st_size > limit:
        raise VoucherFileError(f"{path}: is {_megabytes(info.st_size)}; a {kind} may be at most "
                               f"{_megabytes(limit)}.")
    chunks: list[bytes] = []
    size = 0
    try:
        # At most one byte past the limit: a file that grows while being read is still bounded.
        while size <= limit and (chunk := os.read(fd, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise VoucherFileError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    raw = b"".join(chunks)
    if len(raw) > limit:
        raise VoucherFileError(f"{path}: is larger than {_megabytes(limit)}, the most a {kind} may be.")
    return raw


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


@dataclass
class CheckedVoucher:
    """A voucher with the target and VAT table it was checked against, and what was found."""

    voucher: Voucher
    target: Target | None
    table: VatTable
    issues: list[Issue] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not has_errors(self.issues)

    @property
    def exchange_rate_note(self) -> str | None:
        """How a foreign-currency voucher is converted (the typed rate, or the target's own), for the preview."""
        return exchange_rate_note(self.voucher, self.target, BookingRules.for_target(self.target))


def check_voucher(loaded: LoadedVoucher, target: Target | None = None,
                  table: VatTable | None = None, today: date | None = None) -> CheckedVoucher:
    """Validate a loaded voucher for `target` (default: the target the file names), its dates judged from
    `today` (default: the computer's date) by the target's default booking rules."""
    target = target or loaded.target
    table = table or vat_table_for(target)
    rules = BookingRules.for_target(target, today or date.today())
    issues = validate_voucher(loaded.voucher, table, target, known=loaded.issues, rules=rules)
    return CheckedVoucher(loaded.voucher, target, table, issues)


def build_payload(checked: CheckedVoucher, *, explicit_vat_rows: bool = True,
                  company_id: str | None = None) -> dict[str, Any] | list[dict[str, Any]]:
    """The Confirma body, or the list of Infinity entry bodies, of a valid voucher."""
    if checked.target is Target.CONFIRMA:
        return confirma_body(checked.voucher, checked.table, explicit_vat_rows=explicit_vat_rows,
                             company_id=company_id)
    if checked.target is Target.INFINITY:
        return infinity_bodies(checked.voucher, checked.table)
    raise ValueError("a payload needs a target")


__all__ = ["MAX_FILE_BYTES", "VoucherFileError", "read_voucher_file", "check_voucher", "build_payload", "CheckedVoucher"]

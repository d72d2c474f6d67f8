"""`ledgerdesk attach VOUCHER [FILE...]`: source documents of a voucher, from the command line (docs/attachments.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.terminal import one_line
from app.services import attachments as documents
from app.services.session import SessionError, open_store
from app.services.voucher_files import VoucherFileError, read_voucher_file
from app.store.attachments import Attachment

# Same meanings as app.cli's codes (not imported: app.cli imports this module while it is being built).
EXIT_OK, EXIT_PROBLEM = 0, 2


def register(commands: argparse._SubParsersAction) -> None:
    attach = commands.add_parser(
        "attach", help="attach receipts and invoices to a voucher, or list (and copy out) its documents",
        description="Attach each FILE (a receipt photo, an invoice PDF, an XML e-invoice: any file of at most 20 MB) "
                    "to the voucher VOUCHER, a voucher file (its identifier names the voucher, as `submit` sends "
                    "it) or, with --id, a voucher identifier; then list the voucher's documents. Each document is "
                    "stored once by its SHA-256, in the data location's database (the team database in team mode), "
                    "and never sent: neither target's API takes documents. Exit 0 when every FILE was attached, 2 "
                    "when one was not (each refusal on standard error).")
    attach.add_argument("voucher", metavar="VOUCHER")
    attach.add_argument("files", metavar="FILE", type=Path, nargs="*")
    attach.add_argument("--id", action="store_true", help="VOUCHER is a voucher identifier, not a voucher file")
    attach.add_argument("--save-to", metavar="FOLDER", type=Path,
                        help="also write a copy of each of the voucher's documents into FOLDER")
    attach.set_defaults(handler=run_attach)


def run_attach(args: argparse.Namespace) -> int:
    if args.id:
        voucher_id = args.voucher.strip()
        if not voucher_id:
            return _fail("Name the voucher: --id takes its identifier.")
    else:
        try:
            voucher_id = read_voucher_file(Path(args.voucher)).voucher.identifier
        except VoucherFileError as exc:
            return _fail(one_line(exc))
    try:
        conn = open_store()
    except SessionError as exc:
        return _fail(one_line(exc))
    code = EXIT_OK
    try:
        for path in args.files:
            try:
                print(one_line(documents.attach_file(conn, voucher_id, path).message))
            except documents.AttachmentError as exc:
                print(one_line(exc.args[0]), file=sys.stderr)
                code = EXIT_PROBLEM
        attached = documents.attachments_of(conn, voucher_id)
        if not attached:
            print(f"Voucher {one_line(voucher_id)} has no source documents.")
        for attachment in attached:
            print(_listed(attachment))
        if args.save_to is not None:
            code = max(code, _save_copies(conn, attached, args.save_to))
    finally:
        conn.close()
    return code


def _listed(attachment: Attachment) -> str:
    return (f"  {one_line(attachment.file_name)}  {attachment.media_type}  {attachment.size} bytes  "
            f"sha256 {attachment.sha256}")


def _save_copies(conn, attached: list[Attachment], folder: Path) -> int:
    if not folder.is_dir():
        return _fail(f"{one_line(folder)} is not a folder: nothing was copied.")
    used: set[str] = set()
    for attachment in attached:
        name = attachment.file_name
        if name.lower() in used:  # two documents with one name: the later one's name says which it is
            stem, dot, extension = name.rpartition(".")
            name = f"{stem}-{attachment.sha256[:8]}.{extension}" if dot else f"{name}-{attachment.sha256[:8]}"
        used.add(name.lower())
        target = folder / name
        if target.exists():
            return _fail(f"{one_line(target)} exists already: nothing more was copied.")
        try:
            documents.write_copy(conn, attachment, target)
        except documents.AttachmentError as exc:
            return _fail(one_line(exc.args[0]))
        print(f"Copied {one_line(name)} to {one_line(folder)}.")
    return EXIT_OK


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_PROBLEM

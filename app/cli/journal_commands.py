"""`ledgerdesk journal`: a period's posted vouchers as a printable PDF journal and/or CSV (docs/journal.md)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from app.cli.terminal import one_line
from app.editing.cells import LOCALES
from app.services.commands.journal import UnknownProfile, write_journal
from app.services.session import SessionError
from app.store.database import DatabaseError
from app.store.review import ReviewFilter
from app.store.settings import SettingsError

# Same meanings as app.cli's codes (not imported: app.cli imports this module while it is being built).
EXIT_OK, EXIT_PROBLEM = 0, 2


def register(commands: argparse._SubParsersAction) -> None:
    journal = commands.add_parser(
        "journal", help="write a period's posted vouchers as a PDF journal and/or CSV",
        description="Write the vouchers the targets took (accepted, pending, synced, booked differently) in date "
                    "and number order, with their lines, VAT rows and the VAT per code and rate: as an A4 PDF "
                    "(the company and period on every page, page numbers) and/or as CSV. Exit 0 when written, 2 "
                    "when not (nothing is left half written).")
    journal.add_argument("--profile", help="only this profile's vouchers (default: every profile)")
    journal.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=_day,
                         help="the first voucher date (inclusive)")
    journal.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=_day,
                         help="the last voucher date (inclusive)")
    journal.add_argument("--pdf", metavar="FILE", type=Path, help="write the printable journal here")
    journal.add_argument("--csv", metavar="FILE", type=Path, help="write the journal's lines here as CSV")
    journal.add_argument("--number-format", choices=list(LOCALES), default="en",
                         help="how the PDF writes amounts and dates: 1 234,56 (fi, sv), 1'234.56 (de-CH), "
                              "1,234.56 (en, the default)")
    journal.set_defaults(handler=run_journal)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31") from None


def run_journal(args: argparse.Namespace) -> int:
    if args.pdf is None and args.csv is None:
        return _fail("Say where to write the journal: --pdf FILE, --csv FILE, or both.")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        return _fail(f"--from {args.date_from} is after --to {args.date_to}: no voucher can be in that period.")
    review_filter = ReviewFilter(date_from=args.date_from, date_to=args.date_to, profile=args.profile or "")
    try:
        written = write_journal(review_filter, pdf=args.pdf, csv=args.csv, fmt=args.number_format)
    except (UnknownProfile, SessionError, SettingsError, DatabaseError) as exc:
        return _fail(f"No journal written: {one_line(exc)}")
    except OSError as exc:
        where = exc.filename or args.pdf or args.csv
        return _fail(f"No journal written: {one_line(exc.strerror or exc)} ({one_line(where)}).")
    print(f"Journal: {written.vouchers} posted voucher{'s' if written.vouchers != 1 else ''}.")
    if args.pdf is not None:
        print(f"PDF: {one_line(args.pdf)}, {written.pages} page{'s' if written.pages != 1 else ''}.")
    if args.csv is not None:
        print(f"CSV: {one_line(args.csv)}, {written.csv_rows} row{'s' if written.csv_rows != 1 else ''}.")
    return EXIT_OK


def _fail(line: str) -> int:
    print(line, file=sys.stderr)
    return EXIT_PROBLEM

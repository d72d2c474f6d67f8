"""`ledgerdesk validate` and `ledgerdesk payload`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli.terminal import one_line
from app.domain import wire_json
from app.domain.issues import Issue
from app.domain.targets import Target
from app.services.voucher_files import VoucherFileError, build_payload, check_voucher, read_voucher_file

TARGETS = [t.value for t in Target]


def register(commands: argparse._SubParsersAction) -> None:
    validate = commands.add_parser(
        "validate", help="check a voucher file",
        description="Check a voucher file. Exit 0 when valid (warnings are printed), 1 when invalid, "
                    "2 when the file cannot be read.")
    validate.add_argument("file", type=Path)
    validate.add_argument("--target", choices=TARGETS, help="check against this target's rules "
                          "(default: the target the file names, else target-neutral checks)")
    validate.add_argument("--json", action="store_true", help="print the issues as a JSON list")
    validate.set_defaults(handler=run_validate)

    payload = commands.add_parser(
        "payload", help="print what would be sent for a voucher file",
        description="Print the body (Confirma) or the list of entry bodies (Infinity) that would be sent. "
                    "Warnings (e.g. fields the target does not take) go to stderr. "
                    "Exit 1 with the issues when the voucher is invalid.")
    payload.add_argument("file", type=Path)
    payload.add_argument("--target", choices=TARGETS, help="default: the target the file names")
    payload.add_argument("--no-vat-rows", action="store_true",
                         help="Confirma: leave the VAT rows to the target system instead of sending them")
    payload.set_defaults(handler=run_payload)


def run_validate(args: argparse.Namespace) -> int:
    try:
        loaded = read_voucher_file(args.file)
    except VoucherFileError as exc:
        print(one_line(exc), file=sys.stderr)
        return 2
    checked = check_voucher(loaded, Target(args.target) if args.target else None)
    if args.json:
        print(json.dumps([issue.as_dict() for issue in checked.issues], indent=2, ensure_ascii=False))
    else:
        print_issues(args.file, checked.issues)
        if checked.valid:
            print(f"{one_line(args.file)}: valid" + (f" for {checked.target.value}" if checked.target else ""))
    return 0 if checked.valid else 1


def run_payload(args: argparse.Namespace) -> int:
    try:
        loaded = read_voucher_file(args.file)
    except VoucherFileError as exc:
        print(one_line(exc), file=sys.stderr)
        return 2
    target = Target(args.target) if args.target else loaded.target
    if target is None:
        print(f"{one_line(args.file)}: say which target: --target confirma or --target infinity.", file=sys.stderr)
        return 2
    checked = check_voucher(loaded, target)
    if not checked.valid:
        print_issues(args.file, checked.issues, stream=sys.stderr)
        return 1
    # Warnings too (on stderr, so the body stays clean to pipe): e.g. the fields the target does not take.
    print_issues(args.file, checked.issues, stream=sys.stderr)
    if checked.exchange_rate_note:
        print(f"{args.file}: {checked.exchange_rate_note}", file=sys.stderr)
    print(wire_json.dumps(build_payload(checked, explicit_vat_rows=not args.no_vat_rows)))
    return 0


def print_issues(path: Path, issues: list[Issue], stream=None) -> None:
    """One issue per line: file, line number (or header), field, severity, message (each kept to one line)."""
    stream = stream or sys.stdout
    for issue in issues:
        print(f"{one_line(path)}: {issue.location()}: {issue.severity.value}: {one_line(issue.message)}",
              file=stream)

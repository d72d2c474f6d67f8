"""`ledgerdesk submit`, `ledgerdesk status` and `ledgerdesk outbox`: thin over app.services.submission."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli.terminal import one_line
from app.cli.voucher_commands import print_issues
from app.domain.money import format_amount, from_cents
from app.services.commands.outbox import cancel as cancel_submission, list_submissions
from app.services.commands.sending import DecidedNotSent, SendResult, queue_and_send, resolve_and_send
from app.services.commands.sync import reconcile, refresh_status
from app.services.session import KeyringNotReady, SessionError, open_session, open_store
from app.services.voucher_files import VoucherFileError, read_voucher_file
from app.store.states import OPEN_STATES, POSTED_AS_PREVIEWED, REFUSED_STATES, SubmissionState

EXIT_OK, EXIT_FAILED, EXIT_SETUP, EXIT_UNSETTLED, EXIT_BOOKED_DIFFERENTLY = 0, 1, 2, 3, 4


def _setup_problems_exit_2(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A missing profile, key or database is said in one line on stderr, with exit 2; a keyring that cannot
    give the key now (locked, not answering) with exit 3: nothing was sent, try again."""
    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except KeyringNotReady as exc:
            print(one_line(exc), file=sys.stderr)
            return EXIT_UNSETTLED
        except SessionError as exc:
            print(one_line(exc), file=sys.stderr)
            return EXIT_SETUP
    return run


def register(commands: argparse._SubParsersAction) -> None:
    submit = commands.add_parser(
        "submit", help="validate and post voucher files through the outbox",
        description="Validate, queue and post voucher files. Exit 0 when all were accepted, 1 when any was "
                    "rejected or invalid, 3 when any is left uncertain or waiting (or the keyring could not give the "
                    "key: nothing sent, try again), 4 when the target booked "
                    "any otherwise than the preview showed, 2 for a set-up problem.")
    submit.add_argument("files", nargs="+", type=Path, metavar="FILE")
    submit.add_argument("--profile", required=True)
    submit.add_argument("--allow-number-reuse", action="store_true",
                        help="send a voucher whose number another voucher of the profile already has (refused "
                             "by default: it is usually the same voucher again)")
    submit.set_defaults(handler=run_submit)

    status = commands.add_parser("status", help="Confirma sync state of submitted vouchers",
                                 description="Read the target's sync status and list this profile's submissions.")
    status.add_argument("--profile", required=True)
    status.set_defaults(handler=run_status)

    outbox = commands.add_parser("outbox", help="list queued and uncertain submissions; resolve uncertain ones",
                                 description="Without arguments: list what is queued, being sent, or uncertain.")
    outbox.add_argument("--profile")
    outbox.set_defaults(handler=run_outbox_list)
    actions = outbox.add_subparsers(dest="action", metavar="ACTION")
    resolve = actions.add_parser("resolve", help="decide an uncertain submission: posted or resend",
                                 description="'posted': you checked the target and it arrived (entries of the "
                                             "voucher not yet sent go now). 'resend': it did not arrive; send "
                                             "it again now.")
    resolve.add_argument("id", type=int)
    resolve.add_argument("decision", choices=["posted", "resend"])
    resolve.set_defaults(handler=run_outbox_resolve)
    cancel = actions.add_parser("cancel", help="withdraw a queued or rejected submission nothing was booked of",
                                description="Cancel a submission the target provably holds nothing of (queued, "
                                            "or rejected, with no entry booked). The voucher can be corrected "
                                            "and submitted again later.")
    cancel.add_argument("id", type=int)
    cancel.set_defaults(handler=run_outbox_cancel)


@_setup_problems_exit_2
def run_submit(args: argparse.Namespace) -> int:
    session = open_session(args.profile, progress=lambda message: print(message, file=sys.stderr))
    codes = []
    with session:
        for change in reconcile(session):
            print(f"Earlier submission {change.submission_id}: {change.state}: {one_line(change.detail)}")
        for path in args.files:
            codes.append(_submit_file(session, path, args.allow_number_reuse))
    return max(codes, key=lambda code: (code == EXIT_FAILED, code == EXIT_UNSETTLED,
                                        code == EXIT_BOOKED_DIFFERENTLY, code == EXIT_SETUP))


def _submit_file(session, path: Path, allow_number_reuse: bool = False) -> int:
    try:
        loaded = read_voucher_file(path)
    except VoucherFileError as exc:
        print(one_line(exc), file=sys.stderr)
        return EXIT_FAILED
    result = queue_and_send(session, loaded.voucher, allow_number_reuse=allow_number_reuse)
    if loaded.issues or result.issues:
        print_issues(path, [*loaded.issues, *result.issues])
    if result.submission_id is None or result.queue_message != "Queued.":  # e.g. the correction of a refused one
        print(f"{one_line(path)}: {one_line(result.queue_message)}")
    if result.submission_id is None:
        return EXIT_FAILED if result.issues else EXIT_OK
    print_report(path, result)
    return _exit_code(result)


def _exit_code(result: SendResult) -> int:
    if result.state in POSTED_AS_PREVIEWED:
        return EXIT_OK
    if result.state == SubmissionState.DIFFERS:
        return EXIT_BOOKED_DIFFERENTLY
    if result.state in REFUSED_STATES:
        return EXIT_FAILED
    return EXIT_UNSETTLED


def print_report(path: Path | str, report: SendResult) -> None:
    """One line for the submission, one per field issue and one per booked transaction (server text escaped)."""
    path = one_line(path)
    print(f"{path}: submission {report.submission_id}: {report.state}: {one_line(report.message)}")
    for issue in report.field_issues:
        print(f"{path}: {issue.location()}: {issue.severity.value}: {one_line(issue.message)}")
    for t in report.transactions:
        kind = "VAT" if t.get("isTaxTransaction") else "net"
        print(f"  {kind} {format_amount(from_cents(t['amount']))} {one_line(t.get('currency') or '')} "
              f"{one_line(t.get('debitAccount'))} / {one_line(t.get('creditAccount'))} "
              f"{one_line(t.get('taxCode') or '')} (id {one_line(t['id'])})")


@_setup_problems_exit_2
def run_status(args: argparse.Namespace) -> int:
    session = open_session(args.profile)
    with session:
        code = EXIT_OK
        for problem in refresh_status(session).problems:
            print(f"The sync status could not be read: {one_line(problem)}", file=sys.stderr)
            code = EXIT_UNSETTLED
        for s in list_submissions(session.conn, args.profile):
            remote = f" [{one_line(s.remote_status)}]" if s.remote_status else ""
            print(f"{s.id:>5}  {s.state:<9}{remote}  {one_line(s.date)}  {one_line(s.number)}  "
                  f"{one_line(s.description[:50])}  {one_line(s.total)}  {one_line(s.voucher_id)}")
            if s.state in (*REFUSED_STATES, SubmissionState.UNCERTAIN) and s.detail:
                print(f"       {one_line(s.detail)}")
    return code


@_setup_problems_exit_2
def run_outbox_list(args: argparse.Namespace) -> int:
    conn = open_store()
    try:
        items = list_submissions(conn, args.profile, OPEN_STATES)
    finally:
        conn.close()
    if not items:
        print("The outbox is empty: nothing queued, being sent, or uncertain.")
    for s in items:
        print(f"{s.id:>5}  {one_line(s.profile)}  {s.target}  {s.state}  {one_line(s.date)}  "
              f"{one_line(s.number)}  {one_line(s.description[:50])}")
        if s.detail:
            print(f"       {one_line(s.detail)}")
        for seq, state in s.request_states:
            if s.target == "infinity":
                print(f"       entry {seq}: {state}")
        if s.state == SubmissionState.UNCERTAIN:
            print(f"       decide: ledgerdesk outbox resolve {s.id} posted   or   ledgerdesk outbox resolve {s.id} resend")
        elif s.state == SubmissionState.QUEUED:
            print(f"       withdraw it (nothing was booked): ledgerdesk outbox cancel {s.id}")
    return EXIT_OK


@_setup_problems_exit_2
def run_outbox_resolve(args: argparse.Namespace) -> int:
    try:
        result = resolve_and_send(args.id, args.decision)
    except KeyError:
        print(f"There is no submission {args.id}.", file=sys.stderr)
        return EXIT_SETUP
    except ValueError as exc:
        print(one_line(exc), file=sys.stderr)
        return EXIT_SETUP
    except DecidedNotSent as exc:
        print(f"Submission {args.id} is queued again; it could not be sent now: {one_line(exc)}", file=sys.stderr)
        return EXIT_UNSETTLED
    if not result.sent:  # 'posted' for all of it: nothing left to send
        print(f"Submission {result.submission_id}: {result.state}.")
        return EXIT_OK
    print_report(f"submission {result.submission_id}", result)
    return EXIT_OK if result.state in POSTED_AS_PREVIEWED else EXIT_UNSETTLED


@_setup_problems_exit_2
def run_outbox_cancel(args: argparse.Namespace) -> int:
    try:
        submission = cancel_submission(args.id)
    except KeyError:
        print(f"There is no submission {args.id}.", file=sys.stderr)
        return EXIT_SETUP
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAILED
    print(f"Submission {submission.submission_id}: {submission.state}: {submission.detail}")
    return EXIT_OK

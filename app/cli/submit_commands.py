"""`ledgerdesk submit`, `ledgerdesk status` and `ledgerdesk outbox`: thin over app.services.submission."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli.terminal import one_line
from app.cli.voucher_commands import print_issues
from app.client.confirma import StatusUnavailable
from app.domain.money import format_amount, from_cents
from app.services.session import KeyringNotReady, SessionError, open_session, open_store
from app.services.decisions import cancel_submission
from app.services.submission import SubmitReport, queue_voucher, resolve_uncertain
from app.services.voucher_files import VoucherFileError, read_voucher_file
from app.store.outbox import Outbox
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
        for report in session.submitter.reconcile():
            print(f"Earlier submission {report.submission_id}: {report.state}: {one_line(report.message)}")
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
    queued = queue_voucher(session.conn, loaded.voucher, session.profile, allow_number_reuse=allow_number_reuse)
    if loaded.issues or queued.issues:
        print_issues(path, [*loaded.issues, *queued.issues])
    if queued.submission_id is None or queued.message != "Queued.":  # e.g. the correction of a refused voucher
        print(f"{one_line(path)}: {one_line(queued.message)}")
    if queued.submission_id is None:
        return EXIT_FAILED if queued.issues else EXIT_OK
    report = session.submitter.send(queued.submission_id)
    print_report(path, report)
    if report.state in POSTED_AS_PREVIEWED:
        return EXIT_OK
    if report.state == SubmissionState.DIFFERS:
        return EXIT_BOOKED_DIFFERENTLY
    if report.state in REFUSED_STATES:
        return EXIT_FAILED
    return EXIT_UNSETTLED


def print_report(path: Path | str, report: SubmitReport) -> None:
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
        try:
            session.submitter.refresh_status()
        except StatusUnavailable as exc:
            print(f"The sync status could not be read: {one_line(exc.outcome.message)}", file=sys.stderr)
            code = EXIT_UNSETTLED
        for s in Outbox(session.conn).list(profile=args.profile):
            summary = s.summary
            remote = f" [{one_line(s.remote_status)}]" if s.remote_status else ""
            print(f"{s.id:>5}  {s.state:<9}{remote}  {one_line(summary.get('date', ''))}  "
                  f"{one_line(summary.get('number', ''))}  {one_line(summary.get('description', '')[:50])}  "
                  f"{one_line(summary.get('total', ''))}  {one_line(s.voucher_id)}")
            if s.state in (*REFUSED_STATES, SubmissionState.UNCERTAIN) and s.detail:
                print(f"       {one_line(s.detail)}")
    return code


@_setup_problems_exit_2
def run_outbox_list(args: argparse.Namespace) -> int:
    conn = open_store()
    outbox = Outbox(conn)
    items = outbox.list(OPEN_STATES, args.profile)
    if not items:
        print("The outbox is empty: nothing queued, being sent, or uncertain.")
    for s in items:
        print(f"{s.id:>5}  {one_line(s.profile)}  {s.target}  {s.state}  {one_line(s.summary.get('date', ''))}  "
              f"{one_line(s.summary.get('number', ''))}  {one_line(s.summary.get('description', '')[:50])}")
        if s.detail:
            print(f"       {one_line(s.detail)}")
        for r in outbox.requests(s.id):
            if s.target == "infinity":
                print(f"       entry {r.seq}: {r.state}")
        if s.state == SubmissionState.UNCERTAIN:
            print(f"       decide: ledgerdesk outbox resolve {s.id} posted   or   ledgerdesk outbox resolve {s.id} resend")
        elif s.state == SubmissionState.QUEUED:
            print(f"       withdraw it (nothing was booked): ledgerdesk outbox cancel {s.id}")
    return EXIT_OK


@_setup_problems_exit_2
def run_outbox_resolve(args: argparse.Namespace) -> int:
    conn = open_store()
    try:
        submission = resolve_uncertain(conn, args.id, args.decision)
    except KeyError:
        print(f"There is no submission {args.id}.", file=sys.stderr)
        return EXIT_SETUP
    except ValueError as exc:
        print(one_line(exc), file=sys.stderr)
        return EXIT_SETUP
    if args.decision == "posted" and submission.state != SubmissionState.QUEUED:
        print(f"Submission {submission.id}: {submission.state}.")
        return EXIT_OK
    # 'resend', or 'posted' for some entries of an Infinity voucher: the entries not yet booked go now.
    try:
        session = open_session(submission.profile)
    except SessionError as exc:
        print(f"Submission {submission.id} is queued again; it could not be sent now: {one_line(exc)}",
              file=sys.stderr)
        return EXIT_UNSETTLED
    with session:
        report = session.submitter.send(submission.id)
    print_report(f"submission {submission.id}", report)
    return EXIT_OK if report.state in POSTED_AS_PREVIEWED else EXIT_UNSETTLED


@_setup_problems_exit_2
def run_outbox_cancel(args: argparse.Namespace) -> int:
    conn = open_store()
    try:
        submission = cancel_submission(conn, args.id)
    except KeyError:
        print(f"There is no submission {args.id}.", file=sys.stderr)
        return EXIT_SETUP
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAILED
    print(f"Submission {submission.id}: {submission.state}: {submission.detail}")
    return EXIT_OK

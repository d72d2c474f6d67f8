"""`ledgerdesk template list|save|delete` and `ledgerdesk recurring due`: voucher templates and recurring
vouchers from a terminal (docs/templates.md)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from app.cli.terminal import one_line
from app.domain.recurrence import Repeat, Schedule, ScheduleError
from app.domain.voucher_template import NAME_LIMIT, TemplateNameError
from app.services.commands import templates
from app.services.session import SessionError, open_store
from app.services.voucher_files import VoucherFileError, read_voucher_file
from app.store.backend import Connection
from app.store.settings import SettingsError, load_settings

# Same meanings as app.cli's codes (not imported: app.cli imports this module while it is being built).
EXIT_OK, EXIT_PROBLEM = 0, 2
NAME_PROBLEMS = {"empty": "a template needs a name",
                 "too_long": f"a template name has at most {NAME_LIMIT} characters",
                 "control": "a template name is one line of text"}


def register(commands: argparse._SubParsersAction) -> None:
    template = commands.add_parser(
        "template", help="list, save or delete voucher templates",
        description="Voucher templates: a voucher kept under a name, to start drafts from (Ctrl+T in the window). "
                    "A template with a schedule is a recurring voucher: each period that falls due becomes a "
                    "draft when LedgerDesk starts, never sent by itself.")
    actions = template.add_subparsers(dest="template_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the templates, their profile, schedule and next due date")
    listing.set_defaults(handler=run_list)
    save = actions.add_parser(
        "save", help="keep the voucher of FILE.json as template NAME (replacing one of that name)",
        description="Keep the voucher of a voucher file (docs/voucher-format.md) as a template. Its number, date "
                    "and line booking dates are not kept: a draft from it gets the next number and today's date "
                    "(or its due date). Exit 0 when saved, 2 when not.")
    save.add_argument("name", metavar="NAME")
    save.add_argument("file", metavar="FILE.json", type=Path)
    save.add_argument("--profile", help="the profile its drafts go to (default: the first of the file's target)")
    save.add_argument("--blank", default="", metavar="amounts,date",
                      help="what the bookkeeper types into each draft: amounts, date or both")
    save.add_argument("--repeat", choices=[r.value for r in Repeat], default=Repeat.NONE.value,
                      help="make it a recurring voucher (default: none)")
    save.add_argument("--day", type=int, help="the day of the month it falls due, 1-31 (default: the start's day; "
                                              "31 is each month's last day)")
    save.add_argument("--start", metavar="YYYY-MM-DD", help="the first day it can fall due (default: today)")
    save.set_defaults(handler=run_save)
    delete = actions.add_parser("delete", help="delete template NAME (drafts made from it stay)")
    delete.add_argument("name", metavar="NAME")
    delete.set_defaults(handler=run_delete)

    recurring = commands.add_parser("recurring", help="recurring vouchers that have fallen due",
                                    description="Recurring vouchers (templates with a schedule).")
    recurring_actions = recurring.add_subparsers(dest="recurring_command", metavar="ACTION", required=True)
    due = recurring_actions.add_parser(
        "due", help="list the recurring vouchers due and not yet drafts",
        description="List the periods of recurring templates that have fallen due and are not drafts yet (they "
                    "become drafts when the window starts). --make-drafts makes them drafts now, each once, "
                    "however often or wherever it runs; nothing is sent. Exit 0.")
    due.add_argument("--make-drafts", action="store_true", help="make each due voucher a draft now")
    due.add_argument("--until", metavar="YYYY-MM-DD", help="list what will be due by this day (not with "
                                                           "--make-drafts)")
    due.set_defaults(handler=run_due)


def run_list(_args: argparse.Namespace) -> int:
    with _store() as conn:
        found = templates.list_templates(conn, date.today())
    if not found:
        print("No templates. Save one with Ctrl+Shift+T in the window or `ledgerdesk template save NAME FILE.json`.")
    for info in found:
        if info.problem:
            print(f"{one_line(info.name)}  cannot be read: {one_line(info.problem)}")
            continue
        blanks = [word for word, blank in (("amounts", info.blank_amounts), ("date", info.blank_date)) if blank]
        schedule = _schedule_words(info.schedule) if info.schedule else "on request"
        due = f", next due {info.next_due.isoformat()}" if info.next_due else ""
        print(f"{one_line(info.name)}  {one_line(info.profile)}  {schedule}{due}  "
              f"{info.lines} lines" + (f", typed each time: {', '.join(blanks)}" if blanks else "")
              + (f"  {one_line(info.description)}" if info.description else ""))
    return EXIT_OK


def _schedule_words(schedule: Schedule) -> str:
    return f"{schedule.repeat.value} on day {schedule.day} from {schedule.start.isoformat()}"


def run_save(args: argparse.Namespace) -> int:
    blanks = {word.strip() for word in args.blank.split(",") if word.strip()}
    if blanks - {"amounts", "date"}:
        return _fail(f"--blank takes amounts, date or both, not {', '.join(sorted(blanks - {'amounts', 'date'}))}.")
    try:
        loaded = read_voucher_file(args.file)
    except VoucherFileError as exc:
        return _fail(f"Not saved: {one_line(exc)}")
    schedule = None
    if args.repeat != Repeat.NONE.value:
        try:
            start = date.fromisoformat(args.start) if args.start else date.today()
            schedule = Schedule(Repeat(args.repeat), start, args.day or start.day)
        except (ValueError, ScheduleError) as exc:
            return _fail(f"Not saved: {one_line(exc)} (--start is YYYY-MM-DD, --day 1-31).")
    elif args.day is not None or args.start:
        return _fail("--day and --start belong to a schedule: add --repeat monthly, quarterly or yearly.")
    try:
        profiles = load_settings().profiles
    except SettingsError as exc:
        return _fail(f"Not saved: {one_line(exc)}")
    if args.profile is not None and args.profile not in profiles:
        return _fail(f"Not saved: there is no profile {one_line(args.profile)} (ledgerdesk profile list).")
    profile = args.profile or next((name for name in sorted(profiles) if profiles[name].target is loaded.target),
                                   min(profiles, default=""))
    if not profile:
        return _fail("Not saved: no profile is configured yet (ledgerdesk profile add).")
    try:
        with _store() as conn:
            saved = templates.save_template(conn, args.name, loaded.voucher, profile, target=profiles[profile].target,
                                            blank_amounts="amounts" in blanks, blank_date="date" in blanks,
                                            schedule=schedule)
            due = [d for d in templates.due_vouchers(conn, date.today())[0] if d.template == saved.name]
    except TemplateNameError as exc:
        return _fail(f"Not saved: {NAME_PROBLEMS[str(exc)]}.")
    print(f"{'Replaced' if saved.replaced else 'Saved'} template {one_line(saved.name)} for profile "
          f"{one_line(profile)}" + (f", {_schedule_words(schedule)}" if schedule else "") + ".")
    if due:
        print(f"{len(due)} of its periods {'is' if len(due) == 1 else 'are'} due already (from "
              f"{due[0].due.isoformat()}): they become drafts when the window starts, or with "
              f"`ledgerdesk recurring due --make-drafts`.")
    return EXIT_OK


def run_delete(args: argparse.Namespace) -> int:
    with _store() as conn:
        deleted = templates.delete_template(conn, args.name)
    if not deleted:
        return _fail(f"There is no template {one_line(args.name)} (ledgerdesk template list).")
    print(f"Deleted template {one_line(args.name)}.")
    return EXIT_OK


def run_due(args: argparse.Namespace) -> int:
    if args.make_drafts and args.until:
        return _fail("--until lists what will be due; --make-drafts makes only what is due today.")
    try:
        until = date.fromisoformat(args.until) if args.until else date.today()
    except ValueError:
        return _fail(f"--until is a date as YYYY-MM-DD, not {one_line(args.until)}.")
    with _store() as conn:
        if args.make_drafts:
            report = templates.make_due_drafts(conn, until)
            for made in report.made:
                print(f"{made.due.isoformat()}  {one_line(made.template)}  {one_line(made.profile)}  "
                      f"draft {made.voucher.number}")
            print(f"Made {len(report.made)} draft{'' if len(report.made) == 1 else 's'}; they open in the window, "
                  f"nothing was sent.")
            problems = report.unreadable
        else:
            due, problems = templates.due_vouchers(conn, until)
            for item in due:
                print(f"{item.due.isoformat()}  {one_line(item.template)}  {one_line(item.profile)}")
            print(f"{len(due)} recurring voucher{' is' if len(due) == 1 else 's are'} due"
                  + (f" by {until.isoformat()}." if args.until else
                     "; they become drafts when the window starts (or with --make-drafts)."))
    for problem in problems:
        print(one_line(problem), file=sys.stderr)
    return EXIT_OK


@contextmanager
def _store() -> Iterator[Connection]:
    """The data location's store for one command, closed after it; a store that cannot open is exit 2."""
    try:
        conn = open_store()
    except SessionError as exc:
        print(f"The store cannot be opened: {one_line(exc)}", file=sys.stderr)
        raise SystemExit(EXIT_PROBLEM) from None
    try:
        yield conn
    finally:
        conn.close()


def _fail(line: str) -> int:
    print(line, file=sys.stderr)
    return EXIT_PROBLEM


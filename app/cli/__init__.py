"""The `ledgerdesk` command line: thin commands over app.services; with no command it opens the window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
import traceback
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from app import __version__
from app.cli.terminal import escaped_output, one_line
from app.services import log_file
from app.deferred import deferred
from app.store.paths import DataLocationError, logs_dir

if TYPE_CHECKING:
    from app.cli import (attach_commands, backup_commands, journal_commands, profile_commands, sandbox_command,
                         submit_commands, team_commands, template_commands, voucher_commands)
    from app.ui import app as gui
else:
    # Loaded when the parser is built, so importing one command (e.g. the sandbox) loads nothing else.
    profile_commands = deferred("app.cli.profile_commands")
    sandbox_command = deferred("app.cli.sandbox_command")
    submit_commands = deferred("app.cli.submit_commands")
    team_commands = deferred("app.cli.team_commands")
    backup_commands = deferred("app.cli.backup_commands")
    journal_commands = deferred("app.cli.journal_commands")
    attach_commands = deferred("app.cli.attach_commands")
    voucher_commands = deferred("app.cli.voucher_commands")
    template_commands = deferred("app.cli.template_commands")
    # Loaded only to open the window: --help, --version and every command run without Qt (tests/ui checks
    # it). This is the one place app.cli reaches app.ui (see pyproject's contracts).
    gui = deferred("app.ui.app")

# Exit codes shared by every command. 70 is sysexits' EX_SOFTWARE: LedgerDesk itself failed.
EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE, EXIT_INTERNAL = 0, 1, 2, 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ledgerdesk",
        description="LedgerDesk: enter, check and post journal vouchers to Confirma Finance or Infinity.",
    )
    parser.add_argument("--version", action="version", version=f"LedgerDesk {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help="open the window offscreen, close it and exit 0 (for installers and packaging)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    voucher_commands.register(commands)
    sandbox_command.register(commands)
    profile_commands.register(commands)
    submit_commands.register(commands)
    team_commands.register(commands)
    backup_commands.register(commands)
    journal_commands.register(commands)
    attach_commands.register(commands)
    template_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `ledgerdesk` command (or open the window); the exit code is returned, never a traceback."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments in ([], ["--self-check"]):
        # The window, with nothing to parse: building the parser loads every command, and with them httpx,
        # pydantic and keyring (about 0.25 s here, docs/performance.md), none of which the window needs to open.
        return gui.run_gui(self_check=bool(arguments))
    if arguments and all(a.lower().endswith(".json") and not a.startswith("-") for a in arguments):
        # `ledgerdesk bill.json` (also what a desktop's "open with" runs): the window, with the file as a draft.
        return gui.run_gui(open_files=[Path(a) for a in arguments])
    parser = build_parser()
    with escaped_output():  # argparse echoes a wrong argument back in its error message
        args = parser.parse_args(argv)
    if args.command is None:
        return gui.run_gui(self_check=args.self_check)
    try:
        log_file.install_log_file()  # the window's log: warnings and errors of every command go there too
        with escaped_output():
            return args.handler(args)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except DataLocationError as exc:  # a set-up problem, said as one: exit 2
        print(f"ledgerdesk {args.command}: {one_line(exc)}", file=sys.stderr)
        return 2
    except Exception as exc:  # the outermost guard: a bookkeeper never sees a traceback
        return report_unexpected(args.command, exc)


def report_unexpected(command: str, exc: BaseException) -> int:
    """One line on stderr for an error no command expected, the traceback to the log; EXIT_INTERNAL."""
    where = _log_traceback(command, exc)
    logging.getLogger(__name__).error("ledgerdesk %s: unexpected error", command, exc_info=exc)
    print(f"ledgerdesk {command}: unexpected error ({one_line(type(exc).__name__)}: {one_line(exc)[:300]}); "
          f"{where} Please report it.", file=sys.stderr)
    return EXIT_INTERNAL


def _log_traceback(command: str, exc: BaseException) -> str:
    try:
        path = logs_dir() / "cli-errors.log"
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        details = "".join(traceback.format_exception(exc))
        with open(path, "a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(f"{stamp} ledgerdesk {command} {__version__}\n{details}\n")
    except Exception as failed:  # the data folder itself may be what is broken
        return f"the details could not be logged ({one_line(failed)[:200]})."
    return f"the details are in {one_line(path)}."

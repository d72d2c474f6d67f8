"""The `ledgerdesk` command line: thin commands over app.services; with no command it opens the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import __version__

# Exit codes shared by every command.
EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ledgerdesk",
        description="LedgerDesk: enter, check and post journal vouchers to Confirma Finance or Infinity.",
    )
    parser.add_argument("--version", action="version", version=f"LedgerDesk {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help="open the window offscreen, close it and exit 0 (for installers and packaging)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Imported here, not at module level, so importing one command (e.g. the sandbox) loads nothing else.
    from app.cli import profile_commands, sandbox_command, submit_commands, voucher_commands

    voucher_commands.register(commands)
    sandbox_command.register(commands)
    profile_commands.register(commands)
    submit_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # Imported only here: --help, --version and every command run without loading Qt
        # (tests/ui checks it). This is the one place app.cli reaches app.ui (see pyproject's contracts).
        from app.ui.app import run_gui
        return run_gui(self_check=args.self_check)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK

"""`ledgerdesk team init|connect|status`: the office's PostgreSQL as this data location's store (docs/team.md)."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.services import team
from app.services.profiles import ProfileMerge
from app.store.secrets import ALLOW_PLAINTEXT_ENV, KeyStore, KeyStoreError
from app.store.team_location import TeamDatabaseError

# Same meanings as app.cli's codes (not imported: app.cli imports this module while it is being built).
EXIT_OK, EXIT_PROBLEM = 0, 2


def register(commands: argparse._SubParsersAction) -> None:
    group = commands.add_parser(
        "team", help="share one PostgreSQL database with the office's other bookkeepers",
        description="Team mode: this data location keeps its drafts, outbox, audit log and review list in the "
                    "office's PostgreSQL database instead of its own SQLite file (docs/team.md). The password is "
                    "taken from the URL or asked for, and kept in the OS keyring, never in a file. Exit 0 when "
                    "done, 2 for a wrong address, a refused password, an unreachable server or a database that "
                    "cannot be used.")
    actions = group.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="create LedgerDesk's schema in an empty database, then use it here",
        description="Create LedgerDesk's tables in an empty PostgreSQL database (once, for the whole office) "
                    "and join this data location to it. A database that is not empty is left untouched.")
    init.add_argument("url", metavar="postgresql://USER@HOST:PORT/DATABASE")
    init.add_argument("--name", default="", help=_NAME_HELP)
    init.set_defaults(handler=run_init)
    join = actions.add_parser(
        "connect", help="use the office's team database here",
        description="Join this data location to a team database that `ledgerdesk team init` created. The "
                    "password is checked by connecting before anything is saved.")
    join.add_argument("url", metavar="postgresql://USER@HOST:PORT/DATABASE")
    join.add_argument("--name", default="", help=_NAME_HELP)
    join.set_defaults(handler=run_connect)
    status = actions.add_parser("status", help="where this data location's store is, and whether it answers")
    status.set_defaults(handler=run_status)
    leave = actions.add_parser(
        "leave", help="go back to this computer's own database",
        description="Stop using the team database here: this data location uses its own SQLite file and its own "
                    "profiles (settings.json) again, and the team database's password is deleted from the "
                    "keyring. The team database itself is not changed.")
    leave.set_defaults(handler=run_leave)


_NAME_HELP = "how colleagues see you in the audit log and on claims (default: your OS user name)"


def run_init(args: argparse.Namespace) -> int:
    return _join(team.init_team, args.url, "Created LedgerDesk's schema in", args.name)


def run_connect(args: argparse.Namespace) -> int:
    return _join(team.connect_team, args.url, "Joined", args.name)


def _join(use_case: team.JoinUseCase, url: str, done: str, name: str) -> int:
    keys = _keystore()
    try:
        joined = use_case(url, keys, read_password, name)
    except (TeamDatabaseError, KeyStoreError) as exc:
        return _fail(str(exc), "Nothing was saved." if not isinstance(exc, KeyStoreError) else
                     "The data location was not joined: store the password once the keyring works.")
    where = f"the keyring ({keys.backend_name()})" if joined.password_stored else "no keyring entry (none needed)"
    print(f"{done} the team database {joined.server} (schema {joined.schema_version}); password: {where}.")
    print("Recorded for this data location: the window and the commands now use the team database "
          "(`ledgerdesk team status` checks that it answers; docs/team.md).")
    for line in merge_lines(joined.profiles):
        print(line)
    return EXIT_OK


def merge_lines(merge: ProfileMerge) -> list[str]:
    """What joining did with this computer's own profiles, one line each kind (none when it had none)."""
    lines = []
    if merge.uploaded:
        lines.append(f"Shared with the office: {', '.join(merge.uploaded)} (the profiles only; API keys stay in "
                     f"this computer's keyring).")
    if merge.same:
        lines.append(f"Already shared with the same settings: {', '.join(merge.same)}.")
    if merge.kept_team:
        lines.append(f"The team database already has {', '.join(merge.kept_team)} with other settings: the team's "
                     f"are used; this computer's are kept in its settings file, unused while it is joined.")
    return lines


def run_leave(args: argparse.Namespace) -> int:
    try:
        left = team.leave_team(_keystore())
    except TeamDatabaseError as exc:
        return _fail(str(exc))
    if left is None:
        print("This data location already uses its own database (SQLite); nothing was changed.")
        return EXIT_OK
    print(f"Left the team database {left.server}: this data location uses its own database and profiles again.")
    if left.problem:
        print(f"The team database's password could not be deleted from the keyring ({left.problem}); delete it "
              f"in your keyring app once it works.", file=sys.stderr)
    return EXIT_OK


def run_status(args: argparse.Namespace) -> int:
    try:
        status = team.store_status(_keystore())
    except TeamDatabaseError as exc:
        return _fail(str(exc))
    print(f"backend: {status.backend}")
    print(f"{'server' if status.backend == 'postgresql' else 'file'}: {status.server}")
    print(f"schema version: {status.schema_version if status.schema_version is not None else 'unknown'}")
    print(f"reachable: {'yes' if status.reachable else 'no'}" + (f" ({status.problem})" if status.problem else ""))
    return EXIT_OK if status.reachable else EXIT_PROBLEM


def read_password() -> str:
    """The team database's password: asked for without echo at a terminal, else read from standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass("Password for the team database: ")
        except EOFError:
            return ""
    return (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")


def _keystore() -> KeyStore:
    keystore = KeyStore()
    if keystore.allow_plaintext and keystore.is_plaintext():
        print(f"Warning: the password is stored UNENCRYPTED by {keystore.backend_name()} because "
              f"{ALLOW_PLAINTEXT_ENV}=1.", file=sys.stderr)
    return keystore


def _fail(*lines: str) -> int:
    for line in lines:
        print(line, file=sys.stderr)
    return EXIT_PROBLEM

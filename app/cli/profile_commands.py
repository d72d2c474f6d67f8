"""`ledgerdesk profile add|list|remove|set-key|test`: connection profiles, API keys in the OS keyring."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.domain.targets import Target
from app.services import profiles as profile_service
from app.services.connection import ConnectionTestUnavailable, test_connection
from app.services.profiles import ProfileExists, ProfileInputError, ProfileNotFound
from app.store.secrets import ALLOW_PLAINTEXT_ENV, KeyMissing, KeyStore, KeyStoreError
from app.store.profile import AUTH_HEADERS, ENVIRONMENTS, Profile, default_base_url
from app.store.settings import SettingsError
from app.store.team_location import read_location

# Same meanings as app.cli's codes (not imported: app.cli imports this module while it is being built).
EXIT_OK, EXIT_FAILED, EXIT_PROBLEM = 0, 1, 2
PRODUCTION_MARK = "[PRODUCTION]"


def register(commands: argparse._SubParsersAction) -> None:
    profile = commands.add_parser(
        "profile", help="manage connection profiles (API keys are kept in the OS keyring)",
        description="Connection profiles: which service, which environment, which address. API keys are "
                    "kept in the OS keyring, never in the settings file. Exit 0 when done, 1 when a "
                    "connection test fails, 2 for a usage, keyring or settings problem.")
    actions = profile.add_subparsers(dest="profile_action", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", help="add a profile; the API key is read from standard input",
        description="Add a profile. The API key is read from standard input (asked for without echo "
                    "at a terminal) and stored in the OS keyring before the profile is saved.")
    add.add_argument("name")
    add.add_argument("--target", required=True, choices=[t.value for t in Target])
    add.add_argument("--environment", choices=ENVIRONMENTS, default="staging", help="default: staging")
    add.add_argument("--base-url", help="default: the documented address for the target and environment "
                                        "(sandbox: http://127.0.0.1:8765 plus the target's API path)")
    add.add_argument("--company", default="", metavar="Y-TUNNUS", help="Confirma: the Finnish business ID")
    add.add_argument("--auth-header", choices=AUTH_HEADERS, default="x-api-token",
                     help="Infinity: how the key is sent (default: x-api-token)")
    add.add_argument("--no-vat-rows", action="store_true",
                     help="Confirma: leave the VAT rows to the target system instead of sending them")
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="list profiles and whether each has a key stored")
    listing.set_defaults(handler=run_list)

    remove = actions.add_parser("remove", help="delete a profile and its API key")
    remove.add_argument("name")
    remove.set_defaults(handler=run_remove)

    set_key = actions.add_parser(
        "set-key", help="store a new API key for a profile (read from standard input)",
        description="Replace a profile's API key. The key is read from standard input (asked for without "
                    "echo at a terminal).")
    set_key.add_argument("name")
    set_key.set_defaults(handler=run_set_key)

    test = actions.add_parser("test", help="check that the service accepts the profile's API key")
    test.add_argument("name")
    test.set_defaults(handler=run_test)


def run_add(args: argparse.Namespace) -> int:
    try:
        profile = profile_service.new_profile(
            args.name, args.target, args.environment, base_url=args.base_url, company_id=args.company,
            auth_header=args.auth_header, explicit_vat_rows=not args.no_vat_rows)
        clash = [name for name in profile_service.load_profiles() if name.casefold() == profile.name.casefold()]
        if clash:
            raise ProfileExists(clash[0])
    except ProfileInputError as exc:
        hint = [] if args.base_url or default_base_url(args.target, args.environment) else [
            "Give --base-url URL, or choose --environment production."]
        return _fail(*exc.problems, *hint)
    except ProfileExists as exc:
        return _fail(f"{exc} Change its key with `ledgerdesk profile set-key {exc.name}`, or remove it first "
                     f"with `ledgerdesk profile remove {exc.name}`.")
    except SettingsError as exc:
        return _fail(str(exc))
    keystore = _keystore()
    try:
        keystore.get(profile.name)
    except KeyMissing:
        pass  # the expected case; any other answer means the keyring cannot take a key now
    except KeyStoreError as exc:
        return _fail(str(exc), "No profile was saved.")
    key = read_key(f"API key for profile {profile.name}: ")
    try:
        profile_service.add_profile(profile, key, keystore)
    except ProfileExists as exc:  # a colleague saved that name on the team database a moment ago
        return _fail(f"{exc} Store your own key for it with `ledgerdesk profile set-key {exc.name}`.",
                     "Your key was not kept.")
    except (KeyStoreError, ValueError) as exc:
        return _fail(str(exc), "No profile was saved.")
    except (SettingsError, OSError) as exc:
        return _fail(f"The profile could not be saved: {exc}", "Its API key was not kept either.")
    print(f"Saved profile {describe(profile)}; its API key is stored in {keystore.backend_name()}.")
    for warning in profile.warnings():
        print(f"Warning: {warning}", file=sys.stderr)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    try:
        configured = profile_service.load_profiles()
    except SettingsError as exc:
        return _fail(str(exc))
    if (location := read_location()) is not None:
        print(f"Shared by the team database {location.server} (API keys: each bookkeeper's own keyring).")
    if not configured:
        print("No profiles yet: add one with `ledgerdesk profile add NAME --target confirma|infinity`.")
        return EXIT_OK
    keystore = _keystore()
    problems: list[str] = []
    unreadable = False
    for name in sorted(configured, key=str.casefold):
        profile = configured[name]
        status = profile_service.key_status(name, keystore)
        print(profile.name + (f"  {PRODUCTION_MARK}" if profile.is_production else ""))
        print(f"  target: {profile.target.value}   environment: {profile.environment}")
        print(f"  base URL: {profile.base_url}")
        if profile.company_id:
            print(f"  company: {profile.company_id}")
        if profile.target is Target.CONFIRMA and not profile.explicit_vat_rows:
            print("  VAT rows: left to the target system")
        if profile.target is Target.INFINITY and profile.auth_header == "bearer":
            print("  key sent as: Authorization: Bearer")
        print(f"  key: {status.summary}")
        if status.problem is not None and str(status.problem) not in problems:
            problems.append(str(status.problem))
        unreadable = unreadable or status.stored is None
    for problem in problems:
        print(problem, file=sys.stderr)
    # A missing key is the user's to fix from the hint; a keyring that cannot be read is exit 2.
    return EXIT_PROBLEM if unreadable else EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    keystore = _keystore()
    try:
        key_deleted = profile_service.remove_profile(args.name, keystore)
    except ProfileNotFound as exc:
        return _fail(f"{exc} (`ledgerdesk profile list` shows the profiles.)")
    except KeyStoreError as exc:
        return _fail(str(exc), "The profile was kept, so that removing it can be tried again.")
    except (SettingsError, OSError) as exc:
        return _fail(str(exc))
    print(f"Removed profile {args.name}" + (" and its API key." if key_deleted else "; it had no API key stored."))
    if profile_service.shared_key_left(args.name, keystore):
        print(f"An older LedgerDesk stored a key for '{args.name}' under a name every data folder shares; it was "
              f"left in the keyring because another data folder may still use it. Delete it in your keyring app "
              f"(service {keystore.service}, user {args.name}) once no folder needs it.")
    return EXIT_OK


def run_set_key(args: argparse.Namespace) -> int:
    try:
        if args.name not in profile_service.load_profiles():
            raise ProfileNotFound(args.name)
    except ProfileNotFound as exc:
        return _fail(f"{exc} Add it with `ledgerdesk profile add {args.name} --target confirma|infinity`.")
    except SettingsError as exc:
        return _fail(str(exc))
    keystore = _keystore()
    key = read_key(f"New API key for profile {args.name}: ")
    try:
        profile_service.replace_key(args.name, key, keystore)
    except (KeyStoreError, ValueError, ProfileNotFound) as exc:
        return _fail(str(exc), "The stored key was not changed.")
    except SettingsError as exc:
        return _fail(str(exc))
    print(f"Stored the new API key of profile {args.name} in {keystore.backend_name()}.")
    return EXIT_OK


def run_test(args: argparse.Namespace) -> int:
    try:
        profile = profile_service.load_profiles().get(args.name)
    except SettingsError as exc:
        return _fail(str(exc))
    if profile is None:
        return _fail(f"There is no profile called '{args.name}'. (`ledgerdesk profile list` shows the profiles.)")
    keystore = _keystore()
    print(f"Testing {describe(profile)} ...")
    try:
        result = test_connection(profile, keystore)
    except (KeyStoreError, ConnectionTestUnavailable) as exc:
        return _fail(str(exc))
    print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return EXIT_OK if result.ok else EXIT_FAILED


def describe(profile: Profile) -> str:
    """`acme (confirma, staging, https://...)`, with the PRODUCTION mark where entries are real."""
    mark = f" {PRODUCTION_MARK}" if profile.is_production else ""
    return f"{profile.name}{mark} ({profile.target.value}, {profile.environment}, {profile.base_url})"


def read_key(prompt: str) -> str:
    """The API key from standard input: asked for without echo at a terminal, else read to the end."""
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass(prompt).strip()
        except EOFError:  # Ctrl-D at the prompt: no key, which the caller reports as empty
            return ""
    # Piped input usually ends in a newline; a key never has spaces at its ends, so strip them all.
    return (sys.stdin.read() if sys.stdin is not None else "").strip()


def _keystore() -> KeyStore:
    keystore = KeyStore()
    if keystore.allow_plaintext and keystore.is_plaintext():
        print(f"Warning: API keys are stored UNENCRYPTED by {keystore.backend_name()} because "
              f"{ALLOW_PLAINTEXT_ENV}=1. Use GNOME Keyring, KWallet or the system keyring where you can.",
              file=sys.stderr)
    return keystore


def _fail(*lines: str) -> int:
    for line in lines:
        print(line, file=sys.stderr)
    return EXIT_PROBLEM

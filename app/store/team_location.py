"""Which database a data location uses: SQLite by default, or the office's PostgreSQL (team mode).

A team location is recorded in `team.json` in the data folder: the backend and the server's postgresql://
URL *without* its password. The password goes to the OS keyring (secrets.py) under its own entry,
`<installation id>:team-database` (a profile's key is `<installation id>/<profile>`: the colon keeps the two
from ever meeting). No `team.json`: SQLite, exactly as before team mode existed.

Kept in its own file rather than the settings: it is read before anything else is opened and written only
by `ledgerdesk team connect`/`init`, and needs no settings schema step. Nothing here imports psycopg.
"""

from __future__ import annotations

import getpass
import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from app.store.database import DatabaseError
from app.store.paths import data_dir
from app.store.atomic import write_atomically

FILE_NAME = "team.json"
SCHEMES = ("postgresql", "postgres")
KEY_NAME = "team-database"


class TeamDatabaseError(DatabaseError):
    """The team database cannot be used; `code` says why (address, unreachable, password, missing_database,
    refused, not_initialised, newer, not_empty, location), the message says what to do."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class TeamLocation:
    """A data location's team database: its URL without a password."""

    url: str
    backend: str = "postgresql"
    name: str = ""  # how this bookkeeper is named to colleagues (`team connect --name`); '' for the OS user
    password_in_keyring: bool = True  # False when the server asked for none (the keyring is then never read)

    @property
    def server(self) -> str:
        return server_of(self.url)


def key_username(installation_id: str) -> str:
    """The keyring username of the team database's password for one data location."""
    return f"{installation_id}:{KEY_NAME}"


def split_password(url: str) -> tuple[str, str | None]:
    """(the URL without its password, the password or None); TeamDatabaseError for what is not such a URL."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - reading it checks it (a port that is not a number raises ValueError)
    except ValueError:
        raise TeamDatabaseError("address", _ADDRESS_HELP) from None
    if parts.scheme not in SCHEMES or not parts.path.strip("/") or parts.fragment:
        raise TeamDatabaseError("address", _ADDRESS_HELP)
    password: str | None = None
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, hostport = netloc.rsplit("@", 1)
        user, colon, secret = userinfo.partition(":")
        if colon:
            password = unquote(secret)
        netloc = f"{user}@{hostport}" if user else hostport
    kept = []  # the query as typed, but for a password in it
    for item in parts.query.split("&") if parts.query else []:
        key, _, value = item.partition("=")
        if unquote(key) == "password":
            password = unquote(value)
        else:
            kept.append(item)
    # Spelled out: urlunsplit drops the "//" of a URL without a host (a Unix socket given as ?host=/run/...).
    query = f"?{'&'.join(kept)}" if kept else ""
    return f"{parts.scheme}://{netloc}{parts.path}{query}", password or None


def server_of(url: str) -> str:
    """"host:port/database" of a postgresql:// URL (a socket folder shown as the host), never a password."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    host = query.get("host") or parts.hostname or "localhost"
    return f"{host}:{parts.port or query.get('port') or 5432}/{parts.path.strip('/')}"


def user_of(url: str) -> str:
    """The user name a postgresql:// URL connects as ('' when it names none)."""
    parts = urlsplit(url)
    return unquote(parts.username or dict(parse_qsl(parts.query)).get("user", ""))


def read_location(folder: Path | None = None) -> TeamLocation | None:
    """The data location's team database, or None for the SQLite default."""
    path = (folder if folder is not None else data_dir()) / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise TeamDatabaseError("location", f"{path} cannot be read ({exc}). Join the team database again with "
                                f"`ledgerdesk team connect URL`, or remove the file to use this computer's "
                                f"own database.") from None
    url = data.get("url") if isinstance(data, dict) else None
    if not isinstance(url, str) or data.get("backend") != "postgresql":
        raise TeamDatabaseError("location", f"{path} does not name a PostgreSQL database. Join the team database "
                                f"again with `ledgerdesk team connect URL`.")
    name = data.get("name")
    return TeamLocation(split_password(url)[0], name=name.strip() if isinstance(name, str) else "",
                        password_in_keyring=data.get("password_in_keyring", True) is not False)


# A window keeps the store it opened with until it is restarted (docs/team.md, "The Settings dialog"): joining or
# leaving from its Settings dialog records the new location for the next start and for commands, while the
# window's store, autosave, sends and profiles stay where its drafts and review list are. Per data folder.
_PINNED: dict[Path, TeamLocation | None] = {}


def pin_location() -> TeamLocation | None:
    """Fix, for this process, the data location's store as recorded now (a window, at its start). A team.json
    that cannot be read is not pinned: opening the store says what is wrong with it, in words."""
    try:
        location = _PINNED[data_dir()] = read_location()
    except TeamDatabaseError:
        return None
    return location


def unpin_location() -> None:
    """Follow `team.json` again (the window has closed)."""
    _PINNED.pop(data_dir(), None)


def location_in_use() -> TeamLocation | None:
    """The team database this process's store is (None: the SQLite file): the pinned one in a window, else
    the one `team.json` records now."""
    folder = data_dir()
    return _PINNED[folder] if folder in _PINNED else read_location()


def write_location(location: TeamLocation, folder: Path | None = None) -> Path:
    """Record the team database for the data location (atomically; the URL must hold no password)."""
    if split_password(location.url)[1] is not None:
        raise ValueError("a team location is never saved with its password")
    path = (folder if folder is not None else data_dir()) / FILE_NAME
    data = {"backend": location.backend, "url": location.url, "password_in_keyring": location.password_in_keyring}
    if location.name:
        data["name"] = location.name
    write_atomically(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return path


def forget_location(folder: Path | None = None) -> bool:
    """Back to the SQLite default: remove `team.json`; False when there was none."""
    path = (folder if folder is not None else data_dir()) / FILE_NAME
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def bookkeeper_name(folder: Path | None = None) -> str:
    """Who works in this data location, as audit rows and claims name them: the name given to
    `ledgerdesk team connect --name`, else the OS user."""
    try:
        location = read_location(folder)
    except TeamDatabaseError:
        location = None
    if location is not None and location.name:
        return location.name
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the user database
        return "unknown user"


_ADDRESS_HELP = ("That is not a PostgreSQL address LedgerDesk can use. Write it as "
                 "postgresql://USER@HOST:PORT/DATABASE (the password may follow the user after a colon, or be typed "
                 "when asked).")


def explain_connect_error(exc: Exception, url: str, password: str | None) -> TeamDatabaseError:
    """A failed connection in words (never with the password), from psycopg's error and its SQLSTATE."""
    text = str(exc).strip()
    if password:
        text = text.replace(password, "***")
    detail = " ".join(text.split())[:300]
    state = getattr(exc, "sqlstate", None) or ""
    server, user = server_of(url), user_of(url) or "(your OS user name)"
    lowered = text.lower()
    if isinstance(exc, ValueError) or "invalid connection option" in lowered or "invalid uri" in lowered \
            or "missing \"=\"" in lowered or re.search(r"invalid [\w ]+ value", lowered):
        return TeamDatabaseError("address", f"{_ADDRESS_HELP} ({detail})")
    if state == "28P01" or "password authentication failed" in lowered:
        return TeamDatabaseError("password", f"The team database server {server} refused the password of user "
                                 f"{user}. Run `ledgerdesk team connect URL` again with the right password.")
    if "no password supplied" in lowered:
        return TeamDatabaseError("password", f"The team database server {server} asks for a password for user "
                                 f"{user} and none is stored: run `ledgerdesk team connect URL` and type it.")
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return TeamDatabaseError("missing_database", f"The server {server} has no such database. Ask whoever runs "
                                 f"it to create it (docs/team.md), then try again.")
    if state.startswith("28") or "no pg_hba.conf entry" in lowered or "role" in lowered and "does not exist" in lowered:
        return TeamDatabaseError("refused", f"The team database server {server} refused user {user} ({detail}). "
                                 f"Ask whoever runs it for a role and access from this computer.")
    return TeamDatabaseError("unreachable", f"The team database server {server} cannot be reached ({detail}). "
                             f"Check the address and the network, and that the server is running.")

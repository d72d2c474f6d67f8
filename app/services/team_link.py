"""The window on a team location whose server cannot be reached: it opens, keeps drafts on this computer, and
moves them to the team database when the server is back (issue 16; docs/team.md, "What works when the server
cannot be reached").

* `TeamLink` knows whether the team database answers. Whatever finds it gone (the window's own reads, the
  autosave writer, a probe) says so through `lost(exc)`; `probe()` (off the GUI thread) asks again; the link
  tells its listener each time the answer changes.
* While it is away, drafts are kept in a SQLite file of the data location's own, `offline-drafts.sqlite3`:
  every draft in it waits to be moved to the team database. The data location's `ledgerdesk.sqlite3` (from
  before the location joined the team) is not touched.
* `come_back(team)` moves the kept drafts into the team database, as their owner; a draft a colleague took
  over meanwhile is never written over: the kept version becomes a draft of its own, and the link says so.
  Only then is the link online again, so a newer save of the same draft cannot be overwritten by the kept one.
* `WindowStore` is the window's own store connection: the team database while it answers, the kept-drafts
  file while it does not (a read the team database could not answer is asked there instead).

Posting waits: nothing is queued while the server is away (voucher numbers are unique office-wide, which only
the team database can check); the window refuses Ctrl+Enter and keeps the draft.
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.deferred import deferred
from app.store.backend import Connection, Cursor
from app.store.database import connect
from app.store.drafts import DraftRow, DraftStore, DraftTakenOver, DraftText
from app.store.paths import data_dir
from app.store.team_location import TeamDatabaseError, key_username, location_in_use

if TYPE_CHECKING:
    from app.services import team
    from app.store import postgres
    from app.store.secrets import KeyStore
else:  # psycopg loads only on a team location
    team = deferred("app.services.team")
    postgres = deferred("app.store.postgres")

log = logging.getLogger(__name__)

KEPT_DRAFTS_FILE = "offline-drafts.sqlite3"
OPEN_WAIT_S = 3.0  # how long the window's writer waits for a pooled connection before keeping drafts here
_COLUMNS = "id, profile, content, updated_at, raw_cells, owner, owner_name"
# A statement that changes a table, and which: offline only drafts may be written here (they are moved back).
_WRITE = re.compile(r"\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+(\w+)", re.IGNORECASE)


def kept_drafts_path() -> Path:
    """The SQLite file holding the drafts typed while the team database could not be reached."""
    return data_dir() / KEPT_DRAFTS_FILE


@dataclass(frozen=True)
class KeptBoth:
    """A draft a colleague took over while this computer kept its own version: both are kept."""

    draft_id: str
    kept_as: str
    colleague: str


class TeamOffline(TeamDatabaseError):
    """The team database cannot be reached now (the link knows it): nothing was asked of it."""


class TeamLink:
    """Whether the team database answers, the drafts kept while it does not, and moving them back."""

    def __init__(self, keys: KeyStore, on_change: Callable[[bool], None] = lambda online: None) -> None:
        location = location_in_use()
        if location is None:
            raise ValueError("TeamLink is for a data location on a team database")
        self.location = location
        self.server = location.server
        self._keys = keys
        self.on_change = on_change
        self._online = True
        self.problem = ""
        self._lock = threading.Lock()
        self.kept_both: list[KeptBoth] = []  # since the last come_back, for the window to say

    @property
    def online(self) -> bool:
        return self._online

    def open_team(self) -> Connection:
        """A connection to the team database; TeamOffline at once while the link knows it is away."""
        if not self._online:
            raise TeamOffline("unreachable", self.problem)
        try:
            return self._open()
        except Exception as exc:
            self.lost(exc)
            raise

    def _open(self) -> Connection:
        conn = team.open_team_store(self._keys, wait=OPEN_WAIT_S)
        if conn is None:
            raise TeamDatabaseError("location", "This data location no longer names a team database: restart "
                                    "LedgerDesk to use its own file.")
        return conn

    def lost(self, exc: BaseException) -> bool:
        """Whether `exc` means the team database cannot be reached; if so the link is offline from now on."""
        if not postgres.is_unreachable(exc):
            return False
        with self._lock:
            was, self._online = self._online, False
            if was or not self.problem:
                self.problem = str(exc).strip() or f"The team database server {self.server} cannot be reached."
        if was:
            log.warning("the team database %s cannot be reached: %s", self.server, self.problem)
            self.on_change(False)
        return True

    def probe(self) -> bool:
        """Whether the server answers now (one connection opened and closed; off the GUI thread). Does not
        change the link: the kept drafts move first (`come_back`)."""
        try:
            password = (self._keys.get_secret(key_username(self._keys.installation().id))
                        if self.location.password_in_keyring else None)
            postgres.connect_postgresql(self.location.url, password, migrate=False).close()
        except Exception as exc:  # noqa: BLE001 - any failure is "not yet": said in the log, tried again later
            log.info("the team database %s is still away: %s", self.server, exc)
            return False
        return True

    def come_back(self) -> bool:
        """Move the kept drafts into the team database and be online again; False (still offline) when it
        cannot be reached after all. Runs where drafts are written (the autosave writer's thread)."""
        self._online = True  # open_team asks the server again
        try:
            conn = self._open()
        except Exception as exc:  # noqa: BLE001 - unreachable again, or a pool that must be renewed
            team.close_team_pools()  # a pool that gave up while the server was away is not used again
            self._online = False
            if not self.lost(exc):
                log.warning("the team database answers but cannot be used: %s", exc)
            return False
        try:
            self.kept_both = move_kept_drafts(conn)
        except Exception as exc:
            self._online = False
            self.lost(exc)
            raise
        finally:
            conn.close()
        self.problem = ""
        log.info("the team database %s can be reached again", self.server)
        self.on_change(True)
        return True

    # --- drafts kept on this computer ------------------------------------------------------------

    def keep(self, conn: Connection, draft_id: str, profile: str, text: str | DraftText) -> None:
        """Save a draft into the kept-drafts file (`conn`, opened by `open_kept`)."""
        content, raw = (text.content, text.raw_cells) if isinstance(text, DraftText) else (text, None)
        DraftStore(conn).save(draft_id, content, profile, raw)


def open_kept() -> Connection:
    """A connection to the kept-drafts file (created at the latest schema on first use)."""
    return connect(kept_drafts_path())


def kept_drafts() -> list[DraftRow]:
    """The drafts waiting in the kept-drafts file to be moved to the team database."""
    path = kept_drafts_path()
    if not path.exists():
        return []
    conn = connect(path)
    try:
        return [DraftRow.from_row(row) for row in conn.execute(f"SELECT {_COLUMNS} FROM drafts ORDER BY updated_at")]
    finally:
        conn.close()


def move_kept_drafts(team_conn: Connection) -> list[KeptBoth]:
    """Write each kept draft to the team database as this bookkeeper's, then forget it here (a draft saved here
    again meanwhile stays for the next move). A colleague's take-over is never written over: the kept version
    is saved as a new draft beside it."""
    path = kept_drafts_path()
    if not path.exists():
        return []
    local = connect(path)
    both: list[KeptBoth] = []
    try:
        rows = local.execute(f"SELECT {_COLUMNS}, archived FROM drafts ORDER BY updated_at").fetchall()
        drafts = DraftStore(team_conn)
        for row in rows:
            draft, archived = DraftRow.from_row(row), bool(row[7])
            try:
                drafts.save(draft.id, draft.content, draft.profile, draft.raw_cells)
                target = draft.id
            except DraftTakenOver:
                holder = drafts.get(draft.id)
                target = str(uuid.uuid4())
                drafts.save(target, draft.content, draft.profile, draft.raw_cells)
                both.append(KeptBoth(draft.id, target, holder.owner_name if holder else ""))
            if archived:
                drafts.archive(target)
            local.execute("DELETE FROM drafts WHERE id = ? AND updated_at = ?", (draft.id, draft.updated_at))
    finally:
        local.close()
    return both


class _NoRows:
    """The cursor of a statement that had nothing left to do (a ROLLBACK on a connection that broke)."""

    rowcount = 0
    lastrowid = None

    def fetchone(self) -> None:
        return None

    def fetchall(self) -> list[Any]:
        return []

    def fetchmany(self, size: int = 1) -> list[Any]:
        return []

    def __iter__(self) -> Any:
        return iter(())


class WindowStore:
    """The window's store connection on a team location (GUI thread only): the team database while it answers,
    else the kept-drafts file. A statement the team database could not answer outside a transaction is asked
    of the kept-drafts file instead; inside one it fails (TeamOffline) and the transaction ends there."""

    def __init__(self, link: TeamLink, team_conn: Connection | None) -> None:
        self.link = link
        self.team: Connection | None = team_conn
        self.local = open_kept()
        self._in: Connection | None = None  # the connection a transaction was begun on

    @property
    def current(self) -> Connection:
        return self._in or self.team or self.local

    @property
    def dialect(self) -> str:
        return str(getattr(self.current, "dialect", "sqlite"))

    @property
    def in_transaction(self) -> bool:
        return self._in is not None

    def use_team(self, team_conn: Connection) -> None:
        """The team database answers again: the window's reads and writes go there."""
        if self.team is not None:
            self.team.close()
        self.team = team_conn

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        return self._run(lambda conn: conn.execute(sql, parameters), sql)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Cursor:
        rows = list(parameters)
        return self._run(lambda conn: conn.executemany(sql, rows), sql)

    def close(self) -> None:
        if self.team is not None:
            self.team.close()
            self.team = None
        self.local.close()

    def _run(self, statement: Callable[[Connection], Cursor], sql: str) -> Cursor:
        word = sql.lstrip()[:8].upper()
        ends = word.startswith(("COMMIT", "ROLLBACK"))
        conn = self.current
        try:
            cursor = self._local(statement, sql) if conn is self.local else statement(conn)
        except Exception as exc:
            if conn is self.local or not self.link.lost(exc):
                if ends:
                    self._in = None
                raise
            self.drop_team()
            if self._in is not None:  # half a transaction on a server that is gone: it ends here
                self._in = None
                if word.startswith("ROLLBACK"):
                    return _NoRows()
                raise TeamOffline("unreachable", self.link.problem) from None
            conn = self.local
            cursor = self._local(statement, sql)
        if word.startswith("BEGIN"):
            self._in = conn
        elif ends:
            self._in = None
        return cursor

    def _local(self, statement: Callable[[Connection], Cursor], sql: str) -> Cursor:
        """Run on the kept-drafts file; a change to anything but drafts is refused (it would never reach the
        team database: nothing but drafts is moved back)."""
        write = _WRITE.match(sql)
        if write is not None and write[1].lower() != "drafts":
            raise TeamOffline("unreachable", f"{self.link.problem} Nothing but drafts can be changed until it is "
                                             f"back.".strip())
        return statement(self.local)

    def drop_team(self) -> None:
        """Stop asking the team database (it went away): the kept-drafts file answers until `use_team`."""
        team_conn, self.team = self.team, None
        if team_conn is not None:
            try:
                team_conn.close()
            except Exception:  # noqa: BLE001 - a broken connection: the pool discards it
                log.debug("closing a broken team connection failed", exc_info=True)


def open_window_store(link: TeamLink) -> WindowStore:
    """The window's store: the team database (its kept drafts moved there first) or, when it cannot be reached,
    the kept-drafts file; any other problem (a refused password, a newer schema) raises as before."""
    try:
        conn = link.open_team()
    except TeamDatabaseError as exc:
        if exc.code != "unreachable":
            raise
        return WindowStore(link, None)
    try:
        link.kept_both = move_kept_drafts(conn)
    except Exception as exc:
        conn.close()
        if not link.lost(exc):
            raise
        return WindowStore(link, None)
    return WindowStore(link, conn)

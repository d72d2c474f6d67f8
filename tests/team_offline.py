"""A PostgreSQL server of its own for the tests that stop it (the team database "cannot be reached") and start it
again, and a data location joined to a database on it over its trusted Unix socket (as `team connect` leaves it
for a server that asks for no password). The session's shared server is never stopped."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest

from app.services.team import close_team_pools
from app.store.postgres import connect_postgresql, create_schema
from app.store.team_location import TeamLocation, write_location
from tests.postgres_server import SUPERUSER, SUPERUSER_PASSWORD, PostgresServer, ServerUnavailable, start_server


@pytest.fixture(scope="module")
def pausable_server() -> Iterator[PostgresServer]:
    """A server for this module only: its tests may pause and resume it."""
    try:
        server = start_server()
    except ServerUnavailable as exc:
        pytest.skip(str(exc))
    try:
        template = server.new_database("offline_template")
        conn = connect_postgresql(server.url(template, password=SUPERUSER_PASSWORD), migrate=False)
        create_schema(conn)
        conn.close()
        server.template = template  # type: ignore[attr-defined]
        yield server
    finally:
        server.stop()


@dataclass
class JoinedLocation:
    server: PostgresServer
    database: str
    url: str

    def query(self, sql: str, *params: object) -> list[tuple]:
        """Read the team database directly (the server must be running)."""
        with psycopg.connect(self.server.dsn(self.database)) as conn:
            return list(conn.execute(sql, params).fetchall())  # type: ignore[arg-type]


@pytest.fixture
def joined(pausable_server) -> Iterator[JoinedLocation]:
    """This data location joined to a fresh team database on the pausable server (running again afterwards)."""
    pausable_server.resume()
    database = pausable_server.new_database(template=pausable_server.template)
    url = f"postgresql:///{database}?host={pausable_server.socket_dir}&port={pausable_server.port}&user={SUPERUSER}"
    write_location(TeamLocation(url, name="Bertil Berg", password_in_keyring=False))
    yield JoinedLocation(pausable_server, database, url)
    close_team_pools()
    pausable_server.resume()

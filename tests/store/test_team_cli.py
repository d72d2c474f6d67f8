"""`ledgerdesk team init|connect|status` through main(), against the suite's real PostgreSQL server; a stand-in
keyring holds the password (tests/keyring has the real one)."""

from __future__ import annotations

import io
import json

import pytest

from app.cli import main
from app.store import paths
from app.store.database import LATEST_VERSION
from app.store.secrets import KeyStore
from app.store.team_location import key_username
from tests.postgres_server import SUPERUSER, SUPERUSER_PASSWORD, free_port
from tests.store.keyring_fakes import FailingKeyring, MemoryKeyring, use_backend  # noqa: F401


def run(monkeypatch, capsys, *argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["team", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and code != 70, err
    return code, out, err


def saved_location():
    path = paths.data_dir() / "team.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


@pytest.fixture
def empty_database(postgresql_server):
    return postgresql_server.new_database()


def test_init_creates_the_schema_and_keeps_the_password_only_in_the_keyring(
        postgresql_server, empty_database, use_backend, monkeypatch, capsys):
    backend = use_backend(MemoryKeyring())
    code, out, err = run(monkeypatch, capsys, "init", postgresql_server.url(empty_database, password=SUPERUSER_PASSWORD))
    assert code == 0, err
    assert "Created LedgerDesk's schema in the team database 127.0.0.1:" in out and f"(schema {LATEST_VERSION})" in out
    assert saved_location() == {"backend": "postgresql", "url": postgresql_server.url(empty_database),
                                "password_in_keyring": True}
    assert backend.items == {("LedgerDesk", key_username(KeyStore().installation().id)): SUPERUSER_PASSWORD}
    assert not any(SUPERUSER_PASSWORD in p.read_text(errors="replace") for p in paths.data_dir().rglob("*")
                   if p.is_file())

    code, out, err = run(monkeypatch, capsys, "status")
    assert code == 0, err
    assert out.splitlines() == ["backend: postgresql", f"server: 127.0.0.1:{postgresql_server.port}/{empty_database}",
                                f"schema version: {LATEST_VERSION}", "reachable: yes"]


def test_init_refuses_a_database_that_is_not_empty(postgresql_server, empty_database, use_backend, monkeypatch,
                                                   capsys):
    use_backend(MemoryKeyring())
    postgresql_server.sql("CREATE TABLE invoices (id integer)", empty_database)
    code, out, err = run(monkeypatch, capsys, "init", postgresql_server.url(empty_database, password=SUPERUSER_PASSWORD))
    assert code == 2 and "is not empty" in err and "Nothing was saved." in err
    assert saved_location() is None


def test_connect_asks_for_the_password_the_server_wants_and_saves_the_url_without_it(
        postgresql_server, postgresql_template, use_backend, monkeypatch, capsys):
    backend = use_backend(MemoryKeyring())
    database = postgresql_server.new_database(template=postgresql_template)
    code, out, err = run(monkeypatch, capsys, "connect", postgresql_server.url(database), stdin=SUPERUSER_PASSWORD + "\n")
    assert code == 0, err
    assert "Joined the team database" in out
    assert saved_location()["url"] == f"postgresql://{SUPERUSER}@127.0.0.1:{postgresql_server.port}/{database}"
    assert list(backend.items.values()) == [SUPERUSER_PASSWORD]


def test_a_refused_password_is_said_and_nothing_is_saved(postgresql_server, postgresql_template, use_backend,
                                                          monkeypatch, capsys):
    backend = use_backend(MemoryKeyring())
    database = postgresql_server.new_database(template=postgresql_template)
    code, out, err = run(monkeypatch, capsys, "connect", postgresql_server.url(database, password="wrong-one"))
    assert code == 2
    assert f"refused the password of user {SUPERUSER}" in err and "wrong-one" not in err
    assert saved_location() is None and backend.items == {}


def test_an_unreachable_server_is_said_and_nothing_is_saved(use_backend, monkeypatch, capsys):
    use_backend(MemoryKeyring())
    port = free_port()  # nothing listens there
    code, out, err = run(monkeypatch, capsys, "connect", f"postgresql://bob:secret@127.0.0.1:{port}/ledgerdesk")
    assert code == 2
    assert f"The team database server 127.0.0.1:{port}/ledgerdesk cannot be reached" in err and "secret" not in err
    assert saved_location() is None


@pytest.mark.parametrize("url", ["mysql://bob@db/ledgerdesk", "postgresql://bob@db:port/ledgerdesk",
                                 "postgresql://bob@db:5432", "db.example.com/ledgerdesk",
                                 "postgresql://bob:pw@127.0.0.1:5432/ledgerdesk?sslmode=sometimes"])
def test_a_wrong_url_is_said_plainly(url, use_backend, monkeypatch, capsys):
    use_backend(MemoryKeyring())
    code, out, err = run(monkeypatch, capsys, "connect", url)
    assert code == 2 and "That is not a PostgreSQL address LedgerDesk can use" in err, err
    assert saved_location() is None


def test_a_database_without_the_schema_is_not_joined(postgresql_server, empty_database, use_backend, monkeypatch,
                                                     capsys):
    use_backend(MemoryKeyring())
    code, out, err = run(monkeypatch, capsys, "connect", postgresql_server.url(empty_database, password=SUPERUSER_PASSWORD))
    assert code == 2 and "ledgerdesk team init" in err
    assert saved_location() is None


def test_status_of_a_single_bookkeeper_is_the_sqlite_file(monkeypatch, capsys):
    from app.store.database import connect
    connect(paths.database_path()).close()
    code, out, err = run(monkeypatch, capsys, "status")
    assert code == 0, err
    assert out.splitlines() == ["backend: sqlite", f"file: {paths.database_path()}",
                                f"schema version: {LATEST_VERSION}", "reachable: yes"]


def test_status_says_when_the_team_server_does_not_answer(use_backend, monkeypatch, capsys):
    use_backend(MemoryKeyring())
    port = free_port()
    (paths.data_dir() / "team.json").write_text(json.dumps(
        {"backend": "postgresql", "url": f"postgresql://bob@127.0.0.1:{port}/ledgerdesk"}))
    code, out, err = run(monkeypatch, capsys, "status")
    assert code == 2
    assert out.splitlines()[:3] == ["backend: postgresql",
                                    f"server: 127.0.0.1:{port}/ledgerdesk",
                                    "schema version: unknown"]
    assert out.splitlines()[3].startswith("reachable: no (The team database server")


def test_a_locked_keyring_leaves_the_location_unjoined(postgresql_server, postgresql_template, use_backend,
                                                        monkeypatch, capsys):
    from keyring.errors import KeyringLocked
    use_backend(FailingKeyring(KeyringLocked("locked")))
    database = postgresql_server.new_database(template=postgresql_template)
    code, out, err = run(monkeypatch, capsys, "connect", postgresql_server.url(database, password=SUPERUSER_PASSWORD))
    assert code == 2 and "keyring" in err.lower()
    assert saved_location() is None


def test_connect_over_a_unix_socket_the_server_trusts_stores_no_password(postgresql_server, postgresql_template,
                                                                         use_backend, monkeypatch, capsys):
    backend = use_backend(MemoryKeyring())
    database = postgresql_server.new_database(template=postgresql_template)
    url = f"postgresql:///{database}?host={postgresql_server.socket_dir}&port={postgresql_server.port}&user={SUPERUSER}"
    code, out, err = run(monkeypatch, capsys, "connect", url)
    assert code == 0, err
    assert "password: no keyring entry (none needed)" in out
    assert saved_location()["url"] == url and backend.items == {}
    assert saved_location()["password_in_keyring"] is False
    use_backend(FailingKeyring(RuntimeError("no keyring here")))  # never asked: the server wants no password
    code, out, err = run(monkeypatch, capsys, "status")
    assert (code, out.splitlines()[-1]) == (0, "reachable: yes")


def test_connect_records_how_colleagues_see_this_bookkeeper(postgresql_server, postgresql_template, use_backend,
                                                           monkeypatch, capsys):
    use_backend(MemoryKeyring())
    database = postgresql_server.new_database(template=postgresql_template)
    code, out, err = run(monkeypatch, capsys, "connect", "--name", "  Anna   Virtanen ",
                         postgresql_server.url(database, password=SUPERUSER_PASSWORD))
    assert code == 0, err
    assert saved_location()["name"] == "Anna Virtanen"
